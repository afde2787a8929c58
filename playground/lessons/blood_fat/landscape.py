"""The loss landscape of the plane over its two weights, and the optimizer's path on it."""

from __future__ import annotations

import numpy as np

PATH_POINTS = 1500  # the path is thinned to about this many epochs
WINDOW_POINTS = 60  # grid points per weight axis


def loss_landscape(
    x: np.ndarray, y: np.ndarray, w1: np.ndarray, w2: np.ndarray, b: float | None = None
) -> np.ndarray:
    """MSE of the plane `x @ (w1, w2) + b` over a grid, shape (len(w2), len(w1)).

    With `b=None` each grid point uses its own best bias, mean(y - x @ w), so the surface
    shows the error the weights alone cannot remove."""
    x = x.astype(np.float64)
    y = np.ravel(y).astype(np.float64)
    ww1, ww2 = np.meshgrid(w1, w2)
    fitted = x[:, 0, None, None] * ww1 + x[:, 1, None, None] * ww2  # (n, len(w2), len(w1))
    residual = y[:, None, None] - fitted
    bias = residual.mean(0) if b is None else b
    return np.mean((residual - bias) ** 2, axis=0)


def landscape_window(
    path: np.ndarray, optimum: np.ndarray, margin: float = 0.25
) -> tuple[np.ndarray, np.ndarray]:
    """Grid axes for (w1, w2) that hold the path and the optimum with some room around."""
    points = np.vstack([path.reshape(-1, 2), optimum.reshape(1, 2)])
    lo, hi = points.min(0), points.max(0)
    span = np.maximum(hi - lo, 1e-3 + 0.1 * np.abs(hi))
    lo, hi = lo - margin * span, hi + margin * span
    return np.linspace(lo[0], hi[0], WINDOW_POINTS), np.linspace(lo[1], hi[1], WINDOW_POINTS)


def thin_path(path: np.ndarray, points: int = PATH_POINTS) -> np.ndarray:
    """About `points` rows of `path`, evenly spaced, always ending at its last row."""
    return np.vstack([path[:: max(1, len(path) // points)], path[-1:]])


def landscape_view(
    x: np.ndarray, y: np.ndarray, optimum: np.ndarray, weights: np.ndarray, bias: float | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(w1 axis, w2 axis, MSE grid, thinned path) for the weights a plane took per epoch
    (`weights` (epochs, >= 2)), around the path and the optimum, in the model's units."""
    path = thin_path(weights[:, :2])
    w1, w2 = landscape_window(path, optimum)
    return w1, w2, loss_landscape(x, y, w1, w2, bias), path
