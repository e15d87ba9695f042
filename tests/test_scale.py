"""Building at scale: the same store whatever the number of workers (a Dask LocalCluster, and a
cluster of a scheduler and two workers on loopback), copies of one text counted once, bulk-loaded
articles, and a store that repairs itself after `kill -9` at random moments."""
from __future__ import annotations

import functools
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest
from lexicon_fixtures import LEXICON

import extract.pipeline
import kg.build
from extract.pipeline import Extractor
from kg.ask import answer, vocabulary
from kg.build import build, repair, update_derived_graphs
from kg.cli import main
from kg.query import Page, run_named_query
from kg.store import open_store
from kg.store.graphs import article_graph_iri
from kg.store.pending import mark_pending, pending_articles
from viz.graph import graph_from_store

SAMPLE = resources.files("kg").joinpath("sample")
ROOT = Path(__file__).resolve().parent.parent


def every_quad(store) -> set[tuple[str, ...]]:
    """The whole store: every named graph's quads and the merged default graph's triples."""
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
    return {tuple("" if term is None else term.n3() for term in row) for row in rows}


def sample_corpus(folder: Path, copies: int) -> Path:
    """`copies` distinct texts of each sample article (a numbered last line), in `folder`."""
    folder.mkdir(parents=True)
    for path in sorted(SAMPLE.iterdir()):
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            for number in range(copies):
                (folder / f"{path.stem}-{number:02d}.txt").write_text(f"{text}\nBài số {number}.\n", encoding="utf-8")
    return folder


def test_a_build_on_two_worker_processes_stores_what_one_process_does(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.build, "MIN_FILES_FOR_WORKERS", 0)
    corpus = sample_corpus(tmp_path / "in", copies=2)
    stores = {}
    for workers in (1, 2):
        with open_store(tmp_path / f"store-{workers}") as store:
            report = build([corpus], store, LEXICON, workers=workers)
            assert (report.workers, report.articles, report.skipped) == (workers, 10, [])
            stores[workers] = every_quad(store)
    assert stores[1] == stores[2]


@pytest.fixture
def dask_cluster(tmp_path):
    """A Dask scheduler and two worker processes on 127.0.0.1, stopped afterwards."""
    scheduler_file = tmp_path / "scheduler.json"
    common = ["--no-dashboard"]
    processes = [subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
         "--scheduler-file", str(scheduler_file), *common],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        processes += [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file),
             "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1", *common],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
        from distributed import Client

        with Client(scheduler_file=str(scheduler_file), timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
            address = client.scheduler.address
        yield address
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_build_on_a_dask_cluster_stores_what_a_local_build_does(tmp_path, dask_cluster):
    assert dask_cluster.startswith("tcp://127.0.0.1:")
    with open_store(tmp_path / "cluster") as store:
        report = build([SAMPLE], store, LEXICON, scheduler=dask_cluster)
        assert (report.workers, report.articles, report.skipped) == (2, 5, [])
        on_cluster = every_quad(store)
    with open_store(tmp_path / "local") as store:
        build([SAMPLE], store, LEXICON)
        assert every_quad(store) == on_cluster


def test_copies_of_one_text_are_one_article_with_several_sources(tmp_path):
    sample = sorted(p for p in SAMPLE.iterdir() if p.suffix == ".txt")
    text = sample[1].read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    shutil.copy(sample[1], tmp_path / "in" / "a-original.txt")
    (tmp_path / "in" / "b-syndicated.txt").write_text(text.upper().replace("\n", "\n\n"), encoding="utf-8")
    (tmp_path / "later").mkdir()
    shutil.copy(sample[1], tmp_path / "later" / "c-again.txt")
    (tmp_path / "once").mkdir()
    shutil.copy(sample[1], tmp_path / "once" / "a-original.txt")
    with open_store(tmp_path / "copies") as store:
        first = build([tmp_path / "in"], store, LEXICON)
        later = build([tmp_path / "later"], store, LEXICON)  # a copy of an article already stored
        assert (first.articles, first.copies, later.articles, later.copies) == (1, 1, 0, 1)
        assert store.article_names() == ["a-original"]
        sources = {str(row.source) for row in store.query(
            "SELECT ?source WHERE { ?article schema:identifier 'a-original' ; kgo:alsoReadFrom ?source }")}
        assert sources == {str(tmp_path / "in" / "b-syndicated.txt"), str(tmp_path / "later" / "c-again.txt")}
        question, words = "Ai chủ trì hội nghị?", vocabulary(LEXICON)
        copies_answer = answer(store, question, words).as_text()
        copies_view = graph_from_store(store)
    with open_store(tmp_path / "single") as store:
        build([tmp_path / "once"], store, LEXICON)
        assert answer(store, question, words).as_text() == copies_answer
        single_view = graph_from_store(store)
    articles = [node for node, data in copies_view.nodes(data=True) if data["type"] == "article"]
    assert len(articles) == 1
    assert copies_view.number_of_nodes() == single_view.number_of_nodes()
    assert copies_view.number_of_edges() == single_view.number_of_edges()


def test_a_cut_off_bulk_load_is_dropped_and_whole_ones_merged_by_the_next_command(tmp_path, capsys):
    names = sorted(p.stem for p in SAMPLE.iterdir() if p.suffix == ".txt")
    store_dir = tmp_path / "kg"
    with open_store(store_dir) as store:
        build([SAMPLE], store, LEXICON)
        reference = every_quad(store)
        # As a build killed during its bulk load leaves it: two articles recorded as pending,
        # one whole but not merged, one cut off; their derived graphs not recomputed.
        whole, cut = names[0], names[1]
        sizes = {name: store.graph_size(str(article_graph_iri(name))) for name in (whole, cut)}
        mark_pending(store, [whole, cut], {whole: sizes[whole], cut: sizes[cut] + 7})
        store.apply_update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{article_graph_iri(whole)}> {{ ?s ?p ?o }} }}")
    assert main(["query", "--store", str(store_dir), "--name", "who_directed"]) == 0
    err = capsys.readouterr().err
    assert "repaired the store" in err and f"dropped 1 article(s) cut off half-way, build them again: {cut}" in err
    with open_store(store_dir) as store:
        assert pending_articles(store) == {}
        assert cut not in store.article_names()
        before = every_quad(store)
        update_derived_graphs(store, LEXICON)  # a full recomputation changes nothing
        assert every_quad(store) == before
        build([SAMPLE], store, LEXICON)
        assert every_quad(store) == reference


