"""Where the store lives and how it is opened, with one-line errors instead of RocksDB's."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KgError

if TYPE_CHECKING:
    import pyoxigraph

#: The store folder when neither --store nor $KG_STORE is given.
DEFAULT_STORE = "kgdata"


class StoreBusy(KgError):
    """Another process holds the store open for writing (RocksDB allows one writer)."""


def default_store_dir() -> Path:
    """`$KG_STORE` if set, else `./kgdata`."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


def is_store_dir(path: str | Path) -> bool:
    """True when `path` holds an Oxigraph (RocksDB) database."""
    path = Path(path)
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def open_store(directory: str | Path, read_only: bool = False) -> pyoxigraph.Store:
    """Open (read-write: create) the store in `directory`.

    Read-write refuses a folder that has other files in it, so a mistyped --store never
    scatters database files among a user's documents. Read-only needs an existing store and
    does not take RocksDB's lock, so queries run while `kg serve` or `kg ingest` hold it.
    """
    import pyoxigraph

    path = Path(directory)
    if read_only:
        if not is_store_dir(path):
            raise InputError(f"{path}: not a kg store (create one with `kg ingest` or `kg load`)")
        try:
            return pyoxigraph.Store.read_only(str(path))
        except OSError as err:
            raise KgError(f"{path}: cannot open the store: {_one_line(err)}") from None
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: is a file, not a store folder")
    if path.is_dir() and any(path.iterdir()) and not is_store_dir(path):
        raise InputError(f"{path}: the folder has other files in it and is not a kg store")
    try:
        return pyoxigraph.Store(str(path))
    except OSError as err:
        message = _one_line(err)
        if "lock" in message.lower():
            raise StoreBusy(
                f"{path}: the store is in use by another process (a running `kg serve` or "
                "`kg ingest`); stop it or wait for it to finish"
            ) from None
        raise KgError(f"{path}: cannot open the store: {message}") from None


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__
