"""The engine's plain data: what a page hands in (TrainData) and gets back (History, Snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

READY, DIVERGED = "ready", "diverged"
MAX_BATCH_POINTS = 50_000  # per-batch losses kept per run (the newest)


def _empty() -> np.ndarray:
    return np.zeros(0, np.float32)


@dataclass
class TrainData:
    x: np.ndarray
    y: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None


@dataclass(frozen=True)
class History:
    """Per-epoch curves (train values are running means over the epoch, as in `fit`).

    Immutable: a slice's commit makes a new History, so a snapshot drawn by one thread never
    sees another thread's half-appended epoch."""

    loss: np.ndarray = field(default_factory=_empty)
    metric: np.ndarray = field(default_factory=_empty)
    val_loss: np.ndarray = field(default_factory=_empty)
    val_metric: np.ndarray = field(default_factory=_empty)
    batch_loss: np.ndarray = field(default_factory=_empty)
    batch_loss_start: int = 0  # global step of batch_loss[0]
    # Trainable weights, flattened: at the start, then after each epoch (only when recorded).
    weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def extended(self, epoch_rows: np.ndarray, batch_losses: np.ndarray) -> History:
        """This history plus a slice's finished epochs (loss, metric, val loss, val metric
        [, weights] per row) and per-step losses."""
        batch_loss = np.concatenate([self.batch_loss, batch_losses])
        overflow = max(0, len(batch_loss) - MAX_BATCH_POINTS)
        weights = self.weights
        if epoch_rows.shape[1] > 4:
            weights = np.concatenate([weights, epoch_rows[:, 4:]])
        return replace(
            self,
            loss=np.concatenate([self.loss, epoch_rows[:, 0]]),
            metric=np.concatenate([self.metric, epoch_rows[:, 1]]),
            val_loss=np.concatenate([self.val_loss, epoch_rows[:, 2]]),
            val_metric=np.concatenate([self.val_metric, epoch_rows[:, 3]]),
            batch_loss=batch_loss[overflow:],
            batch_loss_start=self.batch_loss_start + overflow,
            weights=weights,
        )


@dataclass(frozen=True)
class Snapshot:
    """What a page needs to redraw after a time slice.

    `superseded` is set on the snapshot `Trainer.run` returns when the run stopped because
    someone else took the trainer over (reset, invalidate, or a newer run): the caller is stale
    and should leave the page's state alone."""

    epoch: int
    step: int
    steps_per_epoch: int
    history: History
    status: str
    steps_per_second: float
    superseded: bool = False


@dataclass
class SliceResult:
    steps_done: int  # up to and including the first step with a non-finite loss
    finite: bool
    epoch_rows: np.ndarray  # per finished epoch: loss, metric, val loss, val metric[, weights]
    batch_losses: np.ndarray  # per step (only when steps are looped, see Kernel.unrolled)
    acc: np.ndarray  # running (loss * count, correct, count) of the unfinished epoch
    weights: list[np.ndarray]  # every model variable after the slice
    optimizer_state: list[np.ndarray]  # every optimizer variable after the slice
