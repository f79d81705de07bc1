"""Slack commands: slack-bolt's `AsyncApp` (async throughout) serves the slash command
`/conflict-alerts <command> [args]` and the App Home tab; the CommandService
(bot/chat/command_service.py) does the work and the reply goes back as an ephemeral message.

* **HTTP mode** (default): Slack POSTs to `/slack/events` on the bot's aiohttp server (bot/web.py).
  Bolt verifies every request with the signing secret (`SLACK_SIGNING_SECRET`, HMAC-SHA256 over
  `v0:<timestamp>:<body>`, timestamps older than five minutes refused): a bad or stale signature
  gets 401 before any handler runs. Verification is never switched off here.
* **Socket Mode** (when `SLACK_APP_TOKEN`, xapp-…, is set): the app opens a WebSocket to Slack
  instead, so no public URL is needed; the same handlers run. (Wired, but not covered by the tests:
  there is no fake Socket Mode server.)

The Web API client points at `SLACK_API_URL` (`AsyncWebClient(base_url=...)`), so tests run the real
bolt and slack_sdk against tests/fakes/slack_api.py.

Who is a "chat administrator" in Slack: Slack has no per-channel administrators in its public API,
so a workspace admin or owner (`users.info`: `is_admin` / `is_owner`) counts as one. DMs with the
bot are private chats, decided by the channel id and `conversations.info` (`is_im`), never by the
`channel_name` the request carries; any member of a channel may read `list`.

The App Home tab shows a user only what they may manage: every channel's subscriptions to a
workspace admin or owner and to the configured admins, and to everyone their own DM's (found with
`conversations.open`); never another person's DM.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chart import TollChart
from bot.chat.base import protect_secret
from bot.chat.command_service import ChatContext, CommandService
from bot.core.access import Caller, ChatKind, authorize
from bot.core.commands import WRONG_NOTE_MAX_CHARS, Command, Name
from bot.core.replies import describe_subscription
from bot.core.review import MessageRef

log = logging.getLogger("conflict_alerts.slack_commands")

SLASH_COMMAND = "/conflict-alerts"
EVENTS_PATH = "/slack/events"
SLACK_MAX_ALT_TEXT = 1000  # files.getUploadURLExternal refuses a longer alt_txt (alt_txt_too_large)
# The message shortcut that withdraws an alert ("Wrong alert" in a message's ⋯ menu), and the modal
# it opens for the admin's note (docs/slack.md; the `/wrong` of Telegram).
WRONG_SHORTCUT = "wrong_alert"
WRONG_MODAL = "wrong_alert_note"
DEFAULT_API_URL = "https://slack.com/api/"


def slack_escape(text: str) -> str:
    """Plain text as mrkdwn: &, < and > are the only characters Slack asks to escape."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_dm_id(channel_id: str) -> bool:
    """Slack's IM (DM) conversation ids start with D; channels C, private channels and group DMs G."""
    return channel_id.startswith("D")


