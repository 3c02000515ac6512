"""The optional mypyc build (setup.py): when `make test-compiled` runs the check tests against it, they
must be running the compiled modules, not a source checkout that happens to be on the path; and the
compiled and pure builds must agree (the check tests pass on both)."""

from __future__ import annotations

import os

import pytest

COMPILED = ("toolkit.check", "toolkit.check.matching", "toolkit.check.numbers", "toolkit.check.termbase",
            "toolkit.check.corpus", "toolkit.check.parallel")


@pytest.mark.skipif(os.environ.get("ONOMAST_EXPECT_COMPILED") != "1", reason="not the compiled build's run")
def test_the_check_modules_are_compiled() -> None:
    import importlib

    for name in COMPILED:
        module = importlib.import_module(name)
        assert not str(module.__file__).endswith(".py"), f"{name} is not compiled: {module.__file__}"


def test_setup_compiles_what_is_listed_here() -> None:
    from pathlib import Path

    setup = (Path(__file__).resolve().parents[1] / "setup.py").read_text(encoding="utf-8")
    for name in COMPILED:
        path = name.replace(".", "/") + ("/__init__.py" if name == "toolkit.check" else ".py")
        assert f'"{path}"' in setup, path
