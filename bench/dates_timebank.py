"""Measure the dates component on TimeBank 1.2 + AQUAINT (TempEval-3 training data).

Runs the pipeline on each document of ``train.jsonl`` with the document's
creation date given as metadata, and prints TempEval-3 measures:
strict and relaxed extent P/R/F1, value F1 (= value accuracy on relaxed
matches × relaxed F1), type accuracy — plus the share of run time spent in
the date stage.

The corpus is LDC material kept outside the repository for internal
development only; nothing here copies it. Tests never depend on it.

    .venv/bin/python bench/dates_timebank.py --limit 40
    .venv/bin/python bench/dates_timebank.py --profile press --errors 30
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timebank" / "train.jsonl"


def match(gold: list[dict], system: list[dict]) -> tuple[list[tuple[dict, dict]], int]:
    """One-to-one relaxed matches (overlap), preferring the largest overlap; and the strict count."""
    pairs = []
    used = set()
    for g in gold:
        best, best_ov = None, 0
        for j, s in enumerate(system):
            if j in used:
                continue
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    strict = sum(1 for g, s in pairs if g["start"] == s["start"] and g["end"] == s["end"])
    return pairs, strict


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (0 = all)")
    ap.add_argument("--profile", default="timeml", choices=["timeml", "press"],
                    help="timeml emits PRESENT_REF/PAST_REF/FUTURE_REF as TimeML does; press follows SPEC.md")
    ap.add_argument("--errors", type=int, default=0, help="print N value/extent errors")
    ap.add_argument("--corpus", choices=["timebank", "aquaint"], default=None)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2

    from pipeline.nlp import load_nlp

    nlp = load_nlp(components=())
    nlp.add_pipe("communique_dates", config={"profile": args.profile})
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    if args.corpus:
        docs = [d for d in docs if d["corpus"] == args.corpus]
    if args.limit:
        docs = docs[: args.limit]

    n_gold = n_sys = tp = strict = val_ok = type_ok = 0
    stage_time: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.doc_date = d["dct"]
        doc._.doc_date_source = "metadata"
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            stage_time[name] += time.perf_counter() - t0
        system = [{"start": m.start, "end": m.end, "value": m.value, "type": m.type, "text": m.text, "rule": m.rule}
                  for m in doc._.dates]
        gold = d["timexes"]
        pairs, st = match(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        tp += len(pairs)
        strict += st
        for g, s in pairs:
            val_ok += g["value"] == s["value"]
            type_ok += g["type"] == s["type"]
            if g["value"] != s["value"] and len(errors) < args.errors * 3:
                ctx = d["text"][max(0, g["start"] - 60): g["end"] + 40].replace("\n", " ")
                errors.append(f"VALUE {d['doc']} dct={d['dct']} gold={g['text']!r}:{g['value']} sys={s['text']!r}:{s['value']} ({s['rule']})  …{ctx}…")
        if args.errors:
            matched_sys = {id(s) for _, s in pairs}
            matched_gold = {id(g) for g, _ in pairs}
            for s in system:
                if id(s) not in matched_sys:
                    errors.append(f"FP    {d['doc']} {s['text']!r}:{s['value']} ({s['rule']})")
            for g in gold:
                if id(g) not in matched_gold:
                    ctx = d["text"][max(0, g["start"] - 30): g["end"] + 30].replace("\n", " ")
                    errors.append(f"FN    {d['doc']} {g['text']!r}:{g['value']}  …{ctx}…")

    rp, rr, rf = prf(tp, n_sys, n_gold)
    sp, sr, sf = prf(strict, n_sys, n_gold)
    vacc = val_ok / tp if tp else 0.0
    tacc = type_ok / tp if tp else 0.0
    total = sum(stage_time.values())
    print(f"documents {len(docs)}  gold timexes {n_gold}  system {n_sys}  profile {args.profile}")
    print(f"relaxed extent  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
    print(f"strict  extent  P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"value   accuracy {vacc:.3f}  value F1 {vacc * rf:.3f}")
    print(f"type    accuracy {tacc:.3f}  type F1 {tacc * rf:.3f}")
    dates_t = stage_time.get("communique_dates", 0.0)
    print(f"time: total {total:.2f}s, date stage {dates_t:.2f}s ({100 * dates_t / total if total else 0:.1f}%), "
          f"{1000 * dates_t / max(1, len(docs)):.1f} ms/doc")
    if args.errors:
        by_kind = collections.defaultdict(list)
        for e in errors:
            by_kind[e[:5]].append(e)
        for kind, lst in by_kind.items():
            print(f"\n== {kind.strip()} ({len(lst)})")
            for e in lst[: args.errors]:
                print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
