"""What to do about what a chat platform answered: the fixes docs/telegram.md and docs/slack.md
explain under Troubleshooting, one line each, keyed by a fragment of the platform's own words
(lower-cased). Used by `conflict-alerts send-test`."""

from __future__ import annotations

from bot.core.model import Platform

_NEW_TOKEN = "copy the token again from @BotFather (/mybots → API Token)"

TELEGRAM_FIXES: tuple[tuple[str, str], ...] = (
    ("invalidtoken", f"the token is wrong or was revoked: {_NEW_TOKEN}"),
    ("unauthorized", f"the token is wrong or was revoked: {_NEW_TOKEN}"),
    ("not found", f"the token is wrong: {_NEW_TOKEN}"),
    (
        "chat not found",
        "the chat id is wrong, or the bot was never added to that group or channel; a person must open "
        "the bot and press Start first",
    ),
    ("can't initiate conversation", "that person has not pressed Start in a chat with the bot yet"),
    ("blocked by the user", "the person blocked the bot: they must unblock it and press Start"),
    ("not a member", "add the bot to the channel or group (a channel: as an administrator that can post)"),
    ("kicked", "the bot was removed: add it to the group or channel again"),
    ("rights", "make the bot an administrator of the channel with the right to post messages"),
    ("upgraded to a supergroup", "the group became a supergroup: use its new id (-100…) as chat_id"),
)

SLACK_FIXES: tuple[tuple[str, str], ...] = (
    ("invalid_auth", "SLACK_BOT_TOKEN is wrong: copy the Bot User OAuth Token (xoxb-…) of your app"),
    ("not_authed", "SLACK_BOT_TOKEN is empty: copy the Bot User OAuth Token (xoxb-…) of your app"),
    ("token_revoked", "the token was revoked: reinstall the app and copy the new xoxb-… token"),
    ("account_inactive", "the token's app or user was deactivated: reinstall the app"),
    (
        "channel_not_found",
        "the channel id is wrong, or it is a private channel the bot is not in: use the id (C…), "
        "then /invite @your-bot in the channel",
    ),
    ("not_in_channel", "invite the bot: type /invite @your-bot in the channel"),
    ("missing_scope", "add the chat:write scope (OAuth & Permissions) and reinstall the app"),
    ("is_archived", "the channel is archived: unarchive it or pick another"),
)

_FIXES = {Platform.TELEGRAM: TELEGRAM_FIXES, Platform.SLACK: SLACK_FIXES}


def fix_for(platform: Platform, answer: str) -> str | None:
    """The fix for the platform's answer, most specific fragment first (the order of the tables)."""
    lowered = answer.lower()
    fixes = _FIXES.get(platform, ())
    # "chat not found" must win over the bare "not found" of a wrong token (404 on every method).
    matching = [(fragment, fix) for fragment, fix in fixes if fragment in lowered]
    if not matching:
        return None
    return max(matching, key=lambda pair: len(pair[0]))[1]
