"""A stand-in for the Neo4j driver in unit tests of the store's read policies: its sessions
are itself, and a transaction's work runs at once through :meth:`DriverStandIn.run` (which
subclasses change to count or hold transactions). No server is touched."""

from __future__ import annotations

from typing import Any


class DriverStandIn:
    """Sessions that are the driver itself; ``execute_read`` and ``execute_write`` call :meth:`run`."""

    def session(self, **_: Any) -> DriverStandIn:
        return self

    def __enter__(self) -> DriverStandIn:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, work: Any) -> Any:
        return work(None)

    def execute_read(self, work: Any) -> Any:
        return self.run(work)

    def execute_write(self, work: Any) -> Any:
        return self.run(work)
