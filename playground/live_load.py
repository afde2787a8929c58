"""How a class shares one server: the live loops' pace under load.

Every session that trains live reports each redraw here (process-wide, a few microseconds
under a small lock). From that the live loop of every session takes
* its frame gap: the redraws of the whole class together should keep at most
  DRAW_SHARE of one core busy (drawing holds Python's GIL, so it cannot use the second
  core), so each session redraws less often as the class grows;
* its training slice: an equal share of a round of one frame gap on the kernels its shape
  can train on at once, counted in the time slices really take on the loaded machine
  (`LiveLoad.slowdown`): the whole class's turns come round within a gap, so a view stands
  still for about one gap.
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
# A round of the class's slices (every live session's one turn on the kernels) takes one frame
# gap: a view waits up to a round for its next slice, so the round bounds a freeze, and a shorter
# one leaves the kernels idle. The kernels' time is counted as slices really take it
# (`LiveLoad.slowdown`): the training worker's threads share the cores with the server's
# drawing, and slices sized from the kernels' free pace took 2-5x longer, so a student waited
# 2-3 s for a turn. Measured at 30 and 50 students (bench/classroom.py, session 16): rounds of
# 1.25 gaps capped at 0.8 s or at 0.5 s moved views about as often as one gap, for half the
# epochs/s at 30 and a third at 50.
SLOWDOWN_SMOOTHING = 0.1  # weight of a new slice's slowdown in the running mean
# Where the mean starts, before a server's first class has reported: its slices took 3-4.5x
# their free pace at 30-50 students with the worker. Starting at 1 sized the class's first round
# for a free machine, and at 50 it took 3-8 s, every view standing still meanwhile.
FIRST_SLOWDOWN = 4.0
MAX_SLOWDOWN = 10.0  # one slice's count at most (a compile or a swap can take seconds)
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
    live_sessions: int, kernels: int, gap: float = FRAME_GAP_SECONDS, slowdown: float = 1.0
) -> float:
    """Training seconds per redraw for one session, at the kernels' free pace: the full slice
    while there are no more live sessions than `kernels` (how many slices of its shape can run
    at once, see `Trainer.kernels_at_once`), then an equal share of a round of one frame gap
    (`gap`, see `frame_gap`) on them, divided by how many times longer slices take on the
    loaded machine (`slowdown`)."""
    if live_sessions <= kernels:
        return SLICE_SECONDS
    share = max(gap, SLICE_SECONDS) * kernels / live_sessions / max(slowdown, 1.0)
    return max(MIN_SLICE_SECONDS, min(SLICE_SECONDS, share))


class LiveLoad:
    """Which sessions trained live lately, what a redraw costs and how much longer than
    their kernels' free pace slices take (running means)."""

    def __init__(self, window: float = LIVE_WINDOW_SECONDS) -> None:
        self.window = window
        self._seen: dict[str, float] = {}
        self._draw_seconds = 0.0
        self._slowdown = FIRST_SLOWDOWN
        self._lock = threading.Lock()

    def report_slowdown(self, slowdown: float) -> None:
        """A slice of a class (more live sessions than its kernels) took `slowdown` times as
        long as its kernel's free pace says (`Trainer.slowdown`)."""
        with self._lock:
            slowdown = min(MAX_SLOWDOWN, max(1.0, slowdown))
            self._slowdown += SLOWDOWN_SMOOTHING * (slowdown - self._slowdown)

    @property
    def slowdown(self) -> float:
        return self._slowdown

    def join(self, session: str, now: float | None = None) -> None:
        """`session` pressed ▶: it is live from now, before its first redraw. A class presses
        ▶ together, and counted only once they had drawn, every student's first timer was a
        lone session's 0.05 s: thirty of them asked for twenty redraws a second each."""
        with self._lock:
            self._seen[session] = time.monotonic() if now is None else now

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
