"""The local Neo4j's safety options, without a server: passwords, LOAD CSV flags, which
server `stop` means."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph import neo4j_server as ns

CLEAN_ENV = {"SITGRAPH_STORE": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
             "NEO4J_DATABASE": None, "SITGRAPH_NEO4J_STATE": None}


def state(port: int, data: str) -> ns.ServerState:
    return ns.ServerState(1000 + port, port, data, f"bolt://127.0.0.1:{port}", 0.0, True)


A, B, C = state(7701, "/srv/a/.sitgraph/neo4j"), state(7702, "/srv/b/.sitgraph/neo4j"), state(7703, "/srv/c/db")


def test_java_command_passes_load_flags_only_when_asked(tmp_path: Path) -> None:
    base = ns.java_command("java", tmp_path / "x.jar", tmp_path / "d", 7700)
    assert "--allow-file-import" not in base and "--allow-url-load" not in base
    both = ns.java_command("java", tmp_path / "x.jar", tmp_path / "d", 7700, allow_file_import=True,
                           allow_url_load=True)
    assert both[-2:] == ["--allow-file-import", "--allow-url-load"]
    files = ns.java_command("java", tmp_path / "x.jar", tmp_path / "d", 7700, allow_file_import=True)
    assert files[-1] == "--allow-file-import" and "--allow-url-load" not in files


@pytest.mark.parametrize(("password", "ok"), [("", False), ("secret", False), ("1234567", False),
                                              ("12345678", True), ("a long secret", True)])
def test_check_password_wants_eight_characters(password: str, ok: bool) -> None:
    if ok:
        assert ns.check_password(password) == password
    else:
        with pytest.raises(ns.Neo4jServerError, match="at least 8 characters"):
            ns.check_password(password)


def test_generated_password_is_owner_only_and_kept(tmp_path: Path) -> None:
    path = ns.password_path(tmp_path / "state", Path("/srv/a/data"))
    first = ns.ensure_password(path)
    assert len(first) >= 24
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert ns.ensure_password(path) == first  # the same data folder keeps its password
    other = ns.ensure_password(ns.password_path(tmp_path / "state", Path("/srv/b/data")))
    assert other != first


def test_a_password_file_opened_up_is_closed_again(tmp_path: Path) -> None:
    path = tmp_path / "pw.txt"
    path.write_text("abcdefgh-1234\n")
    path.chmod(0o644)
    assert ns.ensure_password(path) == "abcdefgh-1234"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_start_refuses_a_short_password_before_looking_for_java(tmp_path: Path) -> None:
    with pytest.raises(ns.Neo4jServerError, match="at least 8 characters"):
        ns.start(tmp_path / "d", ns.free_port(), "secret", java="/nonexistent/java", state_dir=tmp_path / "s")
    assert not (tmp_path / "d").exists()


def test_cli_start_refuses_a_short_password_as_misuse(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["neo4j", "start", "--data", str(tmp_path / "d"), "--password", "secret",
                                       "--state-dir", str(tmp_path / "s")], env=CLEAN_ENV)
    assert result.exit_code == 2
    assert "at least 8 characters" in result.output
    assert "building" not in result.output and not (tmp_path / "d").exists()


def test_stop_by_port_or_data_picks_only_that_server() -> None:
    running = [A, B, C]
    assert ns.choose_to_stop(running, port=7702) == [B]
    assert ns.choose_to_stop(running, data=Path("/srv/c/db")) == [C]
    assert ns.choose_to_stop(running, port=7702, data=Path("/srv/c/db")) == []
    assert ns.choose_to_stop(running, port=7799) == []


def test_stop_all_takes_every_server() -> None:
    assert ns.choose_to_stop([A, B, C], every=True) == [A, B, C]


def test_stop_without_options_takes_only_this_directorys_server() -> None:
    assert ns.choose_to_stop([A, B, C], default_data=Path("/srv/b/.sitgraph/neo4j")) == [B]
    assert ns.choose_to_stop([], default_data=Path("/srv/b/.sitgraph/neo4j")) == []


def test_stop_without_options_elsewhere_lists_what_runs() -> None:
    with pytest.raises(ns.Neo4jServerError) as exc:
        ns.choose_to_stop([A, C], default_data=Path("/srv/b/.sitgraph/neo4j"))
    message = str(exc.value)
    assert "--port, --data or --all" in message
    assert "port 7701 (data /srv/a/.sitgraph/neo4j)" in message and "port 7703 (data /srv/c/db)" in message


def test_cli_stop_all_with_a_port_is_misuse(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["neo4j", "stop", "--all", "--port", "7701", "--state-dir", str(tmp_path)],
                                env=CLEAN_ENV)
    assert result.exit_code == 2
    assert "--all stops every server" in result.output


def test_old_state_records_without_a_password_file_still_read() -> None:
    st = ns.parse_state('{"pid": 5, "port": 7701, "data": "/d", "url": "bolt://127.0.0.1:7701", '
                        '"started": 1.0, "auth": false}')
    assert st.password_file == "" and st.port == 7701


@pytest.mark.parametrize("url", ["sqlite:///x.db", "bolt://example.org:7687", "neo4j+s://10.0.0.1:7687",
                                 "bolt://127.0.0.1:notaport"])
def test_local_password_is_only_for_a_recorded_loopback_server(tmp_path: Path, url: str) -> None:
    assert ns.local_password(url, tmp_path) is None
