"""Which addresses a fetch may reach: a feed must not lead the daemon into internal networks.

The URL a person configured is trusted: an intranet feed at 10.0.0.5 or 127.0.0.1 works
as configured. What a server *tells* us is not: a redirect from a public server may only
lead to public addresses, never to loopback, private, link-local (169.254.169.254, the
cloud metadata service), multicast or reserved ones. A redirect from an internal server
(an intranet feed moving to its new path) may stay internal, but link-local, multicast,
unspecified and reserved addresses are never reached through any redirect. Networks
listed in `fetch.allow_networks` count as public.

The check is made on the resolved addresses, twice: before each hop (so a name that
resolves to an internal address is refused with a clear message), and again when the
connection is opened (`GuardedBackend`, so a name that changes its answer between the two
lookups, DNS rebinding, cannot slip through); the connection goes to the address that
was checked, and TLS still verifies the name.
"""

from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

import httpcore

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]


class Kind(Enum):
    PUBLIC = "public"
    INTERNAL = "internal"  # loopback, private, shared (CGNAT), unique-local
    FORBIDDEN = "forbidden"  # link-local, multicast, unspecified, reserved


def _address(text: str) -> Address:
    address = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def describe(address: Address) -> str:
    """`a link-local address`, `a loopback address`, ... for messages."""
    for attribute, words in (
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    ):
        if getattr(address, attribute):
            return words
    return "a public address" if address.is_global else "an internal address"


@dataclass(frozen=True)
class Policy:
    """The networks that count as public beyond the Internet itself."""

    allowed: tuple[Network, ...] = ()

    @classmethod
    def of(cls, networks: Iterable[str]) -> Policy:
        return cls(tuple(ipaddress.ip_network(n, strict=False) for n in networks))

    def kind(self, text: str) -> Kind:
        return _kind(self, text)


@lru_cache(maxsize=4096)
def _kind(policy: Policy, text: str) -> Kind:
    """What an address is under a policy (cached: every request asks it at least twice)."""
    address = _address(text)
    if any(address in network for network in policy.allowed):
        return Kind.PUBLIC
    if address.is_loopback:  # before `reserved`: Python counts ::1 as reserved (::/8)
        return Kind.INTERNAL
    if address.is_link_local or address.is_multicast or address.is_unspecified or address.is_reserved:
        return Kind.FORBIDDEN
    return Kind.PUBLIC if address.is_global else Kind.INTERNAL


@dataclass(frozen=True)
class Hop:
    """What one request of a fetch may connect to.

    `configured`: this is the URL a person configured (anything goes).
    `from_internal`: the server that redirected here was internal itself.
    """

    configured: bool = False
    from_internal: bool = False
    link: bool = False  # a link found in a feed (an article page), not a redirect

    def allows(self, kind: Kind) -> bool:
        if self.configured or kind is Kind.PUBLIC:
            return True
        return kind is Kind.INTERNAL and self.from_internal


class Refused(Exception):
    """A hop that leads where a fetch may not go; the message says where and why."""


_HOP: contextvars.ContextVar[Hop | None] = contextvars.ContextVar("hop", default=None)


async def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses, as the system resolves them (IP literals as they are)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _literal(host: str) -> str | None:
    try:
        return str(_address(host.strip("[]")))
    except ValueError:
        return None


@dataclass
class Guard:
    """Resolves hosts and decides, per hop, which of their addresses may be used."""

    policy: Policy
    resolver: Resolver = system_resolver

    async def addresses(self, host: str, port: int) -> list[str]:
        literal = _literal(host)
        return [literal] if literal else await self.resolver(host, port)

    async def check(self, host: str, port: int, hop: Hop) -> Kind:
        """Raise Refused unless some address of `host` is allowed; the kind of the first allowed one.

        A host with any allowed address is reached through that address only (the
        connection re-checks), so a name with one public and one internal address
        cannot be used to reach the internal one.
        """
        addresses = await self.addresses(host, port)
        for address in addresses:
            kind = self.policy.kind(address)
            if hop.allows(kind):
                return kind
        first = _address(addresses[0]) if addresses else None
        shown = f"{host} ({first})" if first and str(first) != host else host
        origin = "an internal server" if hop.from_internal else "a public server"
        reason = describe(first) if first else "no address"
        what = "a link found in a feed" if hop.link else f"a redirect from {origin}"
        raise Refused(
            f"refused to connect to {shown}: it is {reason}, and {what} may not lead "
            "there (list the network under fetch.allow_networks if the feed is meant to)"
        )

    def allowed(self, addresses: list[str]) -> list[str]:
        hop = _HOP.get() or Hop()  # outside a fetch: public addresses only
        return [a for a in addresses if hop.allows(self.policy.kind(a))]


def current_hop(hop: Hop) -> contextvars.Token[Hop | None]:
    """Set the rule for the connections opened by this task's next request."""
    return _HOP.set(hop)


def reset_hop(token: contextvars.Token[Hop | None]) -> None:
    _HOP.reset(token)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the current hop allows."""

    def __init__(self, guard: Guard) -> None:
        self.guard = guard
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = self.guard.allowed(await self.guard.addresses(host, port))
        if not addresses:
            raise httpcore.ConnectError(f"{host} resolves to no address this fetch may connect to")
        error: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("feeds are fetched over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
