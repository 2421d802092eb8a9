"""A throw-away local PostgreSQL server, for tests and benchmarks (never for production).

``LocalPostgres().start()`` runs Debian's binaries (``/usr/lib/postgresql/*/bin``, newest
first, else ``initdb`` on PATH): ``initdb`` into a fresh temporary directory, then the server
on 127.0.0.1 at a free port (Unix socket in the same directory), with ``fsync`` on (the numbers
mean something) and trust authentication, so only loopback clients on this host can connect.
PostgreSQL refuses to run as root: as root it runs as the system user ``wbpg`` (created with
``useradd`` when missing) and the directory is chowned to it. ``stop()`` removes everything.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVICE_USER = "wbpg"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL's server binaries are not installed (the message says how to install them)."""


def find_bin() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres (newest Debian version first)."""
    def version(initdb: str) -> tuple[int, ...]:  # /usr/lib/postgresql/15/bin/initdb -> (15,)
        return tuple(int(p) for p in Path(initdb).parents[1].name.split(".") if p.isdigit())

    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True):
        return Path(initdb).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _service_user() -> str | None:
    """None when not root (the server runs as us); else the unprivileged user, created if missing."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=True, capture_output=True)
    return SERVICE_USER


class LocalPostgres:
    """One temporary server; ``url(db)`` names a database on it, ``create_database`` makes one."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.bin = find_bin()
        if self.bin is None:
            raise PostgresUnavailable(
                "PostgreSQL is not installed: run `make install` as root (it installs Debian's postgresql) "
                "or `apt-get install -y postgresql`.")
        self.settings = {"fsync": "on", "max_connections": "100", "shared_buffers": "128MB"}
        self.settings.update(settings or {})
        self.dir: Path | None = None
        self.port = 0
        self.user = ""
        self._run_as: str | None = None

    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        kwargs = {}
        if self._run_as:
            entry = pwd.getpwnam(self._run_as)
            kwargs = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        return subprocess.run(list(args), check=check, capture_output=True, text=True, timeout=timeout,
                              cwd=self.dir, env=env, **kwargs)

    def start(self) -> LocalPostgres:
        self._run_as = _service_user()
        self.user = self._run_as or pwd.getpwuid(os.getuid()).pw_name
        self.dir = Path(tempfile.mkdtemp(prefix="wb-pg-"))
        if self._run_as:
            entry = pwd.getpwnam(self._run_as)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        data = self.dir / "data"
        try:
            self._run(str(self.bin / "initdb"), "-D", str(data), "-U", self.user, "--auth=trust",
                      "--encoding=UTF8", "--no-instructions")
        except subprocess.CalledProcessError as exc:
            self._remove()
            raise PostgresUnavailable(f"initdb failed: {exc.stderr.strip()[-500:]}") from None
        for _ in range(5):
            self.port = _free_port()
            options = " ".join(["-c listen_addresses=127.0.0.1", f"-p {self.port}", f"-k {self.dir}"]
                               + [f"-c {k}={v}" for k, v in self.settings.items()])
            started = self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "server.log"),
                                "-o", options, "-w", "-t", "60", "start", check=False)
            if started.returncode == 0:
                return self
        log = (self.dir / "server.log").read_text(errors="replace")[-800:] if (self.dir / "server.log").exists() else ""
        self._remove()
        raise PostgresUnavailable(f"the PostgreSQL server did not start: {log or started.stderr[-500:]}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def tool(self, name: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """Run one of the server's client tools (pg_dump, pg_restore, psql) against it."""
        return self._run(str(self.bin / name), *args, timeout=timeout)

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as db:
            db.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its URL."""
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.dir is None:
            return
        if (self.dir / "data" / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop",
                      check=False, timeout=60)
        self._remove()

    def _remove(self) -> None:
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

