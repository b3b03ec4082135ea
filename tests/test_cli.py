"""The CLI and the batch run: outputs, bad input, exit codes, determinism, library API."""
from __future__ import annotations

import codecs
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import GOLD, SAMPLES, needs_shared

runner = CliRunner()
TABLE_NAMES = ["documents", "people", "mentions", "places", "dates", "commitments", "errors"]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_run_writes_json_and_seven_tables(sample_run):
    jsons = sorted(p.stem for p in (sample_run / "json").glob("*.json"))
    assert jsons == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    for t in TABLE_NAMES:
        df = pd.read_csv(sample_run / f"{t}.csv")
        assert "doc_id" in df.columns
    docs = pd.read_csv(sample_run / "documents.csv")
    assert len(docs) == 2
    record = json.loads((sample_run / "json" / f"{jsons[0]}.json").read_text(encoding="utf-8"))
    for key in ("doc_id", "source", "title", "doc_date", "author", "notes", "text", "removed",
                "people", "places", "dates", "commitments"):
        assert key in record
    assert set(record["doc_date"]) == {"value", "source"}
    assert set(record["source"]) >= {"path", "sha256", "bytes", "encoding", "format"}


def test_rerun_is_byte_identical(sample_run, tmp_path):
    out = tmp_path / "again"
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--quiet", "--force"])
    assert result.exit_code == 0
    for f in sorted(sample_run.rglob("*.*")):
        rel = f.relative_to(sample_run)
        if rel.parts[0] == "json" or f.suffix == ".csv":
            assert (out / rel).read_bytes() == f.read_bytes(), rel