class SlackCommands:
    def __init__(
        self,
        service: CommandService,
        token: str,
        signing_secret: str | None,
        api_url: str | None = None,
        *,
        app_token: str | None = None,
    ) -> None:
        if not signing_secret and not app_token:
            raise ValueError(
                "Slack commands need SLACK_SIGNING_SECRET (HTTP mode: Basic Information → App Credentials "
                "→ Signing Secret) or SLACK_APP_TOKEN (Socket Mode, xapp-…)"
            )
        for secret in (token, signing_secret, app_token):
            if secret:
                protect_secret(secret)
        self.service = service
        self.app_token = app_token
        url = api_url or DEFAULT_API_URL
        self.client = AsyncWebClient(token=token, base_url=url if url.endswith("/") else url + "/")
        self.app = AsyncApp(
            client=self.client,
            signing_secret=signing_secret or "",
            # Socket Mode requests come over an authenticated WebSocket and carry no signature.
            request_verification_enabled=bool(signing_secret),
            process_before_response=True,  # ack() carries the reply in the HTTP response
            logger=logging.getLogger("conflict_alerts.slack_bolt"),
        )
        self.app.command(SLASH_COMMAND)(self._on_command)
        self.app.event("app_home_opened")(self._on_home)
        self.app.shortcut(WRONG_SHORTCUT)(self._on_wrong_shortcut)
        self.app.view(WRONG_MODAL)(self._on_wrong_note)
        self._socket: Any = None

    # --- lifecycle ------------------------------------------------------------------------------------

    async def start(self) -> None:
        if self.app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            self._socket = AsyncSocketModeHandler(self.app, self.app_token)
            await self._socket.connect_async()
            log.info("Slack commands via Socket Mode", extra={"event": "slack_socket_mode"})
        else:
            log.info("Slack commands via HTTP at %s", EVENTS_PATH, extra={"event": "slack_http_mode"})

    async def stop(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(Exception):
                await self._socket.close_async()
            self._socket = None
        session = getattr(self.client, "session", None)
        if session is not None:
            await session.close()

    def routes(self) -> list[web.RouteDef]:
        """The request URL for the slash command and events (HTTP mode); none in Socket Mode."""
        if self.app_token:
            return []
        return [web.post(EVENTS_PATH, self.handle_request)]

    async def handle_request(self, request: web.Request) -> web.Response:
        """aiohttp → bolt (signature checked there) → aiohttp."""
        response = await self.app.async_dispatch(await to_bolt_request(request))
        if response.status == 401:
            log.warning(
                "refused a Slack request from %s: bad or stale signature",
                request.remote,
                extra={"event": "slack_request_refused"},
            )
        return await to_aiohttp_response(response)

    # --- handlers ---------------------------------------------------------------------------------------

    async def _on_command(self, ack: Callable[..., Awaitable[None]], command: dict[str, Any]) -> None:
        channel_id = str(command.get("channel_id", ""))
        user_id = str(command.get("user_id", ""))
        kind = ChatKind.PRIVATE if await self._is_dm_of(channel_id, user_id) else ChatKind.GROUP
        caller = Caller("slack", user_id, str(command.get("user_name", "")))
        ctx = ChatContext("slack", channel_id, kind, caller)

        async def is_chat_admin() -> bool:
            info = await self.client.users_info(user=user_id)
            user = info.get("user") or {}
            return bool(user.get("is_admin") or user.get("is_owner"))

        text = str(command.get("text") or "").strip() or "help"
        reply = await self.service.handle_text(ctx, "/" + text, is_chat_admin=is_chat_admin, addressed=True)
        await ack(response_type="ephemeral", text=slack_escape(reply or "/conflict-alerts help"))
        chart = await self.service.toll_chart("/" + text)
        if chart is not None:
            await self._share_chart(channel_id, chart)

    async def _share_chart(self, channel_id: str, chart: TollChart) -> None:
        """The `/toll` chart as a file in the channel (files.getUploadURLExternal, the upload, then
        files.completeUploadExternal: slack_sdk's files_upload_v2; needs the files:write scope). The
        reply text was ephemeral; the chart is shared with the channel, titled with the series."""
        try:
            await self.client.files_upload_v2(
                channel=channel_id, file=chart.png, filename=chart.filename, title=chart.title,
                alt_txt=chart.title[:SLACK_MAX_ALT_TEXT],
            )  # fmt: skip
        except SlackApiError as error:
            log.warning(
                "could not share a /toll chart in Slack channel %s: %s (is the app in the channel, with "
                "the files:write scope?)", channel_id, error.response.get("error", "unknown error"),
                extra={"event": "toll_chart_failed"},
            )  # fmt: skip

    async def _is_dm_of(self, channel_id: str, user_id: str) -> bool:
        """Whether Slack says `channel_id` is an IM, and `user_id`'s (an API error: not a DM)."""
        if not is_dm_id(channel_id):
            return False
        try:
            info = await self.client.conversations_info(channel=channel_id)
        except SlackApiError as error:
            log.warning(
                "conversations.info %s failed (%s): treated as a channel",
                channel_id,
                error.response.get("error"),
            )
            return False
        channel = info.get("channel") or {}
        return bool(channel.get("is_im")) and channel.get("user") in (None, user_id)

    async def _own_dm(self, user_id: str) -> str | None:
        try:
            opened = await self.client.conversations_open(users=user_id)
        except SlackApiError as error:
            log.warning("conversations.open for %s failed (%s)", user_id, error.response.get("error"))
            return None
        return str((opened.get("channel") or {}).get("id") or "") or None

    async def _on_wrong_shortcut(self, ack: Callable[..., Awaitable[None]], shortcut: dict[str, Any]) -> None:
        """"Wrong alert" on a message: admins get a modal for their note; anyone else a refusal."""
        await ack()
        user = shortcut.get("user") or {}
        user_id, channel_id = str(user.get("id", "")), str((shortcut.get("channel") or {}).get("id", ""))
        ts = str((shortcut.get("message") or {}).get("ts", ""))
        caller = Caller("slack", user_id, str(user.get("username") or user.get("name") or ""))
        decision = authorize(caller, ChatKind.GROUP, False, self.service.config().admins, Command(Name.WRONG))
        if not decision.allowed:
            refusal = decision.reply.replace("/wrong", "“Wrong alert”")
            await self.client.chat_postEphemeral(channel=channel_id, user=user_id, text=refusal)
            return
        await self.client.views_open(trigger_id=shortcut["trigger_id"], view=wrong_modal(channel_id, ts))

    async def _on_wrong_note(
        self, ack: Callable[..., Awaitable[None]], body: dict[str, Any], view: dict[str, Any]
    ) -> None:
        """The modal submitted: withdraw the alert (authorized again: the submission is its own
        request), then tell the admin what happened, privately in the channel."""
        await ack()
        user = body.get("user") or {}
        user_id = str(user.get("id", ""))
        try:
            where = json.loads(view.get("private_metadata") or "{}")
            channel_id, ts = str(where["channel"]), str(where["ts"])
        except (ValueError, KeyError, TypeError):
            log.warning("a Wrong alert submission without its message", extra={"event": "command_refused"})
            return
        field = ((view.get("state") or {}).get("values") or {}).get("note", {}).get("note", {})
        note = str(field.get("value") or "").strip()[:WRONG_NOTE_MAX_CHARS]
        caller = Caller("slack", user_id, str(user.get("username") or user.get("name") or ""))
        alert = MessageRef(f"{channel_id}:{ts}")  # the id the sender recorded for the posted message
        ctx = ChatContext("slack", channel_id, ChatKind.GROUP, caller, replied_to=alert)

        async def never_asked() -> bool:  # /wrong is for configured admins: no chat-admin check
            return False

        reply = await self.service.handle(ctx, Command(Name.WRONG, text=note), is_chat_admin=never_asked)
        await self.client.chat_postEphemeral(channel=channel_id, user=user_id, text=slack_escape(reply))

    async def _on_home(self, event: dict[str, Any]) -> None:
        """App Home: the subscriptions this user may manage (see the module's docstring)."""
        user_id = str(event.get("user", ""))
        if not user_id or event.get("tab", "home") != "home":
            return
        info = await self.client.users_info(user=user_id)
        person = info.get("user") or {}
        configured = user_id in self.service.config().admins.slack
        admin = configured or bool(person.get("is_admin") or person.get("is_owner"))
        own_dm = await self._own_dm(user_id)
        subs = self.service.subscriptions.all_subscriptions("slack")
        by_channel: dict[str, list[str]] = {}
        for sub in subs:
            if sub.chat_id == own_dm or (admin and not is_dm_id(sub.chat_id)):
                by_channel.setdefault(sub.chat_id, []).append(describe_subscription(sub))
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": "Conflict Alerts subscriptions"}},
        ]
        if not by_channel:
            blocks.append(
                _section(
                    "Nothing you can manage is subscribed yet. Here, or in a channel "
                    "(workspace admins), type `/conflict-alerts subscribe casualty gaza`."
                )
            )
        for channel, lines in list(by_channel.items())[:45]:
            where = "Your messages with the app" if channel == own_dm else f"<#{channel}>"
            text = f"*{where}*\n" + "\n".join(f"• {slack_escape(line)}" for line in lines)
            blocks.append(_section(text[:2900]))
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": "`/conflict-alerts help` lists the commands."}],
            }
        )
        await self.client.views_publish(user_id=user_id, view={"type": "home", "blocks": blocks})


def wrong_modal(channel_id: str, ts: str) -> dict[str, Any]:
    """The "Wrong alert" modal: what withdrawing does, and an optional note for the review."""
    return {
        "type": "modal",
        "callback_id": WRONG_MODAL,
        "private_metadata": json.dumps({"channel": channel_id, "ts": ts}),
        "title": {"type": "plain_text", "text": "Wrong alert"},
        "submit": {"type": "plain_text", "text": "Withdraw"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _section(
                "Withdraw this alert? Its messages are edited to say it was wrong, deliveries not sent "
                "yet are cancelled, and the item is kept for review (`conflict-alerts review`)."
            ),
            {
                "type": "input",
                "block_id": "note",
                "optional": True,
                "label": {"type": "plain_text", "text": "What was wrong? (for the review)"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "note",
                    "multiline": True,
                    "max_length": WRONG_NOTE_MAX_CHARS,
                },
            },
        ],
    }


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}
