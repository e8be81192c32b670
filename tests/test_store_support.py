"""Helpers shared by the store, server and remote tests (no tests here)."""

from __future__ import annotations

import socket
from pathlib import Path

from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ontology" / "example-data.ttl"
EXAMPLE_HASH = "2908c60f8e7f"


def article_variant(directory: Path, digest: str, name: str) -> Path:
    """The example article as if a second article (another document) stated the same facts.

    Facts and entities keep their IRIs; the document, sentences and run get `digest`.
    """
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace(EXAMPLE_HASH, digest).replace("01-ashgabat-summit.txt", name)
    path = directory / f"{name}.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def parse(path: Path) -> Graph:
    return Graph().parse(path)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
