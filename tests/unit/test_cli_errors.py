"""Library errors reach the user as one line and exit 1, never as a traceback."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from sitgraph.commands.common import library_errors
from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Batch, NodeRecord, props
from sitgraph.graph.schema import check_batch


def _command(fail) -> click.Command:
    @click.command()
    @library_errors
    def cmd() -> None:
        fail()
        click.echo("done")

    return cmd


def _bad_batch() -> None:
    check_batch(Batch((NodeRecord("Actor", "place:aden", props(name="Aden")),), ()))


def test_schema_error_is_one_line_exit_1() -> None:
    result = CliRunner().invoke(_command(_bad_batch), [])
    assert result.exit_code == 1
    assert result.output == "Error: Actor id 'place:aden' must start with 'actor:'\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_multi_line_library_message_is_folded_to_one_line() -> None:
    def fail() -> None:
        raise SitgraphError("a.txt: cannot read\n  second line")

    result = CliRunner().invoke(_command(fail), [])
    assert (result.exit_code, result.output) == (1, "Error: a.txt: cannot read second line\n")


def test_other_errors_are_not_swallowed() -> None:
    def fail() -> None:
        raise ValueError("a bug, not a user error")

    result = CliRunner().invoke(_command(fail), [])
    assert result.exit_code == 1 and isinstance(result.exception, ValueError)
    with pytest.raises(ValueError, match="a bug"):
        CliRunner().invoke(_command(fail), [], catch_exceptions=False)


def test_success_passes_through() -> None:
    result = CliRunner().invoke(_command(lambda: None), [])
    assert (result.exit_code, result.output) == (0, "done\n")
