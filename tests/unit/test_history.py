"""History: a commit appends without copying, and no History ever sees another's rows."""

import numpy as np

from playground.engine import types
from playground.engine.types import History


def _rows(start: int, n: int, weights: int = 0) -> np.ndarray:
    """`n` epoch rows whose loss counts on from `start` (the other values derived from it)."""
    loss = np.arange(start, start + n, dtype=np.float32)
    columns = [loss, loss + 0.5, loss + 0.25, loss + 0.75]
    columns += [loss * (i + 2) for i in range(weights)]
    return np.stack(columns, axis=1)


def test_extending_appends_every_column_in_order():
    history = History()
    for start in range(0, 1_000, 7):
        history = history.extended(_rows(start, 7), np.arange(start, start + 7, dtype=np.float32))
    expected = np.arange(1_001, dtype=np.float32)
    np.testing.assert_array_equal(history.loss, expected)
    np.testing.assert_array_equal(history.metric, expected + 0.5)
    np.testing.assert_array_equal(history.val_loss, expected + 0.25)
    np.testing.assert_array_equal(history.val_metric, expected + 0.75)
    np.testing.assert_array_equal(history.batch_loss, expected)


def test_an_older_history_never_changes_and_can_branch():
    base = History().extended(_rows(0, 10), np.zeros(0, np.float32))
    newer = base.extended(_rows(10, 5), np.zeros(0, np.float32))
    assert np.shares_memory(base.loss, newer.loss)  # no copy for the newest
    branch = base.extended(_rows(100, 3), np.zeros(0, np.float32))
    np.testing.assert_array_equal(base.loss, np.arange(10))
    np.testing.assert_array_equal(newer.loss, np.arange(15))
    np.testing.assert_array_equal(branch.loss, [*range(10), 100, 101, 102])
    newest = newer.extended(_rows(15, 2), np.zeros(0, np.float32))
    np.testing.assert_array_equal(newest.loss, np.arange(17))
    np.testing.assert_array_equal(branch.loss, [*range(10), 100, 101, 102])


def test_recorded_weights_follow_the_start_row():
    start = np.array([[9.0, 8.0]], np.float32)
    history = History(weights=start)
    for first in (0, 3):
        history = history.extended(_rows(first, 3, weights=2), np.zeros(0, np.float32))
    assert history.weights.shape == (7, 2)
    np.testing.assert_array_equal(history.weights[0], [9, 8])
    np.testing.assert_array_equal(history.weights[1:, 0], np.arange(6) * 2)
    np.testing.assert_array_equal(start, [[9, 8]])  # the caller's array is not written to


def test_batch_losses_keep_the_newest_and_count_the_dropped(monkeypatch):
    monkeypatch.setattr(types, "MAX_BATCH_POINTS", 100)
    history, seen = History(), []
    for size in (30, 50, 40, 7, 250, 3, 60):
        losses = np.arange(len(seen), len(seen) + size, dtype=np.float32)
        seen += list(losses)
        older, before = history, history.batch_loss.copy()
        history = history.extended(np.zeros((0, 4), np.float32), losses)
        np.testing.assert_array_equal(history.batch_loss, seen[-100:])
        assert history.batch_loss_start == max(0, len(seen) - 100)
        assert history.batch_loss_start + len(history.batch_loss) == len(seen)
        np.testing.assert_array_equal(older.batch_loss, before)  # unchanged
