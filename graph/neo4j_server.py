"""A local Neo4j for users, tests and CI: build ``tools/neo4j`` and run it in the background.

``tools/neo4j`` is a Maven project whose one class embeds Neo4j Community 5.26 LTS with
only the Bolt connector, on 127.0.0.1. :func:`start` builds it on first use (``mvn
package``; the first build downloads Neo4j from Maven Central into ``~/.m2``), starts it
detached with a data directory of the caller's choosing, records a state file in that
directory, and returns once the server has printed its ready line and Bolt accepts
connections. Each running server is recorded in a small JSON file per port in a per-user
state directory (``~/.cache/sitgraph/neo4j``), so :func:`stop` and :func:`status` find
it from any working directory. :func:`stop` sends SIGTERM (Neo4j shuts down cleanly) and
waits; :func:`status` reports each recorded server and whether Bolt answers.

Auth is always on: without a password given, one is generated per data directory and kept
in the state directory, readable by its owner only (:func:`ensure_password`). LOAD CSV can
read neither local files nor URLs unless the caller opens them (``allow_file_import``:
files under ``DATA/import`` only; ``allow_url_load``).

The pure parts (:func:`parse_java_version`, :func:`parse_ready_line`,
:func:`java_command`, :func:`parse_state`, :func:`choose_to_stop`) are separate from the
process handling so they are tested on strings and records.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sitgraph.errors import SitgraphError

TOOL_DIR = Path(__file__).resolve().parents[1] / "tools" / "neo4j"
JAR_NAME = "sitgraph-local-neo4j.jar"
HOST = "127.0.0.1"
DEFAULT_PORT = 7687
DEFAULT_DATA = Path(".sitgraph") / "neo4j"
DEFAULT_HEAP = "2g"
MIN_JAVA = 17
LOG_FILE = "sitgraph-neo4j.log"
READY_PREFIX = "sitgraph-neo4j ready "
# Neo4j reflects into these JDK packages; without the opens it fails at start on Java 17+.
ADD_OPENS = (
    "java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang",
    "java.base/java.util", "java.base/java.util.concurrent", "java.base/java.net",
    "java.base/jdk.internal.misc",
)
PASSWORD_ENV = "SITGRAPH_NEO4J_PASSWORD"  # how the password reaches the JVM (not argv)
MIN_PASSWORD = 8  # Neo4j refuses shorter passwords
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Neo4jServerError(SitgraphError):
    """The local Neo4j cannot be built, started, stopped or found."""


@dataclass(frozen=True)
class ServerState:
    """What a running local server left in its data directory."""

    pid: int
    port: int
    data: str
    url: str
    started: float  # Unix time
    auth: bool
    password_file: str = ""  # where the generated password is kept ("" when the user gave one)


@dataclass(frozen=True)
class ServerStatus:
    """One recorded server as :func:`status` finds it."""

    state: ServerState
    running: bool  # the recorded process is alive (and is our server)
    answering: bool  # Bolt accepts TCP connections on the recorded port


# --- pure parts ---------------------------------------------------------------------------


def parse_java_version(text: str) -> int:
    """The major version from ``java -version`` output (``"17.0.15"`` -> 17, ``"1.8.0"`` -> 8).

    Raises Neo4jServerError when no version is found.
    """
    m = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if not m:
        raise Neo4jServerError(f"cannot read the Java version from: {text.strip()[:80]!r}")
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def parse_ready_line(text: str) -> str | None:
    """The Bolt URL from the server's ready line in its output, or None if not yet ready."""
    for line in text.splitlines():
        if line.startswith(READY_PREFIX):
            return line[len(READY_PREFIX):].strip()
    return None


