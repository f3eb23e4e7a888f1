"""Tables built after the run from the written tables: drugs (one row per substance across
sources, with statements.drug_id) and evidence (one row per result, joined and ready to plot)."""
