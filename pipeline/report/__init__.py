"""The HTML report: an index of drugs and one page per drug, every number linked to its
sentence (python -m pipeline report)."""
