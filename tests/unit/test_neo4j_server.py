"""The local Neo4j launcher without a JVM: parsing, commands, checks, state records."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sitgraph.graph import neo4j_server as ns


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('java version "1.8.0_392"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "25" 2025-09-16', 25),
        ('openjdk version "21.0.2" 2024-01-16 LTS', 21),
    ],
)
def test_parse_java_version(text: str, major: int) -> None:
    assert ns.parse_java_version(text) == major


def test_parse_java_version_refuses_garbage() -> None:
    with pytest.raises(ns.Neo4jServerError, match="cannot read the Java version"):
        ns.parse_java_version("command not found")


def test_parse_ready_line_finds_url_among_log_lines() -> None:
    log = "WARN something\nsitgraph-neo4j ready bolt://127.0.0.1:7690\n"
    assert ns.parse_ready_line(log) == "bolt://127.0.0.1:7690"
    assert ns.parse_ready_line("starting...\n") is None


def test_last_error_line_prefers_the_servers_own_message() -> None:
    log = "INFO a\nsitgraph-neo4j: port 7687 on 127.0.0.1 is already in use\nat java.lang...\n"
    assert ns.last_error_line(log) == "port 7687 on 127.0.0.1 is already in use"
    assert ns.last_error_line("one\ntwo\n\n") == "two"
    assert ns.last_error_line("") == "no output"


def test_java_command_opens_jdk_packages_and_passes_no_password(tmp_path: Path) -> None:
    cmd = ns.java_command("/usr/bin/java", tmp_path / "x.jar", tmp_path / "data", 7700, "512m")
    assert cmd[0] == "/usr/bin/java"
    assert "--add-opens=java.base/java.nio=ALL-UNNAMED" in cmd
    assert "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in cmd
    assert "-Xmx512m" in cmd
    assert cmd[cmd.index("-jar") + 1] == str(tmp_path / "x.jar")
    assert cmd[-4:] == ["--data", str(tmp_path / "data"), "--port", "7700"]
    assert not any("password" in c.lower() for c in cmd)


def test_state_round_trip_and_malformed() -> None:
    st = ns.ServerState(12, 7687, "/d", "bolt://127.0.0.1:7687", 1.5, True)
    assert ns.parse_state(json.dumps(st.__dict__)) == st
    with pytest.raises(ns.Neo4jServerError, match="malformed server state"):
        ns.parse_state('{"pid": 1}')
    with pytest.raises(ns.Neo4jServerError, match="malformed server state"):
        ns.parse_state("not json")


def test_port_checks_see_a_listening_socket() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert not ns.port_free(port)
        assert ns.bolt_answers(port)
    assert ns.port_free(port)
    assert not ns.bolt_answers(port)


def test_start_refuses_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(ns.Neo4jServerError, match=f"port {port} on 127.0.0.1 is already in use"):
            ns.start(tmp_path / "data", port, state_dir=tmp_path / "state")
    assert not (tmp_path / "data").exists()


def test_missing_java_and_maven_say_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ns.Neo4jServerError, match="Java not found .*install a Java 17"):
        ns.find_java("no-such-java-sitgraph")
    (tmp_path / "pom.xml").write_text("<project/>")
    with pytest.raises(ns.Neo4jServerError, match="Maven not found .*install Maven"):
        ns.build("no-such-mvn-sitgraph", force=True, tool_dir=tmp_path)


def test_build_without_a_project_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(ns.Neo4jServerError, match="pom.xml missing"):
        ns.build(force=True, tool_dir=tmp_path)


def test_needs_build_follows_sources(tmp_path: Path) -> None:
    src = tmp_path / "src" / "main" / "java" / "A.java"
    src.parent.mkdir(parents=True)
    src.write_text("class A {}")
    (tmp_path / "pom.xml").write_text("<project/>")
    assert ns.needs_build(tmp_path)
    jar = ns.jar_path(tmp_path)
    (jar.parent / "lib").mkdir(parents=True)
    jar.write_bytes(b"jar")
    os.utime(src, (1_000_000, 1_000_000))
    os.utime(tmp_path / "pom.xml", (1_000_000, 1_000_000))
    assert not ns.needs_build(tmp_path)
    src.touch()
    os.utime(jar, (2_000_000, 2_000_000))
    os.utime(src, (3_000_000, 3_000_000))
    assert ns.needs_build(tmp_path)


def test_records_of_dead_servers_are_dropped_and_never_signalled(tmp_path: Path) -> None:
    # A process that has exited: its pid names no server, so status and stop skip it.
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    st = ns.ServerState(proc.pid, 7701, str(tmp_path), "bolt://127.0.0.1:7701", 0.0, False)
    (tmp_path / "port-7701.json").write_text(json.dumps(st.__dict__))
    (tmp_path / "port-7702.json").write_text("garbage")
    assert ns.recorded(tmp_path) == [st]
    assert ns.stop(state_dir=tmp_path) == []
    assert not (tmp_path / "port-7701.json").exists()


def test_a_live_process_that_is_not_our_server_is_not_stopped(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        st = ns.ServerState(proc.pid, 7703, str(tmp_path), "bolt://127.0.0.1:7703", 0.0, False)
        (tmp_path / "port-7703.json").write_text(json.dumps(st.__dict__))
        assert ns.status(tmp_path) == []
        assert ns.stop(state_dir=tmp_path) == []
        assert proc.poll() is None  # still running: a recycled pid is never signalled
    finally:
        proc.kill()
        proc.wait()
