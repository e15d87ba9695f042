"""The persistent knowledge-graph store: one named graph per article, and their merge.

Each article's triples live in their own named graph (`kg.store.graphs`), so replacing
or removing an article touches exactly what that article said, while a person named in
several articles keeps what the other articles say. The ontology is kept in a graph of
its own, so queries can read role and class labels. The default graph holds the merge
of all those graphs (each triple once), and queries read it; named graphs stay
reachable with GRAPH ?g { ... } for per-article provenance.

    interface   Store, what every backend offers, and StoreError
    local       LocalStore: Oxigraph on disk, in this process
    remote      RemoteStore: a SPARQL 1.1 server
    updates     the SPARQL updates both write with, keeping the merge exact
    graphs      which named graph holds what
    pending     kgg:pending: what a build is writing, so that a crash is repaired
    schema      the layout a store is written in, and upgrading older stores
    opening     open_store: a directory or a server's URL
    terms       RDF terms between rdflib and pyoxigraph
"""
from kg.store.interface import Store, StoreError
from kg.store.local import LocalStore
from kg.store.opening import DEFAULT_STORE_PATH, is_remote, open_store
from kg.store.remote import RemoteStore

__all__ = ["DEFAULT_STORE_PATH", "LocalStore", "RemoteStore", "Store", "StoreError", "is_remote", "open_store"]
