"""The runner: finds sources, drives each document through the stages (in one process, a
process pool or on Dask), caches per-document results, applies limits, and commits the
tables atomically."""
