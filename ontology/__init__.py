"""The ontology files (Turtle) shipped as package data: the one source of truth for terms."""
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).parent
