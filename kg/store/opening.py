"""Opening a store: a directory on this machine, or the URL of a SPARQL server."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from kg.store.interface import Store, StoreError
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore
from kg.store.schema import LAYOUT_VERSION, NewerLayout, recorded_layout, upgrade

DEFAULT_STORE_PATH = "kg-data"
T = TypeVar("T")


def open_store(location: str | Path = DEFAULT_STORE_PATH, *, create: bool = True,
               read_only: bool = False, update_url: str | None = None) -> Store:
    """Open the store directory `location` (creating it if needed, unless `create` is False),
    or the store on the SPARQL server at an http(s):// URL; either in the layout this kg
    writes (`kg.store.schema`).

    `update_url` names a server's update endpoint, when it is not where `RemoteStore.at`
    looks. `read_only` for a command that only reads: a directory is then opened beside any other
    readers (kg serve, kg query, kg ask ... at once), and writing it fails. A store that needs
    upgrading to this kg's layout or ontology is upgraded first, which needs it to itself.

    Raises StoreError with one line when the path is empty, when the directory holds no
    store and none is to be created (a command that only reads would otherwise answer a
    mistyped path with an empty store, and leave database files in an empty folder),
    is locked by another process, is not a directory, holds other files, or cannot be read,
    when the server cannot be reached, or the store was written by a newer kg.
    """
    if is_remote(location):
        store: Store = RemoteStore.at(str(location), update_url=update_url)
    elif not str(location):
        raise StoreError("the store path is empty (for the current folder, write --store .)")
    elif read_only:
        store = LocalStore.open(Path(location), create=False, read_only=True)
        if _checked(store, location, lambda: _is_current(store)):
            return store
        store.close()
        open_store(location, create=False).close()  # upgrades it, with the store to itself
        return LocalStore.open(Path(location), create=False, read_only=True)
    else:
        store = LocalStore.open(Path(location), create=create)
    _checked(store, location, lambda: upgrade(store))
    return store


def _is_current(store: LocalStore) -> bool:
    """Whether the store is in this kg's layout, with this kg's ontology."""
    recorded = recorded_layout(store)
    if recorded > LAYOUT_VERSION:
        raise NewerLayout(recorded)
    return recorded == LAYOUT_VERSION and store.holds_current_ontology()


def _checked(store: Store, location: str | Path, look: Callable[[], T]) -> T:
    """`look()` at the layout of the newly opened `store`; on any failure the store is closed,
    and a store written by a newer kg is refused in one line."""
    try:
        return look()
    except BaseException as error:
        store.close()
        if isinstance(error, NewerLayout):
            raise StoreError(f"{location}: {error}") from None
        raise


def is_remote(location: str | Path) -> bool:
    """True for the URL of a SPARQL server (`--store http://...`), False for a directory."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))
