"""Where the evaluation corpora live: inside the repository (eval/corpora/), so the tests need
nothing beside the clone. tests/test_corpora.py checks the copies against ../shared when it is
there."""

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "eval" / "corpora"
SEEDS = CORPORA / "seeds"
DEV = CORPORA / "dev"
SEEDS_GOLD = SEEDS / "gold.jsonl"
DEV_GOLD = DEV / "gold.jsonl"
FORMAT = ROOT / "eval" / "FORMAT.md"
# The folder the project was created beside, when it is there (never required).
SHARED = ROOT.parent / "shared"


@cache
def corpus_lines() -> tuple[str, ...]:
    """Every non-blank line of the evaluation and blind corpora's plain texts (the blind ones'
    documents in their own folders too): real sentences to check a speed path against."""
    texts = sorted(CORPORA.glob("*/*.txt"))
    texts += sorted((ROOT / "tests" / "data").glob("heldout_*/**/*.txt"))
    assert len(texts) > 50
    lines = [line for t in texts for line in t.read_text(encoding="utf-8").splitlines()]
    return tuple(line for line in lines if line.strip())
