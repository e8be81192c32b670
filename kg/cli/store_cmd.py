"""`kg ingest`, `kg load`, `kg remove`, `kg stats`: filling and inspecting the on-disk store."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.errors import InputError, KgError
from kg.wording import counted

if TYPE_CHECKING:
    import pyoxigraph

STORE_HELP = "The store folder (default: $KG_STORE, else ./kgdata)."
StoreOption = Annotated[Path | None, typer.Option("--store", "-s", help=STORE_HELP)]
# the default is kg.store.flush.FLUSH_EVERY, not imported here: kg.store pulls in rdflib
FlushOption = Annotated[
    int,
    typer.Option(
        "--flush-every",
        min=1,
        metavar="N",
        help="Write the store's memory to disk every N articles (keeps memory flat).",
    ),
]


def _store_dir(store: Path | None) -> Path:
    from kg.store import default_store_dir

    return store or default_store_dir()


def _error(message: str) -> None:
    print(f"kg: error: {message}", file=sys.stderr, flush=True)


def _date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r}: expected YYYY-MM-DD") from None


def _read_articles(paths: list[str], date: datetime.date | None) -> tuple[list, int]:
    """The articles that can be read, and how many could not (each reported on one line)."""
    from kg.extract import Article

    articles, failed, seen = [], 0, set()
    for path in paths:
        try:
            article = Article.from_path(path)
        except KgError as err:
            _error(str(err))
            failed += 1
            continue
        if date is not None:
            article = Article(article.text, article.name, date)
        if article.doc_iri in seen:
            continue
        seen.add(article.doc_iri)
        articles.append(article)
    return articles, failed


def ingest(
    articles: Annotated[
        list[str], typer.Argument(help="Article files (UTF-8 text or HTML; - = stdin).")
    ],
    store: StoreOption = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Extraction processes, each loading the spaCy model once (default 1).",
        ),
    ] = 1,
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date of the articles (YYYY-MM-DD).")
    ] = None,
    flush_every: FlushOption = 250,
) -> None:
    """Extract articles and add them to the store, one named graph per article.

    Ingesting an article again replaces it. Each article is one transaction: an interrupted
    ingest keeps every article that finished. Unreadable articles are reported one per line
    and the rest are still ingested; the exit status is then 2.
    """
    from kg.extract.parallel import extract_all
    from kg.store import ingest_ntriples, open_store
    from kg.store.flush import PeriodicFlush
    from kg.store.progress import progress

    readable, failed = _read_articles(articles, _date(date))
    directory = _store_dir(store)
    db = open_store(directory)
    flusher = PeriodicFlush(db, flush_every)
    done = 0
    with progress(len(readable)) as bar:
        # with --jobs N each process extracts whole articles; this one only writes the store
        for result in extract_all(readable, jobs):
            if result.error is not None:
                _error(result.error)
                failed += 1
                bar.advance()
                continue
            ingest_ntriples(db, result.ntriples, result.article.doc_iri)
            flusher.article_written()
            done += 1
            bar.advance(f"{result.article.name}: {result.summary}")
    flusher.flush()
    _finish(db, directory, f"ingested {counted(done, 'article')}", failed)


def load(
    graphs: Annotated[list[Path], typer.Argument(help="Graph files (.ttl, .nt, .trig, .nq, ...).")],
    store: StoreOption = None,
    flush_every: FlushOption = 250,
) -> None:
    """Add graph files (e.g. from `kg extract`) to the store without extracting again.

    A graph with one gkg:Document becomes that document's named graph; TriG and N-Quads files
    keep their named graphs. Loading a graph again replaces it.
    """
    from kg.graphio import load_graph
    from kg.store import graph_name_for, ingest_graph, open_store
    from kg.store.flush import PeriodicFlush
    from kg.store.progress import progress

    directory = _store_dir(store)
    db = open_store(directory)
    flusher = PeriodicFlush(db, flush_every)
    done = failed = 0
    with progress(len(graphs), label="loading") as bar:
        for path in graphs:
            try:
                dataset = load_graph(path)
                parts = _parts(dataset)
                for name, graph in parts:
                    ingest_graph(db, graph, name or graph_name_for(graph))
                    flusher.article_written()
            except KgError as err:
                _error(str(err))
                failed += 1
                continue
            done += 1
            bar.advance(f"{path}: {sum(len(g) for _, g in parts)} triples")
    flusher.flush()
    _finish(db, directory, f"loaded {counted(done, 'graph file')}", failed)


def _parts(dataset) -> list:
    """(name, graph) per named graph of a quad file; (None, union) for a triple file."""
    from rdflib import Graph, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    named = [
        (g.identifier, g)
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and isinstance(g.identifier, URIRef) and len(g)
    ]
    default = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    if not named:
        union = Graph()
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
        return [(None, union)]
    return named + ([(None, default)] if len(default) else [])


def _finish(db: pyoxigraph.Store, directory: Path, what: str, failed: int) -> None:
    from kg.store import list_articles

    total = len(list_articles(db))
    print(f"{what} into {directory} ({counted(total, 'article')} in the store)")
    if failed:
        raise typer.Exit(InputError.exit_code)


def remove(
    article: Annotated[
        str, typer.Argument(help="The article file, its file name, content hash or document IRI.")
    ],
    store: StoreOption = None,
) -> None:
    """Take one article out of the store. Facts that other articles also report stay."""
    from kg.store import open_store, remove_article

    db = open_store(_store_dir(store), read_only=False)
    key = article
    if Path(article).is_file():
        from kg.extract import Article

        key = str(Article.from_path(article).doc_iri)
    removed = remove_article(db, key)
    db.flush()
    print(f"removed {removed.name or removed.graph} ({removed.graph}, {removed.triples} triples)")


def stats(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """List the articles in the store and count its entities and facts by type."""
    from kg.store import open_store
    from kg.store import stats as store_stats

    directory = _store_dir(store)
    result = store_stats(open_store(directory, read_only=True))
    if as_json:
        data = result.as_dict()
        data["articles"] = [vars(a) for a in result.articles]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_stats(directory, result)


def _print_stats(directory: Path, result) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(
        f"[bold]{directory}[/]: {counted(len(result.articles), 'article')}, "
        f"{counted(sum(result.facts.values()), 'fact')}, "
        f"{counted(result.triples, 'distinct triple')}"
    )
    articles = Table("article", "date", "triples", "document IRI", title="Articles")
    for a in result.articles:
        articles.add_row(a.name or "(no name)", a.date or "", str(a.triples), _short(a.graph))
    if result.articles:
        console.print(articles)
    for title, counts in (("Entities", result.entities), ("Facts", result.facts)):
        table = Table("type", "count", title=title)
        for name, count in counts.items():
            table.add_row(name, str(count))
        console.print(table)


def _short(iri: str) -> str:
    from kg.vocab import GKR

    return "gkr:" + iri[len(GKR) :] if iri.startswith(str(GKR)) else iri


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(load)
    app.command()(remove)
    app.command()(stats)
