"""The live loops' pace under a class's load: one session alone is as fast as ever; a class
redraws less often, in shorter slices, and sessions that stop drawing drop out."""

import pytest

from playground import live_load
from playground.live_load import LiveLoad, frame_gap, slice_seconds


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


def test_a_class_shares_the_time_between_redraws():
    """Thirty sessions redrawing once a second train ~0.8 s of two kernels between redraws;
    on one kernel (an XLA shape) their turns are half as long, so each comes round as often."""
    seconds = slice_seconds(30, kernels=2, gap=1.0)
    assert 30 * seconds == pytest.approx(live_load.TRAIN_SHARE * 2 * 1.0)
    assert slice_seconds(30, kernels=2, gap=1.0) > slice_seconds(30, kernels=2, gap=0.2)
    assert 30 * slice_seconds(30, kernels=1, gap=1.0) == pytest.approx(live_load.TRAIN_SHARE)


def test_live_sessions_are_the_ones_that_drew_lately():
    load = LiveLoad(window=3.0)
    assert load.live_sessions(now=0.0) == 1  # the one asking
    for n in range(5):
        load.report(f"s{n}", 0.02, now=10.0)
    load.report("s0", 0.04, now=12.0)
    assert load.live_sessions(now=12.5) == 5
    assert load.live_sessions(now=14.0) == 1  # only s0 drew within 3 s
    assert 0.02 < load.draw_seconds < 0.04  # a running mean, not the last value
