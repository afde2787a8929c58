"""MNIST and Fashion-MNIST: the shipped subsets or the full sets, and a drawing turned into an
MNIST-style digit."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import keras
import numpy as np
from PIL import Image

from playground.datasets import DATA_DIR
from playground.lessons.mnist.spec import DATASETS

CLASS_NAMES = {
    "mnist": tuple(str(digit) for digit in range(10)),
    "fashion": (
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Sneaker",
        "Bag",
        "Ankle boot",
    ),
}
IMAGE_SHAPE = (28, 28, 1)


@dataclass(frozen=True)
class ImageData:
    """uint8 images (n, 28, 28, 1) and uint8 labels; arrays are shared and read-only."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    full: bool  # the whole dataset (70,000 images) rather than the shipped subset
    note: str = ""  # why the full set could not be loaded, if it was asked for


_CACHE: dict[tuple[str, bool], ImageData] = {}
_LOCK = threading.Lock()


def load_images(name: str, full: bool = False) -> ImageData:
    """Loaded once per process and shared: never copied per session or rerun."""
    if name not in DATASETS:
        raise ValueError(f"unknown dataset {name!r}")
    with _LOCK:
        if (name, full) not in _CACHE:
            _CACHE[(name, full)] = _load_full(name) if full else _load_shipped(name)
        return _CACHE[(name, full)]


def _frozen(x_train, y_train, x_test, y_test, full: bool, note: str = "") -> ImageData:
    arrays = [
        np.ascontiguousarray(x_train, np.uint8).reshape(-1, *IMAGE_SHAPE),
        np.ascontiguousarray(y_train, np.uint8).reshape(-1),
        np.ascontiguousarray(x_test, np.uint8).reshape(-1, *IMAGE_SHAPE),
        np.ascontiguousarray(y_test, np.uint8).reshape(-1),
    ]
    for array in arrays:
        array.setflags(write=False)
    return ImageData(*arrays, full=full, note=note)


def _load_shipped(name: str) -> ImageData:
    with np.load(DATA_DIR / f"{name}_subset.npz") as data:
        return _frozen(data["x_train"], data["y_train"], data["x_test"], data["y_test"], False)


def _download(name: str):
    """keras.datasets' own loader (downloads once, then reads its cache in ~/.keras)."""
    loader = keras.datasets.mnist if name == "mnist" else keras.datasets.fashion_mnist
    return loader.load_data()


def _load_full(name: str) -> ImageData:
    try:
        (x_train, y_train), (x_test, y_test) = _download(name)
    except Exception as error:  # no network, a proxy, a corrupt cache: all mean "use ours"
        shipped = _load_shipped(name)
        reason = f"{type(error).__name__}: {str(error)[:160]}"
        return ImageData(*_arrays(shipped), full=False, note=reason)
    return _frozen(x_train, y_train, x_test, y_test, True)


def _arrays(data: ImageData) -> tuple[np.ndarray, ...]:
    return data.x_train, data.y_train, data.x_test, data.y_test


def first_of_each_class(labels: np.ndarray, per_class: int) -> list[int]:
    """Indices of the first `per_class` images of every class, row by row (0..9, 0..9, ...)."""
    firsts = [np.flatnonzero(labels == k)[:per_class] for k in range(10)]
    return [int(indices[row]) for row in range(per_class) for indices in firsts]


# -- a drawing to an MNIST digit ----------------------------------------------------------------
INK_THRESHOLD = 0.1  # drawing pixels below this (0..1) count as background


def preprocess_drawing(drawing: np.ndarray) -> np.ndarray | None:
    """A grayscale drawing (white ink on black, 0..1, any size) the way MNIST was made: crop
    to the ink, scale the longer side to 20 px keeping the aspect, and put it in a 28x28 field
    with its centre of mass in the middle. None if there is no ink."""
    ink = np.where(drawing >= INK_THRESHOLD, drawing, 0.0)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if len(rows) == 0:
        return None
    cropped = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    height, width = cropped.shape
    scale = 20.0 / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    image = Image.fromarray(np.uint8(np.clip(cropped, 0, 1) * 255)).resize(size, Image.LANCZOS)
    small = np.asarray(image, np.float64)
    field = np.zeros((28, 28))
    top, left = (28 - small.shape[0]) // 2, (28 - small.shape[1]) // 2
    field[top : top + small.shape[0], left : left + small.shape[1]] = small
    total = field.sum()
    if total <= 0:
        return None
    ys, xs = np.indices(field.shape)
    shift = (round(13.5 - (ys * field).sum() / total), round(13.5 - (xs * field).sum() / total))
    centred = np.roll(field, shift, axis=(0, 1))
    return np.clip(centred, 0, 255).astype(np.uint8)
