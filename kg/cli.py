"""The `kg` command line: its commands and options, and every failure as one line.

Subcommand names and options are a contract other tools rely on. Every failure the
user can cause (a bad file, a locked store, a query that is not SPARQL) ends with
one line on stderr and exit status 2 — never a traceback. What each command does is
`kg.commands`.
"""
from __future__ import annotations

import argparse
import os
import sys

from kg import commands
from kg.commands import EXIT_USAGE, EXPORT_FORMATS, UserError
from kg.query import QueryError
from kg.store import DEFAULT_STORE_PATH, StoreError


class _Parser(argparse.ArgumentParser):
    """argparse whose complaints (a missing argument, a bad option value) are one line like
    every other error, not a usage block; `kg COMMAND --help` shows the usage."""

    def error(self, message: str):
        raise UserError(message)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return args.run(args)
    except (UserError, StoreError, QueryError) as error:
        return _failed(error)
    except BrokenPipeError:  # output piped into `head`: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        print(f"kg: error: {error.filename or ''}: {error.strerror or error}".replace(": : ", ": "),
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if _is_input_error(error):
            return _failed(error)
        if os.environ.get("KG_DEBUG"):  # a bug: still one line, the details on demand
            raise
        print(f"kg: internal error: {type(error).__name__}: {' '.join(str(error).split())} "
              "(set KG_DEBUG=1 for details)", file=sys.stderr)
        return 3


def _failed(error: Exception) -> int:
    print(f"kg: error: {error}", file=sys.stderr)
    return EXIT_USAGE


# Errors about a bad input file, of modules only some commands load: a malformed lexicon
# (extract.lexicon, which loads spaCy) and a malformed gold file (extract.evaluate, kg eval).
_INPUT_ERRORS = (("extract.lexicon", "LexiconError"), ("extract.evaluate", "GoldError"))


