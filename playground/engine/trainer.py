"""A `Trainer` is one user's training run: NumPy weights, optimizer slots, step and history.

It owns no TensorFlow objects. For each time slice it leases a kernel of its shape (see
`runtime.KernelPools`) and passes its state into one compiled call that returns the new state,
so it lives happily in `st.session_state` and sessions of one shape train in parallel on
different kernels. An XLA shape's slices go to the training worker once it has compiled the
shape (`worker`), the same call in a process of its own.

Three rules keep it fair and safe when Streamlit reruns scripts under it:

* **Generations.** Every slice records the trainer's generation when it starts and commits its
  result only if the generation is unchanged at the end (then bumps it). `reset()` and
  `invalidate()` bump it at once, under a small lock never held during TensorFlow work, so a
  slice still running in an older script thread is discarded and its `run` returns
  (`Snapshot.superseded`). A new `run` or `train_steps` claims the trainer the same way: the
  newest caller wins, and two threads never both commit from one start state.
* **Fair slices.** A slice is sized from its kernel's pace (`Kernel.calibrate`, then the
  fastest slice seen: time holding the kernel, never time waiting for it), not from the last
  slice alone: under a class's load that timing includes waits for Python's GIL and slices
  shrank to one epoch; the thread's CPU time misses XLA, which runs on TensorFlow's threads,
  and slices grew to the buffers' capacity.
* **Bounded slices.** The first slice is one step (one epoch for unrolled kernels) and slices
  grow at most `SLICE_GROWTH`-fold from measured speed toward `interval` seconds, so pause and
  reset land quickly even on big models. The first trace/compilation cannot be cut short:
  a shape's first kernel starts it in the background as soon as a trainer asks for it,
  `prepare()` waits for it (or does it), and `is_prepared` tells whether it is still to come.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Hashable
from contextlib import suppress
from dataclasses import dataclass, replace

import keras
import numpy as np

from playground import heap
from playground.engine.kernel import Jit, Kernel
from playground.engine.runtime import KernelPools
from playground.engine.types import DIVERGED, READY, History, SliceResult, Snapshot, TrainData
from playground.engine.worker import WORKER, SliceRequest, WorkerStopped
from playground.engine.worker import enabled as worker_enabled
from playground.engine.worker import threads as worker_threads

MAX_KERNELS = 10  # compiled loops kept per process; each holds ~3-4 MB of TensorFlow runtime
KERNELS = KernelPools(MAX_KERNELS)
SLICE_GROWTH = 4  # a slice is at most this many times longer than the previous one
STEP_INTERVAL = 0.15  # seconds per slice when `train_steps` trains in several
# A slice planned shorter than this at its kernel's best pace is mostly its call's fixed cost
# (a new run's first slices are 1, 4, 16... steps): its timing says nothing of the load.
MIN_TIMED_SECONDS = 0.005


@dataclass(frozen=True)
class _Start:
    """The state a slice starts from, read under the state lock."""

    generation: int
    step: int
    weights: list[np.ndarray]
    optimizer_state: list[np.ndarray]
    acc: np.ndarray
    learning_rate: float
    seed: int

    @property
    def state(self) -> tuple[list[np.ndarray], list[np.ndarray], float]:
        """What a kernel trains from (see `Kernel.train`)."""
        return self.weights, self.optimizer_state, self.learning_rate


@dataclass(frozen=True)
class _Outcome:
    kept: int  # steps committed
    generation: int  # the trainer's generation after the commit
    compute_seconds: float  # time with the kernel, waiting for it excluded
    measured: bool  # False when the call traced or compiled: says nothing about speed
    pace: float  # the kernel's steps per second (`Kernel.pace`)


@dataclass(frozen=True)
class _Computed:
    result: SliceResult | None  # None: diverged at once, nothing to keep
    diverged: bool
    seconds: float  # computing, waits excluded
    measured: bool  # see `_Outcome`
    pace: float


def _fitted(n_steps: int, kernel: Kernel) -> int:
    """`n_steps` capped by an XLA kernel's capacity, rounded up to whole epochs for unrolled
    kernels."""
    n_steps = min(n_steps, kernel.max_steps or n_steps)
    return -(-n_steps // kernel.step_granularity) * kernel.step_granularity


class Trainer:
    """One user's training run: NumPy state and history, trained through shared kernels.

    `key` names the architecture (e.g. a frozen ModelSpec plus optimizer name); the trainer adds
    batch size and data shapes. With `record_weights`, the history also keeps every epoch's
    weights (meant for tiny models, e.g. to draw an optimizer's path). `make_model` builds the
    compiled model for that key; it is only called when a new kernel is needed. `jit`: True,
    False or "auto" (XLA for small dense nets, see `kernel.use_xla`).
    """

    def __init__(
        self,
        key: Hashable,
        make_model: Callable[[], keras.Model],
        data: TrainData,
        *,
        batch_size: int,
        learning_rate: float,
        seed: int = 0,
        shuffle: bool = True,
        metric: str | None = None,
        jit: Jit = "auto",
        record_weights: bool = False,
    ) -> None:
        n_train = len(data.x)
        n_val = 0 if data.x_val is None else len(data.x_val)
        self.data = data
        self.batch_size = max(1, min(batch_size, n_train))
        self.learning_rate = learning_rate
        self.seed = seed
        self._make_model = make_model
        self._kernel_options = {
            "batch_size": self.batch_size,
            "n_train": n_train,
            "n_val": n_val,
            "shuffle": shuffle,
            "metric": metric,
            "jit": jit,
            "record_weights": record_weights,
        }
        shapes = (data.x.shape, data.x.dtype.str, data.y.shape, n_val)
        self.kernel_key = (key, shapes, tuple(sorted(self._kernel_options.items())))
        self.steps_per_epoch = math.ceil(n_train / self.batch_size)
        self._state_lock = threading.Lock()  # held only to read or replace state, never in TF
        self._generation = 0
        self._slice_steps = 1
        # How many times longer than its kernel's best pace says the last slice computed
        # (1: the machine was free; a class's load makes it 2-5, see `live_load`).
        self.slowdown = 1.0
        template = self._template()
        self._fresh_optimizer_state = template.fresh_optimizer_state
        self._record_weights = template.record_weights
        # Plain values only: a reference to the kernel would keep it alive after eviction.
        self._trainable = [v.trainable for v in template.model.variables]
        self._initial = (seed, template.initial_weights(seed))
        self.reset()

    # -- state ------------------------------------------------------------------------------
    def _new_kernel(self) -> Kernel:
        return Kernel(self.kernel_key, self._make_model(), **self._kernel_options)

    def _compile_unless_prepared(self, kernel: Kernel) -> None:
        if not kernel.prepared:
            self._compile(kernel)

    def _compile(self, kernel: Kernel) -> None:
        """Traces (and compiles) the kernel with a zero-step call, then measures its pace;
        nothing is kept."""
        state = (kernel.fresh_weights, kernel.fresh_optimizer_state, self.learning_rate)
        kernel.train(self.data, state, 0, 0, self.seed, np.zeros(3, np.float32))
        kernel.calibrate(self.data, state, self.seed)
        heap.freeze_long_lived()  # the first compile: all a training page needs is loaded
        if kernel.jit:
            WORKER.warm(self._request(state, 0, 0, self.seed, np.zeros(3, np.float32)))

    def _new_probe_kernel(self) -> Kernel:
        """A kernel for drawing only (`layer_outputs`), never XLA, so never alone for its
        shape: a class's redraws do not queue behind everyone's training slices on the one
        XLA kernel of that shape (they did, and views froze for seconds)."""
        return Kernel(self.kernel_key, self._make_model(), **{**self._kernel_options, "jit": False})

    def _template(self) -> Kernel:
        """A kernel of this shape to read the model's structure from (not leased)."""
        return KERNELS.first(self.kernel_key, self._new_kernel, self._compile_unless_prepared)

    def _initial_weights(self, seed: int) -> list[np.ndarray]:
        if self._initial[0] != seed:
            self._initial = (seed, self._template().initial_weights(seed))
        return [w.copy() for w in self._initial[1]]

    def reset(self, seed: int | None = None) -> None:
        """Back to the initial weights for the seed (the same seed gives the same weights).
        Takes effect at once: a slice still running in another thread is discarded."""
        seed = self.seed if seed is None else seed
        weights = self._initial_weights(seed)
        history = History()
        if self._record_weights:  # row 0 is the start, row i the weights after epoch i
            flat = [w.ravel() for w, trainable in zip(weights, self._trainable) if trainable]
            history = History(weights=np.concatenate(flat).astype(np.float32)[None])
        with self._state_lock:
            self.seed = seed
            self.weights = weights
            self.optimizer_state = [v.copy() for v in self._fresh_optimizer_state]
            self.step = 0
            self._acc = np.zeros(3, np.float32)
            self.steps_per_second = 0.0  # no pace to show until it trains again
            self.history = history
            self.status = READY
            self._generation += 1

    def adopt(self, weights: list[np.ndarray], optimizer_state: list[np.ndarray]) -> None:
        """Take new weights and optimizer slots (e.g. one backprop step applied by hand), as
        a finished slice would: a slice in flight is discarded and the next one starts from them.
        The step counter and history stay as they are."""
        with self._state_lock:
            self.weights = [np.array(w, copy=True) for w in weights]
            self.optimizer_state = [np.array(v, copy=True) for v in optimizer_state]
            self._generation += 1

    def invalidate(self) -> int:
        """Discards any slice in flight (the UI calls it on pause, step, play and spec changes);
        returns the new generation. Stored state is kept."""
        with self._state_lock:
            self._generation += 1
            return self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def set_learning_rate(self, learning_rate: float) -> None:
        """Takes effect from the next slice; weights, optimizer slots and history are kept.
        A new rate lets a diverged run try again from its last good weights."""
        with self._state_lock:
            if learning_rate != self.learning_rate and self.status == DIVERGED:
                self.status = READY
            self.learning_rate = learning_rate

    @property
    def epoch(self) -> int:
        return self.step // self.steps_per_epoch

    @property
    def slice_steps(self) -> int:
        """Steps the next full slice asks for (sized from measured compute speed)."""
        return self._slice_steps

    def can_train(self, until_epoch: int) -> bool:
        """Not diverged, and short of `until_epoch`."""
        return self.status == READY and self.epoch < until_epoch

    def snapshot(self) -> Snapshot:
        with self._state_lock:
            return Snapshot(
                epoch=self.epoch,
                step=self.step,
                steps_per_epoch=self.steps_per_epoch,
                history=self.history,
                status=self.status,
                steps_per_second=self.steps_per_second,
            )

    @property
    def uses_xla(self) -> bool:
        """Whether this shape's kernels compile with XLA (see `kernel.use_xla`)."""
        return self._template().jit

    @property
    def kernels_at_once(self) -> int:
        """How many slices of this shape (any session's) can run at the same moment: the
        training worker's threads once it has the shape, else this process's kernels."""
        if WORKER.is_ready(self.kernel_key):
            return worker_threads()
        return KERNELS.kernels_at_once(self.kernel_key)

    # -- preparing --------------------------------------------------------------------------
    @property
    def is_prepared(self) -> bool:
        """Whether a kernel of this shape exists and is traced (training starts at once)."""
        return any(kernel.prepared for kernel in KERNELS.kernels(self.kernel_key))

    def prepare(self) -> None:
        """Builds, traces and compiles this shape's kernel with a zero-step call that changes
        and stores nothing. Cannot be interrupted; the UI shows "preparing" around it."""
        if self.is_prepared:
            return
        with KERNELS.lease(self.kernel_key, self._new_kernel) as kernel:
            if not kernel.prepared:
                self._compile(kernel)

    # -- training ---------------------------------------------------------------------------
    def _begin(self, generation: int | None) -> _Start | None:
        """The start state for a slice; None if `generation` is stale. None claims the trainer."""
        with self._state_lock:
            if generation is None:
                self._generation += 1
            elif generation != self._generation:
                return None
            return _Start(
                self._generation,
                self.step,
                self.weights,
                self.optimizer_state,
                self._acc,
                self.learning_rate,
                self.seed,
            )

    def _compute(
        self, train: Callable[[int], SliceResult], granularity: int, start: _Start, n_steps: int
    ) -> tuple[SliceResult | None, bool]:
        """Trains `n_steps` from `start` with `train(steps)`. On a non-finite loss, replays up
        to the last weights known to give a finite loss (shuffling and dropout are seeded, so
        the replay is exact) and reports divergence. Returns (result or None, diverged)."""
        result = train(n_steps)
        if result.finite:
            return result, False
        # The last step ran on weights that gave a non-finite loss; the weights before the
        # step ahead of it are the last ones known to give a finite loss.
        good_end = max(start.step, start.step + result.steps_done - 2)
        good_steps = good_end - good_end % granularity - start.step
        if not good_steps:
            return None, True
        return train(good_steps), True

    def _request(
        self, state: tuple, start_step: int, n_steps: int, seed: int, acc: np.ndarray
    ) -> SliceRequest:
        """A slice for the training worker, on this trainer's (XLA) kernel."""
        options = {**self._kernel_options, "jit": True}
        return SliceRequest(
            self.kernel_key,
            self._make_model,
            options,
            self.data,
            state,
            start_step,
            n_steps,
            seed,
            acc,
        )

    def _local_slice(self, start: _Start, n_steps: int) -> _Computed:
        """A slice on a kernel of this process, leased for it."""
        with KERNELS.lease(self.kernel_key, self._new_kernel) as kernel:
            began = time.perf_counter()
            measured = kernel.prepared
            n_steps = _fitted(n_steps, kernel)

            def train(steps: int) -> SliceResult:
                return kernel.train(
                    self.data, start.state, start.step, steps, start.seed, start.acc
                )

            result, diverged = self._compute(train, kernel.step_granularity, start, n_steps)
            seconds = time.perf_counter() - began
            if measured and result is not None and not diverged:
                kernel.note_pace(result.steps_done, seconds)
            return _Computed(result, diverged, seconds, measured, kernel.pace)

    def _worker_slice(self, start: _Start, n_steps: int) -> _Computed:
        """A slice in the training worker (see `worker`), timed there: the wait for its turn
        is not the kernel's speed. The pace is kept on this process's kernel of the shape,
        whose capacity the worker's has too."""
        template = self._template()
        seconds = 0.0

        def train(steps: int) -> SliceResult:
            nonlocal seconds
            request = self._request(start.state, start.step, steps, start.seed, start.acc)
            result, took = WORKER.train(request)
            seconds += took
            return result

        n_steps = _fitted(n_steps, template)
        result, diverged = self._compute(train, template.step_granularity, start, n_steps)
        if result is not None and not diverged:
            template.note_pace(result.steps_done, seconds)
        return _Computed(result, diverged, seconds, True, template.pace)

    def _commit(self, start: _Start, result: SliceResult | None, diverged: bool) -> bool:
        with self._state_lock:
            if self._generation != start.generation:
                return False
            self._generation += 1
            if result is not None:
                self.weights, self.optimizer_state = result.weights, result.optimizer_state
                self.history = self.history.extended(result.epoch_rows, result.batch_losses)
                self.step = start.step + result.steps_done
                self._acc = result.acc
            if diverged:
                self.status = DIVERGED
            return True

    def _train_slice(self, n_steps: int, generation: int | None) -> _Outcome | None:
        """One slice of about `n_steps` steps (rounded up to whole epochs for unrolled kernels,
        capped by an XLA kernel's capacity); None if the slice is stale."""
        start = self._begin(generation)
        if start is None:
            return None
        computed = None
        if WORKER.is_ready(self.kernel_key):
            with suppress(WorkerStopped):  # it ended: this slice runs here, as before it
                computed = self._worker_slice(start, n_steps)
        elif self._template().jit and worker_enabled():  # off: nothing to build per slice
            WORKER.warm(self._request(start.state, start.step, 0, start.seed, start.acc))
        if computed is None:
            computed = self._local_slice(start, n_steps)
        result, diverged = computed.result, computed.diverged
        if not self._commit(start, result, diverged):
            return None
        kept = result.steps_done if result is not None else 0
        if computed.measured and computed.pace > 0 and kept / computed.pace >= MIN_TIMED_SECONDS:
            self.slowdown = max(1.0, computed.seconds * computed.pace / kept)
        return _Outcome(
            kept, start.generation + 1, computed.seconds, computed.measured, computed.pace
        )

    def _resize(self, outcome: _Outcome, full_slice: bool, interval: float) -> None:
        """Sizes the next slice to `interval` seconds at the kernel's pace."""
        if not outcome.measured or outcome.kept == 0 or outcome.pace <= 0:
            return
        if not full_slice and outcome.compute_seconds < interval:
            return  # a short last slice cut to the target says little about speed
        fitted = int(outcome.pace * interval)
        self._slice_steps = max(1, min(fitted, self._slice_steps * SLICE_GROWTH))

    def _train_toward(
        self,
        target_step: int,
        interval: float,
        after_slice: Callable[[int, int], bool] | None = None,
    ) -> tuple[int, bool]:
        """Trains in slices until `target_step`, divergence, or `after_slice(generation, kept)`
        returns False. Claims the trainer on its first slice. Returns (steps kept, superseded)."""
        generation, kept = None, 0
        while self.status == READY and self.step < target_step:
            n_steps = min(self._slice_steps, target_step - self.step)
            outcome = self._train_slice(n_steps, generation)
            if outcome is None:
                return kept, True
            generation = outcome.generation
            kept += outcome.kept
            self._resize(outcome, n_steps == self._slice_steps, interval)
            if after_slice is not None and not after_slice(generation, kept):
                break
        return kept, False

    def train_steps(self, n_steps: int) -> int:
        """Run about `n_steps` optimizer steps (whole epochs for unrolled kernels), in
        time-bounded slices. Returns how many were kept.

        If the loss stops being finite, training stops at the last weights known to give a
        finite loss (for unrolled kernels an epoch boundary), the status becomes DIVERGED, and
        weights and history stay usable. A reset or invalidate from another thread stops it.
        """
        if n_steps <= 0 or self.status == DIVERGED:
            return 0
        return self._train_toward(self.step + n_steps, STEP_INTERVAL)[0]

    def train_epochs(self, n_epochs: int) -> int:
        """Train to the end of the epoch `n_epochs` from now (a partial epoch counts as one)."""
        target = (self.epoch + n_epochs) * self.steps_per_epoch
        return self.train_steps(target - self.step)

    def _set_speed(self, generation: int, steps_per_second: float) -> None:
        with self._state_lock:
            if self._generation == generation:  # not after a reset
                self.steps_per_second = max(0.0, steps_per_second)

    def run(
        self,
        until_epoch: int,
        on_snapshot: Callable[[Snapshot], None] | None = None,
        interval: float = 0.15,
        budget: float = math.inf,
    ) -> Snapshot:
        """Train until `until_epoch` (or for about `budget` seconds) in time slices of about
        `interval` seconds.

        `on_snapshot` is called at most every `interval` seconds and after the last slice. If it
        raises (Streamlit stops a script this way when the user clicks), every finished slice
        is already stored in this trainer. If another thread resets, invalidates or runs this
        trainer meanwhile, the run stops and its snapshot says `superseded`.
        """
        started = last_draw = time.perf_counter()

        def after_slice(generation: int, kept: int) -> bool:
            nonlocal last_draw
            now = time.perf_counter()
            self._set_speed(generation, kept / (now - started))  # this run's pace, redraws too
            if now - started >= budget:
                return False
            finished = not self.can_train(until_epoch)
            if on_snapshot and (finished or now - last_draw >= interval):
                on_snapshot(self.snapshot())
                last_draw = time.perf_counter()
            return True

        target = until_epoch * self.steps_per_epoch
        superseded = self._train_toward(target, interval, after_slice)[1]
        return replace(self.snapshot(), superseded=superseded)

    # -- looking inside ---------------------------------------------------------------------
    def layer_outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """The output of every layer for inputs `x`, with the current weights."""
        weights = self.weights  # replaced whole on commit, never changed in place
        with KERNELS.lease(("probe", self.kernel_key), self._new_probe_kernel) as kernel:
            return kernel.probe(x, weights)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.layer_outputs(x)[-1]
