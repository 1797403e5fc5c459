"""Benchmarks: ``python -m tests.bench --articles N`` (see ``__main__``)."""