def last_error_line(text: str) -> str:
    """The server's own failure message (``sitgraph-neo4j: ...``), else the last non-blank
    line of its output: what a one-line error should quote."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in reversed(lines):
        if line.startswith("sitgraph-neo4j: "):
            return line[len("sitgraph-neo4j: "):]
    return lines[-1][:200] if lines else "no output"


def java_command(
    java: str, jar: Path, data: Path, port: int, heap: str = DEFAULT_HEAP, *,
    allow_file_import: bool = False, allow_url_load: bool = False,
) -> list[str]:
    """The command line that runs the server jar (heap fixed, so it is not resized while
    writing); LOAD CSV from files or URLs only with the matching ``allow_*`` flag."""
    opens = [f"--add-opens={m}=ALL-UNNAMED" for m in ADD_OPENS]
    flags = ["--allow-file-import"] * allow_file_import + ["--allow-url-load"] * allow_url_load
    # The throughput collector: bulk UNWIND writes allocate fast, and G1 on a small heap
    # spent a third of the server's CPU collecting; pauses matter little to a local store.
    return [
        java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8", *opens,
        "-jar", str(jar), "--data", str(data), "--port", str(port), *flags,
    ]


def parse_state(text: str) -> ServerState:
    """A :class:`ServerState` from the state file's JSON; Neo4jServerError if malformed."""
    try:
        raw = json.loads(text)
        return ServerState(
            pid=int(raw["pid"]), port=int(raw["port"]), data=str(raw["data"]), url=str(raw["url"]),
            started=float(raw["started"]), auth=bool(raw["auth"]),
            password_file=str(raw.get("password_file") or ""),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise Neo4jServerError(f"malformed server state file: {exc}") from None


def check_password(password: str) -> str:
    """``password`` if Neo4j will take it (8+ characters), else Neo4jServerError."""
    if len(password) < MIN_PASSWORD:
        raise Neo4jServerError(
            f"the Neo4j password must have at least {MIN_PASSWORD} characters (it has {len(password)})"
        )
    return password


def choose_to_stop(
    running: list[ServerState], *, port: int | None = None, data: Path | None = None,
    every: bool = False, default_data: Path | None = None,
) -> list[ServerState]:
    """Which of the ``running`` servers a stop request means.

    ``every``: all of them. ``port`` and/or ``data`` (resolved): those matching every one
    given (maybe none). Neither: the one server of ``default_data`` (the current
    directory's default data folder), none when nothing runs, and otherwise
    Neo4jServerError listing what runs, so one user's stop never ends another's server.
    """
    if every:
        return list(running)
    if port is not None or data is not None:
        return [st for st in running
                if (port is None or st.port == port) and (data is None or Path(st.data) == data)]
    if not running:
        return []
    mine = [st for st in running if default_data is not None and Path(st.data) == default_data]
    if len(mine) == 1:
        return mine
    listed = "; ".join(f"port {st.port} (data {st.data})" for st in running)
    raise Neo4jServerError(
        f"say which local Neo4j to stop with --port, --data or --all; running: {listed}"
    )


def password_path(state_dir: Path, data: Path) -> Path:
    """Where the generated password of the server of ``data`` (resolved) is kept."""
    digest = hashlib.sha256(str(data).encode("utf-8")).hexdigest()[:16]
    return state_dir / f"password-{digest}.txt"


def ensure_password(path: Path) -> str:
    """The password kept at ``path``, generated (24 URL-safe characters) and written with
    owner-only permissions (0600; a folder it creates, 0700) when absent; a kept file that
    others could read is closed to them again. Raises Neo4jServerError when it cannot be
    read or written."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.is_file():
            os.chmod(path, 0o600)
            return check_password(path.read_text(encoding="utf-8").strip())
        password = secrets.token_urlsafe(18)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(password + "\n")
    except OSError as exc:
        raise Neo4jServerError(f"cannot keep the Neo4j password in {path}: {exc.strerror or exc}") from None
    return password


def local_password(url: str, state_dir: Path | None = None) -> str | None:
    """The generated password of the running local server that ``url`` points at (a
    loopback address and a recorded port), or None: what lets the CLI reach a server it
    started without the user copying the password. Cost: one process check."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        return None
    if not parts.scheme.lower().startswith(("bolt", "neo4j")) or (parts.hostname or "") not in LOOPBACK:
        return None
    for st in recorded(state_dir):
        if st.port == port and st.password_file and _check(st).running:
            with contextlib.suppress(OSError):
                return Path(st.password_file).read_text(encoding="utf-8").strip() or None
    return None


# --- checks -------------------------------------------------------------------------------


def find_java(java: str | None = None) -> str:
    """The ``java`` executable to use (given, else on PATH), checked to be Java 17 or newer."""
    exe = shutil.which(java or "java")
    if exe is None:
        raise Neo4jServerError(
            f"Java not found ({java or 'java'} is not on PATH): install a Java {MIN_JAVA}+ JDK "
            "(e.g. apt-get install openjdk-17-jdk-headless)"
        )
    try:
        out = subprocess.run([exe, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jServerError(f"cannot run {exe} -version: {exc}") from None
    version = parse_java_version(out.stderr + out.stdout)
    if version < MIN_JAVA:
        raise Neo4jServerError(f"{exe} is Java {version}; the local Neo4j needs Java {MIN_JAVA} or newer")
    return exe


def port_free(port: int, host: str = HOST) -> bool:
    """Whether a server could listen on ``host:port`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def bolt_answers(port: int, host: str = HOST, timeout: float = 1.0) -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(host: str = HOST) -> int:
    """A port nobody listens on now (for tests and parallel servers)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


# --- build --------------------------------------------------------------------------------


def jar_path(tool_dir: Path = TOOL_DIR) -> Path:
    return tool_dir / "target" / JAR_NAME


def needs_build(tool_dir: Path = TOOL_DIR) -> bool:
    """Whether the jar or its lib/ is missing or older than the pom or a Java source."""
    jar = jar_path(tool_dir)
    if not jar.is_file() or not (jar.parent / "lib").is_dir():
        return True
    sources = [tool_dir / "pom.xml", *tool_dir.glob("src/**/*.java")]
    built = jar.stat().st_mtime
    return any(p.stat().st_mtime > built for p in sources if p.is_file())


def build(mvn: str | None = None, *, force: bool = False, tool_dir: Path = TOOL_DIR,
          on_build: Callable[[], None] | None = None) -> Path:
    """Build ``tools/neo4j`` with Maven unless the jar is up to date; returns the jar.
    ``on_build`` is called just before Maven runs (to tell the user why the wait).

    Cost: seconds when the dependencies are in ``~/.m2``; the first build downloads Neo4j
    (about 250 MB) from Maven Central.
    """
    if not force and not needs_build(tool_dir):
        return jar_path(tool_dir)
    if not (tool_dir / "pom.xml").is_file():
        raise Neo4jServerError(f"no Maven project at {tool_dir} (pom.xml missing)")
    exe = shutil.which(mvn or "mvn")
    if exe is None:
        raise Neo4jServerError(
            f"Maven not found ({mvn or 'mvn'} is not on PATH): install Maven 3.8+ "
            "(e.g. apt-get install maven) to build the local Neo4j"
        )
    if on_build is not None:
        on_build()
    try:
        out = subprocess.run(
            [exe, "-q", "-B", "package", "-f", str(tool_dir / "pom.xml")],
            capture_output=True, text=True, timeout=1800,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jServerError(f"Maven build of {tool_dir} failed: {exc}") from None
    if out.returncode != 0:
        errors = [ln for ln in (out.stdout + out.stderr).splitlines() if "[ERROR]" in ln]
        detail = re.sub(r"\x1b\[[0-9;]*m", "", errors[0] if errors else last_error_line(out.stdout + out.stderr))
        raise Neo4jServerError(f"Maven build of {tool_dir} failed (exit {out.returncode}): {detail.strip()}")
    jar = jar_path(tool_dir)
    if not jar.is_file():
        raise Neo4jServerError(f"Maven build of {tool_dir} produced no {JAR_NAME}")
    return jar


# --- processes ----------------------------------------------------------------------------


def default_state_dir() -> Path:
    """Where running servers are recorded: ``~/.cache/sitgraph/neo4j``."""
    return Path.home() / ".cache" / "sitgraph" / "neo4j"


def _state_file(state_dir: Path, port: int) -> Path:
    return state_dir / f"port-{port}.json"


def _alive(pid: int) -> bool:
    # Reap our own exited children first, or they would look alive as zombies.
    with contextlib.suppress(ChildProcessError, OSError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_server_process(pid: int) -> bool:
    """Whether ``pid`` runs our jar (a recycled pid must never be signalled)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return _alive(pid)  # no /proc: trust the state file
    return JAR_NAME.encode() in cmdline


def recorded(state_dir: Path | None = None) -> list[ServerState]:
    """Every server recorded in ``state_dir`` (running or not), by port. Unreadable or
    malformed records are skipped: they name no server that could be stopped."""
    state_dir = state_dir or default_state_dir()
    out = []
    for path in sorted(state_dir.glob("port-*.json")):
        with contextlib.suppress(OSError, Neo4jServerError):
            out.append(parse_state(path.read_text(encoding="utf-8")))
    return sorted(out, key=lambda st: st.port)


def _check(state: ServerState) -> ServerStatus:
    running = _alive(state.pid) and _is_server_process(state.pid)
    return ServerStatus(state, running, running and bolt_answers(state.port))


def status(state_dir: Path | None = None) -> list[ServerStatus]:
    """Every recorded server, whether its process is alive and whether Bolt answers.
    Records of servers that are gone are removed. Cost: one TCP connect per server."""
    state_dir = state_dir or default_state_dir()
    out = []
    for state in recorded(state_dir):
        st = _check(state)
        if st.running:
            out.append(st)
        else:
            with contextlib.suppress(OSError):
                _state_file(state_dir, state.port).unlink()
    return out


def start(
    data: Path = DEFAULT_DATA,
    port: int = DEFAULT_PORT,
    password: str | None = None,
    *,
    java: str | None = None,
    mvn: str | None = None,
    heap: str = DEFAULT_HEAP,
    timeout: float = 180.0,
    state_dir: Path | None = None,
    allow_file_import: bool = False,
    allow_url_load: bool = False,
    on_build: Callable[[], None] | None = None,
) -> ServerState:
    """Build if needed, start a local Neo4j on 127.0.0.1:``port`` storing into ``data``, and
    wait until it is ready. Auth is always on (user ``neo4j``): with ``password`` (8+
    characters), else with the one :func:`ensure_password` keeps for ``data``. LOAD CSV may
    read files (under ``data/import``) or URLs only with ``allow_file_import`` /
    ``allow_url_load``.

    Returns the recorded state. Raises Neo4jServerError (one line) when the password is
    too short (before any build), Java or Maven is missing, the port is taken, a server
    already runs from ``data``, or Neo4j fails or is not ready within ``timeout`` seconds
    (its output is in ``data/sitgraph-neo4j.log``). ``on_build`` is called if Maven has to run.
    Cost: about 10 s once built; the first build downloads Neo4j (minutes).
    """
    if not 0 < port < 65536:
        raise Neo4jServerError(f"port {port} is not between 1 and 65535")
    state_dir = state_dir or default_state_dir()
    data = Path(data).resolve()
    generated = password_path(state_dir, data) if not password else None
    password = check_password(password) if password else ensure_password(generated)
    for st in status(state_dir):
        if Path(st.state.data) == data:
            raise Neo4jServerError(
                f"a local Neo4j already runs from {data} (pid {st.state.pid}, {st.state.url}); stop it first"
            )
    if not port_free(port):
        raise Neo4jServerError(f"port {port} on {HOST} is already in use (another Neo4j?); choose one with --port")
    exe = find_java(java)
    jar = build(mvn, on_build=on_build)
    try:
        data.mkdir(parents=True, exist_ok=True)
        state_dir.mkdir(parents=True, exist_ok=True)
        log = open(data / LOG_FILE, "w", encoding="utf-8")  # noqa: SIM115 - handed to the child
    except OSError as exc:
        raise Neo4jServerError(f"cannot use data directory {data}: {exc}") from None
    env = dict(os.environ)
    env[PASSWORD_ENV] = password
    command = java_command(exe, jar, data, port, heap, allow_file_import=allow_file_import,
                           allow_url_load=allow_url_load)
    with log:
        try:
            proc = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, cwd=str(data), env=env, start_new_session=True,
            )
        except OSError as exc:
            raise Neo4jServerError(f"cannot run {exe}: {exc}") from None
    url = _wait_ready(proc, data / LOG_FILE, port, timeout)
    state = ServerState(proc.pid, port, str(data), url, time.time(), True, str(generated or ""))
    _state_file(state_dir, port).write_text(json.dumps(asdict(state), indent=2) + "\n", encoding="utf-8")
    return state


def _wait_ready(proc: subprocess.Popen, log: Path, port: int, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        text = log.read_text(encoding="utf-8", errors="replace")
        url = parse_ready_line(text)
        if url and bolt_answers(port):
            return url
        code = proc.poll()
        if code is not None:
            raise Neo4jServerError(f"Neo4j exited with code {code}: {last_error_line(text)} (log: {log})")
        if time.monotonic() > deadline:
            _terminate(proc.pid, 30)
            raise Neo4jServerError(f"Neo4j was not ready within {timeout:.0f} s (log: {log})")
        time.sleep(0.2)


def _terminate(pid: int, timeout: float) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
            break
        time.sleep(0.2)


def stop(
    *, port: int | None = None, data: Path | None = None, every: bool = False,
    default_data: Path = DEFAULT_DATA, timeout: float = 60.0, state_dir: Path | None = None,
) -> list[ServerState]:
    """Stop the running servers :func:`choose_to_stop` picks (``port`` and/or ``data``;
    ``every``; else the one of ``default_data``): SIGTERM, so Neo4j shuts down cleanly,
    then SIGKILL after ``timeout`` s.

    Returns the servers stopped; an empty list when none matched (stopping is idempotent,
    so scripts can always call it). Raises Neo4jServerError when neither ``port``,
    ``data`` nor ``every`` is given and servers run but not exactly one from
    ``default_data``. Cost: a few seconds per server.
    """
    state_dir = state_dir or default_state_dir()
    running = [st.state for st in status(state_dir)]  # also drops records of dead servers
    chosen = choose_to_stop(running, port=port, data=Path(data).resolve() if data is not None else None,
                            every=every, default_data=Path(default_data).resolve())
    for state in chosen:
        _terminate(state.pid, timeout)
        with contextlib.suppress(OSError):
            _state_file(state_dir, state.port).unlink()
    return chosen
