"""The settings `kg serve` takes, with the defaults a shared team server should start with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerConfig:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds per request, then the worker is killed
    max_rows: int = 10_000  # rows (or triples) per answer; the rest are cut, with a header
    allow_update: bool = False
    workers: int = 2  # query processes: how many queries run at the same time
    max_body: int = 1_000_000  # bytes of a POSTed query or update
