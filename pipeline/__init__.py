"""Evidence extraction for lactation pharmacology: raw/ documents -> Parquet tables."""

__version__ = "0.8.0"
