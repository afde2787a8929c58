"""Keras optimizers racing on 2D loss surfaces, and batch vs mini-batch vs stochastic descent.

Every path comes from a real `keras.optimizers` instance applying real gradients
(`tf.GradientTape`) to a `tf.Variable`; nothing is simulated.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import keras
import numpy as np
import tensorflow as tf

from playground.datasets import load_blood_fat
from playground.engine import KernelCache, call_training_loop
from playground.models import make_optimizer

DIVERGED_AT = 1e6  # a point this far out (or non-finite) has left the surface for good


@dataclass(frozen=True)
class Surface:
    name: str
    f: Callable  # works on NumPy arrays and TensorFlow tensors alike
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...]


SURFACES = {
    s.name: s
    for s in (
        Surface(
            "bowl", lambda x, y: 0.1 * x**2 + 2 * y**2, (-6, 6), (-3, 3), (-5.0, 2.0), ((0.0, 0.0),)
        ),
        Surface(
            "rosenbrock",
            lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
            (-2, 2),
            (-1, 3),
            (-1.5, 2.0),
            ((1.0, 1.0),),
        ),
        Surface(
            "beale",
            lambda x, y: (
                (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2
            ),
            (-4.5, 4.5),
            (-4.5, 4.5),
            (1.0, 1.5),
            ((3.0, 0.5),),
        ),
        Surface("saddle", lambda x, y: x**2 - y**2, (-2, 2), (-2, 2), (-1.5, 0.01), ()),
        Surface(
            "himmelblau",
            lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
            (-5, 5),
            (-5, 5),
            (0.0, 0.0),
            ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
        ),
    )
}
RACE_OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
WITH_MOMENTUM = ("momentum", "nesterov", "adam")  # their second knob: momentum, or Adam's β₁
MOMENTA = (0.5, 0.8, 0.9, 0.95, 0.99)


@dataclass(frozen=True)
class Racer:
    optimizer: str
    learning_rate: float
    momentum: float | None = None  # SGD momentum / Nesterov, or Adam's beta_1; None: default


@dataclass(frozen=True)
class RacePath:
    racer: Racer
    points: np.ndarray  # (steps + 1, 2), the start first; shorter if it diverged
    losses: np.ndarray  # loss at each point
    diverged: bool


def race(
    surface: Surface, racers: tuple[Racer, ...], start: tuple[float, float], steps: int
) -> list[RacePath]:
    """Each racer's path from `start`: `steps` updates of its Keras optimizer."""
    return [
        _kernel(surface.name, racer.optimizer, racer.momentum).run(racer, start, steps)
        for racer in racers
    ]


class _RaceKernel:
    """One surface + one Keras optimizer + a traced loop of optimizer steps on a 2D point.

    Eager Keras steps cost ~3 ms each; the traced loop runs hundreds in a few milliseconds.
    Kernels are shared (at most one per surface and optimizer, so memory stays bounded) and
    reset to a fresh optimizer state under a lock on every run."""

    def __init__(self, surface: Surface, optimizer: str, momentum: float | None) -> None:
        self.surface = surface
        self.point = tf.Variable(np.zeros(2, np.float32))
        # Momentum is baked into the traced update, so it is part of the kernel's key.
        self.optimizer = make_optimizer(optimizer, 0.01, momentum)
        self.optimizer.build([self.point])
        self.fresh_state = [v.numpy() for v in self.optimizer.variables]
        self.lock = threading.Lock()
        self._loop = tf.function(self._loop_py, autograph=False)

    def _loop_py(self, n_steps: tf.Tensor) -> tf.Tensor:
        def body(i, points):
            with tf.GradientTape() as tape:
                loss = self.surface.f(self.point[0], self.point[1])
            self.optimizer.apply_gradients([(tape.gradient(loss, self.point), self.point)])
            return i + 1, points.write(i, tf.identity(self.point))

        points = tf.TensorArray(tf.float32, size=n_steps, element_shape=[2])
        _, points = tf.while_loop(lambda i, _: i < n_steps, body, [tf.constant(0), points])
        return points.stack()

    def run(self, racer: Racer, start: tuple[float, float], steps: int) -> RacePath:
        with self.lock:
            self.point.assign(np.array(start, np.float32))
            for var, value in zip(self.optimizer.variables, self.fresh_state):
                var.assign(value)
            self.optimizer.learning_rate.assign(racer.learning_rate)
            moved = call_training_loop(self._loop, tf.constant(steps)).numpy()
        points = np.vstack([np.array(start, np.float64), moved.astype(np.float64)])
        losses = self.surface.f(points[:, 0], points[:, 1])
        bad = ~np.isfinite(losses) | (np.abs(points).max(axis=1) > DIVERGED_AT)
        if bad.any():
            first_bad = int(np.argmax(bad))
            return RacePath(racer, points[:first_bad], losses[:first_bad], True)
        return RacePath(racer, points, losses, False)


