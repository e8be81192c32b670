"""The Python API: one object over a graph, for people who work in Python (and for the CLI).

    >>> from kg import KnowledgeGraph
    >>> kg = KnowledgeGraph.load("tests/data/query-sample.ttl")
    >>> [(r.supplier, r.item) for r in kg.suppliers_of("Russia")]
    [('China', None), ('Iran', 'drones'), ('Iran', 'missiles')]
    >>> kg.query("SELECT ?name WHERE { ?s gkg:isoCode 'IRN' ; rdfs:label ?name }")[0].name
    'Iran'

Queries run on pyoxigraph; rdflib, spaCy and the reasoner load only for the tasks that need them
(`from_articles`, `export`, `to_rdflib`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KgError

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

    from kg.ask import Reply
    from kg.export import ExportReport


class Row:
    """One result row: fields by name (`row.leader`, `row["leader"]`) or position (`row[0]`).

    Unbound values are None; literals and IRIs are plain strings.
    """

    __slots__ = ("_columns", "_values")

    def __init__(self, columns: Sequence[str], values: Sequence[str | None]) -> None:
        object.__setattr__(self, "_columns", tuple(columns))
        object.__setattr__(self, "_values", tuple(values))

    def __getattr__(self, name: str) -> str | None:
        try:
            return self._values[self._columns.index(name)]
        except ValueError:
            raise AttributeError(
                f"no column {name!r}; columns: {', '.join(self._columns)}"
            ) from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("rows are read-only")

    def __getitem__(self, key: int | str) -> str | None:
        if isinstance(key, int):
            return self._values[key]
        try:
            return self._values[self._columns.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str | None]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Row):
            return (self._columns, self._values) == (other._columns, other._values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._columns, self._values))

    def keys(self) -> tuple[str, ...]:
        return self._columns

    def get(self, key: str, default: Any = None) -> Any:
        value = self[key] if key in self._columns else None
        return default if value is None else value

    def asdict(self) -> dict[str, str | None]:
        return dict(zip(self._columns, self._values, strict=True))

    def __repr__(self) -> str:
        fields = ", ".join(f"{c}={v!r}" for c, v in zip(self._columns, self._values, strict=True))
        return f"Row({fields})"


class Rows(list[Row]):
    """Query rows, with the column names and a pandas view."""

    def __init__(self, columns: Sequence[str], rows: Iterable[Row] = ()) -> None:
        super().__init__(rows)
        self.columns = tuple(columns)

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (needs pandas installed)."""
        try:
            import pandas
        except ImportError:
            raise KgError("to_dataframe needs pandas: pip install pandas") from None
        return pandas.DataFrame([list(r) for r in self], columns=list(self.columns))