def _is_input_error(error: Exception) -> bool:
    """One of _INPUT_ERRORS. Looked up rather than imported, so that no command loads those
    modules for nothing: a module that is not loaded raised nothing."""
    return any(module in sys.modules and isinstance(error, getattr(sys.modules[module], name))
               for module, name in _INPUT_ERRORS)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kg", description="Knowledge graph of Vietnamese government news.")
    parser.add_argument("--version", action=_PrintVersion, help="print kg's version and exit")
    subcommands = parser.add_subparsers(required=True, metavar="COMMAND")

    p = subcommands.add_parser("build", help="ingest article files or folders into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help=_INPUTS_HELP)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_integer(minimum=1), metavar="N",
                       help="worker processes extracting articles (default: one per core; "
                            "a build of a few files runs in one)")
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="extract on the Dask cluster of this scheduler (its workers must have kg "
                            "installed and reach the input paths)")
    _store_option(p, writes=True)
    p.set_defaults(run=commands.cmd_build)

    p = subcommands.add_parser("extract", help="write one FORMAT.md JSON per article (no store)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=_INPUTS_HELP)
    p.add_argument("--out", required=True, metavar="DIR",
                   help="the folder of the JSON files (made if missing; its parent must exist)")
    p.set_defaults(run=commands.cmd_extract)

    p = subcommands.add_parser("eval", help="score extraction against gold files")
    p.add_argument("gold", metavar="GOLD_DIR", help="folder of gold JSON files (the gold of NAME.txt is NAME.json)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=_INPUTS_HELP)
    p.add_argument("--explain", action="store_true", help="list every false positive and negative")
    p.set_defaults(run=commands.cmd_eval)

    p = subcommands.add_parser("query", help="run a SPARQL query over the store")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("sparql", nargs="?", metavar="SPARQL",
                        help="the query text (the ontology's prefixes need no PREFIX lines)")
    source.add_argument("--file", metavar="FILE", help="read the query from FILE")
    source.add_argument("--name", metavar="NAME", help="run a named query of kg/queries/")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a named query's parameter (repeatable)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table",
                   help="how the rows are printed (default: table)")
    p.add_argument("--limit", type=_integer(minimum=0), default=100, metavar="N",
                   help="with --name: rows per page (default 100; 0: every row)")
    p.add_argument("--offset", type=_integer(minimum=0), default=0, metavar="N",
                   help="with --name: skip the first N rows (the next page: --offset 100)")
    p.add_argument("--timeout", type=_integer(minimum=1), metavar="SECONDS",
                   help="stop a query running longer (default: no limit)")
    _store_option(p)
    p.set_defaults(run=commands.cmd_query)

    p = subcommands.add_parser("ask", help='answer a question: "Ai chủ trì ...?", "Who directed ...?"')
    p.add_argument("question", metavar="QUESTION",
                   help='in Vietnamese or English, e.g. "Ai chủ trì buổi làm việc với Sở TTTT Thái Bình?"')
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="how the answer is printed (default: text)")
    _store_option(p)
    p.set_defaults(run=commands.cmd_ask)

    p = subcommands.add_parser("view", help="write the interactive HTML network view")
    p.add_argument("--out", required=True, metavar="FILE.html", help="the page to write (replaced when complete)")
    focus = p.add_mutually_exclusive_group()
    focus.add_argument("--focus", metavar="NAME",
                       help="only NAME and what is linked to it (diacritics optional)")
    focus.add_argument("--path", nargs=2, metavar=("A", "B"),
                       help="how A and B are connected: the shortest paths, with the facts on the way")
    p.add_argument("--depth", type=int, metavar="N",
                   help="with --focus: how many links away from NAME (default: 1)")
    p.add_argument("--max-nodes", type=_integer(minimum=1), metavar="N",
                   help="draw at most N nodes, the most central (default: 2000)")
    _store_option(p)
    p.set_defaults(run=commands.cmd_view)

    p = subcommands.add_parser("serve", help="serve SPARQL (/sparql), questions (/ask) and the view (/) over HTTP")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_integer(minimum=0, maximum=65535), default=8000,
                   help="port (default: 8000; 0: any free port)")
    p.add_argument("--timeout", type=_integer(minimum=1), default=30, metavar="SECONDS",
                   help="a query running longer is cancelled (default: 30)")
    p.add_argument("--max-results", type=_integer(minimum=1), default=10_000, metavar="N",
                   help="rows (or triples) sent per query at most (default: 10000)")
    p.add_argument("--cors", action="append", metavar="ORIGIN",
                   help="a web origin whose pages may read the answers (repeatable; default: any, "
                        "the endpoint being read-only; 'none': no cross-origin reading)")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a host name clients reach the server by, besides localhost and IP addresses "
                        "(repeatable; other names are refused, against DNS rebinding)")
    p.add_argument("--engines", type=_integer(minimum=1), default=4, metavar="N",
                   help="SPARQL engine processes: queries evaluated at once (default: 4)")
    p.add_argument("--store", default=DEFAULT_STORE_PATH, metavar="DIR",
                   help=f"store directory (default: {DEFAULT_STORE_PATH}); a SPARQL server's store "
                        "is served by that server")
    p.set_defaults(run=commands.cmd_serve)

    p = subcommands.add_parser("export", help="write the graph as Turtle, N-Quads, JSON-LD, GraphML, GEXF or CSV")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="the file format (see README, Export)")
    p.add_argument("--out", metavar="FILE", help="write FILE (replaced only when complete); default: stdout")
    _store_option(p)
    p.set_defaults(run=commands.cmd_export)

    p = subcommands.add_parser("stats", help="network analytics: counts, central officials, communities, timelines")
    p.add_argument("--html", metavar="FILE.html", help="also write the report page")
    p.add_argument("--person", type=_not_blank, metavar="NAME",
                   help="only this official's timeline (diacritics optional)")
    p.add_argument("--top", type=_integer(minimum=1), default=10, metavar="N", help="rows per ranking (default 10)")
    _store_option(p)
    p.set_defaults(run=commands.cmd_stats)

    p = subcommands.add_parser("remove", help="remove an article (by name, or the file it was read from) and its facts")
    p.add_argument("article", metavar="ARTICLE", help="article name (file stem) or file/folder path")
    _store_option(p, writes=True)
    p.set_defaults(run=commands.cmd_remove)

    p = subcommands.add_parser("show", help="an article's text with the facts read from it marked")
    p.add_argument("article", metavar="ARTICLE",
                   help="article name (file stem, or a JSONL record's id or url), or the source file it was read from")
    _store_option(p)
    p.set_defaults(run=commands.cmd_show)

    p = subcommands.add_parser("explain", help="a person's node(s): posts, articles, why mentions were merged or kept apart")
    p.add_argument("person", metavar="PERSON", help="full name (diacritics optional)")
    _store_option(p)
    p.set_defaults(run=commands.cmd_explain)

    p = subcommands.add_parser("demo", help="build the bundled sample, write the view, show queries")
    p.add_argument("--dir", default="kg-demo", metavar="DIR",
                   help="where the demo's store and HTML go (default: kg-demo)")
    p.set_defaults(run=commands.cmd_demo)
    return parser


_INPUTS_HELP = ".txt, .html/.htm or .jsonl files, or folders of them (read recursively)"


class _PrintVersion(argparse.Action):
    """`kg --version`: the installed package's version (pyproject.toml). Looked up only
    when asked: reading package metadata takes a sixth of a second."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            installed = version("vn-gov-kg")
        except PackageNotFoundError:  # run from a checkout that was never installed
            installed = "(not installed)"
        print(f"{parser.prog} {installed}")
        parser.exit()


def _store_option(parser: argparse.ArgumentParser, writes: bool = False) -> None:
    parser.add_argument("--store", default=DEFAULT_STORE_PATH, metavar="DIR|URL",
                        help=f"store directory (default: {DEFAULT_STORE_PATH}), or the URL of a "
                             "SPARQL 1.1 server holding the store: its query endpoint, or the base "
                             "URL under which it is /query or /sparql (http://host:port)")
    if writes:
        parser.add_argument("--update-url", metavar="URL",
                            help="with a server's URL: its update endpoint, when it is not beside "
                                 "the query endpoint as .../update")


def _integer(minimum: int, maximum: int | None = None):
    """An argparse type: a whole number from `minimum` (to `maximum`)."""
    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            raise argparse.ArgumentTypeError(f"must be {bounds}, got {value}")
        return value

    return whole_number


def _not_blank(text: str) -> str:
    """An argparse type: text that is not empty or only spaces."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


if __name__ == "__main__":
    sys.exit(main())
