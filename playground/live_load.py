"""How a class shares one server: the live loops' pace under load.

Every session that trains live reports each redraw here (process-wide, a few microseconds
under a small lock). From that the live loop of every session takes
* its frame gap: the redraws of the whole class together should keep at most
  DRAW_SHARE of one core busy (drawing holds Python's GIL, so it cannot use the second
  core), so each session redraws less often as the class grows;
* its training slice: an equal share of `TRAIN_SHARE` times the time between redraws on the
  kernels its shape can train on at once, so the sessions that share them keep them busy,
  made smaller while the class's turns take longer than a frame gap (`LiveLoad.turn_scale`):
  a view stands still for about one turn.
One session alone trains and redraws exactly as fast as before.

A class also opens the page together and finishes together: `PAGE_TURNS` lets sessions draw
those page runs one at a time.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


CORES = _usable_cores()

SLICE_SECONDS = 0.15  # training time between redraws for a session alone
MIN_SLICE_SECONDS = 0.01  # a slice is never shorter (its fixed costs would dominate)
FRAME_GAP_SECONDS = 0.05  # the live fragment's rerun timer for a session alone
MAX_FRAME_GAP_SECONDS = 2.0  # however full the server, a view moves at least this often
DRAW_SHARE = 0.6  # of one core, for the redraws of every live session together
# The class's training slices between two redraws, as a share of the kernels' time: more than
# all of it, so the kernel never idles while late redraws hold its next users back (measured
# at 30 students with the training worker: 0.8 left it ~60 % busy; 1.6 gave each XOR student
# ~1.5x the epochs/s, with views frozen no longer).
TRAIN_SHARE = 1.6
# A slice's turn (asking for the kernels, waiting for them, training) should take at most this
# share of the frame gap, so a view moves about once a gap. Slices sized from the kernels' pace
# alone took 2-5x longer with a class on the server (the worker's threads share the cores with
# the server) and views moved every 1.6-1.8 s at 30 students; `LiveLoad.turn_scale` shrinks
# the class's slices until turns fit: every 0.9-1.1 s (XOR), for ~25 % fewer epochs each.
TURN_TARGET = 0.75
# Exponent of one report's correction: thirty reports a round move the scale by at most a
# third of the way, as a turn reports on slices sized a round before (0.03 overshot, and the
# scale swung between its bounds).
TURN_SMOOTHING = 0.01
MIN_TURN_SCALE = 0.2
LIVE_WINDOW_SECONDS = 3.0  # a session that redrew within this is live (a paused one drops out)
SMOOTHING = 0.1  # weight of a new redraw's cost in the running mean
# A page run waits at most this long for its turn (fifty XOR pages take ~2.3 s in all).
TURN_PATIENCE_SECONDS = 3.0


def frame_gap(live_sessions: int, draw_seconds: float) -> float:
    """Seconds between one session's redraws, when `live_sessions` redraw at about
    `draw_seconds` of CPU each."""
    wanted = live_sessions * draw_seconds / DRAW_SHARE
    return min(MAX_FRAME_GAP_SECONDS, max(FRAME_GAP_SECONDS, wanted))


def slice_seconds(
    live_sessions: int, kernels: int, gap: float = FRAME_GAP_SECONDS, scale: float = 1.0
) -> float:
    """Training seconds per redraw for one session: the full slice while there are no more
    live sessions than `kernels` (how many slices of its shape can run at once, see
    `Trainer.kernels_at_once`), then an equal share of `TRAIN_SHARE` times
    their time between two redraws (`gap`, see `frame_gap`). So a class keeps the kernels busy
    (a share of SLICE_SECONDS alone left them idle once redraws came a second apart), and
    every session's turn comes round within a gap or two; `scale` (`LiveLoad.turn_scale`)
    shrinks it while turns take longer than that. (Before the training worker, 0.8: shares
    sized for both cores while a class queued on one XLA kernel in the server's process made
    each turn twice as long, and views froze ~2 s.)"""
    if live_sessions <= kernels:
        return SLICE_SECONDS
    share = max(gap, SLICE_SECONDS) * TRAIN_SHARE * kernels / live_sessions * scale
    return max(MIN_SLICE_SECONDS, min(SLICE_SECONDS, share))


class LiveLoad:
    """Which sessions trained live lately, what a redraw costs (a running mean), and how much
    to shrink the class's slices for its turns to come round within a frame gap."""

    def __init__(self, window: float = LIVE_WINDOW_SECONDS) -> None:
        self.window = window
        self._seen: dict[str, float] = {}
        self._draw_seconds = 0.0
        self._turn_scale = 1.0
        self._lock = threading.Lock()

    def report_turn(self, seconds: float, gap: float) -> None:
        """A session of a class (more live sessions than its kernels) asked for a slice and
        had its result `seconds` later, while views redraw every `gap` seconds. Each report
        moves `turn_scale` a little toward the scale that makes a turn `TURN_TARGET` of a gap:
        down while turns take longer, back up (at most 1) while they take less."""
        ratio = TURN_TARGET * gap / max(seconds, 1e-3)
        with self._lock:
            scale = self._turn_scale * ratio**TURN_SMOOTHING
            self._turn_scale = min(1.0, max(MIN_TURN_SCALE, scale))

    @property
    def turn_scale(self) -> float:
        return self._turn_scale

    def report(self, session: str, draw_seconds: float, now: float | None = None) -> None:
        """`session` just redrew its live view, which took `draw_seconds` of CPU."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._seen[session] = now
            old = self._draw_seconds
            self._draw_seconds = (
                draw_seconds if old == 0 else old + SMOOTHING * (draw_seconds - old)
            )

    def live_sessions(self, now: float | None = None) -> int:
        """Sessions that reported within the window (at least 1: the one asking)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            for session in [s for s, seen in self._seen.items() if now - seen > self.window]:
                del self._seen[session]
            return max(1, len(self._seen))

    @property
    def draw_seconds(self) -> float:
        return self._draw_seconds


class Turnstile:
    """Lets one caller through at a time, first come first served; one that has waited
    `patience` seconds goes through anyway, so nobody waits long behind a slow turn."""

    def __init__(self, patience: float) -> None:
        self.patience = patience
        self._lock = threading.Lock()
        self._queue: deque[threading.Event] = deque()  # the head's turn is on

    @contextmanager
    def turn(self) -> Iterator[bool]:
        """Inside: the caller's turn (True), or its patience ran out first (False)."""
        ticket = threading.Event()
        with self._lock:
            self._queue.append(ticket)
            if len(self._queue) == 1:
                ticket.set()
        took = ticket.wait(self.patience)
        if not took:
            with self._lock:
                took = ticket.is_set()  # its turn may have come as the wait ran out
                if not took:
                    self._queue.remove(ticket)
        try:
            yield took
        finally:
            if took:
                self._next()

    def _next(self) -> None:
        with self._lock:
            self._queue.popleft()  # the ticket whose turn ends: only the head's is set
            if self._queue:
                self._queue[0].set()

    def waiting(self) -> int:
        """Callers inside or waiting for their turn."""
        with self._lock:
            return len(self._queue)


LOAD = LiveLoad()  # the process's one: holds no user data, only session ids and timings
PAGE_TURNS = Turnstile(TURN_PATIENCE_SECONDS)  # see `ui.page_run_in_turn`
