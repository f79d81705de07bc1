"""Who may run which chat command, pure: one function (`authorize`) from the caller, the chat and the
configured admins to a decision with its polite refusal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.core.commands import Command, Name


class Access(StrEnum):
    ANYONE = "anyone"
    CHAT_MANAGER = "chat manager"
    ADMIN = "admin"


ACCESS: dict[Name, Access] = {
    Name.START: Access.ANYONE,
    Name.HELP: Access.ANYONE,
    Name.LIST: Access.ANYONE,
    Name.TOLL: Access.ANYONE,
    **dict.fromkeys(
        (Name.SUBSCRIBE, Name.UNSUBSCRIBE, Name.MUTE, Name.UNMUTE, Name.DIGEST, Name.QUIET),
        Access.CHAT_MANAGER,
    ),
    **dict.fromkeys(
        (Name.STATUS, Name.TEST, Name.PAUSE, Name.RESUME, Name.FEEDS, Name.ADDFEED, Name.RMFEED, Name.WRONG),
        Access.ADMIN,
    ),
}


class ChatKind(StrEnum):
    PRIVATE = "private"  # Telegram private chat, Slack DM
    GROUP = "group"  # Telegram group or supergroup, Slack channel
    CHANNEL = "channel"  # Telegram channel: the bot posts, it takes no commands


class AdminList(Protocol):
    """`bot.config.Admins`: the configured admins per platform."""

    @property
    def telegram(self) -> Sequence[int]: ...
    @property
    def slack(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Caller:
    platform: str  # "telegram" | "slack"
    user_id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str  # for the log line
    reply: str = ""  # the polite refusal, when not allowed


def is_configured_admin(caller: Caller, admins: AdminList) -> bool:
    if caller.platform == "telegram":
        return caller.user_id in {str(a) for a in admins.telegram}
    if caller.platform == "slack":
        return caller.user_id in set(admins.slack)
    return False


def needs_chat_admin_check(command: Command, chat_kind: ChatKind, caller: Caller, admins: AdminList) -> bool:
    """Whether `authorize` needs to know if the caller administers the chat (a platform API call)."""
    return (
        ACCESS[command.name] is Access.CHAT_MANAGER
        and chat_kind is ChatKind.GROUP
        and not is_configured_admin(caller, admins)
    )


def authorize(
    caller: Caller, chat_kind: ChatKind, is_chat_admin: bool, admins: AdminList, command: Command
) -> Decision:
    access = ACCESS[command.name]
    if access is Access.ANYONE:
        return Decision(True, "open to everyone")
    configured = is_configured_admin(caller, admins)
    if access is Access.ADMIN:
        if configured:
            return Decision(True, "configured admin")
        return Decision(
            False,
            "admin command by a user who is not a configured admin",
            f"Sorry, /{command.name} is for the bot's administrators. If you run this bot, add your "
            f"user id ({caller.user_id}) to `admins.{caller.platform}` in the configuration.",
        )
    if chat_kind is ChatKind.PRIVATE:
        return Decision(True, "private chat manages its own subscriptions")
    if configured:
        return Decision(True, "configured admin")
    if chat_kind is ChatKind.GROUP and is_chat_admin:
        return Decision(True, "chat administrator")
    if chat_kind is ChatKind.CHANNEL:
        return Decision(
            False,
            "subscription command in a channel",
            "I only post in channels. Ask the bot's administrators to route alerts here.",
        )
    return Decision(
        False,
        "subscription command in a group by a member who is not a chat administrator",
        f"Sorry, only this chat's administrators can change what it receives. You can run /{command.name} "
        "in a private chat with me to manage your own alerts.",
    )
