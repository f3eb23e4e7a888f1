"""Evidence extraction for lactation pharmacology: raw/ documents -> Parquet tables."""

from pipeline.compiled import use_sources_if_stale

__version__ = "0.14.0"

# before any compiled module is imported: a build older than its sources is not used
use_sources_if_stale()
