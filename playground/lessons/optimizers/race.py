"""Keras optimizers racing on a 2D loss surface.

Every path comes from a real `keras.optimizers` instance applying real gradients
(`tf.GradientTape`) to a `tf.Variable`; nothing is simulated.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np
import tensorflow as tf

from playground.engine import KernelCache, call_training_loop
from playground.lessons.optimizers.spec import WITH_MOMENTUM, OptimizersSpec
from playground.lessons.optimizers.surfaces import SURFACES, Surface
from playground.models import make_optimizer

DIVERGED_AT = 1e6  # a point this far out (or non-finite) has left the surface for good
CRAWL_DISTANCE = 0.05  # moved less than this in the whole race: "crawling"


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

    @property
    def moved(self) -> float:
        """How far the racer got from its start."""
        return float(np.linalg.norm(self.points[-1] - self.points[0]))

    @property
    def crawling(self) -> bool:
        return not self.diverged and self.moved < CRAWL_DISTANCE

    def until(self, shown: int) -> tuple[np.ndarray, np.ndarray]:
        """The points and losses of the first `shown` steps (and the start)."""
        return self.points[: shown + 1], self.losses[: shown + 1]


def racers_of(spec: OptimizersSpec) -> tuple[Racer, ...]:
    """The chosen optimizers with their knobs (momentum only where the optimizer has one)."""
    racers = []
    for name in spec.racers:
        tuning = getattr(spec.tuning, name)
        momentum = tuning.momentum if name in WITH_MOMENTUM else None
        racers.append(Racer(name, tuning.learning_rate, momentum))
    return tuple(racers)


def start_of(spec: OptimizersSpec) -> tuple[float, float]:
    """The chosen surface's start point."""
    start = getattr(spec.start, spec.surface)
    return start.x, start.y


def race(
    surface: Surface, racers: tuple[Racer, ...], start: tuple[float, float], steps: int
) -> list[RacePath]:
    """Each racer's path from `start`: `steps` updates of its Keras optimizer."""
    return [
        _kernel(surface.name, racer.optimizer, racer.momentum).run(racer, start, steps)
        for racer in racers
    ]


def race_of(spec: OptimizersSpec) -> list[RacePath]:
    return race(SURFACES[spec.surface], racers_of(spec), start_of(spec), spec.steps)


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
        def body(i: tf.Tensor, points: tf.TensorArray) -> tuple[tf.Tensor, tf.TensorArray]:
            with tf.GradientTape() as tape:
                loss = self.surface.f(self.point[0], self.point[1])
            self.optimizer.apply_gradients([(tape.gradient(loss, self.point), self.point)])
            return i + 1, points.write(i, tf.identity(self.point))

        points = tf.TensorArray(tf.float32, size=n_steps, element_shape=[2])
        _, points = tf.while_loop(lambda i, _: i < n_steps, body, [tf.constant(0), points])
        return points.stack()

    def _moves(self, racer: Racer, start: tuple[float, float], steps: int) -> np.ndarray:
        with self.lock:
            self.point.assign(np.array(start, np.float32))
            for var, value in zip(self.optimizer.variables, self.fresh_state):
                var.assign(value)
            self.optimizer.learning_rate.assign(racer.learning_rate)
            return call_training_loop(self._loop, tf.constant(steps)).numpy()

    def run(self, racer: Racer, start: tuple[float, float], steps: int) -> RacePath:
        moved = self._moves(racer, start, steps)
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


def reached_step(shown: int, elapsed: float, steps: int, race_seconds: float) -> int:
    """The step a race replayed in `race_seconds` has reached `elapsed` seconds after it was
    at step `shown` (at most `steps`)."""
    return min(steps, shown + math.ceil(elapsed * steps / race_seconds))
