"""A fake Slack Web API server on 127.0.0.1 for tests that run the real slack_sdk AsyncWebClient.

Like the real API:

- ``POST /api/<method>`` with ``Authorization: Bearer <token>`` (or a ``token`` form field); no token
  is ``not_authed``, a wrong one ``invalid_auth``;
- logical errors are HTTP 200 ``{"ok": false, "error": "..."}``; rate limits are HTTP 429 with a
  ``Retry-After`` header (seconds) and ``{"ok": false, "error": "ratelimited"}``;
- ``chat.postMessage`` / ``chat.update`` validate like Slack: ``no_text`` without text or blocks,
  ``msg_too_long`` over 40,000 characters of text, ``invalid_blocks`` (with ``errors`` and
  ``response_metadata.messages``) for more than 50 blocks, a section text over 3000 characters, a
  context with more than 10 elements, unknown block or text types; ``channel_not_found``,
  ``is_archived``, ``not_in_channel`` for channels set so with `set_channel`;
- about one message per second per channel (a small burst tolerated) when ``rate_limits=True``;
- ``auth.test`` answers with the bot's identity;
- ``views.open`` needs a trigger id from `issue_trigger` (as in an interaction payload), usable once,
  and a modal with a title of at most 24 characters; ``chat.postEphemeral`` records `ephemeral`;
- file uploads the way ``files_upload_v2`` makes them: ``files.getUploadURLExternal`` (``filename``
  and ``length`` required: ``invalid_arguments``; ``alt_txt`` over 1000 characters
  ``alt_txt_too_large``; a length over `max_file_bytes`, 1 GB by default,
  ``file_upload_size_restricted``) answers an ``upload_url`` on this server; a POST of the bytes there
  answers 200 ``OK - <length>`` (404 for an unknown or already used URL, 400 when the bytes are not
  the announced length); ``files.completeUploadExternal`` (``files`` a JSON list of ``{"id", "title"}``;
  an id never uploaded is ``file_not_found``) shares the files in ``channel_id`` with the channel
  checks of ``chat.postMessage`` and records them in `files`, optionally under ``thread_ts``.

Recorded: `messages` (current content of every message, updates applied; `.visible` is what a user
reads: mrkdwn entities decoded, ``<url|label>`` shown as label) and `updates`. Failures are injected
with `fail_next(n, kind)`: "429", "5xx" (an HTML 503 from the load balancer), "timeout" (never
processed), "slow_ack" (processed, answered late), or any Slack error code ("channel_not_found",
"invalid_auth", "account_inactive", "token_revoked", "ratelimited", "internal_error" …) answered as
a logical error.

Usage::

    async with running_fake_slack() as slack:
        client = AsyncWebClient(token=slack.token, base_url=slack.base_url)
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
from typing import Any

from aiohttp import web

DEFAULT_TOKEN = "xoxb-0000000000-0000000000000-FakeSlackTokenForTests"
MAX_TEXT = 40_000
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_HEADER_TEXT = 150
MAX_FILE_BYTES = 1024 * 1024 * 1024
MAX_ALT_TEXT = 1000
_BLOCK_TYPES = {
    "section",
    "context",
    "divider",
    "header",
    "actions",
    "image",
    "rich_text",
    "input",
    "file",
    "video",
}
_INPUT_ELEMENTS = {"plain_text_input", "static_select", "checkboxes", "radio_buttons", "datepicker"}
_CHANNEL_STATES = {"ok", "not_found", "archived", "not_in_channel"}


class SlackError(Exception):
    def __init__(self, error: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra or {}


@dataclass
class FakeSlackFile:
    """A file shared in a channel."""

    id: str
    channel: str
    filename: str
    title: str
    data: bytes
    alt_txt: str = ""
    initial_comment: str = ""
    thread_ts: str | None = None


@dataclass
class FakeSlackMessage:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    unfurl_links: bool | None = None
    unfurl_media: bool | None = None
    thread_ts: str | None = None
    update_count: int = 0

    @property
    def visible(self) -> str:
        """What a user reads: the blocks' texts (or the text when there are none), entities decoded."""
        if not self.blocks:
            return mrkdwn_to_visible(self.text)
        lines: list[str] = []
        for block in self.blocks:
            texts: list[dict[str, Any]] = []
            if isinstance(block.get("text"), dict):
                texts.append(block["text"])
            texts.extend(e for e in block.get("elements", []) if isinstance(e, dict) and "text" in e)
            texts.extend(f for f in block.get("fields", []) if isinstance(f, dict))
            for t in texts:
                raw = str(t.get("text", ""))
                lines.append(mrkdwn_to_visible(raw) if t.get("type") == "mrkdwn" else raw)
        return "\n".join(lines)


