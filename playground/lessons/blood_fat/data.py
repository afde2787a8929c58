"""The blood-fat table as the model sees it (raw, or standardized when the user asks), the
least-squares plane, and the (weight, age) grid the model's surface is drawn over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from playground.fitting import least_squares

SURFACE_GRID = 25  # the surface is evaluated on SURFACE_GRID x SURFACE_GRID points
TEXTBOOK_PAD = (5.0, 3.0)  # the surface reaches 5 kg and 3 years beyond the textbook's people
OWN_PAD_SHARE = 0.1  # and a tenth of each input's span beyond a file's data


class Plane(NamedTuple):
    """y = x @ w + b."""

    w: np.ndarray
    b: float

    def at(self, x: np.ndarray) -> np.ndarray:
        return x @ self.w + self.b

    def equation(self, names: tuple[str, str, str], shown: Callable[[float], str]) -> str:
        """ "target = **w₁** · first + **w₂** · second + **b**" (Markdown), numbers by `shown`."""
        (w1, w2), b = self.w, self.b
        first, second, target = names

        def signed(value: float) -> str:
            return f"{'+' if value >= 0 else '−'} **{shown(abs(value))}**"

        return f"{target} = **{shown(w1)}** · {first} {signed(w2)} · {second} {signed(b)}"


@dataclass(frozen=True)
class Scaling:
    """The affine map between original units and what the model sees (identity when off)."""

    x_mean: np.ndarray
    x_scale: np.ndarray
    y_mean: float = 0.0
    y_scale: float = 1.0

    @classmethod
    def identity(cls, n_features: int) -> Scaling:
        return cls(np.zeros(n_features, np.float32), np.ones(n_features, np.float32))

    @classmethod
    def standardizing(cls, x: np.ndarray, y: np.ndarray) -> Scaling:
        return cls(x.mean(0), x.std(0), float(y.mean()), float(y.std()))

    def inputs(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.x_mean) / self.x_scale).astype(np.float32)

    def targets(self, y: np.ndarray) -> np.ndarray:
        return ((y - self.y_mean) / self.y_scale).astype(np.float32)

    def outputs(self, y_model: np.ndarray) -> np.ndarray:
        return y_model * self.y_scale + self.y_mean

    def linear_in_original_units(self, w: np.ndarray, b: float) -> Plane:
        """The model's plane `y' = w.x' + b` written as `y = W.x + B` in original units."""
        w_orig = self.y_scale * w / self.x_scale
        b_orig = self.y_scale * (b - float(np.sum(w * self.x_mean / self.x_scale))) + self.y_mean
        return Plane(w_orig, b_orig)


def least_squares_plane(x: np.ndarray, y: np.ndarray) -> Plane:
    """The plane minimising the mean squared error of y ~ x @ w + b."""
    solution = least_squares(np.c_[x, np.ones(len(x))], y)
    return Plane(solution[:-1], float(solution[-1]))


def mse(y: np.ndarray, prediction: np.ndarray) -> float:
    return float(np.mean((np.ravel(y) - np.ravel(prediction)) ** 2))


@dataclass(frozen=True)
class SurfaceGrid:
    """Weights and ages a little beyond the data's, and their grid points (age major)."""

    weight_ticks: np.ndarray
    age_ticks: np.ndarray
    inputs: np.ndarray  # (SURFACE_GRID**2, 2) float32

    def shaped(self, values: np.ndarray) -> np.ndarray:
        """Values at `inputs` as a surface: rows are ages, columns weights."""
        return np.reshape(values, (len(self.age_ticks), len(self.weight_ticks)))


def surface_grid(
    x: np.ndarray, n: int = SURFACE_GRID, pad: tuple[float, float] = TEXTBOOK_PAD
) -> SurfaceGrid:
    """The grid over the data's inputs and `pad` beyond them (first input, second input)."""
    weight_ticks = np.linspace(x[:, 0].min() - pad[0], x[:, 0].max() + pad[0], n)
    age_ticks = np.linspace(x[:, 1].min() - pad[1], x[:, 1].max() + pad[1], n)
    ww, aa = np.meshgrid(weight_ticks, age_ticks)
    return SurfaceGrid(weight_ticks, age_ticks, np.c_[ww.ravel(), aa.ravel()].astype(np.float32))
