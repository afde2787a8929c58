"""The compiled kernel: one Keras model + optimizer + a traced loop that runs many steps per call.

The loop follows `model.fit` semantics: the compiled loss plus regularization losses, the model's
optimizer, mini-batches in (optionally shuffled) epoch order with a smaller last batch, dropout in
training mode, epoch metrics as running means over the epoch, validation at each epoch's end.

XLA (`jit_compile`) removes TensorFlow's per-op overhead, which is nearly all the cost of a tiny
dense net (XOR: ~20x faster). XLA needs static shapes, so an XLA loop writes its per-epoch rows
and per-step losses into buffers of a fixed capacity and the caller caps a slice to fit; the
number of steps stays a runtime value, so one compilation serves every slice size. The shuffle
is an argsort of stateless random keys, which XLA compiles (its `StatelessShuffle` it does not).

A session's weights, optimizer slots and learning rate go in as arguments of the one traced
call, which assigns them, trains and returns the new values: a slice is one call into
TensorFlow. Loading them with an eager `assign` per variable and reading them back one by one
took longer than the training itself with a class on the server: each eager op gives up
Python's GIL and waits up to a switch interval (5 ms) to take it back, while holding the
kernel that the rest of the class queues for.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Hashable, Iterable
from typing import Literal

import keras
import numpy as np
import tensorflow as tf

from playground.engine.runtime import call_training_loop
from playground.engine.types import SliceResult, TrainData

EVAL_CHUNK = 500  # validation rows per forward pass
UNROLL_LIMIT = 8  # epochs with at most this many batches are unrolled
# The XLA rule (see `use_xla`, measured in bench/engine.py): dense-only nets this small compile
# in well under a second and run many times faster than TensorFlow's executor.
XLA_LAYERS = (
    keras.layers.InputLayer,
    keras.layers.Dense,
    keras.layers.Rescaling,
    keras.layers.Flatten,
)
XLA_MAX_PARAMS = 20_000
XLA_MAX_ROWS = 2_000
XLA_SLICE_EPOCHS = 1 << 15  # capacity of an XLA slice's per-epoch rows
XLA_SLICE_STEPS = 1 << 14  # capacity of an XLA slice's per-step losses (looped epochs)
XLA_ROWS_FLOATS = 1 << 20  # bounds the row buffer when rows carry the weights (4 MB)
# TensorFlow never frees XLA's compiled code (its device compilation cache has no eviction,
# tensorflow/tensorflow#64170): ~12 MB per compiled kernel here, whatever we evict or clear.
# So "auto" compiles at most this many kernels per process; later shapes run without XLA.
XLA_BUDGET = 4
CALIBRATION_SECONDS = 0.02  # a kernel's pace is measured on a run at least this long

Jit = bool | Literal["auto"]
_XLA_FAILED: set[Hashable] = set()  # kernel keys whose loop XLA could not compile
_xla_compiles = [0]  # kernels compiled with XLA by "auto"
_XLA_LOCK = threading.Lock()


def _take_xla_budget() -> bool:
    with _XLA_LOCK:
        if _xla_compiles[0] >= XLA_BUDGET:
            return False
        _xla_compiles[0] += 1
        return True


def use_xla(model: keras.Model, n_train: int) -> bool:
    """Whether XLA pays for this model: only dense layers, few weights, few rows."""
    n_params = sum(math.prod(v.shape) for v in model.trainable_variables)
    dense_only = all(isinstance(layer, XLA_LAYERS) for layer in model.layers)
    return dense_only and n_params <= XLA_MAX_PARAMS and n_train <= XLA_MAX_ROWS


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


def _tensors(arrays: Iterable[np.ndarray]) -> list[tf.Tensor]:
    """Arrays as tensors before they reach a traced function: for a NumPy argument the call
    itself works out its trace type through a slow protocol check, under the kernel's lock
    (6 % of the GIL with a class on the server; a tensor's is quick)."""
    return [tf.constant(a) for a in arrays]


def _derived_seed(*parts: int) -> int:
    return int(np.random.SeedSequence(list(parts)).generate_state(1)[0] % (2**31 - 1))


class Kernel:
    """One compiled model + optimizer + traced training loop. Its variables hold whichever
    session's state it ran last (each call sets them anew); `lock` is held by the session
    using it (see `runtime.KernelPools`).
    An XLA kernel (`jit`) is pinned: one per key, never evicted (its memory would not be freed
    anyway, see XLA_BUDGET)."""

    def __init__(
        self,
        key: Hashable,
        model: keras.Model,
        *,
        batch_size: int,
        n_train: int,
        n_val: int,
        shuffle: bool,
        metric: str | None,
        jit: Jit,
        record_weights: bool = False,
    ) -> None:
        self.key = key
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
        self.prepared = False  # traced (and compiled) by a first call
        # Steps per second, the fastest measured (see `calibrate`): what slices are sized by.
        self.pace = 0.0
        self.fresh_weights = [v.numpy() for v in model.variables]
        self.fresh_optimizer_state = [v.numpy() for v in self.optimizer.variables]
        if jit == "auto":
            jit = use_xla(model, n_train) and key not in _XLA_FAILED and _take_xla_budget()
        self._set_jit(bool(jit) and key not in _XLA_FAILED)
        # Traced once per batch size and inlined at each call site: keeps tracing time flat
        # when epochs are unrolled.
        self._batch_step = tf.function(self._batch_step_py, autograph=False)
        self._probe_model = keras.Model(model.inputs, [layer.output for layer in model.layers])
        signature = [
            tf.TensorSpec([None, *model.input_shape[1:]], tf.float32),
            [tf.TensorSpec(v.shape, v.dtype) for v in model.variables],
        ]
        self._probe_fn = tf.function(self._probe, input_signature=signature, autograph=False)

    def _set_jit(self, jit: bool) -> None:
        """Compiles with or without XLA; with it, sets the buffers' capacity and `max_steps`,
        the most steps one call may run (None: no limit)."""
        self.jit = jit
        self._train_fn = tf.function(self._train_loop, jit_compile=jit, autograph=False)
        spe = self.steps_per_epoch
        # A looped slice touches at most two epochs more than it finishes.
        epochs = XLA_SLICE_EPOCHS if self.unrolled else XLA_SLICE_STEPS // spe + 2
        self._xla_rows = max(3, min(epochs, XLA_ROWS_FLOATS // (1 + self.row_size)))
        if not jit:
            self.max_steps = None
        elif self.unrolled:
            self.max_steps = self._xla_rows * spe
        else:
            self.max_steps = min(XLA_SLICE_STEPS, (self._xla_rows - 2) * spe)

    # -- state ------------------------------------------------------------------------------
    def initial_weights(self, seed: int) -> list[np.ndarray]:
        """Fresh weights from each layer's own initializers, re-seeded from `seed`. Reads no
        variable, so it needs no lease."""
        values: dict[int, np.ndarray] = {}
        for layer_index, layer in enumerate(self.model.layers):
            for var_index, var in enumerate(layer.variables):
                value = self._initial_value(layer, var, _derived_seed(seed, layer_index, var_index))
                if value is not None:
                    values[id(var)] = value
        return [
            values.get(id(v), fresh) for v, fresh in zip(self.model.variables, self.fresh_weights)
        ]

    @staticmethod
    def _initial_value(
        layer: keras.layers.Layer, var: keras.Variable, seed: int
    ) -> np.ndarray | None:
        if var.path.endswith("seed_generator_state"):
            return np.array([seed, 0], dtype=var.dtype)
        initializer = getattr(layer, f"{var.name}_initializer", None)
        if initializer is None:
            return None
        config = initializer.get_config()
        if "seed" in config:
            initializer = initializer.__class__.from_config({**config, "seed": seed})
        return keras.ops.convert_to_numpy(initializer(var.shape, dtype=var.dtype))

    # -- compiled work ----------------------------------------------------------------------
    def train(
        self,
        data: TrainData,
        state: tuple[list[np.ndarray], list[np.ndarray], float],
        start_step: int,
        n_steps: int,
        seed: int,
        acc: np.ndarray,
    ) -> SliceResult:
        """`n_steps` steps from `start_step`, starting from `state` (weights, optimizer slots,
        learning rate); 0 steps: just trace and compile."""
        weights, optimizer_state, learning_rate = state
        x_val = data.x_val if self.n_val else data.x[:0]
        y_val = data.y_val if self.n_val else data.y[:0]
        args = (
            _tensors(weights),
            _tensors(optimizer_state),
            tf.constant(learning_rate, tf.float32),
            *_tensors((data.x, data.y, x_val, y_val)),
            tf.constant(start_step, tf.int64),
            tf.constant(n_steps, tf.int64),
            tf.constant(seed, tf.int64),
            tf.constant(acc, tf.float32),
        )
        try:
            out = call_training_loop(self._train_fn, *args)
        except (tf.errors.InvalidArgumentError, tf.errors.UnimplementedError):
            if not self.jit or self.prepared:
                raise
            _XLA_FAILED.add(self.key)  # e.g. an op without an XLA kernel: never try again
            self._set_jit(False)
            out = call_training_loop(self._train_fn, *args)
        self.prepared = True
        (steps_done, finite, rows, n_epochs, losses, acc_out), new_weights, new_slots = out
        steps_done, rows, losses = int(steps_done), rows.numpy(), losses.numpy()
        rows = rows[: int(n_epochs)]
        epoch_rows = rows[rows[:, 0] > 0, 1:]  # the epochs this slice finished
        batch_losses = losses[:steps_done] if len(losses) else losses
        return SliceResult(
            steps_done,
            bool(finite),
            epoch_rows,
            batch_losses,
            acc_out.numpy(),
            [t.numpy() for t in new_weights],
            [t.numpy() for t in new_slots],
        )

    def calibrate(
        self, data: TrainData, state: tuple[list[np.ndarray], list[np.ndarray], float], seed: int
    ) -> None:
        """Measures `pace` on runs from `state`, four times longer each, until one takes
        CALIBRATION_SECONDS (nothing is kept). Done right after compiling, usually on a quiet
        server: under a class's load every timing includes waits for Python's GIL, and slices
        sized from those alone shrank to one epoch."""
        steps = self.step_granularity
        while True:
            began = time.perf_counter()
            self.train(data, state, 0, steps, seed, np.zeros(3, np.float32))
            elapsed = time.perf_counter() - began
            self.note_pace(steps, elapsed)
            if elapsed >= CALIBRATION_SECONDS or steps * 4 > (self.max_steps or math.inf):
                return
            steps *= 4

    def note_pace(self, steps: int, seconds: float) -> None:
        """A run of `steps` took `seconds` holding this kernel: waits only ever slow a timing
        down, so the fastest one is the kernel's speed."""
        if steps and seconds > 0:
            self.pace = max(self.pace, steps / seconds)

    def probe(self, x: np.ndarray, weights: list[np.ndarray]) -> list[np.ndarray]:
        """Every layer's output for inputs `x` under `weights`, in one call."""
        outputs = self._probe_fn(tf.constant(x, tf.float32), _tensors(weights))
        if not isinstance(outputs, (list, tuple)):  # a one-layer model returns a bare tensor
            outputs = [outputs]
        return [t.numpy() for t in outputs]

    def _probe(self, x: tf.Tensor, weights: list[tf.Tensor]):
        for var, value in zip(self.model.variables, weights):
            var.assign(value)
        return self._probe_model(x, training=False)

    def _permutation(self, seed: tf.Tensor, epoch: tf.Tensor) -> tf.Tensor:
        if not self.shuffle:
            return tf.range(self.n_train, dtype=tf.int32)
        keys = tf.random.stateless_uniform(
            [self.n_train],
            tf.stack([seed, epoch]),
            minval=None,
            maxval=None,
            dtype=tf.int64,
            alg="philox",
        )
        return tf.cast(tf.argsort(keys, stable=True), tf.int32)

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
        return acc, finite & tf.math.is_finite(acc[0])

    def _looped_steps(self, x, y, perm, lo, hi, offset, acc, finite, losses):
        """Batches `lo..hi-1` of an epoch, stopping after the first non-finite loss; batch `pos`
        writes its loss to `losses[offset + pos]`. Returns how many ran first."""
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
            losses = losses.write(tf.cast(offset + pos, tf.int32), loss)
            return pos + 1, acc, tf.math.is_finite(loss), losses

        end, acc, finite, losses = tf.while_loop(
            lambda pos, acc, finite, losses: (pos < hi) & finite,
            body,
            [lo, acc, finite, losses],
        )
        return end - lo, acc, finite, losses

    def _buffer_sizes(self, n_epochs: tf.Tensor, n_steps: tf.Tensor) -> tuple:
        """Rows and losses to allocate: exact without XLA, the fixed capacity with it."""
        n_losses = 0 if self.unrolled else n_steps
        if not self.jit:
            return tf.cast(n_epochs, tf.int32), tf.cast(n_losses, tf.int32)
        if self.unrolled:
            return self._xla_rows, 0
        return self._xla_rows, XLA_SLICE_STEPS

    def _train_loop(self, weights, optimizer_state, learning_rate, *args):
        """Sets the session's state, trains, and returns the slice with the new state."""
        for var, value in zip(self.model.variables, weights):
            var.assign(value)
        for var, value in zip(self.optimizer.variables, optimizer_state):
            var.assign(value)
        self.optimizer.learning_rate.assign(learning_rate)
        out = self._train_steps(*args)
        # Read after the loop: automatic control dependencies order them after its updates.
        return (
            out,
            [tf.identity(v.value) for v in self.model.variables],
            [tf.identity(v.value) for v in self.optimizer.variables],
        )

    def _train_steps(self, x, y, x_val, y_val, start_step, n_steps, seed, acc):
        """Every epoch touched writes one row (closed flag, loss, metric, val loss, val metric
        [, weights]) at its own index: no `cond` around the row buffer, which XLA would copy
        whole on every epoch."""
        spe = self.steps_per_epoch
        end_step = start_step + n_steps
        first_epoch = start_step // spe
        n_epochs = (end_step + spe - 1) // spe - first_epoch
        n_rows_max, n_losses_max = self._buffer_sizes(n_epochs, n_steps)
        rows = tf.TensorArray(tf.float32, size=n_rows_max, element_shape=[1 + self.row_size])
        losses = tf.TensorArray(tf.float32, size=n_losses_max, element_shape=[])
        no_validation = tf.constant([math.nan, math.nan])

        def body(e, steps_done, acc, finite, rows, losses):
            epoch = first_epoch + e
            lo = tf.maximum(start_step - epoch * spe, 0)
            hi = tf.minimum(end_step - epoch * spe, spe)
            perm = self._permutation(seed, epoch)
            if self.unrolled:
                acc, finite = self._unrolled_epoch(x, y, perm, acc, finite)
                done = hi - lo
            else:
                offset = epoch * spe - start_step
                done, acc, finite, losses = self._looped_steps(
                    x, y, perm, lo, hi, offset, acc, finite, losses
                )
            closed = (hi == spe) & finite
            validation = tf.cond(
                closed, lambda: self._evaluate(x_val, y_val), lambda: no_validation
            )
            means = tf.stack([acc[0] / acc[2], acc[1] / acc[2]])
            flag = tf.reshape(tf.cast(closed, tf.float32), [1])
            row = tf.concat([flag, means, validation, *self._flat_weights()], 0)
            rows = rows.write(tf.cast(e, tf.int32), row)
            acc = tf.where(closed, tf.zeros(3), acc)
            return e + 1, steps_done + done, acc, finite, rows, losses

        zero = tf.constant(0, tf.int64)
        n_done, steps_done, acc, finite, rows, losses = tf.while_loop(
            lambda e, steps_done, acc, finite, rows, losses: (e < n_epochs) & finite,
            body,
            [zero, zero, acc, tf.constant(True), rows, losses],
        )
        return steps_done, finite, rows.stack(), n_done, losses.stack(), acc
