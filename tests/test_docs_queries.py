"""The README's "Answering questions with the tables": every query there, in pandas and in
DuckDB, runs against the output of the sample corpus (what `make all` writes) and answers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _queries() -> tuple[list[str], list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- queries:start -->")[1].split("<!-- queries:end -->")[0]
    python = re.findall(r"```python\n(.*?)```", section, re.S)
    sql = re.findall(r"```sql\n(.*?)```", section, re.S)
    return python, sql


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding processed/ as `make all` builds it from raw/."""
    work = tmp_path_factory.mktemp("docs")
    cmd = [sys.executable, "-m", "pipeline", "run", "--raw", str(ROOT / "raw")]
    cmd += ["--out", str(work / "processed"), "--corrections", str(ROOT / "curated/none")]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return work


def test_the_readme_has_three_questions_in_both_languages() -> None:
    python, sql = _queries()
    assert len(python) == 3 and len(sql) == 3


def test_pandas_queries_answer(sample_output: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_output)
    namespace: dict[str, object] = {}
    for block in _queries()[0]:
        exec(block, namespace)  # noqa: S102 - the README's own code, run as a reader would
    milk = namespace["milk_levels"]
    assert len(milk) > 0
    assert milk["dose_amount"].notna().any() and milk["group_n"].notna().any()
    assert set(milk["unit"].dropna()) <= {"mg/L", "ug/L", "ng/mL", "ug/mL", "mmol/L", "[IU]/L"}
    comparisons = namespace["comparisons"]
    assert len(comparisons) > 0
    assert all(
        len(arms) == len(values)
        for arms, values in zip(comparisons["arms"], comparisons["values"], strict=True)
        if arms is not None and arms is not pd.NA
    )
    assert comparisons["outcome"].notna().all()
    rid = namespace["rid"]
    assert len(rid) > 0 and (rid["lowest"] <= rid["highest"]).all()


def test_duckdb_queries_answer(sample_output: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_output)
    con = duckdb.connect()
    milk, comparisons, rid = (con.execute(q).fetchall() for q in _queries()[1])
    assert milk and any(row[6] is not None for row in milk) and any(row[9] for row in milk)
    assert comparisons and all(row[2] is None or len(row[2]) == len(row[3]) for row in comparisons)
    assert rid and all(row[1] <= row[2] for row in rid)
