"""The Iris data as the textbook splits it, the model's inputs, and the decision-region grid."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split

from playground.lessons.iris.spec import FEATURES, DataSpec


@dataclass(frozen=True)
class IrisData:
    """The textbook's split: one-hot targets, train_test_split(test_size=0.2, random_state=13)."""

    x_train: np.ndarray  # all four features, original units (cm)
    y_train: np.ndarray  # one-hot
    x_test: np.ndarray
    y_test: np.ndarray


@lru_cache(maxsize=1)
def load_iris_split() -> IrisData:
    iris = load_iris()
    onehot = np.eye(3, dtype=np.float32)[iris.target]
    x_train, x_test, y_train, y_test = train_test_split(
        iris.data.astype(np.float32), onehot, test_size=0.2, random_state=13
    )
    for array in (x_train, x_test, y_train, y_test):
        array.setflags(write=False)
    return IrisData(x_train, y_train, x_test, y_test)


@dataclass(frozen=True)
class InputMap:
    """Chosen feature columns, standardized with the training set's mean and spread if asked."""

    columns: tuple[int, ...]
    mean: np.ndarray
    scale: np.ndarray

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return ((x[:, self.columns] - self.mean) / self.scale).astype(np.float32)


def input_map(spec: DataSpec, data: IrisData) -> InputMap:
    columns = tuple(FEATURES.index(f) for f in spec.features)
    chosen = data.x_train[:, columns]
    if spec.standardize:
        return InputMap(columns, chosen.mean(0), chosen.std(0))
    return InputMap(columns, np.zeros(len(columns), np.float32), np.ones(len(columns), np.float32))


def typical_flower(data: IrisData) -> tuple[float, ...]:
    """The training set's mean measurements (cm, one decimal): the "try a flower" start."""
    return tuple(float(round(mean, 1)) for mean in data.x_train.mean(0))


def region_grid(
    data: IrisData, pair: tuple[str, str], resolution: int = 60
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Axes over two features (with a margin) and all-feature inputs for every grid point,
    the other features held at their training mean. Rows follow the second feature."""
    i, j = FEATURES.index(pair[0]), FEATURES.index(pair[1])
    everything = np.vstack([data.x_train, data.x_test])
    axes = []
    for column in (i, j):
        lo, hi = everything[:, column].min(), everything[:, column].max()
        margin = 0.1 * (hi - lo)
        axes.append(np.linspace(lo - margin, hi + margin, resolution))
    xx, yy = np.meshgrid(*axes)
    inputs = np.tile(data.x_train.mean(0), (resolution * resolution, 1)).astype(np.float32)
    inputs[:, i], inputs[:, j] = xx.ravel(), yy.ravel()
    return axes[0], axes[1], inputs


def region_points(data: IrisData, pair: tuple[str, str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(the two features, species index) of the training and the test flowers."""
    columns = [FEATURES.index(pair[0]), FEATURES.index(pair[1])]
    return [
        (x[:, columns], y.argmax(1))
        for x, y in ((data.x_train, data.y_train), (data.x_test, data.y_test))
    ]
