"""A closed tab's session is dropped when its time to reconnect is up, not when the next tab
comes (`expire_closed_sessions`), checked against a real server with the classroom
benchmark's emulated browser."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bench.classroom import Student, local_server

SCRIPT = "tests/bench/session_sweep_app.py"
TTL_SECONDS = 2


async def _first_count(student: Student) -> int:
    """The counter of the student's first drawn page."""
    await student.open()
    deadline = time.monotonic() + 60
    while not student.progress.samples and not student.errors:
        assert time.monotonic() < deadline, "the page was not drawn"
        await asyncio.sleep(0.05)
    assert student.errors == []
    return student.progress.samples[0][1]


async def _stored_sessions_seen(url: str, after_close: float) -> int:
    """One tab opens the page and closes; `after_close` seconds later another opens it and
    reads how many closed sessions the server still holds."""
    first = Student(url, "")
    await _first_count(first)
    await first.close()
    await asyncio.sleep(after_close)
    second = Student(url, "")
    count = await _first_count(second)
    await second.close()
    return count


def test_a_closed_tab_is_dropped_once_its_reconnect_time_is_up(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL", str(TTL_SECONDS))
    with local_server(tmp_path / "streamlit.log", SCRIPT) as (url, _):
        kept = asyncio.run(_stored_sessions_seen(url, after_close=0.3))
        dropped = asyncio.run(_stored_sessions_seen(url, after_close=TTL_SECONDS + 2.0))
    assert kept >= 1  # within its time the closed tab can still come back
    assert dropped == 0
