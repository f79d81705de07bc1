"""SSRF guard for feed URLs that users add at run time (DESIGN §8, issue 5 "Feed management").

``UrlGuard.check(url)`` raises :class:`BlockedUrl` unless the URL is ``http``/``https`` and *every*
address its host resolves to is a public unicast address. Blocked: loopback, private (RFC 1918, ULA),
shared/CGNAT, link-local, multicast, reserved, unspecified, documentation and benchmarking ranges,
IPv4-mapped/NAT64 forms of those, and the cloud metadata endpoints (169.254.169.254,
fd00:ec2::254) - in short anything that is not ``ipaddress``'s ``is_global``, plus multicast.

Resolution goes through the event loop's ``getaddrinfo``, so odd spellings of an address
("2130706433", "0x7f.1", "127.1") are judged by what they resolve to, not by how they look.

The fetcher calls ``check`` on the first URL and on every redirect hop. A DNS answer can still change
between the check and aiohttp's own lookup (DNS rebinding); :class:`GuardedResolver` closes that gap by
checking the addresses aiohttp actually connects to - build the session's connector with it
(:func:`guarded_connector`) where feeds come from untrusted users.

The same guard checks every *redirect* of a feed from the config file (``fetch_feed(...,
trust_first_hop=True)``): the admin's own URL is trusted as written, where the publisher sends us
next is not.

Exemptions, for tests and deliberate local feeds: ``allow_private=True`` allows non-public addresses
except the metadata endpoints; ``allow_hosts`` exempts listed ``host`` or ``host:port`` entries
(``[::1]:8080`` for IPv6): a bare host only on its scheme's default port (80, 443), so allowing an
intranet host does not open its database or admin ports. The metadata endpoints are refused even
when listed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import ResolveResult

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
ALLOWED_SCHEMES = frozenset({"http", "https"})


class BlockedUrl(Exception):
    """The URL may not be fetched; ``reason`` says why, in words fit for the user who added it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def address_problem(ip: IPAddress, *, allow_private: bool = False) -> str | None:
    """What kind of forbidden address this is ("a loopback address"), or None if it may be contacted."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return address_problem(embedded, allow_private=allow_private)
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_global or allow_private:
        return None
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private address"
    return "a non-public address"


DEFAULT_PORTS = frozenset({80, 443})


def _normal_host(host: str) -> str:
    return host.lower().strip().strip("[]").rstrip(".")


def parse_allowed_host(entry: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]`` or ``[v6]:port`` -> (host, port or None)."""
    text = entry.strip()
    try:
        parts = urlsplit(f"//{text}")
        return _normal_host(parts.hostname or text), parts.port
    except ValueError:  # a bare IPv6 literal without brackets ("::1"), or a bad port
        return _normal_host(text), None


class UrlGuard:
    def __init__(self, allow_private: bool = False, allow_hosts: frozenset[str] = frozenset()) -> None:
        self.allow_private = allow_private
        self.allow_hosts = frozenset(parse_allowed_host(h) for h in allow_hosts)

    def __repr__(self) -> str:
        hosts = sorted(map(str, self.allow_hosts))
        return f"UrlGuard(allow_private={self.allow_private}, allow_hosts={hosts})"

    def allowing_private(self) -> UrlGuard:
        """The same exemptions, and every non-public address but the metadata ones."""
        guard = UrlGuard(allow_private=True)
        guard.allow_hosts = self.allow_hosts
        return guard

    def host_allowed(self, host: str, port: int | None) -> bool:
        """Whether `host` on `port` is listed: as host:port, or as a bare host on a default port."""
        name = _normal_host(host)
        listed = self.allow_hosts
        return (name, port) in listed or (port in DEFAULT_PORTS and (name, None) in listed)

    def also_allowing(self, url: str) -> UrlGuard:
        """The same guard, with the host and port of `url` exempt too (a configured feed's own origin:
        the admin trusted it, so its redirects within it are trusted as well)."""
        parts = urlsplit(url)
        default = 443 if parts.scheme.lower() == "https" else 80
        guard = UrlGuard(allow_private=self.allow_private)
        guard.allow_hosts = self.allow_hosts | {(_normal_host(parts.hostname or ""), parts.port or default)}
        return guard

    def check_address(self, host: str, ip: IPAddress, *, allowed: bool = False) -> None:
        """Refuse `ip` unless it is public; `allowed` (an exempt host) still refuses metadata."""
        problem = address_problem(ip, allow_private=self.allow_private or allowed)
        if problem is None:
            return
        if host.strip("[]") == str(ip):
            raise BlockedUrl(f"{ip} is {problem}")
        raise BlockedUrl(f"{host} resolves to {ip}, {problem}")

    async def check(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            host = parts.hostname
            port = parts.port
        except ValueError as exc:
            raise BlockedUrl(f"not a valid URL: {exc}") from None
        if scheme not in ALLOWED_SCHEMES:
            raise BlockedUrl(
                f"only http and https URLs can be fetched, not {scheme or 'a URL without scheme'}"
            )
        if not host:
            raise BlockedUrl("the URL has no host name")
        port = port or (443 if scheme == "https" else 80)
        allowed = self.host_allowed(host, port)
        try:
            literal: IPAddress | None = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            self.check_address(str(literal), literal, allowed=allowed)
            return
        for ip in await resolve(host, port):
            self.check_address(host, ip, allowed=allowed)


async def resolve(host: str, port: int) -> list[IPAddress]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedUrl(f"cannot resolve host {host}: {exc}") from None
    out: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone id
        try:
            out.append(ipaddress.ip_address(text))
        except ValueError:
            continue
    if not out:
        raise BlockedUrl(f"host {host} resolved to no usable address")
    return out


class GuardedResolver(aiohttp.ThreadedResolver):
    """aiohttp resolver that refuses to hand out addresses the guard would block (anti DNS-rebinding)."""

    def __init__(self, guard: UrlGuard, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        allowed = self._guard.host_allowed(host, port)
        for result in results:
            ip = ipaddress.ip_address(str(result["host"]).split("%", 1)[0])
            try:
                self._guard.check_address(host, ip, allowed=allowed)
            except BlockedUrl as exc:
                # aiohttp turns OSError from a resolver into ClientConnectorError with this message
                raise OSError(f"blocked: {exc.reason}") from exc
        return results


def guarded_connector(guard: UrlGuard, **kwargs: Any) -> aiohttp.TCPConnector:
    """A TCPConnector whose every DNS answer is checked by ``guard``. Must be called inside a loop."""
    return aiohttp.TCPConnector(resolver=GuardedResolver(guard), **kwargs)
