"""The live loops' pace under a class's load: one session alone is as fast as ever; a class
redraws less often, in shorter slices, and sessions that stop drawing drop out; the page runs
a class makes together take turns."""

import threading
import time

import pytest

from playground import live_load
from playground.live_load import FRAME_GAP_SECONDS, LiveLoad, Turnstile, frame_gap, slice_seconds


def test_one_session_alone_keeps_the_full_pace():
    assert frame_gap(1, 0.01) == live_load.FRAME_GAP_SECONDS
    assert slice_seconds(1, kernels=2) == slice_seconds(2, kernels=2) == live_load.SLICE_SECONDS


def test_a_class_redraws_within_the_drawing_share_and_never_too_rarely():
    draw = 0.02
    for sessions in (10, 30):
        gap = frame_gap(sessions, draw)
        assert sessions * draw / gap <= live_load.DRAW_SHARE + 1e-9
    assert frame_gap(30, draw) > frame_gap(10, draw) > frame_gap(1, draw)
    assert frame_gap(1000, draw) == live_load.MAX_FRAME_GAP_SECONDS


def test_slices_shrink_with_the_class_to_a_floor():
    assert slice_seconds(30, kernels=2) < slice_seconds(10, kernels=2) < live_load.SLICE_SECONDS
    assert slice_seconds(10_000, kernels=2) == live_load.MIN_SLICE_SECONDS


def test_a_class_shares_a_round_of_one_frame_gap():
    """Thirty sessions redrawing every 0.9 s share a round of 0.9 s on two kernels; on one
    kernel (an XLA shape in the server) their slices are half as long, so each comes round
    as often."""
    seconds = slice_seconds(30, kernels=2, gap=0.9)
    assert 30 * seconds / 2 == pytest.approx(0.9)
    assert slice_seconds(30, kernels=2, gap=0.6) < seconds
    assert 30 * slice_seconds(30, kernels=1, gap=0.9) == pytest.approx(0.9)


def test_live_sessions_are_the_ones_that_drew_lately():
    load = LiveLoad(window=3.0)
    assert load.live_sessions(now=0.0) == 1  # the one asking
    for n in range(5):
        load.report(f"s{n}", 0.02, now=10.0)
    load.report("s0", 0.04, now=12.0)
    assert load.live_sessions(now=12.5) == 5
    assert load.live_sessions(now=14.0) == 1  # only s0 drew within 3 s
    assert 0.02 < load.draw_seconds < 0.04  # a running mean, not the last value


def test_a_session_that_pressed_play_is_live_before_it_draws():
    load = LiveLoad(window=3.0)
    load.report("teacher", 0.01, now=0.0)
    for n in range(30):
        load.join(f"student{n}", now=100.0)
    assert load.live_sessions(now=101.0) == 30
    assert load.draw_seconds == 0.01  # joining costs no redraw
    assert frame_gap(load.live_sessions(now=101.0), load.draw_seconds) >= 10 * FRAME_GAP_SECONDS
    assert load.live_sessions(now=104.0) == 1  # none drew since


def _enter_in_order(turnstile: Turnstile, n: int, inside: list[str]) -> list[threading.Thread]:
    """Starts `n` callers one after another (each queued before the next comes); each notes
    in `inside` when it goes in (and whether it was its turn) and out."""

    def caller(name: str) -> None:
        with turnstile.turn() as took:
            inside.append(f"in {name} {took}")
            time.sleep(0.05)
            inside.append(f"out {name}")

    threads = []
    for i in range(n):
        thread = threading.Thread(target=caller, args=(str(i),))
        thread.start()
        threads.append(thread)
        while turnstile.waiting() < i + 1:  # queued (or inside) before the next one comes
            time.sleep(0.001)
    return threads


def test_arrivals_take_turns_first_come_first_served():
    turnstile, inside = Turnstile(patience=60), []
    for thread in _enter_in_order(turnstile, 5, inside):
        thread.join(30)
    expected = [[f"in {i} True", f"out {i}"] for i in range(5)]
    assert inside == [entry for pair in expected for entry in pair]  # one at a time, in order
    assert turnstile.waiting() == 0


def test_a_caller_that_waited_its_patience_goes_ahead():
    turnstile = Turnstile(patience=0.05)
    release, entered = threading.Event(), threading.Event()

    def slow_turn() -> None:
        with turnstile.turn():
            entered.set()
            release.wait(30)

    holder = threading.Thread(target=slow_turn)
    holder.start()
    entered.wait(30)
    with turnstile.turn() as took:
        assert not took  # went ahead without its turn: the slow one is still inside
    assert turnstile.waiting() == 1  # the one that gave up left no ticket behind
    release.set()
    holder.join(30)
    with turnstile.turn() as took:  # and the turnstile still works
        assert took


def test_slices_are_sized_in_the_time_they_take_on_the_loaded_machine():
    """Slices that take three times their free pace make everyone's slice a third as long,
    so the round still fits its gap; alone, a session's slice is never cut. A server's first
    class starts from a guess that errs on the short side."""
    load = LiveLoad()
    assert load.slowdown == live_load.FIRST_SLOWDOWN > 1.0
    for _ in range(100):
        load.report_slowdown(3.0)
    assert load.slowdown == pytest.approx(3.0, rel=1e-3)
    loaded = slice_seconds(30, 2, 0.5, load.slowdown)
    assert loaded == pytest.approx(slice_seconds(30, 2, 0.5) / 3, rel=1e-3)
    assert slice_seconds(1, 2, 0.5, load.slowdown) == live_load.SLICE_SECONDS
    load.report_slowdown(1e6)  # one slice that waited for a compile moves the mean a little
    assert load.slowdown < 4.0
    for _ in range(100):
        load.report_slowdown(0.5)  # timing noise: never faster than free
    assert load.slowdown == pytest.approx(1.0, rel=1e-3)
