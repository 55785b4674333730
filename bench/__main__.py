"""Run the benchmarks: `python -m bench [--json] [--residents N] [--out DIR] [--only KIND]`,
KIND being core, db, startup, paper, print, camera, accounts or crypto; `--only db --postgres URL` runs the
database ones on an (empty, or earlier filled) PostgreSQL database instead of a SQLite file."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.core_bench import catalog_benchmarks, database_benchmarks
from bench.timing import print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--json", action="store_true", help="one JSON object per benchmark")
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--out", help="keep the generated database here and reuse it next time")
    parser.add_argument(
        "--only", choices=["core", "db", "startup", "paper", "print", "camera", "accounts", "crypto"]
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="with --only db: postgresql+psycopg://USER@HOST/DATABASE (password in PGPASSWORD)",
    )
    args = parser.parse_args(argv)
    if args.postgres and args.only != "db":
        parser.error("--postgres goes with --only db (the other benchmarks are about the SQLite file)")
    import keyring

    from assist_app.security.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # benchmarks never touch this computer's own keychain
    results = []
    # One folder for the generated database, so the benchmarks that need it build it once.
    out = Path(args.out) if args.out else None
    if out is None and not args.postgres and args.only in (None, "db", "startup", "accounts", "crypto"):
        out = Path(tempfile.mkdtemp(prefix="assist-bench-"))
    if args.only in (None, "core"):
        results += catalog_benchmarks()
    if args.only in (None, "db", "startup"):
        db_results, database = database_benchmarks(args.residents, out, args.postgres)
        if args.only != "startup":
            results += db_results
    if args.only in (None, "startup"):
        from bench.startup_bench import startup_benchmarks

        results += startup_benchmarks(database)
    if args.only in (None, "paper"):
        from bench.paper_bench import paper_benchmarks

        results += paper_benchmarks()
    if args.only in (None, "print"):
        from bench.print_bench import print_benchmarks

        results += print_benchmarks()
    if args.only in (None, "camera"):
        from bench.camera_bench import camera_benchmarks

        results += camera_benchmarks()
    if args.only in (None, "accounts"):
        from bench.accounts_bench import accounts_benchmarks

        results += accounts_benchmarks(args.residents, out)
    if args.only in (None, "crypto"):
        from bench.crypto_bench import crypto_benchmarks

        results += crypto_benchmarks(args.residents, out)
    if args.json:
        for result in results:
            print(result.as_json())
    else:
        print_table(results)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
