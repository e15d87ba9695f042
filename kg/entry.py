"""The `kg` executable's entry point: kg.cli with its imports (spaCy, rdflib, Oxigraph)
inside a try, so Ctrl-C while they load — the first second or so — ends with one line,
not a traceback (kg.cli.main handles it from then on)."""
from __future__ import annotations

import sys


def main() -> int:
    try:
        from kg.cli import main as run_command
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    return run_command()
