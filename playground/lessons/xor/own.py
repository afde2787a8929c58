"""The user's own data on the XOR page: two columns of an uploaded table, or points clicked on
the plane, as an `OwnSet` the page trains on. Each set has a fingerprint, so a new set makes a
new model (see `model.run_key`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from playground.datasets import Points2D
from playground.lessons.xor.data import PLANE_RADIUS
from playground.own_data import (
    MIN_PER_CLASS,
    CsvTask,
    DataError,
    OwnPoints,
    Table,
    classification_points,
    fingerprint,
    numeric_columns,
    split,
)

MIN_RADIUS = 2.5  # standardised data: the plane shows at least +-2.5 standard deviations


@dataclass(frozen=True, eq=False)
class OwnSet:
    """Points in model coordinates (a file's columns standardised; clicks as they are)."""

    points: OwnPoints
    fingerprint: str
    clicked: bool = False

    @property
    def size(self) -> int:
        return len(self.points.labels)


def default_columns(table: Table) -> tuple[tuple[str, str], str]:
    """A first guess: the last column is the label, the first two numeric others the inputs
    (then other columns, so that reading them says which cells are not numbers)."""
    if len(table.columns) < 3:
        raise DataError("data.err.no_label")
    label = table.columns[-1]
    numeric = [name for name in numeric_columns(table) if name != label]
    others = [name for name in table.columns[:-1] if name not in numeric]
    first, second = (numeric + others)[:2]
    return (first, second), label


def from_table(table: Table, features: tuple[str, str], label: str) -> OwnSet:
    """The set from two numeric columns and a label column; DataError if it cannot be used
    (this page's model has one sigmoid output: exactly two classes)."""
    points = classification_points(table, tuple(features), label)
    if not points.binary:
        raise DataError("data.err.two_classes", count=len(points.class_names))
    names = (*points.features, label, *points.class_names)
    return OwnSet(points, fingerprint(points.x, points.labels, *names))


CSV_TASK = CsvTask(
    feature_labels=("x₁", "x₂"),
    target_key="data.label",
    numeric_target=False,
    guess=default_columns,
    build=from_table,
    need_key="data.need_file",
)


def from_clicks(x: np.ndarray, labels: np.ndarray) -> OwnSet:
    """Clicked points (plane coordinates, 0 orange, 1 blue); at least MIN_PER_CLASS of each."""
    x = np.asarray(x, np.float32).reshape(-1, 2)
    labels = np.asarray(labels, np.int64)
    counts = np.bincount(labels, minlength=2)
    if len(counts) > 2 or counts.min() < MIN_PER_CLASS:
        raise DataError("data.need_points", least=MIN_PER_CLASS)
    points = OwnPoints(
        x=x,
        labels=labels,
        class_names=("0", "1"),
        mean=np.zeros(2),
        std=np.ones(2),
        features=("x1", "x2"),
        rows=np.arange(1, len(x) + 1),
    )
    return OwnSet(points, fingerprint(x, labels, "clicked"), clicked=True)


def own_points(own: OwnSet, train_share: float, seed: int) -> Points2D:
    """A stratified train/test split of the set (the page's train share and sample seed)."""
    return split(own.points, train_share, seed)


def own_bounds(own: OwnSet) -> tuple[float, float]:
    """The square of the plane drawn: clicks live on the built-in sets' plane; a file's
    standardised points get a square that holds them all, in half steps."""
    if own.clicked:
        return (-PLANE_RADIUS, PLANE_RADIUS)
    reach = float(np.abs(own.points.x).max()) * 1.1 if own.size else MIN_RADIUS
    radius = max(MIN_RADIUS, math.ceil(reach * 2) / 2)
    return (-radius, radius)


def named_features(names: list[str], own: OwnSet | None) -> list[str]:
    """The page's feature names (x₁, x₁², sin(x₂), ...) with x₁ and x₂ read as a file's two
    columns (clicked points and built-in sets keep x₁ and x₂)."""
    if own is None or own.clicked:
        return names
    first, second = own.points.features
    return [name.replace("x₁", first).replace("x₂", second) for name in names]
