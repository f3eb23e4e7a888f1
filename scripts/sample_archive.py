"""Write raw/lactmed_sample.tar.gz: the two invented records of pipeline/render/samples/
archive.py in NLM's NXML archive format.

    python scripts/sample_archive.py [RAW_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.render.samples.archive import write_sample_archive

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "raw"
    print(write_sample_archive(target))
