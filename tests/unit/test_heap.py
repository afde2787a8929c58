"""The server's heap: memory freed by ended sessions goes back to the system, once per batch;
long-lived objects are frozen out of the cycle collector's full collections."""

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import pytest

from playground import heap

ROOT = Path(__file__).resolve().parents[2]
glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or heap._LIBC is None, reason="glibc only"
)


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


@glibc_only
def test_a_trim_hands_freed_heap_pages_back():
    blocks = [np.ones(12_000) for _ in range(3_000)]  # 96 KB each: below glibc's mmap threshold
    keep = np.ones(12_000)  # allocated last: the freed blocks below it cannot shrink the heap
    held = _rss_mb()
    del blocks
    heap._trim()
    assert _rss_mb() < held - 150, (held, _rss_mb())
    del keep


@glibc_only
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


def _in_fresh_python(code: str) -> list:
    """Runs `code` in a new interpreter (freezing is for good) and returns what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


FREEZE_TWICE = """
import gc, json, weakref
from playground import heap

class Node:
    pass

kept = [Node() for _ in range(1000)]
for node in kept:
    node.me = node  # alive, in cycles: what a full collection would scan every time
before = gc.get_freeze_count()
heap.freeze_long_lived()
frozen = gc.get_freeze_count()
heap.freeze_long_lived()
again = gc.get_freeze_count()
later = Node()
later.me = later
gone = weakref.ref(later)
del later
gc.collect()
print(json.dumps([before, frozen, again, gone() is None]))
"""


def test_freezing_hides_what_exists_once_and_later_garbage_is_still_collected():
    before, frozen, again, collected = _in_fresh_python(FREEZE_TWICE)
    assert before == 0 and frozen >= 1000
    assert again == frozen  # once per process: later sessions' objects stay collectable
    assert collected


FIRST_COMPILE = """
import gc, json
from playground.lessons.xor import model
from playground.lessons.xor.spec import TEXTBOOK

trainer = model.spec_trainer(TEXTBOOK)
trainer.prepare()
print(json.dumps([gc.get_freeze_count()]))
"""


def test_the_first_compiled_kernel_freezes_the_loaded_objects():
    (frozen,) = _in_fresh_python(FIRST_COMPILE)
    assert frozen > 100_000  # TensorFlow and Keras alone are ~350,000 objects
