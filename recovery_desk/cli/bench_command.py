"""``recovery-desk bench``: the only way in from the product to the tools beside it."""

from __future__ import annotations

import argparse
from pathlib import Path

from recovery_desk.cli.common import Command, positive_arg


def _bench_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=positive_arg, default=2000, metavar="N")
    parser.add_argument("--commits", type=positive_arg, default=300, metavar="N",
                        help="commit group: cases opened and completed (F8) per load, each "
                             "timed (default: 300)")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--only", type=lambda v: [g for g in v.split(",") if g],
                        metavar="GROUPS",
                        help="comma-separated groups to measure: desk, commit, search, start, "
                             "export, bundle, pg, dashboard, log, find, promises, trust, "
                             "pgscale (default: all but pgscale; commit: open case and F8 "
                             "while another process exports or pages through the log; "
                             "promises: F10's open promises read; "
                             "pgscale: fill --pg through the real push from --desks desks "
                             "of --cases each, and --db read-only, then measure the Log and "
                             "Dashboard there; "
                             "find: the Log's people search and the quality checks' "
                             "reads alone, also part of log)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build (or reuse) the benchmark log in DIR; with --db, the "
                             "folder for its working copy and scratch files")
    # also accepted before the command (the global --db); SUPPRESS keeps that one
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                        help="measure this SQLite case log instead of building one; it is "
                             "only read (groups that write work on a copy)")
    parser.add_argument("--clocks", default="none", metavar="PACK",
                        help="build the log's demo cases under this clock rule pack, as "
                             "demo-data does by default with fca-disp (default: none)")
    parser.add_argument("--pg", metavar="URL",
                        help="also measure push/pull with this PostgreSQL server (it gets a "
                             "few tables of benchmark data)")
    scale = parser.add_argument_group("pgscale (a central server filled at scale)")
    scale.add_argument("--desks", type=int, default=2, metavar="N",
                       help="demo desks to build (reused under --keep) and push (default 2)")
    scale.add_argument("--fill-minutes", type=float, default=10.0, metavar="M",
                       help="stop pushing after M minutes, between chunks; a later run "
                            "resumes (default 10)")
    scale.add_argument("--min-free-gb", type=float, default=8.0, metavar="GB",
                       help="stop pushing while the bench folder's disk has less free")
    scale.add_argument("--max-server-gb", type=float, default=20.0, metavar="GB",
                       help="stop pushing once the server database is this large")


def cmd_bench(args: argparse.Namespace) -> int:
    from recovery_desk.tools.bench.main import run_bench

    return run_bench(args)


COMMANDS = (
    Command("bench", "measure speed against raw baselines", _bench_arguments, cmd_bench),
)
