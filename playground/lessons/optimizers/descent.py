"""Batch, mini-batch and stochastic gradient descent fitting y = w·x + b on blood fat."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import keras
import numpy as np
import tensorflow as tf

from playground.datasets import load_blood_fat

BATCH_SIZES = (25, 5, 1)  # full batch, mini-batches, single samples of the 25 rows
START = (-1.0, -1.0)  # (w, b) before the first update


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
    start: tuple[float, float] = START,
    seed: int = 0,
) -> list[DescentPath]:
    """Fit y = w·x + b with plain SGD at several batch sizes, recording (w, b) per update."""
    return [_descend(x, y, size, epochs, learning_rate, start, seed) for size in batch_sizes]


def _descend(
    x: np.ndarray,
    y: np.ndarray,
    batch_size: int,
    epochs: int,
    learning_rate: float,
    start: tuple[float, float],
    seed: int,
) -> DescentPath:
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


@lru_cache(maxsize=1)
def age_and_blood_fat() -> tuple[np.ndarray, np.ndarray]:
    """Blood fat against age, both standardized: the small real regression for descent_paths."""
    x, y = load_blood_fat()
    age, fat = x[:, 1].astype(np.float64), y[:, 0].astype(np.float64)
    age, fat = (age - age.mean()) / age.std(), (fat - fat.mean()) / fat.std()
    age.setflags(write=False)
    fat.setflags(write=False)
    return age, fat


@lru_cache(maxsize=1)
def blood_fat_landscape() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(w ticks, b ticks, MSE over them): the picture the batch paths are drawn on."""
    ws, bs = np.linspace(-1.5, 2.0, 80), np.linspace(-1.5, 1.0, 80)
    landscape = regression_landscape(*age_and_blood_fat(), ws, bs)
    for values in (ws, bs, landscape):
        values.setflags(write=False)
    return ws, bs, landscape


@lru_cache(maxsize=32)
def blood_fat_descent(epochs: int, learning_rate: float) -> tuple[DescentPath, ...]:
    """descent_paths on blood fat for each of BATCH_SIZES. Eager Keras steps take a second or
    two, and the result depends only on the arguments, so it is computed once per process."""
    x, y = age_and_blood_fat()
    return tuple(descent_paths(x, y, BATCH_SIZES, epochs, learning_rate))
