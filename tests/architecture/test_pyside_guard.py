"""The PySide6 6.12.0 fault on CPython <= 3.11.

Each call of a void Qt method loses a reference to ``None``; after a few thousand calls the
count reaches zero and the interpreter aborts with "Fatal Python error: none_dealloc". Python
3.12 made ``None`` immortal, so only older interpreters are hit. pyproject.toml keeps them on
6.11 until a fixed release passes the first test below.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

CALLS = 300_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QTimer

    obj = QObject()
    timer = QTimer()
    refs_before = sys.getrefcount(None)
    for _ in range({CALLS} // 3):
        obj.setObjectName("x")
        timer.setInterval(5)
        timer.stop()
    refs_after = sys.getrefcount(None)
    print("none refs lost:", refs_before - refs_after)
    print("done")
    """
)


@pytest.mark.slow
def test_void_qt_calls_do_not_lose_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "none_dealloc" not in result.stderr, report
    assert result.returncode == 0, report
    assert "done" in result.stdout, report
    if sys.version_info < (3, 12):
        # None is mortal here: its count must not fall with the calls (it would by CALLS).
        lost = int(result.stdout.split("none refs lost:")[1].split()[0])
        assert lost < 1000, report


def _pyside_requirements() -> list[Requirement]:
    requires = importlib.metadata.requires("jumelage") or []
    found = [Requirement(r) for r in requires]
    return [r for r in found if canonicalize_name(r.name) == "pyside6-essentials"]


def _applies(requirement: Requirement, python: str) -> bool:
    if requirement.marker is None:
        return True
    environment = {**default_environment(), "python_version": python, "extra": ""}
    return requirement.marker.evaluate(environment)  # type: ignore[arg-type]


@pytest.mark.parametrize("python", ["3.11"])
def test_older_pythons_exclude_pyside6_6_12_0(python: str) -> None:
    applicable = [r for r in _pyside_requirements() if _applies(r, python)]
    assert applicable, f"no PySide6-Essentials requirement for Python {python}"
    for requirement in applicable:
        assert not requirement.specifier.contains("6.12.0"), str(requirement)
        assert requirement.specifier.contains("6.11.3"), str(requirement)


def test_newer_pythons_may_use_pyside6_6_12() -> None:
    applicable = [r for r in _pyside_requirements() if _applies(r, "3.12")]
    assert applicable
    assert all(r.specifier.contains("6.12.0") for r in applicable)


def test_the_installed_pyside6_satisfies_the_requirement() -> None:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    installed = Version(importlib.metadata.version("PySide6-Essentials"))
    for requirement in _pyside_requirements():
        if _applies(requirement, python):
            assert requirement.specifier.contains(installed), (str(requirement), installed)
