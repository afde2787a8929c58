"""The live-training engine: fast, pausable, per-session training of compiled Keras models.

Two layers keep it both fast and safe for a shared server:

* A `_Kernel` is one compiled Keras model + optimizer + one traced TensorFlow loop that runs many
  optimizer steps per call. Kernels are shared by every session and cached per architecture and
  data shape (a small LRU), so a class training hundreds of models does not pile up graphs.
* A `Trainer` is one user's training run. It owns no TensorFlow objects: only NumPy copies of the
  weights, optimizer slots, step counter and history. Before each time slice it loads its state
  into the kernel and afterwards copies it out, so it lives happily in `st.session_state`, and a
  script interrupted between slices loses nothing.

The loop follows `model.fit` semantics: the compiled loss plus regularization losses, the model's
optimizer, mini-batches in (optionally shuffled) epoch order with a smaller last batch, dropout in
training mode, epoch metrics as running means over the epoch, validation at each epoch's end.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

import keras
import numpy as np
import tensorflow as tf
from tensorflow.python.eager import context as tf_context  # private: see _release_runtime_caches

try:
    # Training graphs here are long chains of tiny ops: running them on the calling thread
    # instead of hopping through an inter-op pool is ~1.5x faster. Big ops (convolutions)
    # still use the intra-op pool. Only possible before TensorFlow's runtime starts.
    tf.config.threading.set_inter_op_parallelism_threads(1)
except RuntimeError:
    pass

MAX_KERNELS = 10  # compiled loops kept per process; each holds ~3-4 MB of TensorFlow runtime
EVAL_CHUNK = 500  # validation rows per forward pass
UNROLL_LIMIT = 8  # epochs with at most this many batches are unrolled
MAX_BATCH_POINTS = 50_000  # per-batch losses kept per run (the newest)

READY, DIVERGED = "ready", "diverged"

# Serialises first calls (tracing) of training loops, see `call_training_loop`.
_TRACE_LOCK = threading.Lock()


@dataclass
class TrainData:
    x: np.ndarray
    y: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None


@dataclass
class History:
    """Per-epoch curves (train values are running means over the epoch, as in `fit`)."""

    loss: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    metric: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    val_loss: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    val_metric: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    batch_loss: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    batch_loss_start: int = 0  # global step of batch_loss[0]
    # Trainable weights, flattened: at the start, then after each epoch (only when recorded).
    weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def append(self, epoch_rows: np.ndarray, batch_losses: np.ndarray) -> None:
        if epoch_rows.shape[1] > 4:
            self.weights = np.concatenate([self.weights, epoch_rows[:, 4:]])
        self.loss = np.concatenate([self.loss, epoch_rows[:, 0]])
        self.metric = np.concatenate([self.metric, epoch_rows[:, 1]])
        self.val_loss = np.concatenate([self.val_loss, epoch_rows[:, 2]])
        self.val_metric = np.concatenate([self.val_metric, epoch_rows[:, 3]])
        self.batch_loss = np.concatenate([self.batch_loss, batch_losses])
        overflow = len(self.batch_loss) - MAX_BATCH_POINTS
        if overflow > 0:
            self.batch_loss = self.batch_loss[overflow:]
            self.batch_loss_start += overflow


@dataclass(frozen=True)
class Snapshot:
    """What a page needs to redraw after a time slice."""

    epoch: int
    step: int
    steps_per_epoch: int
    history: History
    status: str
    steps_per_second: float


@dataclass
class _SliceResult:
    steps_done: int  # up to and including the first step with a non-finite loss
    finite: bool
    epoch_rows: np.ndarray  # per finished epoch: loss, metric, val loss, val metric[, weights]
    batch_losses: np.ndarray  # per step (only when steps are looped, see _Kernel.unrolled)
    acc: np.ndarray  # running (loss * count, correct, count) of the unfinished epoch


def _correct_count(metric: str | None, y: tf.Tensor, pred: tf.Tensor) -> tf.Tensor:
    if metric == "binary_accuracy":
        hits = tf.cast(tf.cast(pred > 0.5, y.dtype) == y, tf.float32)
        return tf.reduce_sum(tf.reduce_mean(hits, axis=-1))
    if metric == "categorical_accuracy":
        hits = tf.argmax(y, axis=-1) == tf.argmax(pred, axis=-1)
        return tf.reduce_sum(tf.cast(hits, tf.float32))
    if metric == "sparse_categorical_accuracy":
        labels = tf.cast(tf.reshape(y, [-1]), tf.int64)
        return tf.reduce_sum(tf.cast(labels == tf.argmax(pred, axis=-1), tf.float32))
    return tf.constant(0.0)


def call_training_loop(loop: Any, *args: Any) -> Any:
    """Call a traced training loop; its first call (the trace) forgets the gradient
    registrations it adds to TensorFlow's global registry.

    Keras' `apply_gradients` goes through `tf.distribute`'s `all_reduce`, which registers a
    `tf.custom_gradient` under a fresh name on every trace and never removes it. That entry keeps
    the whole traced graph alive, so every kernel ever built would stay in memory (~1 MB each,
    the bulk of TensorFlow's "retracing leak"). The registration is only consulted while the
    trace computes gradients, so it is safe to drop once the trace is done. Traces are
    serialised so one trace never drops another's registration too early.
    """
    if loop.experimental_get_tracing_count():
        return loop(*args)
    with _TRACE_LOCK:
        before = set(_GRADIENT_REGISTRY)
        try:
            return loop(*args)
        finally:
            for name in set(_GRADIENT_REGISTRY) - before:
                if name.startswith("CustomGradient-"):
                    del _GRADIENT_REGISTRY[name]


def _gradient_registry() -> dict:
    from tensorflow.python.framework import ops  # private: no public way to unregister

    return getattr(getattr(ops, "_gradient_registry", None), "_registry", {})


_GRADIENT_REGISTRY = _gradient_registry()


def _derived_seed(*parts: int) -> int:
    return int(np.random.SeedSequence(list(parts)).generate_state(1)[0] % (2**31 - 1))


class _Kernel:
    """One compiled model + optimizer + traced training loop, shared by all sessions."""

    def __init__(
        self,
        model: keras.Model,
        *,
        batch_size: int,
        n_train: int,
        n_val: int,
        shuffle: bool,
        metric: str | None,
        jit: bool,
        record_weights: bool = False,
    ) -> None:
        self.model = model
        self.optimizer = model.optimizer
        self.loss_fn = model.loss
        self.batch_size = batch_size
        self.n_train = n_train
        self.n_val = n_val
        self.shuffle = shuffle
        self.metric = metric
        self.record_weights = record_weights
        n_weights = sum(math.prod(v.shape) for v in model.trainable_variables)
        self.row_size = 4 + (n_weights if record_weights else 0)
        self.steps_per_epoch = math.ceil(n_train / batch_size)
        # Few batches per epoch: unroll them at trace time (no per-step loop overhead, ~2x
        # faster on tiny data); slices then hold whole epochs.
        self.unrolled = self.steps_per_epoch <= UNROLL_LIMIT
        self.step_granularity = self.steps_per_epoch if self.unrolled else 1
        self.lock = threading.Lock()
        self.loaded: tuple[str, int] | None = (
            None  # (trainer token, state version) in the variables
        )
        self.fresh_optimizer_state = [v.numpy() for v in self.optimizer.variables]
        self._train_fn = tf.function(self._train_loop, jit_compile=jit, autograph=False)
        # Traced once per batch size and inlined at each call site: keeps tracing time flat
        # when epochs are unrolled.
        self._batch_step = tf.function(self._batch_step_py, autograph=False)
        probe = keras.Model(model.inputs, [layer.output for layer in model.layers])
        self._probe_fn = tf.function(lambda x: probe(x, training=False), reduce_retracing=True)

    # -- state ------------------------------------------------------------------------------
    def initial_weights(self, seed: int) -> list[np.ndarray]:
        """Fresh weights from each layer's own initializers, re-seeded from `seed`."""
        values: dict[int, np.ndarray] = {}
        for layer_index, layer in enumerate(self.model.layers):
            for var_index, var in enumerate(layer.variables):
                part_seed = _derived_seed(seed, layer_index, var_index)
                values[id(var)] = self._initial_value(layer, var, part_seed)
        return [values.get(id(v), v.numpy()) for v in self.model.variables]

    @staticmethod
    def _initial_value(layer: keras.layers.Layer, var: keras.Variable, seed: int) -> np.ndarray:
        if var.path.endswith("seed_generator_state"):
            return np.array([seed, 0], dtype=var.dtype)
        initializer = getattr(layer, f"{var.name}_initializer", None)
        if initializer is None:
            return var.numpy()
        config = initializer.get_config()
        if "seed" in config:
            initializer = initializer.__class__.from_config({**config, "seed": seed})
        return keras.ops.convert_to_numpy(initializer(var.shape, dtype=var.dtype))

    def flat_trainable(self, weights: list[np.ndarray]) -> np.ndarray:
        """The trainable values among `weights` (ordered like model.variables), flattened."""
        trainable = [w for w, v in zip(weights, self.model.variables) if v.trainable]
        return np.concatenate([w.ravel() for w in trainable]).astype(np.float32)

    def load(self, owner: tuple[str, int], weights: list, optimizer_state: list) -> None:
        if self.loaded == owner:
            return
        for var, value in zip(self.model.variables, weights):
            var.assign(value)
        for var, value in zip(self.optimizer.variables, optimizer_state):
            var.assign(value)
        self.loaded = owner

    def dump(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        return [v.numpy() for v in self.model.variables], [
            v.numpy() for v in self.optimizer.variables
        ]

    # -- compiled work ----------------------------------------------------------------------
    def train(
        self, data: TrainData, start_step: int, n_steps: int, seed: int, acc: np.ndarray
    ) -> _SliceResult:
        x_val = data.x_val if self.n_val else data.x[:0]
        y_val = data.y_val if self.n_val else data.y[:0]
        args = (
            data.x,
            data.y,
            x_val,
            y_val,
            tf.constant(start_step, tf.int64),
            tf.constant(n_steps, tf.int64),
            tf.constant(seed, tf.int64),
            tf.constant(acc, tf.float32),
        )
        out = call_training_loop(self._train_fn, *args)
        steps_done, finite, epoch_rows, batch_losses, acc_out = (t.numpy() for t in out)
        return _SliceResult(int(steps_done), bool(finite), epoch_rows, batch_losses, acc_out)

    def probe(self, x: np.ndarray) -> list[np.ndarray]:
        outputs = self._probe_fn(tf.constant(x, tf.float32))
        if not isinstance(outputs, (list, tuple)):  # a one-layer model returns a bare tensor
            outputs = [outputs]
        return [t.numpy() for t in outputs]

    def _permutation(self, seed: tf.Tensor, epoch: tf.Tensor) -> tf.Tensor:
        if not self.shuffle:
            return tf.range(self.n_train, dtype=tf.int32)
        return tf.random.experimental.stateless_shuffle(
            tf.range(self.n_train, dtype=tf.int32), seed=tf.stack([seed, epoch])
        )

    def _total_loss(self, y: tf.Tensor, pred: tf.Tensor) -> tf.Tensor:
        loss = self.loss_fn(y, pred)
        if self.model.losses:
            loss += tf.add_n(self.model.losses)
        return loss

    def _batch_step_py(self, x, y, perm, start, size: int) -> tuple[tf.Tensor, tf.Tensor]:
        idx = tf.slice(perm, tf.reshape(tf.cast(start, tf.int32), [1]), [size])
        xb = tf.cast(tf.gather(x, idx), tf.float32)
        yb = tf.cast(tf.gather(y, idx), tf.float32)
        with tf.GradientTape() as tape:
            pred = self.model(xb, training=True)
            loss = self._total_loss(yb, pred)
        grads = tape.gradient(loss, self.model.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.model.trainable_variables))
        return loss, _correct_count(self.metric, yb, pred)

    def _evaluate(self, x_val, y_val) -> tf.Tensor:
        """[loss, metric] on the validation set, as `model.evaluate` reports them."""
        if self.n_val == 0:
            return tf.constant([math.nan, math.nan])
        loss_sum, correct = tf.constant(0.0), tf.constant(0.0)
        for start in range(0, self.n_val, EVAL_CHUNK):
            stop = min(start + EVAL_CHUNK, self.n_val)
            xb = tf.cast(x_val[start:stop], tf.float32)
            yb = tf.cast(y_val[start:stop], tf.float32)
            pred = self.model(xb, training=False)
            loss_sum += self.loss_fn(yb, pred) * (stop - start)
            correct += _correct_count(self.metric, yb, pred)
        regularization = tf.add_n(self.model.losses) if self.model.losses else 0.0
        return tf.stack([loss_sum / self.n_val + regularization, correct / self.n_val])

    def _flat_weights(self) -> list[tf.Tensor]:
        if not self.record_weights:
            return []
        return [tf.reshape(tf.cast(v, tf.float32), [-1]) for v in self.model.trainable_variables]

    def _unrolled_epoch(self, x, y, perm, acc, finite):
        """A whole epoch with every batch's position and size fixed at trace time."""
        for start in range(0, self.n_train, self.batch_size):
            size = min(self.batch_size, self.n_train - start)
            loss, correct = self._batch_step(x, y, perm, tf.constant(start), size)
            acc += tf.stack([loss * size, correct, float(size)])
        # Losses are >= 0, so any non-finite batch loss leaves the epoch's sum non-finite.
        return acc, finite & tf.math.is_finite(acc[0]), tf.zeros([0])

    def _looped_steps(self, x, y, perm, lo, hi, acc, finite):
        """Batches `lo..hi-1` of an epoch, stopping after the first non-finite loss."""
        bs = self.batch_size
        n_full, remainder = divmod(self.n_train, bs)

        def step(pos):
            if remainder == 0:
                return self._batch_step(x, y, perm, pos * bs, bs) + (float(bs),)
            loss, correct = tf.cond(
                pos < n_full,
                lambda: self._batch_step(x, y, perm, pos * bs, bs),
                lambda: self._batch_step(x, y, perm, n_full * bs, remainder),
            )
            return loss, correct, tf.where(pos < n_full, float(bs), float(remainder))

        def body(pos, acc, finite, losses):
            loss, correct, count = step(pos)
            acc += tf.stack([loss * count, correct, count])
            return (
                pos + 1,
                acc,
                tf.math.is_finite(loss),
                losses.write(tf.cast(pos - lo, tf.int32), loss),
            )

        losses = tf.TensorArray(tf.float32, size=tf.cast(hi - lo, tf.int32))
        _, acc, finite, losses = tf.while_loop(
            lambda pos, acc, finite, losses: (pos < hi) & finite,
            body,
            [lo, acc, finite, losses],
        )
        return acc, finite, losses.stack()

    def _train_loop(self, x, y, x_val, y_val, start_step, n_steps, seed, acc):
        spe = self.steps_per_epoch
        end_step = start_step + n_steps
        first_epoch = start_step // spe
        n_epochs = (end_step + spe - 1) // spe - first_epoch
        rows = tf.TensorArray(
            tf.float32, size=tf.cast(n_epochs, tf.int32), element_shape=[self.row_size]
        )
        batch_losses = tf.TensorArray(
            tf.float32, size=tf.cast(n_epochs, tf.int32), infer_shape=False
        )

        def body(e, steps_done, n_rows, acc, finite, rows, batch_losses):
            epoch = first_epoch + e
            lo = tf.maximum(start_step - epoch * spe, 0)
            hi = tf.minimum(end_step - epoch * spe, spe)
            perm = self._permutation(seed, epoch)
            if self.unrolled:
                acc, finite, losses = self._unrolled_epoch(x, y, perm, acc, finite)
            else:
                acc, finite, losses = self._looped_steps(x, y, perm, lo, hi, acc, finite)

            def close_epoch():
                means = tf.stack([acc[0] / acc[2], acc[1] / acc[2]])
                row = tf.concat([means, self._evaluate(x_val, y_val), *self._flat_weights()], 0)
                return rows.write(tf.cast(n_rows, tf.int32), row), n_rows + 1, tf.zeros(3)

            rows, n_rows, acc = tf.cond(
                (hi == spe) & finite, close_epoch, lambda: (rows, n_rows, acc)
            )
            done = hi - lo if self.unrolled else tf.cast(tf.size(losses), tf.int64)
            if not self.unrolled:
                batch_losses = batch_losses.write(tf.cast(e, tf.int32), losses)
            return e + 1, steps_done + done, n_rows, acc, finite, rows, batch_losses

        zero = tf.constant(0, tf.int64)
        _, steps_done, n_rows, acc, finite, rows, batch_losses = tf.while_loop(
            lambda e, steps_done, n_rows, acc, finite, rows, batch_losses: (e < n_epochs) & finite,
            body,
            [zero, zero, zero, acc, tf.constant(True), rows, batch_losses],
        )
        epoch_rows = rows.stack()[: tf.cast(n_rows, tf.int32)]
        losses = tf.zeros([0]) if self.unrolled else batch_losses.concat()
        return steps_done, finite, epoch_rows, losses, acc


_CACHES: list[KernelCache] = []  # every cache, so a release can idle all kernels
_RELEASE_LOCK = threading.Lock()


class KernelCache:
    """A small process-wide LRU of kernels (anything with a `lock`). Holds compiled code only,
    never a user's weights."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._kernels: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        _CACHES.append(self)

    def get(self, key: Hashable, create: Callable[[], Any]) -> Any:
        with self._lock:
            kernel = self._kernels.get(key)
            if kernel is None:
                kernel = create()
                self._kernels[key] = kernel
                if len(self._kernels) > self.capacity:
                    while len(self._kernels) > self.capacity:
                        self._kernels.popitem(last=False)
                    self._release_runtime_caches()
            self._kernels.move_to_end(key)
            return kernel

    def _release_runtime_caches(self) -> None:
        """Frees what TensorFlow's runtime still caches for evicted kernels.

        The eager context keeps an instantiated copy of every function and op it ran, so
        evicted kernels would otherwise stay in memory. Clearing it costs the live kernels a
        re-instantiation on their next call, so it runs only on eviction, and with every
        kernel idle (their locks held, in every cache) so no training step sees it.
        """
        with _RELEASE_LOCK:  # one release at a time: two would each hold half the locks
            kernels = [kernel for cache in _CACHES for kernel in tuple(cache._kernels.values())]
            for kernel in kernels:
                kernel.lock.acquire()
            try:
                with _TRACE_LOCK:
                    tf_context.context().clear_kernel_cache()
            finally:
                for kernel in kernels:
                    kernel.lock.release()

    def __len__(self) -> int:
        return len(self._kernels)


KERNELS = KernelCache(MAX_KERNELS)


class Trainer:
    """One user's training run: NumPy state and history, trained through a shared kernel.

    `key` names the architecture (e.g. a frozen ModelSpec plus optimizer name); the trainer adds
    batch size and data shapes. With `record_weights`, the history also keeps every epoch's
    weights (meant for tiny models, e.g. to draw an optimizer's path). `make_model` builds the
    compiled model for that key; it is only called when no kernel for the key exists yet.
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
        jit: bool = False,
        record_weights: bool = False,
    ) -> None:
        n_train = len(data.x)
        n_val = 0 if data.x_val is None else len(data.x_val)
        self.data = data
        self.batch_size = max(1, min(batch_size, n_train))
        self.learning_rate = learning_rate
        self.seed = seed
        self._make_model = make_model
        self._kernel_options = dict(
            batch_size=self.batch_size,
            n_train=n_train,
            n_val=n_val,
            shuffle=shuffle,
            metric=metric,
            jit=jit,
            record_weights=record_weights,
        )
        shapes = (data.x.shape, data.x.dtype.str, data.y.shape, n_val)
        self.kernel_key = (key, shapes, tuple(sorted(self._kernel_options.items())))
        self.steps_per_epoch = math.ceil(n_train / self.batch_size)
        self._token = uuid.uuid4().hex
        self._version = 0
        self._slice_steps = 1
        self.reset()

    # -- state ------------------------------------------------------------------------------
    def _kernel(self) -> _Kernel:
        return KERNELS.get(
            self.kernel_key, lambda: _Kernel(self._make_model(), **self._kernel_options)
        )

    def reset(self, seed: int | None = None) -> None:
        """Back to the initial weights for the seed (the same seed gives the same weights)."""
        if seed is not None:
            self.seed = seed
        kernel = self._kernel()
        self.weights = kernel.initial_weights(self.seed)
        self.optimizer_state = [v.copy() for v in kernel.fresh_optimizer_state]
        self.step = 0
        self._acc = np.zeros(3, np.float32)
        self.steps_per_second = 0.0  # no pace to show until it trains again
        self.history = History()
        if kernel.record_weights:  # row 0 is the start, row i the weights after epoch i
            self.history.weights = kernel.flat_trainable(self.weights)[None]
        self.status = READY
        self._version += 1

    def set_learning_rate(self, learning_rate: float) -> None:
        """Takes effect from the next step; weights, optimizer slots and history are kept.
        A new rate lets a diverged run try again from its last good weights."""
        if learning_rate != self.learning_rate and self.status == DIVERGED:
            self.status = READY
        self.learning_rate = learning_rate

    @property
    def epoch(self) -> int:
        return self.step // self.steps_per_epoch

    def can_train(self, until_epoch: int) -> bool:
        """Not diverged, and short of `until_epoch`."""
        return self.status == READY and self.epoch < until_epoch

    def snapshot(self) -> Snapshot:
        return Snapshot(
            epoch=self.epoch,
            step=self.step,
            steps_per_epoch=self.steps_per_epoch,
            history=self.history,
            status=self.status,
            steps_per_second=self.steps_per_second,
        )

    # -- training ---------------------------------------------------------------------------
    def _run_kernel(self, kernel: _Kernel, n_steps: int) -> _SliceResult:
        kernel.load((self._token, self._version), self.weights, self.optimizer_state)
        kernel.optimizer.learning_rate.assign(self.learning_rate)
        return kernel.train(self.data, self.step, n_steps, self.seed, self._acc)

    def train_steps(self, n_steps: int) -> int:
        """Run about `n_steps` optimizer steps (whole epochs for unrolled kernels).

        Returns how many were kept. If the loss stops being finite, training stops at the last
        weights known to give a finite loss (for unrolled kernels an epoch boundary): the slice is
        replayed from its start (shuffling and dropout are seeded, so the replay is exact), the
        status becomes DIVERGED, and weights and history stay usable.
        """
        if n_steps <= 0 or self.status == DIVERGED:
            return 0
        kernel = self._kernel()
        granularity = kernel.step_granularity
        n_steps = -(-n_steps // granularity) * granularity
        with kernel.lock:
            result = self._run_kernel(kernel, n_steps)
            if not result.finite:
                self._version += 1  # the kernel now holds non-finite weights: reload ours
                # The last step ran on weights that gave a non-finite loss; the weights before
                # the step ahead of it are the last ones known to give a finite loss.
                good_end = max(self.step, self.step + result.steps_done - 2)
                good_steps = good_end - good_end % kernel.step_granularity - self.step
                result = self._run_kernel(kernel, good_steps) if good_steps else None
                self.status = DIVERGED
            if result is not None:
                self.weights, self.optimizer_state = kernel.dump()
        if result is None:
            return 0
        self._absorb(result)
        return result.steps_done

    def _absorb(self, result: _SliceResult) -> None:
        self.history.append(result.epoch_rows, result.batch_losses)
        self.step += result.steps_done
        self._acc = result.acc

    def train_epochs(self, n_epochs: int) -> int:
        """Train to the end of the epoch `n_epochs` from now (a partial epoch counts as one)."""
        target = (self.epoch + n_epochs) * self.steps_per_epoch
        return self.train_steps(target - self.step)

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
        is already stored in this trainer.
        """
        run_started = last_draw = time.perf_counter()
        first_step = self.step
        while self.can_train(until_epoch):
            n_steps = min(self._slice_steps, until_epoch * self.steps_per_epoch - self.step)
            full_slice = n_steps == self._slice_steps  # the last one is cut short: no measure
            started = time.perf_counter()
            done = self.train_steps(n_steps)
            elapsed = time.perf_counter() - started
            if done and elapsed > 0 and full_slice:
                self._slice_steps = max(1, int(done / elapsed * interval))
                # What the user sees: this call's pace so far, redraws included.
                self.steps_per_second = (self.step - first_step) / (
                    time.perf_counter() - run_started
                )
            finished = not self.can_train(until_epoch)
            if time.perf_counter() - run_started >= budget:
                break
            if on_snapshot and (finished or time.perf_counter() - last_draw >= interval):
                on_snapshot(self.snapshot())
                last_draw = time.perf_counter()
        return self.snapshot()

    # -- looking inside ---------------------------------------------------------------------
    def layer_outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """The output of every layer for inputs `x`, with the current weights."""
        kernel = self._kernel()
        with kernel.lock:
            kernel.load((self._token, self._version), self.weights, self.optimizer_state)
            return kernel.probe(x)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.layer_outputs(x)[-1]
