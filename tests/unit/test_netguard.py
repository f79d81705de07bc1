"""UrlGuard: literal addresses only (no DNS), plus numeric spellings resolved locally by getaddrinfo."""

from __future__ import annotations

import pytest

from bot.netguard import BlockedUrl, UrlGuard


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/feed", "loopback"),
        ("http://127.8.9.10:8080/feed", "loopback"),
        ("http://[::1]/feed", "loopback"),
        ("http://[::ffff:127.0.0.1]/feed", "loopback"),
        ("http://10.0.0.5/", "private"),
        ("http://172.16.3.4/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://[fd12::1]/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://[fd00:ec2::254]/", "metadata"),
        ("http://169.254.1.1/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.251/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://240.0.0.1/", "reserved"),
        ("http://100.64.0.1/", "non-public"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 as one decimal number
        ("http://0x7f.0.0.1/", "loopback"),
        ("ftp://8.8.8.8/feed", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://8.8.8.8/", "only http and https"),
        ("http:///nohost", "no host"),
        ("http://[::1/", "not a valid URL"),
    ],
)
async def test_blocked(url: str, reason: str) -> None:
    with pytest.raises(BlockedUrl, match=reason):
        await UrlGuard().check(url)


@pytest.mark.parametrize(
    "url", ["http://8.8.8.8/feed", "https://1.1.1.1:8443/rss", "https://[2606:4700::1111]/"]
)
async def test_public_addresses_pass(url: str) -> None:
    await UrlGuard().check(url)


async def test_allow_private_lets_loopback_through_but_not_metadata() -> None:
    guard = UrlGuard(allow_private=True)
    await guard.check("http://127.0.0.1:8080/feed")
    await guard.check("http://10.1.1.1/feed")
    with pytest.raises(BlockedUrl, match="metadata"):
        await guard.check("http://169.254.169.254/")


async def test_allow_hosts_exempts_exactly_the_listed_hosts() -> None:
    guard = UrlGuard(allow_hosts=frozenset({"127.0.0.1:1234", "[::1]:1234"}))
    await guard.check("http://127.0.0.1:1234/feed")
    await guard.check("http://[::1]:1234/feed")
    with pytest.raises(BlockedUrl, match="loopback"):
        await guard.check("http://127.0.0.2/feed")
    with pytest.raises(BlockedUrl, match="only http"):
        await guard.check("ftp://127.0.0.1/feed")


async def test_the_reason_names_the_host_and_address() -> None:
    with pytest.raises(BlockedUrl) as caught:
        await UrlGuard().check("http://2130706433/")
    assert caught.value.reason == "2130706433 resolves to 127.0.0.1, a loopback address"
