"""Where the evaluation corpora live: inside the repository (eval/corpora/), so the tests need
nothing beside the clone. tests/test_corpora.py checks the copies against ../shared when it is
there."""

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
