"""The 2D loss surfaces the optimizers race on (plain arithmetic: NumPy arrays and TensorFlow
tensors alike)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np


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


@lru_cache(maxsize=16)
def surface_grid(
    surface: Surface, resolution: int = 80
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x ticks, y ticks, loss over them) of the part of `surface` the page draws."""
    xs = np.linspace(*surface.x_range, resolution)
    ys = np.linspace(*surface.y_range, resolution)
    xx, yy = np.meshgrid(xs, ys)
    zz = surface.f(xx, yy)
    for values in (xs, ys, zz):
        values.setflags(write=False)
    return xs, ys, zz