def test_after_kill_9_at_random_moments_every_command_sees_a_whole_store_or_repairs_it(tmp_path, capsys):
    """20 `kg build` processes killed at random moments, on a store holding some of the
    articles (they are replaced one by one) while others are new (bulk-loaded)."""
    corpus = sample_corpus(tmp_path / "in", copies=2)
    store_dir = tmp_path / "kg"
    with open_store(store_dir) as store:
        build(sorted(corpus.iterdir())[:4], store, LEXICON)
    rng = random.Random(20)
    repaired = 0

    def command(store: Path) -> list[str]:
        return [sys.executable, "-c", "import sys; from kg.entry import main; sys.exit(main())",
                "build", str(corpus), "--store", str(store), "--workers", "1"]

    # The kills are spread over how long one whole build takes on this machine: one that
    # comes after the build has ended tests nothing, and machines (and the code) differ.
    shutil.copytree(store_dir, tmp_path / "timed")
    started = time.monotonic()
    subprocess.run(command(tmp_path / "timed"), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    whole_build = time.monotonic() - started
    for kill in range(20):
        build_process = subprocess.Popen(command(store_dir), cwd=ROOT, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.0) * whole_build)
        os.kill(build_process.pid, signal.SIGKILL)
        build_process.wait()
        assert main(["query", "--store", str(store_dir), "--name", "who_directed"]) == 0, kill
        repaired += "repaired the store" in capsys.readouterr().err
        with open_store(store_dir) as store:
            assert pending_articles(store) == {}, kill
            before = every_quad(store)
            update_derived_graphs(store, LEXICON)
            assert every_quad(store) == before, f"kill {kill}: the derived graphs were stale"
    assert repaired > 0  # some kills fell while the store was being written
    with open_store(store_dir) as store:
        build([corpus], store, LEXICON)
        finished = every_quad(store)
    with open_store(tmp_path / "clean") as store:
        build([corpus], store, LEXICON)
        assert every_quad(store) == finished


def test_repair_of_a_store_with_nothing_pending_does_nothing(tmp_path):
    with open_store(tmp_path / "kg") as store:
        assert repair(store, LEXICON) is None


def test_a_listing_comes_a_page_at_a_time_with_its_total(tmp_path, capsys):
    with open_store(tmp_path / "kg") as store:
        build([SAMPLE], store, LEXICON)
        every_row = run_named_query(store, "who_directed").rows
        first = run_named_query(store, "who_directed", page=Page(limit=2))
        second = run_named_query(store, "who_directed", page=Page(limit=2, offset=2))
        whole = run_named_query(store, "who_directed", page=Page(limit=len(every_row) + 1))
    assert len(every_row) > 4
    assert first.rows + second.rows == every_row[:4]
    assert first.total == second.total == whole.total == len(every_row)
    assert main(["query", "--store", str(tmp_path / "kg"), "--name", "who_directed", "--limit", "2",
                 "--offset", "2"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"rows 3–4 of {len(every_row)}; the next: --offset 4")
    assert main(["query", "--store", str(tmp_path / "kg"), "SELECT * WHERE { ?s ?p ?o }", "--offset", "5"]) == 2
    assert "--limit and --offset go with --name" in capsys.readouterr().err


def test_an_article_past_the_time_budget_is_skipped_with_its_name_and_the_reason(tmp_path, monkeypatch):
    sample = sorted(p for p in SAMPLE.iterdir() if p.suffix == ".txt")
    no_time = functools.partial(Extractor, time_budget_s=0.0)  # every article overruns it
    monkeypatch.setattr(extract.pipeline, "Extractor", no_time)  # kg.parallel imports it when a mapper starts
    with open_store(tmp_path / "kg") as store:
        report = build([sample[0]], store, LEXICON)
        assert store.article_names() == []
    [(source, reason)] = report.skipped
    assert source == str(sample[0])
    assert reason.startswith("extraction failed (OverTimeBudget: over the time budget of 0 s per article (")
    assert "\n" not in reason and report.articles == 0
