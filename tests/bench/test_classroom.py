"""The classroom benchmark against a real server: two emulated students train XOR at once.

It asserts that the emulation works (both counters move, nothing errors), never how fast."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bench.classroom import local_server, run_scenario


def test_two_students_train_xor(tmp_path: Path) -> None:
    with local_server(tmp_path / "streamlit.log") as (url, pid):
        scenario = asyncio.run(run_scenario(url, "xor", 2, 4.0, 100_000, pid))
    assert len(scenario.students) == 2
    for student in scenario.students:
        assert student.errors == []
        assert student.first_paint is not None
        epochs = [epoch for _, epoch in student.progress.samples]
        assert epochs[0] == 0 and epochs[-1] > 0  # the page showed 0, then training moved it
    assert scenario.line.startswith("xor n=2 median_eps=")
    assert "errors=0" in scenario.line
