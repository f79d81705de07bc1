"""Every data file under bot/ ships in the package: the Dockerfile installs a wheel (`pip install .`), not
the source tree, so a file the package-data globs miss is absent in production while every test, run from
an editable install, still passes."""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shipped_by(glob: str, path: str) -> bool:
    """setuptools' globs: `*` stays within one folder, `**` crosses folders (fnmatch alone lets `*` cross)."""
    if "**" not in glob and glob.count("/") != path.count("/"):
        return False
    return fnmatch.fnmatch(path, glob)


def test_shipped_by_keeps_a_star_within_its_folder() -> None:
    assert shipped_by("core/*.txt", "core/words.txt")
    assert not shipped_by("core/*.txt", "core/data/words.txt")
    assert shipped_by("store/migrations/**/*.py", "store/migrations/versions/one.py")


def test_every_data_file_under_bot_is_matched_by_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["bot"]
    tracked = subprocess.run(
        ["git", "ls-files", "bot"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    data_files = [path.removeprefix("bot/") for path in tracked if not path.endswith(".py")]
    assert data_files, "git ls-files found no data files under bot/"
    missing = [path for path in data_files if not any(shipped_by(glob, path) for glob in globs)]
    assert not missing, f"add globs for these to [tool.setuptools.package-data] in pyproject.toml: {missing}"
