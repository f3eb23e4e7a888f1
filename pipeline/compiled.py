"""The modules setup.py compiles with mypyc, and the guard that keeps a stale build out.

Compiled, extraction runs faster (docs/performance.md); the compiled modules behave as their
sources do. setup.py compiles them when the project is installed (`pip install -e .`) and
writes the digest of their sources beside the build (STAMP). In a checkout the .py files can
change after that while the built .so files stay, and Python imports a .so before its .py: so
when the sources no longer match the stamp, `use_sources_if_stale` (run by pipeline/__init__)
makes every compiled module load from its source (all or none: compiled modules call each other
directly) and says once how to rebuild. LACTPIPE_NO_MYPYC=1 makes them load from source too, and
at install time skips the compilation."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# setup.py reads this list (without importing the package). Every module of pipeline/extract
# is here or in NOT_COMPILED (tests/test_compiled.py checks); outside pipeline/extract only
# pipeline/nlp (the tokenizer's customizations, run on every sentence).
NOT_COMPILED = {
    "pipeline.extract": "the package's __init__: one lazy import, nothing hot",
}
COMPILED = (
    "pipeline.nlp",
    "pipeline.extract.analytes",
    "pipeline.extract.arm_counts",
    "pipeline.extract.arm_groups",
    "pipeline.extract.arm_labels",
    "pipeline.extract.arm_links",
    "pipeline.extract.arm_lists",
    "pipeline.extract.arm_words",
    "pipeline.extract.arms_across",
    "pipeline.extract.citations",
    "pipeline.extract.classify",
    "pipeline.extract.compare",
    "pipeline.extract.compare_tables",
    "pipeline.extract.compare_verdict",
    "pipeline.extract.compared_runs",
    "pipeline.extract.comparison_rows",
    "pipeline.extract.count_context",
    "pipeline.extract.cue_patterns",
    "pipeline.extract.decision_scope",
    "pipeline.extract.decisions",
    "pipeline.extract.dose_dedupe",
    "pipeline.extract.dose_frames",
    "pipeline.extract.dose_mentions",
    "pipeline.extract.inherited_lists",
    "pipeline.extract.labelled_values",
    "pipeline.extract.later_verdicts",
    "pipeline.extract.lexeme_flags",
    "pipeline.extract.link_arms",
    "pipeline.extract.links",
    "pipeline.extract.matching",
    "pipeline.extract.meaning",
    "pipeline.extract.mentions",
    "pipeline.extract.named_pairs",
    "pipeline.extract.numwords",
    "pipeline.extract.outcome_words",
    "pipeline.extract.pair_verdicts",
    "pipeline.extract.paren_values",
    "pipeline.extract.quick_search",
    "pipeline.extract.regex_cache",
    "pipeline.extract.registry_results",
    "pipeline.extract.registry_values",
    "pipeline.extract.restated_values",
    "pipeline.extract.route_mentions",
    "pipeline.extract.rule_fields",
    "pipeline.extract.rules",
    "pipeline.extract.sampled_parts",
    "pipeline.extract.segment",
    "pipeline.extract.sentence_items",
    "pipeline.extract.statement_items",
    "pipeline.extract.statement_rows",
    "pipeline.extract.subject_arms",
    "pipeline.extract.statements",
    "pipeline.extract.study_paragraphs",
    "pipeline.extract.table_cell_values",
    "pipeline.extract.table_cells",
    "pipeline.extract.table_columns",
    "pipeline.extract.table_headers",
    "pipeline.extract.table_counts",
    "pipeline.extract.table_row_cells",
    "pipeline.extract.twin_lists",
    "pipeline.extract.unit_tokens",
    "pipeline.extract.units",
    "pipeline.extract.value_arms",
    "pipeline.extract.value_links",
    "pipeline.extract.value_lists",
)
# mypyc's shared library of the group: pipeline/compiled__mypyc.<abi>.so
GROUP = "pipeline.compiled"
STAMP = "compiled.stamp"
NO_MYPYC = "LACTPIPE_NO_MYPYC"


def source_path(module: str, package_dir: Path) -> Path:
    return package_dir.joinpath(*module.split(".")[1:]).with_suffix(".py")


def sources_digest(package_dir: Path) -> str:
    """sha256 of the compiled modules' sources, as setup.py writes it into the stamp."""
    h = hashlib.sha256()
    for module in COMPILED:
        h.update(module.encode() + b"\0" + source_path(module, package_dir).read_bytes() + b"\0")
    return h.hexdigest()


class _SourceFinder:
    """Finds the compiled modules' sources, ahead of the .so files beside them."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(name, source_path(name, self.package_dir))


def use_sources_if_stale() -> str:
    """Which code the compiled modules run: "compiled", "source" (no build, or
    LACTPIPE_NO_MYPYC=1) or "stale" (sources changed since the build: they run as source)."""
    package_dir = Path(__file__).parent
    if not any(package_dir.glob(GROUP.rpartition(".")[2] + "__mypyc*")):
        return "source"
    state = "source" if os.environ.get(NO_MYPYC) == "1" else "compiled"
    if state == "compiled":
        stamp = package_dir / STAMP
        built = stamp.read_text().strip() if stamp.is_file() else ""
        if built != sources_digest(package_dir):
            state = "stale"
            warnings.warn(
                "pipeline/ changed since its modules were compiled: they run as source "
                "(slower). Rebuild: pip install -e . (or set LACTPIPE_NO_MYPYC=1)",
                stacklevel=2,
            )
    if state != "compiled" and not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(package_dir))
    return state
