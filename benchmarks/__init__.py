"""Benchmarks run by `make bench`; each module `bench_<topic>.py` has a `main()`."""
