"""A real PostgreSQL for the tests that need one: one server per test session, one fresh
database per test.

Use it from any conftest.py (or test module)::

    from tests._postgres import pg_server, pg_url  # noqa: F401  (registers the fixtures)

    def test_something(pg_url):          # "postgresql://wbpg@127.0.0.1:PORT/t_<n>", empty
        ...

``pg_server`` (session scope) is a ``workbench.audit._pglocal.LocalPostgres``: Debian's
binaries, initdb in a temporary directory, 127.0.0.1 on a free port, run as the unprivileged
user ``wbpg`` when the tests run as root; ``.create_database(name)``, ``.url(db)``,
``.tool("pg_dump", ...)``, ``.execute(sql, db)``. A test is skipped, with a message that says how
to install PostgreSQL, only when its server binaries are missing; any other failure to start
is an error.
"""

from __future__ import annotations

import itertools

import pytest

from workbench.audit._pglocal import LocalPostgres, PostgresUnavailable

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = LocalPostgres()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a new, empty database on the session's server (dropped after the test)."""
    name = f"t_{next(_names)}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)
