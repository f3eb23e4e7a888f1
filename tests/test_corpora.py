"""The repository carries its own copies of the seeds, the development texts and their gold;
when ../shared sits beside the clone, the copies must be identical to it, so a change there
shows up here as a failing test rather than a silent drift."""

import pytest
from corpora import DEV, DEV_GOLD, FORMAT, SEEDS, SEEDS_GOLD, SHARED


def test_corpora_are_inside_the_repository():
    assert len(list(SEEDS.glob("0*.txt"))) == 5
    assert len(list(DEV.glob("d*.txt"))) == 18
    assert SEEDS_GOLD.read_text(encoding="utf-8").count('"doc"') == 5
    assert DEV_GOLD.read_text(encoding="utf-8").count('"doc"') == 18
    assert "version 2" in FORMAT.read_text(encoding="utf-8")


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared beside the repository")
def test_copies_identical_to_shared():
    gold = SHARED / "gold"
    pairs = [(SEEDS_GOLD, gold / "seeds.jsonl"), (DEV_GOLD, gold / "dev.jsonl")]
    pairs.append((FORMAT, gold / "FORMAT.md"))
    pairs += [(SEEDS / p.name, p) for p in sorted((SHARED / "seeds").iterdir())]
    pairs += [(DEV / p.name, p) for p in sorted((SHARED / "dev" / "texts").iterdir())]
    differ = [str(mine) for mine, theirs in pairs if mine.read_bytes() != theirs.read_bytes()]
    assert not differ, f"copies differ from ../shared (update them): {differ}"
    mine = {p.name for p in SEEDS.iterdir()} - {"gold.jsonl"}
    assert mine == {p.name for p in (SHARED / "seeds").iterdir()}
