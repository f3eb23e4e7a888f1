"""Shared test fixtures (keep additive: each block serves one group of tests)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_script(name: str) -> ModuleType:
    """A module from scripts/ (not a package), loaded by path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- PDF: the invented LactMed-style sample records (pipeline/render/samples) ---


@pytest.fixture(scope="session")
def sample_records() -> tuple:
    from pipeline.render.samples import PDF_RECORDS

    return PDF_RECORDS


@pytest.fixture(scope="session")
def sample_record_by_drug(sample_records: tuple) -> dict:
    return {r.drug.lower(): r for r in sample_records}


@pytest.fixture(scope="session")
def make_sample_corpus() -> ModuleType:
    return load_script("make_sample_corpus")


# --- Extraction rules: rule files replaced for one test ---


@pytest.fixture
def rule_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Callable[[dict[str, str]], None]]:
    """`rule_files({"quantities.jsonl": text})`: get_rules() then loads that text for those
    files (the real ones for the others); the real rules are loaded again after the test."""
    from pipeline.extract import rules

    real = rules.RULES_DIR

    def replace(texts: dict[str, str]) -> None:
        folder = tmp_path / "rules"
        folder.mkdir(exist_ok=True)
        for file in real.iterdir():
            text = texts.get(file.name) or file.read_text(encoding="utf-8")
            (folder / file.name).write_text(text, encoding="utf-8")
        monkeypatch.setattr(rules, "RULES_DIR", folder)
        rules.get_rules.cache_clear()

    yield replace
    monkeypatch.undo()
    rules.get_rules.cache_clear()
    rules.get_rules()


# --- extraction: a test module's DOCUMENTS through a real run, and each result's links ---


@pytest.fixture(scope="module")
def extracted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tables of a real run over the test module's DOCUMENTS (name -> text)."""
    from extraction import run_documents

    return run_documents(tmp_path_factory, request.module.DOCUMENTS)


@pytest.fixture(scope="module")
def links(extracted: Path) -> object:
    """Each measurement of `extracted` with its linked dose and group (a DataFrame)."""
    from extraction import link_table

    return link_table(extracted)
