"""Optional compiled build of the modules `onomast check` spends its time in.

`ONOMAST_MYPYC=1 pip install --no-build-isolation .` (with mypy, setuptools>=77 and a C compiler in
the environment) compiles them with mypyc: the same code, about 1.6 times faster per unit checked
(`make bench`). Any other install, editable ones included, is pure Python, so that an edit to a
module is what runs: a compiled module would shadow its source.
"""

from __future__ import annotations

import os

from setuptools import setup

COMPILED = [
    "toolkit/check/__init__.py",
    "toolkit/check/matching.py",
    "toolkit/check/numbers.py",
    "toolkit/check/termbase.py",
    "toolkit/check/corpus.py",
    "toolkit/check/parallel.py",
]

ext_modules = []
if os.environ.get("ONOMAST_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