class KnowledgeGraph:
    """A graph to query, ask, export and draw: a file, a store folder, or fresh articles.

    >>> kg = KnowledgeGraph.load("tests/data/query-sample.ttl")
    >>> [(r.leader, r.state) for r in kg.leaders()]
    [('Masoud Pezeshkian', 'Iran'), ('Vladimir Putin', 'Russia')]
    >>> [(r.party1, r.party2) for r in kg.allies_of("Tehran")]
    [('Iran', 'Russia')]
    """

    def __init__(self, store: pyoxigraph.Store, source: str | None = None) -> None:
        self.store = store
        self.source = source

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        """A graph file (.ttl, .nt, .nq, .trig, .jsonld, .owl) or a store folder."""
        from kg.query import open_source

        return cls(open_source(path), str(path))

    @classmethod
    def from_rdflib(cls, graph: rdflib.Graph) -> KnowledgeGraph:
        """An rdflib Graph or Dataset (copied into an in-memory store)."""
        import pyoxigraph

        store = pyoxigraph.Store()
        if graph.context_aware:
            data = graph.serialize(format="nquads", encoding="utf-8")
            store.load(data, pyoxigraph.RdfFormat.N_QUADS)
        else:
            store.load(
                graph.serialize(format="nt", encoding="utf-8"), pyoxigraph.RdfFormat.N_TRIPLES
            )
        return cls(store)

    @classmethod
    def from_articles(cls, paths: Iterable[str | Path], model: str | None = None) -> KnowledgeGraph:
        """Extract the facts of English news articles (text files) into a new graph.

        >>> kg = KnowledgeGraph.from_articles(["article.txt"])  # doctest: +SKIP
        """
        from rdflib import Dataset

        from kg.extract import Article, Extractor

        articles = [Article.from_path(p) for p in paths]
        if not articles:
            raise InputError("from_articles needs at least one article")
        merged = Dataset()
        for _article, graph in Extractor(model).extract_many(articles):
            for triple in graph:
                merged.add(triple)
        return cls.from_rdflib(merged)

    # --- querying ---------------------------------------------------------------------------

    def query(self, sparql: str, timeout: float | None = 30.0, **params: Any) -> Any:
        """Run SPARQL: Rows for SELECT, a bool for ASK, a list of triples for CONSTRUCT.

        Keyword arguments bind variables before the query runs (a str becomes a literal; an
        rdflib URIRef or pyoxigraph NamedNode stays an IRI); a bound variable must be among
        those the query selects. The project's prefixes (gkg:, gkr:, rdfs:, skos:, prov:, ...)
        need no declaration.

        >>> kg = KnowledgeGraph.load("tests/data/query-sample.ttl")
        >>> kg.query("SELECT ?s ?name WHERE { ?s rdfs:label ?name }", name="Iran")[0].s
        'https://w3id.org/geokg/id/state/IRN'
        """
        from kg.query import execute

        answer = execute(self.store, sparql, timeout, substitutions=_substitutions(params))
        return _convert(answer)

    def named(self, name: str, **params: str) -> Rows:
        """A named query (see `kg.query.names()`), narrowed by its parameters.

        >>> kg = KnowledgeGraph.load("tests/data/query-sample.ttl")
        >>> [r.item for r in kg.named("who-supplies-whom", recipient="Moscow", supplier="Iran")]
        ['drones', 'missiles']
        """
        from kg.query import execute_named

        return _convert(execute_named(self.store, name, **params))

    def ask(self, question: str) -> Reply:
        """Answer an English question; `str(reply)` reads as the CLI prints it.

        >>> kg = KnowledgeGraph.load("tests/data/query-sample.ttl")
        >>> [f.text for f in kg.ask("Who are Iran's allies?").facts]
        ['Iran and Russia are allies']
        """
        from kg.ask import ask

        return ask(self.store, question)

    def evidence(self, **params: str) -> Rows:
        """Where facts came from: subject=, object=, entity=, relation= ("supplies") or fact=."""
        return self.named("evidence", **params)

    # typed helpers over the named queries
    def leaders(self, state: str | None = None, leader: str | None = None) -> Rows:
        return self.named("leaders", **_given(state=state, leader=leader))

    def supplies(self, supplier: str | None = None, recipient: str | None = None) -> Rows:
        return self.named("who-supplies-whom", **_given(supplier=supplier, recipient=recipient))

    def suppliers_of(self, recipient: str) -> Rows:
        return self.supplies(recipient=recipient)

    def supplied_by(self, supplier: str) -> Rows:
        return self.supplies(supplier=supplier)

    def alliances(self) -> Rows:
        return self.named("alliances")

    def allies_of(self, party: str) -> Rows:
        return self.named("alliances", party=party)

    def conflicts(self, party: str | None = None) -> Rows:
        return self.named("conflicts", **_given(party=party))

    def meetings(self, participant: str | None = None) -> Rows:
        return self.named("meetings", **_given(participant=participant))

    def statements(self, speaker: str | None = None) -> Rows:
        return self.named("statements", **_given(speaker=speaker))

    def affiliations(self, person: str | None = None, organization: str | None = None) -> Rows:
        return self.named("affiliations", **_given(person=person, organization=organization))

    # --- out --------------------------------------------------------------------------------

    def to_rdflib(self) -> rdflib.Dataset:
        """The graph as an rdflib Dataset (a copy), named graphs kept."""
        import pyoxigraph

        from kg.graphio import bind_prefixes

        dataset = bind_prefixes(_new_dataset())
        data = self.store.dump(format=pyoxigraph.RdfFormat.N_QUADS) or b""
        dataset.parse(data=data, format="nquads")
        return dataset

    def export(
        self, path: str | Path, with_ontology: bool = False, inferred: bool = False
    ) -> ExportReport:
        """Write the graph to `path` in the format of its suffix (see kg.export).

        >>> KnowledgeGraph.load("tests/data/query-sample.ttl").export("/tmp/sample.trig").graphs
        2
        """
        from kg.export import export

        # a file loaded as it is exports from the file: a Store normalises some datatypes
        source = self.source if self.source and Path(self.source).is_file() else self.store
        return export(source, path, with_ontology=with_ontology, inferred=inferred)

    def draw(self, path: str | Path) -> Path:
        """A picture of the graph: .html (interactive), .svg or .png."""
        from kg.draw import draw

        return draw(self.store, path)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<KnowledgeGraph{where}: {len(self)} quads>"


def _new_dataset() -> rdflib.Dataset:
    from rdflib import Dataset

    return Dataset(default_union=True)


def _given(**params: str | None) -> dict[str, str]:
    return {k: v for k, v in params.items() if v is not None}


def _substitutions(params: dict[str, Any]) -> dict | None:
    if not params:
        return None
    import pyoxigraph

    terms = {}
    for name, value in params.items():
        if isinstance(value, pyoxigraph.NamedNode | pyoxigraph.Literal | pyoxigraph.BlankNode):
            term = value
        elif type(value).__name__ == "URIRef":
            term = pyoxigraph.NamedNode(str(value))
        else:
            term = pyoxigraph.Literal(str(value))
        terms[pyoxigraph.Variable(name)] = term
    return terms


def _convert(answer: Any) -> Any:
    results = answer.results()
    if answer.kind == "boolean":
        return bool(results)
    if answer.kind == "graph":
        return results
    columns = [v.value for v in results.variables]
    return Rows(
        columns,
        (
            Row(columns, [t.value if (t := s[c]) is not None else None for c in columns])
            for s in results
        ),
    )
