"""Command line: `python -m newsdigest convert|inspect ...`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsdigest.convert import convert, read_seed
from newsdigest.errors import SeedError


def _cmd_convert(args) -> int:
    rules = tuple(Path(p) for p in args.rules)
    try:
        report = convert(Path(args.seeds), Path(args.content), force=args.force, rules_files=rules)
    except (SeedError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    return 1 if (args.strict and (report.failed or report.skipped)) else 0


def _cmd_inspect(args) -> int:
    path = Path(args.file)
    try:
        article = read_seed(path, rules_files=tuple(Path(p) for p in args.rules))
    except SeedError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(json.dumps(article.as_dict(), ensure_ascii=False, indent=2))
    return 0


def _cmd_eval(args) -> int:
    from newsdigest.evaluate import MissingSource, evaluate, report

    status = 0
    for folder in args.folders:
        try:
            scores = evaluate(Path(folder), cache_path=Path(args.cache) if args.cache else None,
                              registry_path=Path(args.registry) if args.registry else None,
                              corpus=Path(args.corpus) if args.corpus else None)
        except MissingSource as error:
            print(f"newsdigest eval: {error}", file=sys.stderr)
            status = 1
            continue
        print(report(Path(folder), scores, show_errors=not args.quiet))
        if args.min_f1 and scores.f1 < args.min_f1:
            status = 1
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdigest", description="Turn scraped news articles into a digest.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate a built site (HTML, feeds, links, JSON-LD); see `check --help`")

    conv = sub.add_parser("convert", help="convert seeds/ into Pelican Markdown in content/articles/")
    conv.add_argument("seeds", nargs="?", default="seeds")
    conv.add_argument("content", nargs="?", default="content/articles")
    conv.add_argument("--force", action="store_true", help="overwrite Markdown files edited by hand")
    conv.add_argument("--strict", action="store_true", help="exit 1 when any seed is skipped or fails")
    conv.add_argument("--rules", action="append", default=[], help="extra boilerplate rules YAML (repeatable)")
    conv.set_defaults(func=_cmd_convert)

    insp = sub.add_parser("inspect", help="print what the pipeline extracts from one seed, as JSON")
    insp.add_argument("file")
    insp.add_argument("--rules", action="append", default=[], help="extra boilerplate rules YAML")
    insp.set_defaults(func=_cmd_inspect)
    ev = sub.add_parser("eval", help="entity precision/recall/F1 against annotated articles")
    ev.add_argument("folders", nargs="+")
    ev.add_argument("--cache", default=".cache/entities/ner.sqlite")
    ev.add_argument("--registry", default="content/entities.yml")
    ev.add_argument("--quiet", action="store_true", help="scores only, no per-entity errors")
    ev.add_argument("--min-f1", type=float, default=0.0, help="exit 1 below this F1")
    ev.add_argument("--corpus", help="folder holding the articles that annotations without a .txt name as `source`")
    ev.set_defaults(func=_cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"]:
        from newsdigest.sitecheck import main as check_main

        return check_main(argv[1:])
    args = build_parser().parse_args(argv)
    return args.func(args)
