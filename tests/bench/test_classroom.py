"""The classroom benchmark against a real server: two emulated students train XOR at once.

It asserts that the emulation works (both counters move, nothing errors), never how fast."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bench.classroom import Progress, _loop_lag, local_server, run_scenario


def test_two_students_train_xor(tmp_path: Path) -> None:
    with local_server(tmp_path / "streamlit.log") as (url, pid):
        scenario = asyncio.run(run_scenario(url, "xor", 2, 4.0, 100_000, pid))
    assert len(scenario.students) == 2
    for student in scenario.students:
        assert student.errors == []
        assert student.first_paint is not None and student.page_ready is not None
        assert student.first_paint <= student.page_ready
        epochs = [epoch for _, epoch in student.progress.samples]
        assert epochs[0] == 0 and epochs[-1] > 0  # the page showed 0, then training moved it
    assert scenario.line.startswith("xor n=2 median_eps=")
    assert "errors=0" in scenario.line
    assert " client_lag_max_s=" in scenario.line and " play_response_max_s=" in scenario.line
    assert " max_freeze_from_s=" in scenario.line and " long_freezes=" in scenario.line


def test_a_student_done_before_the_window_is_measured_over_their_own_run() -> None:
    """With a fast engine a student can reach the 100,000 epochs while others still load the
    page: their pace is their whole run's, and nothing of theirs froze in the window."""
    progress = Progress(samples=[(0.0, 0), (1.0, 10), (3.0, 100)])
    assert progress.eps(start=5.0, end=10.0, target=100) == pytest.approx(45.0)  # 90 in 2 s
    assert progress.max_freeze(start=5.0, end=10.0, target=100) == 0.0
    assert progress.eps(start=0.5, end=10.0, target=100) == pytest.approx(100 / 2.5)


def test_a_freeze_is_told_by_where_it_stands_in_the_window() -> None:
    """Every gap between two counter changes, the window's end counting as one while the
    student still trains; the one open when the window began reaches back to its start."""
    progress = Progress(samples=[(0.0, 0), (1.0, 5), (3.5, 9), (4.0, 12)])
    spans = progress.gap_spans(start=0.5, end=4.5, target=100)
    assert spans == [(0.0, 1.0), (1.0, 3.5), (3.5, 4.0), (4.0, 4.5)]
    assert max(spans, key=lambda span: span[1] - span[0]) == (1.0, 3.5)
    assert progress.gaps(start=0.5, end=4.5, target=100) == [1.0, 2.5, 0.5, 0.5]


def test_the_class_start_is_measured_from_the_go() -> None:
    """From the teacher's "go" to the window: how long until a counter first moved, and the
    longest it then stood still (the page's 0 before the go does not count)."""
    progress = Progress(samples=[(0.0, 0), (12.0, 5), (13.0, 9), (17.0, 30)])
    assert progress.first_move(after=10.0) == 12.0
    assert progress.longest_still(start=10.0, end=18.0) == pytest.approx(4.0)  # 13 -> 17
    assert progress.longest_still(start=10.0, end=12.5) == pytest.approx(2.0)  # go -> 12


def test_a_blocked_client_loop_shows_as_lag() -> None:
    """A client whose loop is held up 0.3 s reads every student's messages that much late."""

    async def block_once() -> list[tuple[float, float]]:
        lags: list[tuple[float, float]] = []
        meter = asyncio.create_task(_loop_lag(lags))
        await asyncio.sleep(0.2)
        time.sleep(0.3)  # nothing else runs on the loop meanwhile
        await asyncio.sleep(0.2)
        meter.cancel()
        return lags

    lags = asyncio.run(block_once())
    assert max(late for _, late in lags) >= 0.25  # its tick was due within 0.05 s of the block