def test_bad_inputs_become_error_rows_and_good_ones_are_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SAMPLES.glob("*.txt")), src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "nul.txt").write_bytes(b"\x00" * 100)
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (src / "cp949.txt").write_bytes(("Seoul, 2021. " + "외교부는 러시아와 협력하기로 합의했다. " * 20).encode("cp949"))
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "President Moon met Prime Minister Kishida in Tokyo on Monday.".encode("utf-16-le"))
    (src / "chrome_only.txt").write_text("Menu\nHome\nShare\n")
    lines = ['{"id": "ok", "text": "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing."}',
             "{broken", '{"id": "notext"}']
    (src / "batch.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    errors = pd.read_csv(out / "errors.csv")
    assert {"empty", "nul", "binary", "chrome_only", "notext"} <= set(errors["doc_id"])
    assert any(errors["error"].str.contains("malformed JSON"))
    assert errors["error"].notna().all()
    written = {p.stem for p in (out / "json").glob("*.json")}
    assert {"good", "cp949", "utf16", "ok"} <= written
    k = json.loads((out / "json" / "cp949.json").read_text(encoding="utf-8"))
    assert "외교부" in k["text"] and k["source"]["encoding"] == "cp949"
    docs = pd.read_csv(out / "documents.csv")
    assert set(docs["doc_id"]) == written


def test_json_of_a_removed_input_is_removed_on_rerun(tmp_path):
    """json/ mirrors the tables: a document that left the input set leaves json/ too."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Foreign Minister Wang Yi met Sergei Lavrov in Beijing on Monday.\n")
    (src / "b.txt").write_text("Prime Minister Kishida met President Yoon in Seoul on Friday.\n")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet"]).exit_code == 0
    assert {p.stem for p in (out / "json").glob("*.json")} == {"a", "b"}
    (src / "b.txt").unlink()
    result = runner.invoke(app, ["run", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "removed the JSON of 1 document not in this run" in " ".join(result.output.split())
    assert {p.stem for p in (out / "json").glob("*.json")} == {"a"}
    assert list(pd.read_csv(out / "documents.csv")["doc_id"]) == ["a"]


def test_timeml_input_keeps_offsets_and_uses_its_creation_time(tmp_path):
    from .test_ingest import TIMEML

    src = tmp_path / "in"
    src.mkdir()
    (src / "envoy.tml").write_text(TIMEML, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet"]).exit_code == 0
    rec = json.loads((out / "json" / "envoy.json").read_text(encoding="utf-8"))
    assert rec["doc_date"] == {"value": "2013-03-22", "source": "metadata"}
    assert rec["title"] == "Envoys meet in Geneva" and rec["removed"] == []
    got = {d["text"]: (d["value"], d["start"]) for d in rec["dates"]}
    assert got["Wednesday"][0] == "2013-03-20" and got["next month"][0] == "2013-04"
    assert rec["text"][got["Wednesday"][1]:].startswith("Wednesday")


@pytest.mark.parametrize("flag, vague", [([], True), (["--dates-profile", "press"], False),
                                         (["--dates-profile", "timeml"], True)])
def test_timeml_inputs_get_the_timeml_profile_by_default(tmp_path, flag, vague):
    """auto: a TimeML input gets TimeML's dates ("now" → PRESENT_REF); a plain text keeps SPEC's."""
    src = tmp_path / "in"
    src.mkdir()
    body = "The envoys are now in Geneva and met on Wednesday."
    (src / "a.tml").write_text(f"<TimeML><DCT><TIMEX3 value='2013-03-22'/></DCT><TEXT>{body}</TEXT></TimeML>")
    (src / "b.txt").write_text(body + "\n")
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet", *flag]).exit_code == 0
    tml = {d["text"]: d["value"] for d in json.loads((out / "json" / "a.json").read_text())["dates"]}
    txt = {d["text"]: d["value"] for d in json.loads((out / "json" / "b.json").read_text())["dates"]}
    assert tml["Wednesday"] == "2013-03-20"
    assert (tml.get("now") == "PRESENT_REF") is vague
    assert ("now" in txt) is (flag == ["--dates-profile", "timeml"])


def test_large_document_is_processed(tmp_path):
    para = ("{n}. Foreign Minister Kang Kyung-wha met Russian Foreign Minister Sergei Lavrov in Moscow on June 1, 2018, "
            "and the two sides agreed to expand trade and cultural exchanges between the two countries.\n\n")
    big = tmp_path / "big.txt"
    big.write_text("Talks in Moscow held\n\n" + "".join(para.format(n=i) for i in range(700)))
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(big), "--out", str(out), "--quiet"])
    assert result.exit_code == 0
    rec = json.loads((out / "json" / "big.json").read_text())
    assert len(rec["text"]) > 130_000  # over CHUNK_CHARS: parsed in chunks and re-joined
    assert "Sergei Lavrov" in {p["name"] for p in rec["people"]}
    assert len(rec["dates"]) >= 700
    for d in rec["dates"][-3:]:  # offsets still point into the joined text
        assert rec["text"][d["start"]:d["end"]] == d["text"]


def test_usage_errors_exit_nonzero_without_traceback(tmp_path):
    r = runner.invoke(app, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no such file" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--doc-date", "not-a-date"])
    assert r.exit_code == 2 and "not a date" in r.output
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--model", "no_such_model_xyz"])
    assert r.exit_code == 2 and "not installed" in r.output and "Traceback" not in r.output


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(ro / "out")])
    assert r.exit_code == 2 and "cannot write" in r.output


def test_output_path_that_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(f)])
    assert r.exit_code == 2 and "cannot write" in r.output and "Traceback" not in r.output


def test_help_lists_commands():
    r = runner.invoke(app, ["--help"])
    assert r.exit_code == 0 and "run" in r.output and "eval" in r.output


@needs_shared
def test_eval_command_prints_scores(sample_run):
    r = runner.invoke(app, ["eval", str(sample_run), str(GOLD)])
    assert r.exit_code == 0, r.output
    for field in ("people", "places", "dates_value", "commitments", "chrome"):
        assert field in r.output


def test_library_extract_and_load_tables(sample_run):
    import pipeline

    doc = pipeline.extract("Talks held.\n\nThe ministers met in Seoul on Monday and discussed trade.", doc_date="2021-11-24")
    assert isinstance(doc, pipeline.Document)
    assert doc.doc_date.value == "2021-11-24" and doc.doc_date.source == "metadata"
    assert "Seoul" in doc.text
    tables = pipeline.load_tables(sample_run)
    assert set(tables) == set(TABLE_NAMES)


def test_doc_date_option_sets_anchor(tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--quiet", "--doc-date", "2021-11-24"])
    assert r.exit_code == 0
    docs = pd.read_csv(out / "documents.csv")
    assert set(docs["doc_date"]) == {"2021-11-24"}
    assert set(docs["doc_date_source"]) == {"metadata"}


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert r.returncode == 0 and "eval" in r.stdout


def test_dates_profile_option(tmp_path):
    out = tmp_path / "out"
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--quiet", "--dates-profile", "timeml"])
    assert r.exit_code == 0
    rec = json.loads(next((out / "json").glob("*.json")).read_text())
    assert rec["pipeline_version"].endswith("+dates=timeml")
    r = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--dates-profile", "nope"])
    assert r.exit_code == 2 and "dates profile" in r.output
