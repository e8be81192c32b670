"""The `kg` application: registers the subcommand modules and turns errors into one line.

Each module in `COMMAND_MODULES` exposes `register(app)`. Modules import their heavy
dependencies (spaCy, owlready2, pyoxigraph) inside the command functions, so that
`kg --help` and `kg query` start fast.
"""

from __future__ import annotations

import importlib
import inspect
import sys

import typer

from kg import __version__
from kg.errors import KgError

COMMAND_MODULES: list[str] = [  # in the order --help lists them: text in, graph, store, serving
    "kg.cli.extract_cmd",
    "kg.cli.query_cmd",
    "kg.cli.ontology_cmd",
    "kg.cli.store_cmd",
    "kg.cli.serve_cmd",
    "kg.cli.push_cmd",
]

app = typer.Typer(
    name="kg",
    help=(
        "A knowledge graph of states, leaders, alliances, conflicts, supplies, meetings, "
        "statements and affiliations, extracted from English news articles.\n\n"
        "Exit statuses: 0 success; 1 the graph fails a check or a command failed; "
        "2 bad input or usage; 3 a query timed out."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Build and query a geopolitical knowledge graph from news articles."""


def _reflow(text: str) -> str:
    """One line per paragraph: typer's help keeps a docstring's line breaks mid-sentence."""
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)
for _command in app.registered_commands:
    _text = _command.help or inspect.getdoc(_command.callback)
    if _text:
        _command.help = _reflow(_text)


def main() -> None:
    """Run the CLI; a `KgError` becomes `kg: error: ...` on stderr and its exit status."""
    try:
        app(prog_name="kg")
    except KgError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        sys.exit(130)
