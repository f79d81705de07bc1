"""Slack adapter: slack_sdk's `AsyncWebClient` posts Block Kit blocks with a plain fallback; errors
become `DeliveryError`s that say whether to retry (see `bot.chat.base`).

slack_sdk's retry handlers are switched off (``retry_handlers=[]``): the deliverer alone decides
about retries, so a 429 is seen once and waited out exactly.

Error mapping:

=====================================================  ============================================
HTTP 429 / "ratelimited" (``Retry-After`` header)       RETRY, ``retry_after`` from the header
HTTP 5xx, "internal_error", "fatal_error",             RETRY
"service_unavailable", "request_timeout", timeouts,
connection errors
channel_not_found, is_archived, not_in_channel,         PAUSE_DESTINATION
invalid_auth, not_authed, account_inactive,
token_revoked, token_expired, missing_scope, …
other logical errors (msg_too_long, invalid_blocks,    PARK_MESSAGE: park this message only
no_text, message_not_found …)
=====================================================  ============================================

Message ids are ``"<channel>:<ts>"`` (the channel as Slack answered it): `edit` needs both.
"""

from __future__ import annotations

import asyncio
from typing import Any, NoReturn

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.base import DeliveryError, ErrorOutcome, Sent, protect_secret
from bot.core.credentials import redact
from bot.core.model import Alert, Destination, Platform
from bot.core.render_slack import render_slack

SLACK_API_URL = "https://slack.com/api/"

PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "missing_scope",
        "no_permission",
        "restricted_action",
        "team_access_not_granted",
        "ekm_access_denied",
        "org_login_required",
        "access_denied",
    }
)
RETRYABLE_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


class SlackSender:
    platform = Platform.SLACK

    def __init__(self, token: str, base_url: str | None = None, *, timeout: float = 10.0) -> None:
        if not token:
            raise ValueError("SlackSender needs a bot token (SLACK_BOT_TOKEN, xoxb-…, from your Slack app)")
        self._token = token
        protect_secret(token)
        url = base_url or SLACK_API_URL
        self._base_url = url if url.endswith("/") else url + "/"
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None
        self._client: AsyncWebClient | None = None

    @property
    def client(self) -> AsyncWebClient:
        if self._client is None:
            raise RuntimeError("SlackSender.start() has not been called")
        return self._client

    def _open(self) -> AsyncWebClient:
        if self._client is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
            self._client = AsyncWebClient(
                token=self._token,
                base_url=self._base_url,
                session=self._session,
                timeout=max(1, round(self._timeout)),
                retry_handlers=[],
            )
        return self._client

    async def start(self) -> None:
        """Open the HTTP session and check the token with auth.test."""
        client = self._open()
        try:
            await client.auth_test()
        except Exception as exc:
            self._raise(exc)

    async def close(self) -> None:
        session, self._session, self._client = self._session, None, None
        if session is not None:
            await session.close()

    async def send(self, destination: Destination, alert: Alert, reply_to: str | None = None) -> Sent:
        client = self._open()
        message = render_slack(alert)
        # `reply_to` is a message id of ours ("channel:ts"): the reply goes into that message's thread.
        thread_ts = reply_to.rpartition(":")[2] if reply_to else None
        try:
            response = await client.chat_postMessage(
                channel=destination.address,
                text=message.text,
                blocks=message.blocks,
                unfurl_links=False,
                unfurl_media=False,
                thread_ts=thread_ts,
            )
        except Exception as exc:
            self._raise(exc)
        channel = str(response.get("channel") or destination.address)
        return Sent(message_id=f"{channel}:{response['ts']}")

    async def edit(self, destination: Destination, message_id: str, alert: Alert) -> None:
        client = self._open()
        channel, _, ts = message_id.rpartition(":")
        message = render_slack(alert)
        try:
            await client.chat_update(
                channel=channel or destination.address, ts=ts, text=message.text, blocks=message.blocks
            )
        except Exception as exc:
            self._raise(exc)

    def _raise(self, exc: BaseException) -> NoReturn:
        if isinstance(exc, asyncio.CancelledError):
            raise exc
        raise delivery_error(exc, self._token) from None


def _retry_after(headers: Any) -> float | None:
    if headers is None:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def delivery_error(exc: BaseException, token: str) -> DeliveryError:
    """The `DeliveryError` for an exception raised by AsyncWebClient, with the token scrubbed."""
    if isinstance(exc, SlackApiError):
        status = int(getattr(exc.response, "status_code", 0) or 0)
        data = getattr(exc.response, "data", None)
        error = str(data.get("error") or "") if isinstance(data, dict) else ""
        reason = redact(f"slack: {error or 'http_' + str(status)} (HTTP {status})", [token])
        if status == 429 or error == "ratelimited":
            return DeliveryError(reason, ErrorOutcome.RETRY, retry_after=_retry_after(exc.response.headers))
        if error in PERMANENT_ERRORS:
            return DeliveryError(reason, ErrorOutcome.PAUSE_DESTINATION)
        if status >= 500 or error in RETRYABLE_ERRORS:
            return DeliveryError(reason, ErrorOutcome.RETRY)
        return DeliveryError(reason, ErrorOutcome.PARK_MESSAGE)
    if isinstance(exc, TimeoutError):  # aiohttp's timeouts are TimeoutError subclasses
        return DeliveryError("slack: request timed out", ErrorOutcome.RETRY)
    if isinstance(exc, aiohttp.ClientError | SlackClientError | OSError):
        return DeliveryError(redact(f"slack: {type(exc).__name__}: {exc}", [token]), ErrorOutcome.RETRY)
    return DeliveryError(redact(f"slack: {type(exc).__name__}: {exc}", [token]), ErrorOutcome.RETRY)