# Shared by every session; an LRU so the number of traced loops (and their memory) is bounded.
_KERNELS = KernelCache(24)


def _kernel(surface: str, optimizer: str, momentum: float | None) -> _RaceKernel:
    return _KERNELS.get(
        (surface, optimizer, momentum),
        lambda: _RaceKernel(SURFACES[surface], optimizer, momentum),
    )


def surface_grid(
    surface: Surface, resolution: int = 80
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs = np.linspace(*surface.x_range, resolution)
    ys = np.linspace(*surface.y_range, resolution)
    xx, yy = np.meshgrid(xs, ys)
    return xs, ys, surface.f(xx, yy)


# -- batch, mini-batch and stochastic gradient descent ----------------------------------------
@dataclass(frozen=True)
class DescentPath:
    batch_size: int
    points: np.ndarray  # (updates + 1, 2): (w, b) after each update, the start first
    epoch_loss: np.ndarray  # full-data MSE at the end of each epoch (the start first)
    updates_per_epoch: int


def descent_paths(
    x: np.ndarray,
    y: np.ndarray,
    batch_sizes: tuple[int, ...],
    epochs: int,
    learning_rate: float,
    start: tuple[float, float] = (-1.0, -1.0),
    seed: int = 0,
) -> list[DescentPath]:
    """Fit y = w·x + b with plain SGD at several batch sizes, recording (w, b) per update."""
    return [_descend(x, y, size, epochs, learning_rate, start, seed) for size in batch_sizes]


def _descend(x, y, batch_size, epochs, learning_rate, start, seed) -> DescentPath:
    params = tf.Variable(np.array(start, np.float32))
    optimizer = keras.optimizers.SGD(learning_rate)
    rng = np.random.default_rng(seed)
    n = len(x)

    def mse(xb: np.ndarray, yb: np.ndarray) -> tf.Tensor:
        return tf.reduce_mean((params[0] * xb + params[1] - yb) ** 2)

    points = [np.array(start, np.float64)]
    epoch_loss = [float(mse(x, y))]
    for _ in range(epochs):
        order = rng.permutation(n)
        for lo in range(0, n, batch_size):
            batch = order[lo : lo + batch_size]
            with tf.GradientTape() as tape:
                loss = mse(x[batch], y[batch])
            optimizer.apply_gradients([(tape.gradient(loss, params), params)])
            points.append(params.numpy().astype(np.float64))
        epoch_loss.append(float(mse(x, y)))
    return DescentPath(batch_size, np.array(points), np.array(epoch_loss), -(-n // batch_size))


def regression_landscape(
    x: np.ndarray, y: np.ndarray, ws: np.ndarray, bs: np.ndarray
) -> np.ndarray:
    """Full-data MSE of y = w·x + b over a (b, w) grid, rows b, columns w."""
    ww, bb = np.meshgrid(ws, bs)
    residual = y[:, None, None] - (ww * x[:, None, None] + bb)
    return np.mean(residual**2, axis=0)


BATCH_SIZES = (25, 5, 1)  # full batch, mini-batches, single samples of the 25 rows


@lru_cache(maxsize=1)
def age_and_blood_fat() -> tuple[np.ndarray, np.ndarray]:
    """Blood fat against age, both standardized: the small real regression for descent_paths."""
    x, y = load_blood_fat()
    age, fat = x[:, 1].astype(np.float64), y[:, 0].astype(np.float64)
    age, fat = (age - age.mean()) / age.std(), (fat - fat.mean()) / fat.std()
    age.setflags(write=False)
    fat.setflags(write=False)
    return age, fat


@lru_cache(maxsize=32)
def blood_fat_descent(epochs: int, learning_rate: float) -> tuple[DescentPath, ...]:
    """descent_paths on blood fat for each of BATCH_SIZES. Eager Keras steps take a second or
    two, and the result depends only on the arguments, so it is computed once per process."""
    x, y = age_and_blood_fat()
    return tuple(descent_paths(x, y, BATCH_SIZES, epochs, learning_rate))