@dataclass
class FakeSlackUpdate:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]


def mrkdwn_to_visible(text: str) -> str:
    """Slack's rendering of links and escapes: <url|label> -> label, <url> -> url, &lt; -> <."""

    def link(m: re.Match[str]) -> str:
        target, _, label = m.group(1).partition("|")
        return label or target

    out = re.sub(r"<([^<>]+)>", link, text)
    return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@dataclass
class _Failure:
    kind: str
    retry_after: int
    methods: tuple[str, ...]


class FakeSlack:
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        rate_limits: bool = True,
        per_channel_rate: float = 1.0,
        per_channel_burst: int = 3,
        timeout_delay: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        max_file_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.token = token
        self.base_url = ""  # set when started: "http://127.0.0.1:PORT/api/"
        self.max_file_bytes = max_file_bytes
        self.files: list[FakeSlackFile] = []
        self._pending_uploads: dict[str, dict[str, Any]] = {}  # file id -> announced name, length, bytes
        self.messages: list[FakeSlackMessage] = []
        self.updates: list[FakeSlackUpdate] = []
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.rejected: list[tuple[str, str]] = []  # (method, error)
        self.rate_limits = rate_limits
        self.timeout_delay = timeout_delay
        self.clock = clock
        self._interval = 1.0 / per_channel_rate
        self._tolerance = (per_channel_burst - 1) / per_channel_rate
        self._tat: dict[str, float] = {}
        self._channels: dict[str, str] = {}
        self._failures: deque[_Failure] = deque()
        self._ts_counter = 0
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._users: dict[str, dict[str, Any]] = {}  # users.info answers, see set_user
        self._dms: dict[str, str] = {}  # user id -> the id of their DM with the app, see set_dm
        self.views: list[dict[str, Any]] = []  # views.publish and views.open calls, with the view
        self.ephemeral: list[FakeSlackEphemeral] = []  # chat.postEphemeral
        self._triggers: dict[str, bool] = {}  # trigger_id -> used (issue_trigger, views.open)

    # --- knobs -----------------------------------------------------------------------------------------

    def fail_next(
        self,
        n: int,
        kind: str,
        *,
        retry_after: int = 1,
        methods: tuple[str, ...] = ("chat.postMessage", "chat.update"),
    ) -> None:
        self._failures.extend(_Failure(kind, retry_after, methods) for _ in range(n))

    def clear_failures(self) -> None:
        """Drop the failures still queued by `fail_next` (e.g. after a test held requests with them)."""
        self._failures.clear()

    def set_channel(self, channel: str, state: str) -> None:
        """Set a channel's state: "ok", "not_found", "archived" or "not_in_channel" (bot removed)."""
        if state not in _CHANNEL_STATES:
            raise ValueError(f"unknown channel state {state!r}; known: {', '.join(sorted(_CHANNEL_STATES))}")
        self._channels[channel] = state

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        app = web.Application(client_max_size=max(4 * 1024 * 1024, self.max_file_bytes + 1))
        app.router.add_route("*", "/api/{method}", self._handle)
        app.router.add_post("/upload/v1/{file_id}", self._upload)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.base_url = f"http://{host}:{self._runner.addresses[0][1]}/api/"
        self._upload_base = self.base_url.removesuffix("/api/") + "/upload/v1/"

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- HTTP -------------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _read_params(request)
        self.requests.append((method, {k: v for k, v in params.items() if k != "token"}))
        auth = request.headers.get("Authorization", "")
        token = (
            auth.removeprefix("Bearer ").strip()
            if auth.startswith("Bearer ")
            else str(params.get("token", ""))
        )
        if not token:
            return self._logical(method, SlackError("not_authed"))
        if token != self.token:
            return self._logical(method, SlackError("invalid_auth"))
        handler = getattr(self, "_api_" + method.replace(".", "_").lower(), None)
        if handler is None:
            return self._logical(method, SlackError("unknown_method"))
        failure = self._failures.popleft() if self._failures and method in self._failures[0].methods else None
        if failure is not None:
            if failure.kind == "timeout":
                await self._sleep(self.timeout_delay)
                return web.Response(status=504, text="<html>Gateway Timeout</html>", content_type="text/html")
            if failure.kind == "429":
                return self._ratelimited(method, failure.retry_after)
            if failure.kind == "5xx":
                self.rejected.append((method, "http_503"))
                return web.Response(
                    status=503, text="<html>Service Unavailable</html>", content_type="text/html"
                )
            if failure.kind != "slow_ack":
                return self._logical(method, SlackError(failure.kind))
        try:
            result = await handler(params)
        except SlackError as exc:
            return self._logical(method, exc)
        except _RateLimited as exc:
            return self._ratelimited(method, exc.retry_after)
        if failure is not None and failure.kind == "slow_ack":
            await self._sleep(self.timeout_delay)
        return web.json_response({"ok": True, **result})

    def _logical(self, method: str, exc: SlackError) -> web.Response:
        self.rejected.append((method, exc.error))
        return web.json_response({"ok": False, "error": exc.error, **exc.extra})

    def _ratelimited(self, method: str, retry_after: int) -> web.Response:
        self.rejected.append((method, "ratelimited"))
        return web.json_response(
            {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": str(retry_after)}
        )

    async def _sleep(self, seconds: float) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # --- checks -------------------------------------------------------------------------------------------

    def _check_channel(self, channel: Any) -> str:
        if not isinstance(channel, str) or not channel:
            raise SlackError("channel_not_found")
        state = self._channels.get(channel, "ok")
        if state == "not_found":
            raise SlackError("channel_not_found")
        if state == "archived":
            raise SlackError("is_archived")
        if state == "not_in_channel":
            raise SlackError("not_in_channel")
        return channel

    def _check_rate(self, channel: str) -> None:
        if not self.rate_limits:
            return
        now = self.clock()
        tat = self._tat.get(channel, float("-inf"))
        wait = tat - self._tolerance - now
        if wait > 0:
            raise _RateLimited(max(1, math.ceil(wait)))
        self._tat[channel] = max(tat, now) + self._interval

    def _check_content(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        text = params.get("text") or ""
        blocks = params.get("blocks")
        if blocks is None:
            blocks = []
        if not isinstance(text, str):
            raise SlackError("invalid_arguments")
        if not isinstance(blocks, list):
            raise SlackError("invalid_blocks_format")
        if not text.strip() and not blocks:
            raise SlackError("no_text")
        if len(text) > MAX_TEXT:
            raise SlackError("msg_too_long")
        errors = validate_blocks(blocks)
        if errors:
            raise SlackError(
                "invalid_blocks",
                {"errors": errors, "response_metadata": {"messages": [f"[ERROR] {e}" for e in errors]}},
            )
        return text, blocks

    def _next_ts(self) -> str:
        self._ts_counter += 1
        return f"{1700000000 + self._ts_counter}.{self._ts_counter:06d}"

    # --- methods ----------------------------------------------------------------------------------------

    async def _api_auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": "https://fake-workspace.slack.com/",
            "team": "Fake Workspace",
            "user": "conflict_alerts",
            "team_id": "T00000000",
            "user_id": "U0BOT0000",
            "bot_id": "B0BOT0000",
            "is_enterprise_install": False,
        }

    async def _api_chat_postmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._check_channel(params.get("channel"))
        text, blocks = self._check_content(params)
        self._check_rate(channel)
        message = FakeSlackMessage(
            channel=channel,
            ts=self._next_ts(),
            text=text,
            blocks=blocks,
            unfurl_links=_opt_bool(params.get("unfurl_links")),
            unfurl_media=_opt_bool(params.get("unfurl_media")),
            thread_ts=params.get("thread_ts"),
        )
        self.messages.append(message)
        body: dict[str, Any] = {
            "type": "message",
            "user": "U0BOT0000",
            "bot_id": "B0BOT0000",
            "text": text,
            "ts": message.ts,
        }
        if blocks:
            body["blocks"] = blocks
        return {"channel": channel, "ts": message.ts, "message": body}

    async def _api_chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._check_channel(params.get("channel"))
        ts = params.get("ts")
        target = next((m for m in self.messages if m.channel == channel and m.ts == ts), None)
        if target is None:
            raise SlackError("message_not_found")
        text, blocks = self._check_content(params)
        self._check_rate(channel)
        target.text, target.blocks = text, blocks
        target.update_count += 1
        self.updates.append(FakeSlackUpdate(channel, target.ts, text, blocks))
        return {
            "channel": channel,
            "ts": target.ts,
            "text": text,
            "message": {"text": text, "blocks": blocks},
        }

    # --- users.info and views.publish (chat commands: admin checks, the App Home tab) ---------------

    # --- files ------------------------------------------------------------------------------------------

    async def _api_files_getuploadurlexternal(self, params: dict[str, Any]) -> dict[str, Any]:
        filename = params.get("filename")
        try:
            length = int(params.get("length", ""))
        except (TypeError, ValueError):
            raise SlackError("invalid_arguments") from None
        if not filename or length <= 0:
            raise SlackError("invalid_arguments")
        if len(str(params.get("alt_txt") or "")) > MAX_ALT_TEXT:
            raise SlackError("alt_txt_too_large")
        if length > self.max_file_bytes:
            raise SlackError("file_upload_size_restricted")
        file_id = f"F{len(self.files) + len(self._pending_uploads) + 1:09d}"
        self._pending_uploads[file_id] = {
            "filename": str(filename), "length": length, "alt_txt": str(params.get("alt_txt") or ""),
            "data": None,
        }  # fmt: skip
        return {"upload_url": self._upload_base + file_id, "file_id": file_id}

    async def _upload(self, request: web.Request) -> web.Response:
        pending = self._pending_uploads.get(request.match_info["file_id"])
        if pending is None or pending["data"] is not None:
            return web.Response(status=404, text="Not Found")
        data = await request.read()
        if len(data) != pending["length"]:
            return web.Response(status=400, text="Bad Request: length mismatch")
        pending["data"] = data
        return web.Response(text=f"OK - {len(data)}")

    async def _api_files_completeuploadexternal(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            wanted = json.loads(params.get("files") or "")
        except ValueError:
            raise SlackError("invalid_arguments") from None
        if not isinstance(wanted, list) or not wanted:
            raise SlackError("invalid_arguments")
        channel = params.get("channel_id")
        if channel:
            self._check_channel(channel)
        done: list[dict[str, Any]] = []
        for item in wanted:
            pending = self._pending_uploads.get(str(item.get("id")))
            if pending is None or pending["data"] is None:
                raise SlackError("file_not_found")
        for item in wanted:
            file_id = str(item["id"])
            pending = self._pending_uploads.pop(file_id)
            title = str(item.get("title") or pending["filename"])
            comment = str(params.get("initial_comment") or "")
            shared = FakeSlackFile(file_id, str(channel or ""), pending["filename"], title, pending["data"],
                                   pending["alt_txt"], comment, params.get("thread_ts") or None)  # fmt: skip
            self.files.append(shared)
            done.append({"id": file_id, "name": shared.filename, "title": title, "size": len(shared.data)})
        return {"files": done}

    def set_user(self, user_id: str, *, is_admin: bool = False, is_owner: bool = False) -> None:
        """What users.info says about a user (unknown users are plain members)."""
        self._users[user_id] = {"is_admin": is_admin, "is_owner": is_owner}

    async def _api_users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user_id = params.get("user")
        if not isinstance(user_id, str) or not user_id:
            raise SlackError("user_not_found")
        flags = self._users.get(user_id, {"is_admin": False, "is_owner": False})
        return {
            "user": {
                "id": user_id,
                "team_id": "T00000000",
                "name": user_id.lower(),
                "deleted": False,
                "is_bot": False,
                "is_primary_owner": flags["is_owner"],
                **flags,
            }
        }

    def set_dm(self, user_id: str, channel_id: str) -> None:
        """The user's DM with the app (conversations.open answers it, conversations.info knows it)."""
        self._dms[user_id] = channel_id

    async def _api_conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        users = str(params.get("users") or "")
        if not users or "," in users:
            raise SlackError("invalid_arguments" if not users else "not_implemented_in_fake")
        channel = self._dms.setdefault(users, f"D{users.removeprefix('U')}X")
        return {"channel": {"id": channel}}

    async def _api_conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        """Slack's shape, reduced: an IM (is_im, the other member in `user`) or a channel."""
        channel = str(params.get("channel") or "")
        owners = {c: u for u, c in self._dms.items()}
        if channel in owners:
            return {"channel": {"id": channel, "is_im": True, "is_channel": False, "user": owners[channel]}}
        if channel.startswith(("C", "G")):
            return {"channel": {"id": channel, "is_im": False, "is_channel": True, "name": channel.lower()}}
        raise SlackError("channel_not_found")

    async def _api_views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                raise SlackError("invalid_arguments") from None
        if not isinstance(view, dict) or view.get("type") != "home" or not params.get("user_id"):
            raise SlackError("invalid_arguments")
        errors = validate_blocks(view.get("blocks", []))
        if errors:
            raise SlackError("invalid_blocks", {"errors": errors})
        self.views.append({"user_id": params["user_id"], "view": view})
        return {"view": {"id": f"V{len(self.views):08d}", **view}}


    # --- views.open and chat.postEphemeral (interactivity: a shortcut's modal, a private answer) -------

    def issue_trigger(self) -> str:
        """A trigger_id as Slack puts in an interaction payload: views.open accepts it once."""
        trigger = f"{len(self._triggers) + 1}.{int(time.time())}.fake{len(self._triggers):04d}"
        self._triggers[trigger] = False
        return trigger

    async def _api_views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        trigger = params.get("trigger_id")
        if not isinstance(trigger, str) or trigger not in self._triggers:
            raise SlackError("invalid_trigger_id")
        if self._triggers[trigger]:
            raise SlackError("expired_trigger_id")  # Slack: a trigger opens one view
        view = params.get("view")
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                raise SlackError("invalid_arguments") from None
        if not isinstance(view, dict) or view.get("type") != "modal":
            raise SlackError("invalid_arguments")
        title = (view.get("title") or {}).get("text", "")
        if not title or len(title) > 24:  # a modal's title: plain_text, at most 24 characters
            raise SlackError("invalid_arguments", {"response_metadata": {"messages": ["title"]}})
        errors = validate_blocks(view.get("blocks", []))
        if errors:
            raise SlackError("invalid_blocks", {"errors": errors})
        self._triggers[trigger] = True
        view_id = f"V{len(self.views) + 1:08d}"
        self.views.append({"trigger_id": trigger, "view": view, "id": view_id})
        return {"view": {"id": view_id, **view}}

    async def _api_chat_postephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._check_channel(params.get("channel"))
        user = params.get("user")
        if not isinstance(user, str) or not user:
            raise SlackError("user_not_in_channel")
        text, _blocks = self._check_content(params)
        self.ephemeral.append(FakeSlackEphemeral(channel, user, text))
        return {"message_ts": self._next_ts()}


@dataclass
class FakeSlackEphemeral:
    """A message only `user` sees (chat.postEphemeral)."""

    channel: str
    user: str
    text: str


class _RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


def _text_object_errors(obj: Any, pointer: str, limit: int, types: tuple[str, ...]) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in types:
        return [f"must provide an object of type {' or '.join(types)} [json-pointer:{pointer}]"]
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        return [f"must be more than 0 characters [json-pointer:{pointer}/text]"]
    if len(text) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{pointer}/text]"]
    return []


def validate_blocks(blocks: list[Any]) -> list[str]:
    """Block Kit errors in Slack's wording, json-pointer included; [] when the blocks are valid."""
    if len(blocks) > MAX_BLOCKS:
        return [f"no more than {MAX_BLOCKS} items allowed [json-pointer:/blocks]"]
    errors: list[str] = []
    for i, block in enumerate(blocks):
        at = f"/blocks/{i}"
        if not isinstance(block, dict) or block.get("type") not in _BLOCK_TYPES:
            found = block.get("type") if isinstance(block, dict) else block
            errors.append(f"unsupported type: {found!r} [json-pointer:{at}/type]")
            continue
        kind = block["type"]
        if kind == "section":
            if "text" not in block and "fields" not in block:
                errors.append(f"must provide text or fields [json-pointer:{at}]")
            if "text" in block:
                errors += _text_object_errors(
                    block["text"], f"{at}/text", MAX_SECTION_TEXT, ("mrkdwn", "plain_text")
                )
            for j, fld in enumerate(block.get("fields", [])):
                errors += _text_object_errors(fld, f"{at}/fields/{j}", 2000, ("mrkdwn", "plain_text"))
        elif kind == "header":
            errors += _text_object_errors(block.get("text"), f"{at}/text", MAX_HEADER_TEXT, ("plain_text",))
        elif kind == "context":
            elements = block.get("elements")
            if not isinstance(elements, list) or not elements:
                errors.append(f"must provide elements [json-pointer:{at}/elements]")
                continue
            if len(elements) > MAX_CONTEXT_ELEMENTS:
                errors.append(
                    f"no more than {MAX_CONTEXT_ELEMENTS} items allowed [json-pointer:{at}/elements]"
                )
            for j, element in enumerate(elements):
                if isinstance(element, dict) and element.get("type") == "image":
                    continue
                errors += _text_object_errors(
                    element, f"{at}/elements/{j}", MAX_SECTION_TEXT, ("mrkdwn", "plain_text")
                )
        elif kind == "input":  # a modal's form field: a plain_text label and one element
            errors += _text_object_errors(block.get("label"), f"{at}/label", 2000, ("plain_text",))
            element = block.get("element")
            if not isinstance(element, dict) or element.get("type") not in _INPUT_ELEMENTS:
                errors.append(f"must provide a valid element [json-pointer:{at}/element]")
            elif not 0 < element.get("max_length", 3000) <= 3000:
                errors.append(f"must be between 1 and 3000 [json-pointer:{at}/element/max_length]")
        block_id = block.get("block_id")
        if block_id is not None and (not isinstance(block_id, str) or len(block_id) > 255):
            errors.append(f"must be less than 256 characters [json-pointer:{at}/block_id]")
    return errors


def _opt_bool(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.lower() in ("1", "true")
    return bool(value)


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        else:
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
    if isinstance(params.get("blocks"), str):  # form-encoded clients send blocks as a JSON string
        try:
            params["blocks"] = json.loads(params["blocks"])
        except ValueError:
            raise_later = params.pop("blocks")
            params["blocks"] = {"unparsable": raise_later}
    return params


@asynccontextmanager
async def running_fake_slack(**knobs: Any) -> AsyncIterator[FakeSlack]:
    """Start a FakeSlack on 127.0.0.1 with an ephemeral port; stop it on exit."""
    fake = FakeSlack(**knobs)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()
