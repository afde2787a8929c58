"""Data that several lessons share: 2D point sets, square grids, the blood-fat table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Points2D:
    """Raw 2D coordinates and 0/1 labels, split into train and test."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


def grid(bounds: tuple[float, float], resolution: int) -> tuple[np.ndarray, np.ndarray]:
    """Axis ticks and the (resolution**2, 2) points of a square grid, row by row (y major)."""
    ticks = np.linspace(bounds[0], bounds[1], resolution, dtype=np.float32)
    xx, yy = np.meshgrid(ticks, ticks)
    return ticks, np.stack([xx.ravel(), yy.ravel()], axis=1)


DATA_DIR = Path(__file__).parent / "data"


def load_blood_fat() -> tuple[np.ndarray, np.ndarray]:
    """(weight and age, blood fat) for the 25 people of the textbook's regression example."""
    table = np.loadtxt(DATA_DIR / "blood_fat.csv", delimiter=",", comments="#", skiprows=3)
    return table[:, :2].astype(np.float32), table[:, 2:].astype(np.float32)
