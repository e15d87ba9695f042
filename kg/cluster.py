"""kg build on Dask: a LocalCluster of worker processes, or an existing cluster.

Each worker builds its `kg.parallel.ArticleMapper` once, when it joins (`MapperPlugin`
loads the Lexicon there), and every task maps a few files with it: a task carries file
paths, never the Lexicon. Imported only by builds that use more than one worker:
`distributed` takes seconds to import.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from extract.lexicon import Lexicon
from kg.identity.resolution import ResolvedNames
from kg.parallel import ArticleMapper, ArticleMappers, FileResult

_PLUGIN = "kg-article-mapper"


class MapperPlugin(WorkerPlugin):
    """Builds the worker's ArticleMapper when the worker starts (or joins later)."""

    def setup(self, worker) -> None:
        self.mapper = ArticleMapper(Lexicon.load())


@contextmanager
def cluster_mappers(workers: int = 2, scheduler: str | None = None) -> Iterator[ArticleMappers]:
    """Mapping on a LocalCluster of `workers` processes, or on the cluster at `scheduler`."""
    with dask_client(workers, scheduler) as client:
        yield ArticleMappers(lambda task, argument: client.submit(_on_worker, task, argument, pure=False),
                             lambda future: future.result(), workers=max(1, len(client.scheduler_info()["workers"])),
                             completed=as_completed)


@contextmanager
def dask_client(workers: int, scheduler: str | None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` single-threaded
    processes (stopped on leaving), with every worker's ArticleMapper built."""
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler, timeout="30s")
    try:
        client.register_plugin(MapperPlugin(), name=_PLUGIN)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _on_worker(task: str, argument: object) -> list[FileResult] | ResolvedNames:
    """`ArticleMapper.<task>(argument)` with the worker's mapper: "map_files" or "resolve_names"."""
    return getattr(get_worker().plugins[_PLUGIN].mapper, task)(argument)
