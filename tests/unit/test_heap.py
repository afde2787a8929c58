"""The server's heap: memory freed by ended sessions goes back to the system, once per batch."""

import sys
import time

import numpy as np
import psutil
import pytest

from playground import heap

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or heap._LIBC is None, reason="glibc only"
)


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def test_a_trim_hands_freed_heap_pages_back():
    blocks = [np.ones(12_000) for _ in range(3_000)]  # 96 KB each: below glibc's mmap threshold
    keep = np.ones(12_000)  # allocated last: the freed blocks below it cannot shrink the heap
    held = _rss_mb()
    del blocks
    heap._trim()
    assert _rss_mb() < held - 150, (held, _rss_mb())
    del keep


def test_sessions_ending_together_share_one_trim(monkeypatch):
    trims: list[float] = []

    def fake_trim() -> None:
        heap._timer = None  # as the real one: the next session's end schedules a new trim
        trims.append(time.monotonic())

    monkeypatch.setattr(heap, "TRIM_DELAY_SECONDS", 0.2)
    monkeypatch.setattr(heap, "_trim", fake_trim)
    for _ in range(5):
        heap.trim_soon()
    deadline = time.monotonic() + 30
    while not trims and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert len(trims) == 1
