"""The `kg` command's frame: version, help, usage errors."""

from __future__ import annotations

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
