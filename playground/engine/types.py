"""The engine's plain data: what a page hands in (TrainData) and gets back (History, Snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

READY, DIVERGED = "ready", "diverged"
MAX_BATCH_POINTS = 50_000  # per-batch losses kept per run (the newest)
GROWTH_ROWS = 256  # a history's buffers grow by at least this many rows


def _empty() -> np.ndarray:
    return np.zeros(0, np.float32)


@dataclass
class TrainData:
    x: np.ndarray
    y: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None


def _appended(
    buffer: np.ndarray, lo: int, hi: int, new: np.ndarray, keep: int | None = None
) -> tuple[np.ndarray, int, int]:
    """`new` rows after `buffer[lo:hi]`, as (buffer, lo, hi); with `keep`, only the newest
    `keep` rows. Writes only past `hi`, so views of `buffer[:hi]` stay as they were; a full
    buffer is replaced by one a quarter larger than its rows (each row is copied about four
    times in all, and a buffer holds at most a quarter more than its rows)."""
    n = len(new)
    if keep is not None and n >= keep:
        return new[n - keep :].copy(), 0, keep
    if hi + n > len(buffer):
        kept = buffer[lo:hi] if keep is None else buffer[max(lo, hi + n - keep) : hi]
        capacity = max(GROWTH_ROWS, (len(kept) + n) * 5 // 4)
        if keep is not None:
            capacity = min(capacity, 2 * keep)
        buffer = np.empty((capacity, *buffer.shape[1:]), buffer.dtype)
        buffer[: len(kept)] = kept
        lo, hi = 0, len(kept)
    buffer[hi : hi + n] = new
    hi += n
    if keep is not None:
        lo = max(lo, hi - keep)
    return buffer, lo, hi


_COLUMNS = ("loss", "metric", "val_loss", "val_metric")  # an epoch row's first four values


@dataclass
class _Buffers:
    """What a run's newest History is a view of: each of its arrays is `buffer[lo:hi]`.
    Shared by the Histories of one run; only the newest (`version`) may append to it."""

    arrays: dict[str, tuple[np.ndarray, int, int]]
    version: int = 0


@dataclass(frozen=True)
class History:
    """Per-epoch curves (train values are running means over the epoch, as in `fit`).

    Immutable: a slice's commit makes a new History, so a snapshot drawn by one thread never
    sees another thread's half-appended epoch. The new one shares its buffers with the old
    one and writes its rows past the old one's end (`extended`), so a commit copies nothing
    that was there (it copied the whole history, each slice of each session: 100,000 epochs
    with weights are ~2 MB)."""

    loss: np.ndarray = field(default_factory=_empty)
    metric: np.ndarray = field(default_factory=_empty)
    val_loss: np.ndarray = field(default_factory=_empty)
    val_metric: np.ndarray = field(default_factory=_empty)
    batch_loss: np.ndarray = field(default_factory=_empty)
    batch_loss_start: int = 0  # global step of batch_loss[0]
    # Trainable weights, flattened: at the start, then after each epoch (only when recorded).
    weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    _buffers: _Buffers | None = field(default=None, repr=False, compare=False)
    _version: int = field(default=0, repr=False, compare=False)

    def _own_buffers(self) -> _Buffers:
        """The shared buffers if this is the run's newest History; else new ones starting
        from its arrays (appending to the shared ones would overwrite a newer History's
        rows)."""
        if self._buffers is not None and self._buffers.version == self._version:
            return self._buffers
        arrays = {name: getattr(self, name) for name in (*_COLUMNS, "batch_loss", "weights")}
        return _Buffers({name: (array, 0, len(array)) for name, array in arrays.items()})

    def extended(self, epoch_rows: np.ndarray, batch_losses: np.ndarray) -> History:
        """This history plus a slice's finished epochs (loss, metric, val loss, val metric
        [, weights] per row) and per-step losses."""
        buffers = self._own_buffers()
        new_rows = {name: epoch_rows[:, i] for i, name in enumerate(_COLUMNS)}
        new_rows["batch_loss"] = batch_losses
        if epoch_rows.shape[1] > 4:
            new_rows["weights"] = epoch_rows[:, 4:]
        views = {}
        for name, rows in new_rows.items():
            keep = MAX_BATCH_POINTS if name == "batch_loss" else None
            buffer, lo, hi = _appended(*buffers.arrays[name], rows, keep)
            buffers.arrays[name] = (buffer, lo, hi)
            views[name] = buffer[lo:hi]
        buffers.version += 1
        dropped = len(self.batch_loss) + len(batch_losses) - len(views["batch_loss"])
        return replace(
            self,
            **views,
            batch_loss_start=self.batch_loss_start + dropped,
            _buffers=buffers,
            _version=buffers.version,
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
