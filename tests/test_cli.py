"""The `kg` command's frame: version, help, usage errors."""

from __future__ import annotations

import pytest

import kg as kg_package


def test_version(kg):
    result = kg("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kg {kg_package.__version__}"


def test_unknown_command_is_a_usage_error(kg):
    result = kg("no-such-command")
    assert result.returncode == 2
    assert "No such command" in result.stderr
    assert "Traceback" not in result.stderr


COMMANDS = [
    "extract", "query", "ask", "export", "draw", "ontology", "check", "reason",
    "ingest", "load", "remove", "stats", "serve", "push",
]  # fmt: skip


def test_every_command_is_registered_in_the_order_of_the_work():
    from kg.cli.app import app

    assert [c.name or c.callback.__name__ for c in app.registered_commands] == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_teaches_with_help(kg, command):
    result = kg(command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"Usage: kg {command}" in " ".join(result.stdout.split())
