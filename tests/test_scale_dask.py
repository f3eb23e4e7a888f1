"""Dask scale-out: a LocalCluster on loopback gives the same tables as the local run, written as
partitioned Parquet datasets that pandas and Dask read directly."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from perf_corpus import TABLE_NAMES, assert_same_tables, read_tables, write_corpus

from pipeline import settings
from pipeline.runner.run import RunOptions, run

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")


def loopback_cluster() -> distributed.LocalCluster:
    """A running cluster on 127.0.0.1: one worker that runs tasks in a thread, as
    `dask worker` does."""
    return distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        host="127.0.0.1",
        protocol="tcp",
        dashboard_address=None,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("dask") / "raw"
    write_corpus(raw, pdfs=1, texts=3)
    return raw


@pytest.fixture(scope="module")
def local_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    run(corpus, out, extract=False, workers=1, console=False, options=RunOptions(no_cache=True))
    return out


def test_a_running_cluster_writes_the_same_tables(
    corpus: Path, local_out: Path, tmp_path: Path
) -> None:
    with loopback_cluster() as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        out = tmp_path / "out"
        summary = run(
            corpus,
            out,
            extract=False,
            console=False,
            options=RunOptions(no_cache=True, scheduler=cluster.scheduler_address),
        )
    assert (summary.documents, summary.failed) == (5, 1)
    for name in TABLE_NAMES:
        assert (out / f"{name}.parquet").is_dir()
        parts = sorted(p.name for p in (out / f"{name}.parquet").iterdir())
        assert parts[0] == "part-00000.parquet"
    assert_same_tables(read_tables(local_out), read_tables(out))
    via_dask = dd.read_parquet(out / "sentences.parquet").compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(via_dask, read_tables(local_out)["sentences"], check_dtype=False)


def test_dask_local_starts_its_own_loopback_cluster(
    corpus: Path, local_out: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run(corpus, out, extract=False, workers=1, console=False, options=RunOptions(dask_local=True))
    assert_same_tables(read_tables(local_out), read_tables(out))
    # A later local run replaces the datasets with plain files.
    run(corpus, out, extract=False, workers=1, console=False)
    assert (out / "documents.parquet").is_file()
    assert_same_tables(read_tables(local_out), read_tables(out))


def test_an_unreachable_scheduler_is_a_clear_error(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(ValueError, match="cannot reach the Dask scheduler"):
        run(
            corpus,
            tmp_path / "out",
            extract=False,
            console=False,
            options=RunOptions(scheduler="tcp://127.0.0.1:9"),
        )


def test_the_runs_limits_reach_worker_threads_without_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--max-pages and --max-seconds travel with each task: a cluster worker (a thread) applies
    them though no LACTPIPE_MAX_* variable is set anywhere."""
    from pipeline.render.samples.inputs import record
    from pipeline.runner.limits import Limits

    for name in ("LACTPIPE_MAX_BYTES", "LACTPIPE_MAX_PAGES", "LACTPIPE_MAX_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    raw = tmp_path / "raw"
    write_corpus(raw, pdfs=1, texts=1, bad=False)
    long_text = "\n\n".join(record().to_text() for _ in range(1000))  # ~1.5 s to ingest
    (raw / "long.txt").write_text(long_text, encoding="utf-8")
    with loopback_cluster() as cluster:
        summary = run(
            raw,
            tmp_path / "out",
            extract=False,
            console=False,
            options=RunOptions(
                no_cache=True,
                scheduler=cluster.scheduler_address,
                limits=Limits(max_pages=1, max_seconds=0.3),
            ),
        )
    pdf = next(raw.glob("pdf/*.pdf")).relative_to(raw).as_posix()
    errors = {e["source_path"]: e["error"] for e in summary.errors}
    assert errors == {pdf: "limit_pages", "long.txt": "time_limit"}
    assert summary.documents - summary.failed == 1  # the short text went through
