"""The mypyc build (setup.py, pipeline/compiled.py): every extraction module is compiled or
excluded with a reason, and a build older than its sources is not used. The build tests need
the compiled modules (a `pip install -e .` with a C compiler); without them they are skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
import pipeline.extract.units  # noqa: F401 (its file is what test_ci_install_compiled asks)
from pipeline import compiled

PACKAGE = Path(pipeline.__file__).parent
BUILT = any(PACKAGE.glob("compiled__mypyc*"))
needs_build = pytest.mark.skipif(not BUILT, reason="no mypyc build here (LACTPIPE_NO_MYPYC=1?)")
# a developer's build goes stale as soon as an extraction module is edited (its sources then run,
# with a warning) until `pip install -e .` builds it again; CI's fresh build is always current
STAMP = PACKAGE / compiled.STAMP
CURRENT = (
    BUILT and STAMP.is_file() and STAMP.read_text().strip() == compiled.sources_digest(PACKAGE)
)


def test_every_extraction_module_is_compiled_or_excluded_with_a_reason() -> None:
    modules = {
        "pipeline.extract" + ("" if p.stem == "__init__" else f".{p.stem}")
        for p in (PACKAGE / "extract").glob("*.py")
    }
    listed = set(compiled.COMPILED) | set(compiled.NOT_COMPILED)
    assert modules - listed == set(), "add them to COMPILED (or NOT_COMPILED, with the reason)"
    assert all(compiled.source_path(m, PACKAGE).is_file() for m in compiled.COMPILED)
    assert not set(compiled.COMPILED) & set(compiled.NOT_COMPILED)


@pytest.mark.skipif(
    os.environ.get("CI") != "true"
    or os.environ.get(compiled.NO_MYPYC) == "1"
    or not (shutil.which("cc") or shutil.which("gcc")),
    reason="CI's fresh install with a C compiler only (a worktree may share an environment)",
)
def test_ci_install_compiled_extraction() -> None:
    # a fresh `pip install -e .` with a C compiler compiles: a build that fell back to plain
    # Python passes every other test, only slower
    assert BUILT, "pip install -e . compiled nothing: see its output with -v (lactpipe setup: ...)"
    assert compiled.use_sources_if_stale() == "compiled"
    assert Path(sys.modules["pipeline.extract.units"].__file__ or "").suffix == ".so"


def _import_in_copy(tmp_path: Path, change: bool, no_mypyc: bool) -> subprocess.CompletedProcess:
    """Import two compiled modules from a copy of the built package (the copy's sources
    changed or not), in a fresh interpreter; prints where each came from."""
    shutil.copytree(PACKAGE, tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    if change:
        with (tmp_path / "pipeline" / "extract" / "units.py").open("a") as source:
            source.write("\n# changed after the build\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", compiled.NO_MYPYC)}
    if no_mypyc:
        env[compiled.NO_MYPYC] = "1"
    code = (
        "import pipeline.extract.units as u, pipeline.extract.statements as s; "
        "print(u.__file__); print(s.__file__)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )


@pytest.mark.skipif(not CURRENT, reason="the build here is older than its sources (make setup)")
def test_a_current_build_is_used(tmp_path: Path) -> None:
    done = _import_in_copy(tmp_path, change=False, no_mypyc=False)
    assert done.returncode == 0, done.stderr
    files = done.stdout.split()
    assert all(f.startswith(str(tmp_path)) and f.endswith(".so") for f in files), files
    assert "changed since" not in done.stderr


@needs_build
def test_a_changed_source_runs_every_compiled_module_as_source(tmp_path: Path) -> None:
    done = _import_in_copy(tmp_path, change=True, no_mypyc=False)
    assert done.returncode == 0, done.stderr
    # statements.py did not change, but it calls units' functions directly when compiled
    assert [Path(f).suffix for f in done.stdout.split()] == [".py", ".py"]
    assert "changed since its modules were compiled" in done.stderr


@needs_build
def test_no_mypyc_runs_the_sources(tmp_path: Path) -> None:
    done = _import_in_copy(tmp_path, change=False, no_mypyc=True)
    assert done.returncode == 0, done.stderr
    assert [Path(f).suffix for f in done.stdout.split()] == [".py", ".py"]
    assert "changed since" not in done.stderr
