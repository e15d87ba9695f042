"""The command line's guards: kg demo rebuilds only what it made, empty paths and empty
folders are errors, skipped inputs go to stderr and make the exit status 2, and Ctrl-C
while kg starts is one line."""
from __future__ import annotations

import builtins
import shutil
from importlib import resources

import pytest

import kg.entry
from extract.pipeline import Extractor
from kg.cli import main
from kg.commands import DEMO_MARKER
from kg.store import open_store

SAMPLE = resources.files("kg").joinpath("sample")


def test_kg_demo_leaves_a_folder_it_did_not_make_alone(tmp_path, capsys):
    precious = tmp_path / "userdir" / "store" / "mydata.txt"
    precious.parent.mkdir(parents=True)
    precious.write_text("precious")
    assert main(["demo", "--dir", str(tmp_path / "userdir")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "kg demo did not write" in error
    assert precious.read_text() == "precious" and not (tmp_path / "userdir" / DEMO_MARKER).exists()


def test_kg_demo_rebuilds_its_own_store_but_not_while_another_process_has_it_open(tmp_path, capsys):
    root = tmp_path / "demo"
    assert main(["demo", "--dir", str(root)]) == 0
    assert main(["demo", "--dir", str(root)]) == 0
    assert capsys.readouterr().out.startswith(f"Built 5 sample articles into {root / 'store'}: ")
    with open_store(root / "store"):  # as kg serve holds it
        assert main(["demo", "--dir", str(root)]) == 2
        assert "locked" in capsys.readouterr().err
    with open_store(root / "store", create=False) as store:
        assert store.article_count() == 5


@pytest.mark.parametrize("command, articles_left", [
    (["build", "", "--store", "kg"], 0), (["remove", "", "--store", "kg"], 1),
    (["extract", "", "--out", "out"], None), (["extract", ".", "--out", ""], None),
    (["eval", "", "."], None), (["demo", "--dir", ""], None),
])
def test_an_empty_path_is_an_error_not_the_current_folder(tmp_path, monkeypatch, capsys, command, articles_left):
    shutil.copy(next(p for p in SAMPLE.iterdir() if p.suffix == ".txt"), tmp_path)
    monkeypatch.chdir(tmp_path)
    if command[0] == "remove":
        assert main(["build", ".", "--store", "kg"]) == 0
    before = sorted(p.name for p in tmp_path.iterdir() if p.name != "kg")
    assert main(command) == 2
    assert "empty" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "kg") == before
    if articles_left is not None:
        with open_store("kg", create=False) as store:
            assert store.article_count() == articles_left


@pytest.mark.parametrize("command, done", [
    (["build", "--store", "kg"], "read 1 article(s)"), (["extract", "--out", "out"], "wrote 1 file(s)"),
])
def test_a_batch_that_skips_inputs_says_why_on_stderr_and_exits_2(tmp_path, monkeypatch, capsys, command, done):
    shutil.copy(next(p for p in SAMPLE.iterdir() if p.suffix == ".txt"), tmp_path)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "no-articles").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main([command[0], ".", "no-articles", *command[1:]]) == 2
    out, err = capsys.readouterr()
    assert out.startswith(done) and "skipped" not in out
    assert err.splitlines() == [
        "kg: skipped no-articles: no input files in this folder (expected .txt, .html, .htm, .jsonl)",
        "kg: skipped empty.txt: empty",
    ]


def test_kg_extract_skips_an_article_whose_extraction_fails_and_writes_the_others(tmp_path, monkeypatch, capsys):
    sample = sorted(p for p in SAMPLE.iterdir() if p.suffix == ".txt")
    real_extract = Extractor.extract

    def extract_facts(extractor, article):
        if article.name == sample[0].stem:
            raise ValueError("a bug")
        return real_extract(extractor, article)

    monkeypatch.setattr(Extractor, "extract", extract_facts)
    assert main(["extract", *map(str, sample[:2]), "--out", str(tmp_path)]) == 2
    assert [p.name for p in tmp_path.iterdir()] == [f"{sample[1].stem}.json"]
    assert capsys.readouterr().err == f"kg: skipped {sample[0]}: extraction failed (ValueError: a bug)\n"


def test_ctrl_c_while_kg_starts_is_one_line(monkeypatch, capsys):
    real_import = builtins.__import__

    def interrupted_import(name, *args, **kwargs):
        if name == "kg.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted_import)
    assert kg.entry.main() == 130
    assert capsys.readouterr().err == "kg: interrupted\n"


def test_kg_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"kg {version('vn-gov-kg')}\n"


def test_every_argument_of_every_command_has_a_help_text():
    from kg.cli import _parser

    parser = _parser()
    [commands] = [action for action in parser._actions if action.choices]
    for name, command in commands.choices.items():
        for action in command._actions:
            assert action.help, f"kg {name}: {action.metavar or action.dest} has no help text"
