"""The 2D data sets of the XOR page: the truth table and seeded generated sets (in [-6, 6]²,
as in TensorFlow Playground), and the input features computed from a point."""

from __future__ import annotations

import numpy as np

from playground.datasets import Points2D
from playground.lessons.xor.spec import DataSpec

XOR_TABLE_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_TABLE_Y = np.array([[0], [1], [1], [0]], dtype=np.float32)
PLANE_RADIUS = 6.0  # generated 2D sets live in [-6, 6]^2, as in TensorFlow Playground


def _xor(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    points = rng.uniform(-5, 5, size=(n, 2))
    points += np.sign(points) * 0.3  # keep a small gap along the axes
    return points, (points[:, 0] * points[:, 1] > 0).astype(np.float32)


def _circle(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    inner = n // 2
    radius = np.concatenate([rng.uniform(0, 2.5, inner), rng.uniform(3.5, 5, n - inner)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return points, (np.arange(n) < inner).astype(np.float32)


def _gaussians(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    labels = (np.arange(n) < n // 2).astype(np.float32)
    centres = np.where(labels[:, None] == 1, 2.0, -2.0)
    return centres + rng.normal(0, 1.0, size=(n, 2)), labels


def _spiral(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    labels = (np.arange(n) < n // 2).astype(np.float32)
    t = np.concatenate([np.linspace(0, 1, n // 2), np.linspace(0, 1, n - n // 2)])
    radius = 5 * t
    angle = 1.75 * 2 * np.pi * t + np.pi * labels
    points = np.stack([radius * np.sin(angle), radius * np.cos(angle)], axis=1)
    return points, labels


def _moons(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    upper = n // 2
    angle = np.concatenate([rng.uniform(0, np.pi, upper), rng.uniform(0, np.pi, n - upper)])
    labels = (np.arange(n) >= upper).astype(np.float32)
    x = np.where(labels == 0, np.cos(angle), 1 - np.cos(angle))
    y = np.where(labels == 0, np.sin(angle), 0.5 - np.sin(angle))
    points = np.stack([(x - 0.5) * 3.5, (y - 0.25) * 3.5], axis=1)
    return points, labels


GENERATORS = {
    "xor": _xor,
    "circle": _circle,
    "gaussians": _gaussians,
    "spiral": _spiral,
    "moons": _moons,
}


def make_points(spec: DataSpec) -> Points2D:
    """The 2D set for `spec`. The XOR truth table trains and tests on its four points."""
    if spec.name == "xor_table":
        return Points2D(XOR_TABLE_X, XOR_TABLE_Y, XOR_TABLE_X, XOR_TABLE_Y)
    rng = np.random.default_rng(spec.seed)
    points, labels = GENERATORS[spec.name](rng, spec.n_samples)
    points = points + rng.normal(0, spec.noise * 2.0, size=points.shape)  # label noise-free jitter
    order = rng.permutation(spec.n_samples)
    n_train = int(round(spec.n_samples * spec.train_share))
    n_train = min(max(n_train, 1), spec.n_samples - 1)
    train, test = order[:n_train], order[n_train:]
    points = points.astype(np.float32)
    labels = labels.astype(np.float32)[:, None]
    return Points2D(points[train], labels[train], points[test], labels[test])


FEATURES = {
    "x1": lambda p: p[:, 0],
    "x2": lambda p: p[:, 1],
    "x1_sq": lambda p: p[:, 0] ** 2,
    "x2_sq": lambda p: p[:, 1] ** 2,
    "x1_x2": lambda p: p[:, 0] * p[:, 1],
    "sin_x1": lambda p: np.sin(p[:, 0]),
    "sin_x2": lambda p: np.sin(p[:, 1]),
}


def feature_matrix(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """Model inputs: the chosen features of each 2D point, in the order given."""
    return np.stack([FEATURES[name](points) for name in features], axis=1).astype(np.float32)


def plane_bounds(spec: DataSpec) -> tuple[float, float]:
    """The square of the plane the boundary is drawn over."""
    return (-0.5, 1.5) if spec.name == "xor_table" else (-PLANE_RADIUS, PLANE_RADIUS)
