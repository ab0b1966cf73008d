"""No network access, ever: an autouse fixture for the reliability suite and the hostile
inputs (``tests/reliability/conftest.py`` and ``tests/ics/test_hostile.py`` import it).

Every way Python code reaches the network is replaced for the test: ``socket.socket.connect``,
``connect_ex`` and ``sendto`` (for any family but local ``AF_UNIX`` sockets),
``socket.create_connection``, ``socket.getaddrinfo``, ``gethostbyname(_ex)`` and
``gethostbyaddr``; and Qt's own networking, which does not go through Python's sockets: the
classes of ``PySide6.QtNetwork`` that reach the network (``QNetworkAccessManager``, TCP, UDP,
SSL and DTLS sockets, ``QHostInfo``, ``QDnsLookup``...). Its local sockets stay (the app hands
calendar files to a running instance through a ``QLocalServer``); that the app imports nothing
else from there is checked from the source by ``test_rich_text.py``.

An attempt raises ``NetworkAttempt`` (an ``OSError``, as a network that is down would) and is
recorded; the test then fails at teardown, naming the attempts, even if the code swallowed
the error.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6 import QtNetwork

#: The classes of QtNetwork that can reach another machine.
QT_NETWORK = (
    "QNetworkAccessManager", "QTcpSocket", "QTcpServer", "QUdpSocket", "QSslSocket",
    "QAbstractSocket", "QDtls", "QHostInfo", "QDnsLookup", "QNetworkInformation",
)  # fmt: skip


class NetworkAttempt(OSError):
    """What a test gets instead of a network connection."""


class _Refused:
    """Stands for a Qt network class: constructing it or using any of its members refuses."""

    def __init__(self, name: str, refuse: Callable[[str], None]) -> None:
        self._name, self._refuse = name, refuse

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self._refuse(f"QtNetwork.{self._name}{args!r}")

    def __getattr__(self, member: str) -> Any:
        self._refuse(f"QtNetwork.{self._name}.{member}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The network attempts made during the test (always empty when the test passes)."""
    attempts: list[str] = []

    def refuse(what: str) -> None:
        attempts.append(what)
        raise NetworkAttempt(f"network access during a test of imported content: {what}")

    def method(name: str) -> Callable[..., Any]:
        real = getattr(socket.socket, name)

        def guarded(self: socket.socket, *args: Any) -> Any:
            if getattr(socket, "AF_UNIX", None) is not None and self.family == socket.AF_UNIX:
                return real(self, *args)  # a local socket, not the network
            refuse(f"socket.{name}{args!r}")

        return guarded

    def function(name: str) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            refuse(f"socket.{name}{args!r}")

        return guarded

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, method(name))
    for name in (
        "create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
    ):  # fmt: skip
        monkeypatch.setattr(socket, name, function(name))
    for name in QT_NETWORK:
        if hasattr(QtNetwork, name):
            monkeypatch.setattr(QtNetwork, name, _Refused(name, refuse))
    yield attempts
    if attempts:
        pytest.fail(f"network access attempted: {attempts}")
