"""Check held-out gold files with score.py's own matching code, without running the extractor.

Each gold file must parse as score.py reads it, every alias must resolve to its own entity,
every fact must name known entities and match a row built from its own cells, and every
statement must be quoted verbatim in its article.
Run: python3 eval/check_gold.py eval/heldout3 [more folders]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(gold_path: Path, score) -> list[str]:
    problems = []
    article = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    gold = json.loads(gold_path.read_text())
    text = article.read_text()
    if gold.get("article") != article.name:
        problems.append(f"'article' is {gold.get('article')!r}, expected {article.name!r}")
    entities = gold["entities"]
    ents = score.Entities(entities)
    for key, spec in entities.items():
        for alias in spec["aliases"]:
            if ents.resolve(alias) != key:
                problems.append(f"alias {alias!r} of {key} resolves to {ents.resolve(alias)}")
    for part in ("facts", "optional"):
        for name, facts in gold.get(part, {}).items():
            cols = score.QUERIES[name]
            for fact in facts:
                binding = {}
                for col in cols:
                    value = fact[col]
                    if col not in score.TEXT_COLUMNS:
                        if value not in entities:
                            problems.append(f"{part} {name}: unknown entity {value!r}")
                            break
                        value = entities[value]["aliases"][0]
                    binding[col] = {"type": "literal", "value": value}
                else:
                    row = score.rows_of(name, {"results": {"bindings": [binding]}}, ents)[0]
                    if not score.fact_matches(name, fact, row):
                        problems.append(f"{part} {name}: {fact} does not match itself")
                if name == "statements" and fact["quote"] not in text:
                    problems.append(
                        f"{part} statements: quote not in article: {fact['quote'][:50]}"
                    )
    return problems


def main(folders: list[str]) -> int:
    if not folders:
        print("usage: python3 eval/check_gold.py FOLDER...", file=sys.stderr)
        return 2
    score = load_score()
    failed = 0
    for gold_path in sorted(p for folder in folders for p in Path(folder).glob("*.gold.json")):
        problems = check(gold_path, score)
        gold = json.loads(gold_path.read_text())
        counts = {name: len(rows) for name, rows in gold["facts"].items()}
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{gold_path}: {status}; {sum(counts.values())} gold facts {counts}")
        for problem in problems:
            print(f"  {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
