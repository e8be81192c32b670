"""A plain (non-editable) install finds the ontology, the shapes and the named queries."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("geokg-*.whl")
    return built


def test_wheel_carries_the_ontology_and_the_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_data/ontology/geopolitics.ttl" in names
    assert "kg/_data/ontology/shapes.ttl" in names
    for query in sorted((ROOT / "queries").glob("*.rq")):
        assert f"kg/_data/queries/{query.name}" in names


def test_installed_package_finds_its_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    code = (
        "import kg, kg.resources; "
        "print(kg.__file__); print(kg.resources.ontology_path()); "
        "print(kg.resources.shapes_path()); print(kg.resources.queries_dir())"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert len(paths) == 4
    for path in paths:
        assert path.resolve().is_relative_to(target.resolve()), path
        assert path.exists(), path
    assert paths[1].read_text(encoding="utf-8") == (
        ROOT / "ontology" / "geopolitics.ttl"
    ).read_text(encoding="utf-8")
