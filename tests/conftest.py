import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """../shared beside the checkout (CI), or /work/shared; None when absent."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "formats").is_dir():
            return candidate
    return None


@pytest.fixture
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is not beside this checkout")
    return found


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A copy of the sample corpus in a fresh project folder, as the working directory."""
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus", ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.chdir(tmp_path)
    return tmp_path
