"""Opening a store: a directory on this machine, or the URL of a SPARQL server."""
from __future__ import annotations

from pathlib import Path

from kg.store.interface import Store, StoreError
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore
from kg.store.schema import NewerLayout, upgrade

DEFAULT_STORE_PATH = "kg-data"


def open_store(location: str | Path = DEFAULT_STORE_PATH, *, create: bool = True) -> Store:
    """Open the store directory `location` (creating it if needed, unless `create` is False),
    or the store on the SPARQL server at an http(s):// URL; either in the layout this kg
    writes (`kg.store.schema`).

    Raises StoreError with one line when the path is empty, when the directory holds no
    store and none is to be created (a command that only reads would otherwise answer a
    mistyped path with an empty store, and leave database files in an empty folder),
    is locked by another process, is not a directory, holds other files, or cannot be read,
    when the server cannot be reached, or the store was written by a newer kg.
    """
    if is_remote(location):
        store: Store = RemoteStore.at(str(location))
    elif not str(location):
        raise StoreError("the store path is empty (for the current folder, write --store .)")
    else:
        store = LocalStore.open(Path(location), create=create)
    try:
        upgrade(store)
    except BaseException as error:
        store.close()
        if isinstance(error, NewerLayout):
            raise StoreError(f"{location}: {error}") from None
        raise
    return store


def is_remote(location: str | Path) -> bool:
    """True for the URL of a SPARQL server (`--store http://...`), False for a directory."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))
