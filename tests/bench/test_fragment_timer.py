"""A live fragment sets its own rerun timer without a full rerun (`retime_running_fragment`),
checked against a real server with the classroom benchmark's emulated browser."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.classroom import Student, local_server

SCRIPT = "tests/bench/retimed_fragment_app.py"
RUNS = 6  # the full run, the fragment run that retimes, then runs on the new timer


class WatchingStudent(Student):
    """Also notes the full runs the server starts and every timer it is told to set."""

    def __init__(self, base_url: str, page: str) -> None:
        super().__init__(base_url, page)
        self.full_runs = 0
        self.timer_intervals: list[float] = []

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "new_session" and not msg.metadata.run.fragment_ids:
            self.full_runs += 1
        elif kind == "auto_rerun":
            self.timer_intervals.append(msg.auto_rerun.interval)
        super()._handle(msg)


async def _watch(url: str) -> WatchingStudent:
    student = WatchingStudent(url, "")
    await student.open()
    deadline = time.monotonic() + 60
    while student.progress.at(time.monotonic()) < RUNS and not student.errors:
        assert time.monotonic() < deadline, f"runs seen: {student.progress.samples}"
        await asyncio.sleep(0.05)
    await student.close()
    return student


def test_a_fragment_retimes_itself_without_a_full_rerun(tmp_path: Path) -> None:
    with local_server(tmp_path / "streamlit.log", SCRIPT) as (url, _):
        student = asyncio.run(_watch(url))
    assert student.errors == []
    assert student.full_runs == 1  # the page's first run only
    assert student.timer_intervals == [1.0, pytest.approx(0.2)]
