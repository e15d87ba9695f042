"""How the code hangs together: no import cycle, layers that only look down, every module
importable first, light commands that load no spaCy, and dependencies as declared."""
from __future__ import annotations

import ast
import importlib.metadata
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kg", "extract", "viz", "ontology")
# Who may import viz in kg: the applications, which put the graph and its view together.
VIEWING_APPLICATIONS = ("kg.cli", "kg.commands", "kg.serve")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}


def imported_modules(name: str) -> Iterator[str]:
    """The modules of ours that `name` imports, at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])])
            # `from kg.store import graphs` imports the module kg.store.graphs; `from kg.store import Store`, kg.store
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        yield from (target for target in targets if target in MODULES and target != name)


IMPORTS = {name: sorted(set(imported_modules(name))) for name in MODULES}


def cycle() -> list[str] | None:
    """An import cycle among our modules (a path that comes back to its start), or None."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return path[path.index(name):] + [name]
        if name in done:
            return None
        for imported in IMPORTS[name]:
            found = visit(imported, [*path, name])
            if found:
                return found
        done.add(name)
        return None

    return next((found for name in sorted(MODULES) if (found := visit(name, []))), None)


def test_no_module_takes_part_in_an_import_cycle():
    found = cycle()
    assert found is None, "import cycle: " + " → ".join(found)


def test_the_cycle_check_sees_imports_inside_functions():
    assert "viz.export" in IMPORTS["kg.commands"]  # imported by `kg export` only
    assert "kg.build" in IMPORTS["kg.commands"]  # imported by the commands that build only


def test_extraction_knows_no_graph_and_kg_does_not_draw():
    """extract/ knows text and spaCy; viz/ reads the graph, and only the applications show it."""
    for name, imported in IMPORTS.items():
        if name.startswith("extract"):
            assert not [m for m in imported if not m.startswith("extract")], name
        if name.startswith("kg") and not name.startswith(VIEWING_APPLICATIONS):
            assert not [m for m in imported if m.startswith("viz")], name


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a process per module")
def test_every_module_imports_first():
    """Each module imported before any other of ours, as the first import of some command:
    a cycle hidden behind the order the other tests import modules in fails here. The third-
    party libraries are loaded once beforehand (they take seconds); each module is imported
    in a fork of that process, where none of ours is loaded yet."""
    script = f"""
import importlib, os, sys, traceback
for library in ("spacy", "rdflib", "pyoxigraph", "networkx", "pyvis.network", "pyshacl", "trafilatura"):
    importlib.import_module(library)
failed = []
for name in {sorted(MODULES)!r}:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(name)
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    if os.waitpid(pid, 0)[1]:
        failed.append(name)
print(failed)
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]", run.stderr


def test_commands_that_need_no_extraction_load_no_spacy(tmp_path):
    """kg --help, kg query and kg ask import neither spaCy nor the view's libraries (the first
    two start in well under half a second: benchmarks/bench_startup.py)."""
    from kg_fixtures import two_article_store

    store = two_article_store(tmp_path / "store")
    script = f"""
import contextlib, io, sys
from kg.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    for argv in (["query", "--store", {str(store)!r}, "--name", "who_directed"], ["--help"],
                 ["ask", "Ai chủ trì hội nghị?", "--store", {str(store)!r}]):
        try:
            main(argv)
        except SystemExit:
            pass
print(sorted(name for name in ("spacy", "networkx", "pyvis", "pyshacl", "kg.mapping") if name in sys.modules))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stdout.strip() == "[]", run.stderr


# Declared, though no module imports them: the reason for each.
NOT_IMPORTED = {
    "oxigraph": "the `oxigraph` server program kg serve runs",
    "lxml-html-clean": "lxml.html.clean, which trafilatura's justext imports, lives there since lxml 5.2",
}


def third_party_imports(paths: list[Path]) -> set[str]:
    """The distributions the files import from, by top-level name (standard library and ours left out)."""
    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names.add(node.module.split(".")[0])
    ours = {*PACKAGES, *(path.stem for folder in ("tests", "benchmarks") for path in (ROOT / folder).glob("*.py"))}
    distributions = importlib.metadata.packages_distributions()  # a library not installed keeps its name
    return {_normalized(distributions.get(name, [name])[0]) for name in names - ours - set(sys.stdlib_module_names)}


def declared(requirements: list[str]) -> set[str]:
    return {_normalized(requirement.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0])
            for requirement in requirements}


def _normalized(distribution: str) -> str:
    return distribution.strip().lower().replace("_", "-")


def test_the_dependencies_are_what_the_code_imports():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    runtime = declared(project["dependencies"])
    code = third_party_imports([path for package in PACKAGES for path in (ROOT / package).rglob("*.py")])
    assert code - runtime == set(), "imported but not declared"
    assert runtime - code == set(NOT_IMPORTED), "declared but never imported"
    tests = third_party_imports(sorted((ROOT / "tests").glob("*.py")))
    assert tests - runtime - declared(extras["test"]) == set()
    benchmarks = third_party_imports(sorted((ROOT / "benchmarks").glob("*.py")))
    assert benchmarks - runtime - declared(extras["bench"]) == set()
    scripts = third_party_imports(sorted((ROOT / "scripts").glob("*.py")))
    assert scripts - runtime - declared(extras["dev"]) == set()
