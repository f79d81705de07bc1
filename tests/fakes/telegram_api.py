"""A fake Telegram Bot API server on 127.0.0.1 for tests that run the real python-telegram-bot.

It behaves like the real API where our bot can tell the difference:

- the token is part of the URL path (``/bot<token>/<method>``): a wrong one gets
  ``401 {"ok": false, "error_code": 401, "description": "Unauthorized"}``, an unknown method 404;
- every answer is ``{"ok": true, "result": …}`` or ``{"ok": false, "error_code": …, "description": …}``
  with the real descriptions ("Bad Request: chat not found", "Forbidden: bot was blocked by the
  user", "Too Many Requests: retry after N" with ``parameters.retry_after`` …);
- ``sendMessage`` / ``editMessageText`` parse HTML like Telegram (only its tag subset, properly
  nested, else "Bad Request: can't parse entities: …") and count the *visible* text after entity
  parsing, in UTF-16 code units, against the 4096 limit ("Bad Request: message is too long");
- ``sendMessage`` with ``reply_parameters`` (or the older ``reply_to_message_id``) records the message
  answered; one not in the chat is "Bad Request: message to be replied not found" unless
  ``allow_sending_without_reply`` is set, in which case the message goes out as an ordinary one;
- rate limits are enforced when ``rate_limits=True`` (the default): per chat about 1/s with a small
  burst, 20 per minute for groups and channels, about 30/s overall; an excess gets 429 with
  ``retry_after``. The checks use `clock` (monotonic by default) and are deliberately a little more
  tolerant than the client limiter, as the real server is;
- ``getUpdates`` long-polls a queue the test fills with `push_update` / `push_message`, waiting at
  most ``min(timeout, max_poll)`` seconds;
- ``sendPhoto`` takes a multipart upload (field ``photo``) like the real API: over 50 MB the request is
  refused before the API sees it (413 "Request Entity Too Large"), over 10 MB a photo is "Bad Request:
  PHOTO_SAVE_FILE_INVALID", bytes that are not a PNG/JPEG "Bad Request: IMAGE_PROCESS_FAILED",
  width + height over 10,000 or a side ratio over 20 "Bad Request: PHOTO_INVALID_DIMENSIONS", a caption
  over 1024 visible characters "Bad Request: message caption is too long"; a string ``photo`` (a
  file_id or URL this fake cannot fetch) is "Bad Request: wrong file identifier/HTTP URL specified".
  Sent photos are recorded in `photos` (bytes, caption, chat, reply) and count against the rate limits;
- ``getMe``, ``getChat``, ``getChatMember``, ``getChatAdministrators`` (see `set_admins`),
  ``deleteWebhook``, ``setWebhook``, ``getWebhookInfo``, ``setMyCommands`` are supported.

What a user would see is recorded: `messages` (current text of every message, edits applied) and
`edits`. Failures are injected with `fail_next(n, kind)`; chats can be made permanently unreachable
with `block_chat` / `remove_chat` / `kick_from_chat`.

Usage::

    async with running_fake_telegram() as tg:
        bot = telegram.Bot(tg.token, base_url=tg.base_url)
        ...
        assert tg.messages[0].text == "…"
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "123456789:AAFakeTokenForTestsOnly-abcdefghijk"
MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024  # multipart photo uploads
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # any multipart upload
FAILURE_KINDS = (
    "429",
    "5xx",
    "timeout",  # the request is never processed; the answer comes after `timeout_delay` seconds
    "slow_ack",  # the request IS processed, but the answer comes after `timeout_delay` seconds
    "blocked",
    "kicked",
    "chat_not_found",
    "not_enough_rights",
    "migrated",
)
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span",
         "tg-spoiler", "tg-emoji", "blockquote"}  # fmt: skip
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class TelegramApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class FakeMessage:
    """One message as its recipients see it (edits applied)."""

    chat_id: str  # as the client addressed it ("-100123", "@channel", "42")
    message_id: int
    text: str  # the visible text after entity parsing
    raw_text: str  # exactly what the client sent
    parse_mode: str | None
    links: list[str] = field(default_factory=list)  # href of every <a>
    link_preview_disabled: bool | None = None
    edit_count: int = 0
    reply_to_message_id: int | None = None  # the message this one answers (reply_parameters)


@dataclass
class FakePhoto:
    """A photo as its chat sees it."""

    chat_id: str
    message_id: int
    data: bytes
    filename: str
    width: int
    height: int
    caption: str
    reply_to_message_id: int | None = None


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or baseline/progressive JPEG, None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data) and data[i] == 0xFF:
            marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2):
                return int.from_bytes(data[i + 7 : i + 9], "big"), int.from_bytes(data[i + 5 : i + 7], "big")
            i += 2 + length
    return None


@dataclass
class FakeEdit:
    chat_id: str
    message_id: int
    text: str
    raw_text: str
    parse_mode: str | None


@dataclass
class _Failure:
    kind: str
    retry_after: int
    methods: tuple[str, ...]


# --- Telegram's HTML, parsed strictly ------------------------------------------------------------------


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_telegram_html(text: str) -> tuple[str, list[str]]:
    """(visible text, hrefs) of `text` in HTML parse mode, or TelegramApiError as the server says it."""

    def fail(reason: str) -> TelegramApiError:
        return TelegramApiError(400, f"Bad Request: can't parse entities: {reason}")

    visible: list[str] = []
    links: list[str] = []
    stack: list[tuple[str, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "<":
            end = text.find(">", i)
            if end == -1:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
            inner = text[i + 1 : end]
            if inner.startswith("/"):
                name = inner[1:].strip().lower()
                if not stack:
                    raise fail(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
                if stack[-1][0] != name:
                    at, expected = _byte_offset(text, i), stack[-1][0]
                    raise fail(
                        f'Unmatched end tag at byte offset {at}, expected "</{expected}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                m = re.match(r"([a-zA-Z][a-zA-Z0-9-]*)(.*)$", inner, re.S)
                if m is None:
                    raise fail(f"Unsupported start tag at byte offset {_byte_offset(text, i)}")
                name, attrs = m.group(1).lower(), m.group(2)
                if name not in _TAGS or (name == "span" and "tg-spoiler" not in attrs):
                    raise fail(f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, i)}')
                if name == "a":
                    href = re.search(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", attrs)
                    if href:
                        links.append(unescape(next(g for g in href.groups() if g is not None)))
                stack.append((name, i))
            i = end + 1
        elif c == "&":
            m = re.match(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);", text[i : i + 12])
            if m is None:
                visible.append("&")
                i += 1
                continue
            body = m.group(1)
            if body.startswith(("#x", "#X")):
                visible.append(chr(int(body[2:], 16)))
            elif body.startswith("#"):
                visible.append(chr(int(body[1:])))
            elif body in _NAMED_ENTITIES:
                visible.append(_NAMED_ENTITIES[body])
            else:
                visible.append(m.group(0))  # unknown named entities are left as written
            i += len(m.group(0))
        else:
            visible.append(c)
            i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return "".join(visible), links


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# --- rate limits ---------------------------------------------------------------------------------------


@dataclass
class _Gcra:
    interval: float
    tolerance: float
    tat: float = float("-inf")

    def wait(self, now: float) -> float:
        return max(0.0, self.tat - self.tolerance - now)

    def take(self, now: float) -> None:
        self.tat = max(self.tat, now) + self.interval


def _gcra(rate: float, burst: int) -> _Gcra:
    return _Gcra(1.0 / rate, (burst - 1) / rate)


# --- the server -----------------------------------------------------------------------------------------


class FakeTelegram:
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        rate_limits: bool = True,
        global_rate: float = 30.0,
        global_burst: int = 30,
        per_chat_rate: float = 1.0,
        per_chat_burst: int = 3,
        group_per_minute: int = 20,
        group_window: float = 59.0,  # a second of grace against scheduling jitter of a client sending at 60 s
        timeout_delay: float = 5.0,
        max_poll: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token = token
        self.base_url = ""  # set when started: "http://127.0.0.1:PORT/bot"
        self.messages: list[FakeMessage] = []
        self.edits: list[FakeEdit] = []
        self.photos: list[FakePhoto] = []
        self._user_messages: set[tuple[str, int]] = set()  # (chat, message id) pushed by `push_message`
        self.requests: list[tuple[str, dict[str, Any]]] = []  # (method, params) in arrival order
        self.rejected: list[tuple[str, str]] = []  # (method, description) of every error answered
        self.rate_limits = rate_limits
        self.timeout_delay = timeout_delay
        self.max_poll = max_poll
        self.clock = clock
        self.bot_user = {
            "id": int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1,
            "is_bot": True,
            "first_name": "Conflict Alerts",
            "username": "conflict_alerts_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._global = _gcra(global_rate, global_burst)
        self._per_chat_rate, self._per_chat_burst = per_chat_rate, per_chat_burst
        self._chat_buckets: dict[str, _Gcra] = {}
        self._group_per_minute, self._group_window = group_per_minute, group_window
        self._group_sends: dict[str, deque[float]] = {}
        self._failures: deque[_Failure] = deque()
        self._blocked: set[str] = set()
        self._kicked: set[str] = set()
        self._missing: set[str] = set()
        self._admins: dict[str, set[int]] = {}
        self._creators: dict[str, int] = {}
        self._usernames: dict[str, int] = {}
        self._next_message_id = 1
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._update_event = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None

    # --- knobs for tests ---------------------------------------------------------------------------

    def fail_next(
        self,
        n: int,
        kind: str,
        *,
        retry_after: int = 1,
        methods: tuple[str, ...] = ("sendMessage", "editMessageText"),
    ) -> None:
        """The next `n` requests to `methods` fail with `kind` (one of FAILURE_KINDS)."""
        if kind not in FAILURE_KINDS:
            raise ValueError(f"unknown failure kind {kind!r}; known: {', '.join(FAILURE_KINDS)}")
        self._failures.extend(_Failure(kind, retry_after, methods) for _ in range(n))

    def clear_failures(self) -> None:
        """Drop the failures still queued by `fail_next` (e.g. after a test held requests with them)."""
        self._failures.clear()

    def block_chat(self, chat_id: str | int) -> None:
        """The user blocked the bot: every send to this private chat gets 403."""
        self._blocked.add(str(chat_id))

    def kick_from_chat(self, chat_id: str | int) -> None:
        self._kicked.add(str(chat_id))

    def remove_chat(self, chat_id: str | int) -> None:
        """The chat no longer exists (or the bot never saw it): 400 chat not found."""
        self._missing.add(str(chat_id))

    def set_admins(self, chat_id: str | int, user_ids: list[int], *, creator: int | None = None) -> None:
        self._admins[str(chat_id)] = set(user_ids)
        if creator is not None:
            self._creators[str(chat_id)] = creator

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw Update (its update_id is assigned here); returns the update_id."""
        update = {**update, "update_id": self._next_update_id}
        self._next_update_id += 1
        self._updates.append(update)
        self._update_event.set()
        return int(update["update_id"])

    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int = 1001,
        username: str = "alice",
        chat_type: str | None = None,
        reply_to: int | None = None,
        reply_to_channel_post: tuple[int, int] | None = None,
    ) -> int:
        """Queue a text message from a user, as Telegram would deliver it (commands get their entity).
        `reply_to`: the id of a message in this chat the user answers; the update then carries it as
        ``reply_to_message``, the whole message as Telegram does (sent by the bot if the bot sent it).
        `reply_to_channel_post` (channel id, message id): the user, in a channel's discussion group,
        answers Telegram's automatic forward of that channel post (``is_automatic_forward``,
        ``forward_origin`` of type channel naming the original)."""
        ctype = chat_type or (
            "private" if chat_id > 0 else "supergroup" if str(chat_id).startswith("-100") else "group"
        )
        chat: dict[str, Any] = {"id": chat_id, "type": ctype}
        if ctype == "private":
            chat.update(first_name=username.title(), username=username)
        else:
            chat["title"] = f"Chat {chat_id}"
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": username.title(), "username": username},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        if reply_to is not None:
            message["reply_to_message"] = self._replied(chat, reply_to)
        if reply_to_channel_post is not None:
            message["reply_to_message"] = self._forwarded_post(chat, *reply_to_channel_post)
        self._user_messages.add((str(chat_id), message["message_id"]))
        return self.push_update({"message": message})

    def _replied(self, chat: dict[str, Any], message_id: int) -> dict[str, Any]:
        """The answered message as it appears in an update: the bot's own (text as shown) or a user's."""
        mine = (m for m in self.messages if self._same_chat(m.chat_id, chat["id"]))
        sent = next((m for m in mine if m.message_id == message_id), None)
        replied: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat}
        if sent is not None:
            replied.update({"from": self.bot_user, "text": sent.text})
        else:
            replied.update({"from": {"id": 1001, "is_bot": False, "first_name": "Someone"}, "text": "…"})
        return replied

    def _forwarded_post(self, group: dict[str, Any], channel_id: int, message_id: int) -> dict[str, Any]:
        channel = {"id": channel_id, "type": "channel", "title": f"Channel {channel_id}"}
        mine = (m for m in self.messages if self._same_chat(m.chat_id, channel_id))
        post = next((m for m in mine if m.message_id == message_id), None)
        return {
            "message_id": self._new_message_id(),  # the copy's own id in the group
            "date": int(time.time()),
            "chat": group,
            "sender_chat": channel,
            "is_automatic_forward": True,
            "forward_origin": {"type": "channel", "chat": channel, "message_id": message_id, "date": 0},
            "text": post.text if post is not None else "…",
        }

    def _same_chat(self, addressed: str, chat_id: int) -> bool:
        """A message sent to "@channel" lives in the chat that name stands for."""
        return addressed == str(chat_id) or self._usernames.get(addressed) == chat_id

    @property
    def url(self) -> str:
        """The server root (no token), e.g. for a webhook test."""
        return self.base_url.removesuffix("/bot")

    # --- lifecycle ---------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0][1]
        self.base_url = f"http://{host}:{bound}/bot"

    async def close(self) -> None:
        self._closing.set()
        self._update_event.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- HTTP -----------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        m = re.fullmatch(r"bot([^/]+)/([A-Za-z]+)", path)
        if m is None:
            return self._error_response(TelegramApiError(404, "Not Found"), "?")
        token, method = m.group(1), m.group(2)
        if token != self.token:
            return self._error_response(TelegramApiError(401, "Unauthorized"), method)
        if (request.content_length or 0) > MAX_UPLOAD_BYTES:
            # the real front end answers with an nginx HTML page, not the API's JSON
            self.rejected.append((method, "Request Entity Too Large"))
            return web.Response(status=413, text="<html><head><title>413 Request Entity Too Large</title>"
                                "</head><body>413 Request Entity Too Large</body></html>",
                                content_type="text/html")  # fmt: skip
        params = await _read_params(request)
        self.requests.append((method, params))
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            return self._error_response(TelegramApiError(404, "Not Found"), method)
        failure = self._take_failure(method)
        if failure is not None and failure.kind == "timeout":
            await self._sleep(self.timeout_delay)
            return self._error_response(TelegramApiError(502, "Bad Gateway"), method)
        try:
            if failure is not None and failure.kind != "slow_ack":
                raise self._injected(failure, params)
            result = await handler(params)
        except TelegramApiError as exc:
            return self._error_response(exc, method)
        if failure is not None and failure.kind == "slow_ack":
            await self._sleep(self.timeout_delay)
        return web.json_response({"ok": True, "result": result})

    def _error_response(self, exc: TelegramApiError, method: str) -> web.Response:
        self.rejected.append((method, exc.description))
        body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
        if exc.parameters:
            body["parameters"] = exc.parameters
        return web.json_response(body, status=exc.code)

    async def _sleep(self, seconds: float) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    def _take_failure(self, method: str) -> _Failure | None:
        if self._failures and method in self._failures[0].methods:
            return self._failures.popleft()
        return None

    def _injected(self, failure: _Failure, params: dict[str, Any]) -> TelegramApiError:
        kind = failure.kind
        if kind == "429":
            return _too_many(failure.retry_after)
        if kind == "5xx":
            return TelegramApiError(502, "Bad Gateway")
        if kind == "blocked":
            return TelegramApiError(403, "Forbidden: bot was blocked by the user")
        if kind == "kicked":
            return TelegramApiError(403, "Forbidden: bot was kicked from the supergroup chat")
        if kind == "chat_not_found":
            return TelegramApiError(400, "Bad Request: chat not found")
        if kind == "not_enough_rights":
            return TelegramApiError(400, "Bad Request: not enough rights to send text messages to the chat")
        if kind == "migrated":
            new_id = -1000000000000 - abs(int(params.get("chat_id", 1) or 1))
            return TelegramApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new_id},
            )
        raise AssertionError(kind)

    # --- checks shared by sendMessage and editMessageText -------------------------------------------

    def _check_chat(self, chat_id: str) -> None:
        if chat_id in self._missing or chat_id == "":
            raise TelegramApiError(400, "Bad Request: chat not found")
        if chat_id in self._blocked:
            raise TelegramApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._kicked:
            kind = "channel" if chat_id.startswith("@") else "supergroup"
            raise TelegramApiError(403, f"Forbidden: bot was kicked from the {kind} chat")

    def _check_rate(self, chat_id: str) -> None:
        if not self.rate_limits:
            return
        now = self.clock()
        bucket = self._chat_buckets.setdefault(chat_id, _gcra(self._per_chat_rate, self._per_chat_burst))
        waits = [self._global.wait(now), bucket.wait(now)]
        group = chat_id.startswith(("-", "@"))
        sends = self._group_sends.setdefault(chat_id, deque()) if group else None
        if sends is not None:
            while sends and sends[0] <= now - self._group_window:
                sends.popleft()
            if len(sends) >= self._group_per_minute:
                waits.append(sends[0] + self._group_window - now)
        wait = max(waits)
        if wait > 0:
            raise _too_many(max(1, math.ceil(wait)))
        self._global.take(now)
        bucket.take(now)
        if sends is not None:
            sends.append(now)

    def _parse_text(self, params: dict[str, Any]) -> tuple[str, str, list[str], str | None]:
        raw = params.get("text")
        if not isinstance(raw, str) or not raw.strip():
            raise TelegramApiError(400, "Bad Request: message text is empty")
        mode = params.get("parse_mode")
        mode = str(mode) if mode else None
        if mode is not None and mode.upper() == "HTML":
            visible, links = parse_telegram_html(raw)
        elif mode is None:
            visible, links = raw, []
        else:
            visible, links = raw, []  # Markdown modes are not modelled: the text counts as written
        if not visible.strip():
            raise TelegramApiError(400, "Bad Request: message text is empty")
        if utf16_len(visible.strip()) > MAX_TEXT_UTF16:
            raise TelegramApiError(400, "Bad Request: message is too long")
        return raw, visible, links, mode

    def _chat_object(self, chat_id: str) -> dict[str, Any]:
        if chat_id.startswith("@"):
            numeric = self._usernames.setdefault(chat_id, -1001000000000 - len(self._usernames))
            return {"id": numeric, "type": "channel", "title": chat_id[1:], "username": chat_id[1:]}
        number = int(chat_id)
        if number > 0:
            return {"id": number, "type": "private", "first_name": f"User {number}"}
        kind = "supergroup" if chat_id.startswith("-100") else "group"
        return {"id": number, "type": kind, "title": f"Chat {chat_id}"}

    def _new_message_id(self) -> int:
        self._next_message_id += 1
        return self._next_message_id - 1

    # --- methods --------------------------------------------------------------------------------------

    async def _api_getme(self, params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        if not chat_id:
            raise TelegramApiError(400, "Bad Request: chat_id is empty")
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        raw, visible, links, mode = self._parse_text(params)
        self._check_rate(chat_id)
        preview = params.get("link_preview_options")
        disabled = None
        if isinstance(preview, dict):
            disabled = bool(preview.get("is_disabled", False))
        elif "disable_web_page_preview" in params:
            disabled = bool(params["disable_web_page_preview"])
        reply_to = self._reply_target(chat_id, params)
        message = FakeMessage(chat_id, self._new_message_id(), visible.strip(), raw, mode, links, disabled)
        message.reply_to_message_id = reply_to
        self.messages.append(message)
        return self._message_json(message)

    def _reply_target(self, chat_id: str, params: dict[str, Any]) -> int | None:
        reply = params.get("reply_parameters")
        if not isinstance(reply, dict):
            reply = {"message_id": params["reply_to_message_id"]} if "reply_to_message_id" in params else {}
        if "message_id" not in reply:
            return None
        try:
            wanted = int(reply["message_id"])
        except (TypeError, ValueError):
            raise TelegramApiError(400, "Bad Request: message to be replied not found") from None
        known = (chat_id, wanted) in self._user_messages
        if known or any(m.chat_id == chat_id and m.message_id == wanted for m in self.messages):
            return wanted
        if reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply"):
            return None
        raise TelegramApiError(400, "Bad Request: message to be replied not found")

    async def _api_sendphoto(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        if not chat_id:
            raise TelegramApiError(400, "Bad Request: chat_id is empty")
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        photo = params.get("photo")
        if photo is None:
            raise TelegramApiError(400, "Bad Request: there is no photo in the request")
        if not isinstance(photo, Upload):
            raise TelegramApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        if len(photo.data) > MAX_PHOTO_BYTES:
            raise TelegramApiError(400, "Bad Request: PHOTO_SAVE_FILE_INVALID")
        size = image_size(photo.data)
        if size is None:
            raise TelegramApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        width, height = size
        if width + height > 10_000 or max(width, height) > 20 * max(1, min(width, height)):
            raise TelegramApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        caption = ""
        if params.get("caption"):
            caption, _links, _mode = self._parse_caption(params)
        self._check_rate(chat_id)
        reply_to = self._reply_target(chat_id, params)
        message_id = self._new_message_id()
        self.photos.append(
            FakePhoto(chat_id, message_id, photo.data, photo.filename, width, height, caption, reply_to)
        )
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat_object(chat_id),
            "from": {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
            "photo": [{"file_id": f"photo-{message_id}", "file_unique_id": f"u{message_id}", "width": width,
                       "height": height, "file_size": len(photo.data)}],
            **({"caption": caption} if caption else {}),
        }  # fmt: skip

    def _parse_caption(self, params: dict[str, Any]) -> tuple[str, list[str], str | None]:
        raw = str(params["caption"])
        mode = str(params["parse_mode"]) if params.get("parse_mode") else None
        visible, links = parse_telegram_html(raw) if mode and mode.upper() == "HTML" else (raw, [])
        if utf16_len(visible.strip()) > MAX_CAPTION_UTF16:
            raise TelegramApiError(400, "Bad Request: message caption is too long")
        return visible.strip(), links, mode

    async def _api_editmessagetext(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        if "inline_message_id" in params:
            raise TelegramApiError(400, "Bad Request: inline messages are not supported by this fake")
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        try:
            message_id = int(params.get("message_id", 0))
        except (TypeError, ValueError):
            raise TelegramApiError(400, "Bad Request: message identifier is not specified") from None
        target = next((m for m in self.messages if m.chat_id == chat_id and m.message_id == message_id), None)
        if target is None:
            raise TelegramApiError(400, "Bad Request: message to edit not found")
        raw, visible, links, mode = self._parse_text(params)
        if visible.strip() == target.text and links == target.links:
            raise TelegramApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        self._check_rate(chat_id)
        target.text, target.raw_text, target.parse_mode, target.links = visible.strip(), raw, mode, links
        target.edit_count += 1
        self.edits.append(FakeEdit(chat_id, message_id, visible.strip(), raw, mode))
        return {**self._message_json(target), "edit_date": int(time.time())}

    def _message_json(self, message: FakeMessage) -> dict[str, Any]:
        return {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": self._chat_object(message.chat_id),
            "from": {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
            "text": message.text,
        }

    async def _api_getupdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, float(params.get("timeout") or 0))
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0 and not self._closing.is_set():
            self._update_event.clear()
            with suppress(TimeoutError):
                await asyncio.wait_for(self._update_event.wait(), min(timeout, self.max_poll))
        return self._updates[:limit]

    async def _api_getchat(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        return {**self._chat_object(chat_id), "accent_color_id": 0, "max_reaction_count": 11}

    def _member(self, chat_id: str, user_id: int) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        if self._creators.get(chat_id) == user_id:
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in self._admins.get(chat_id, set()):
            rights = dict.fromkeys(
                ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                 "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                 "can_delete_stories", "can_pin_messages"),
                True,
            )  # fmt: skip
            return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                    "can_promote_members": False, **rights}  # fmt: skip
        return {"status": "member", "user": user}

    async def _api_getchatmember(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        try:
            user_id = int(params.get("user_id", ""))
        except ValueError:
            raise TelegramApiError(400, "Bad Request: invalid user_id specified") from None
        return self._member(chat_id, user_id)

    async def _api_getchatadministrators(self, params: dict[str, Any]) -> Any:
        chat_id = _chat_key(params.get("chat_id"))
        _valid_chat_id(chat_id)
        self._check_chat(chat_id)
        ids = sorted(
            self._admins.get(chat_id, set())
            | ({self._creators[chat_id]} if chat_id in self._creators else set())
        )
        return [self._member(chat_id, uid) for uid in ids]

    async def _api_deletewebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setwebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getwebhookinfo(self, params: dict[str, Any]) -> Any:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    async def _api_setmycommands(self, params: dict[str, Any]) -> Any:
        return True


def _too_many(retry_after: int) -> TelegramApiError:
    return TelegramApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


def _chat_key(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _valid_chat_id(chat_id: str) -> None:
    if chat_id.startswith("@") and len(chat_id) > 1:
        return
    if re.fullmatch(r"-?[0-9]+", chat_id) is None:
        raise TelegramApiError(400, "Bad Request: chat not found")


_JSON_FIELDS = {
    "link_preview_options",
    "reply_markup",
    "reply_parameters",
    "allowed_updates",
    "entities",
    "commands",
}
_BOOL_FIELDS = {"disable_web_page_preview", "disable_notification", "protect_content", "drop_pending_updates"}


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Parameters from the query string and a JSON, url-encoded or multipart body, typed like the API's."""
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, str):
                    params[key] = value
                elif isinstance(value, web.FileField):
                    params[key] = Upload(value.filename, value.content_type, value.file.read())
    for key in _JSON_FIELDS & params.keys():
        if isinstance(params[key], str):
            with suppress(ValueError):
                params[key] = json.loads(params[key])
    for key in _BOOL_FIELDS & params.keys():
        if isinstance(params[key], str):
            params[key] = params[key].lower() in ("true", "1")
    return params


@asynccontextmanager
async def running_fake_telegram(**knobs: Any) -> AsyncIterator[FakeTelegram]:
    """Start a FakeTelegram on 127.0.0.1 with an ephemeral port; stop it on exit."""
    fake = FakeTelegram(**knobs)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()


async def _serve(port: int, token: str) -> None:
    """Run the fake until interrupted, printing each message a bot sends (README: a test message
    without a real Telegram account)."""
    fake = FakeTelegram(token=token)
    await fake.start(port=port)
    print(f"fake Telegram Bot API on {fake.base_url}", flush=True)
    print(f"  export TELEGRAM_API_BASE_URL={fake.base_url}", flush=True)
    print(f"  export TELEGRAM_BOT_TOKEN={token}", flush=True)
    print("any chat id is accepted; messages appear below (Ctrl-C stops)", flush=True)
    shown = 0
    try:
        while True:
            for message in fake.messages[shown:]:
                print(f"\n[chat {message.chat_id}, message {message.message_id}]\n{message.text}", flush=True)
            shown = len(fake.messages)
            await asyncio.sleep(0.2)
    finally:
        await fake.close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="A fake Telegram Bot API on 127.0.0.1 (tests, demos).")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    options = parser.parse_args()
    with suppress(KeyboardInterrupt):
        asyncio.run(_serve(options.port, options.token))
