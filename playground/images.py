"""MNIST and Fashion-MNIST: shipped subsets or the full sets, model presets, and turning a
drawing into an MNIST-style digit."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from playground.datasets import DATA_DIR
from playground.specs import LayerSpec, ModelSpec, TrainSpec

if TYPE_CHECKING:
    from playground.engine import Trainer

DATASETS = ("mnist", "fashion")
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
    import keras

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


# -- models -----------------------------------------------------------------------------------
def _dense(units: int, activation: str) -> LayerSpec:
    return LayerSpec(kind="dense", units=units, activation=activation)


FLATTEN = LayerSpec(kind="flatten")
PRESETS: dict[str, tuple[LayerSpec, ...]] = {
    "dense10": (FLATTEN,),
    "dense100_sigmoid": (FLATTEN, _dense(100, "sigmoid")),
    "dense100_relu": (FLATTEN, _dense(100, "relu")),
    "dense128_dropout": (FLATTEN, _dense(128, "relu"), LayerSpec(kind="dropout", rate=0.2)),
    "cnn": (
        LayerSpec(kind="conv2d", units=16, activation="relu", kernel_size=3),
        LayerSpec(kind="maxpool2d"),
        LayerSpec(kind="conv2d", units=32, activation="relu", kernel_size=3),
        LayerSpec(kind="maxpool2d"),
        FLATTEN,
        LayerSpec(kind="dropout", rate=0.25),
        _dense(64, "relu"),
    ),
}


@dataclass(frozen=True)
class ConvBuilderSpec:
    """The page's model builder: conv blocks (conv + 2x2 max pool), then dense layers."""

    conv_filters: tuple[int, ...] = ()
    dense_units: tuple[int, ...] = (128,)
    activation: str = "relu"
    dropout: float = 0.0


def built_layers(spec: ConvBuilderSpec) -> tuple[LayerSpec, ...]:
    layers: list[LayerSpec] = []
    for filters in spec.conv_filters:
        layers += [
            LayerSpec(kind="conv2d", units=filters, activation=spec.activation),
            LayerSpec(kind="maxpool2d"),
        ]
    layers.append(FLATTEN)
    for units in spec.dense_units:
        layers.append(_dense(units, spec.activation))
        if spec.dropout > 0:
            layers.append(LayerSpec(kind="dropout", rate=spec.dropout))
    return tuple(layers)


def image_model(layers: tuple[LayerSpec, ...]) -> ModelSpec:
    return ModelSpec(
        input_shape=IMAGE_SHAPE,
        layers=layers,
        output_units=10,
        output_activation="softmax",
        loss="sparse_categorical_crossentropy",
        input_scale=1 / 255,
    )


# -- a drawing to an MNIST digit ----------------------------------------------------------------
INK_THRESHOLD = 0.1  # drawing pixels below this (0..1) count as background


def preprocess_drawing(drawing: np.ndarray) -> np.ndarray | None:
    """A grayscale drawing (white ink on black, 0..1, any size) the way MNIST was made: crop
    to the ink, scale the longer side to 20 px keeping the aspect, and put it in a 28x28 field
    with its centre of mass in the middle. None if there is no ink."""
    from PIL import Image

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


@dataclass(frozen=True)
class ImagePageSpec:
    """The MNIST page's settings: which images, which network, how to train it."""

    dataset: str = "mnist"
    full: bool = False  # ask for the full 70,000 images (falls back to the subset)
    layers: tuple[LayerSpec, ...] = PRESETS["dense128_dropout"]
    train: TrainSpec = field(
        default_factory=lambda: TrainSpec("adam", 0.001, batch_size=32, epochs=5)
    )


def make_image_trainer(spec: ImagePageSpec, data: ImageData) -> Trainer:
    from playground.engine import TrainData
    from playground.models import make_trainer

    train_data = TrainData(data.x_train, data.y_train, data.x_test, data.y_test)
    return make_trainer(image_model(spec.layers), spec.train, train_data)


BASELINE_MAX_TRAIN = 10_000  # keeps the float copy scikit-learn needs small on a shared server


def logistic_baseline(data: ImageData, seed: int = 0) -> float:
    """The books' first model: logistic regression by scikit-learn's SGDClassifier on pixels
    scaled to 0..1. Returns test accuracy."""
    from sklearn.linear_model import SGDClassifier

    n = min(len(data.x_train), BASELINE_MAX_TRAIN)
    x_train = data.x_train[:n].reshape(n, -1).astype(np.float32) / 255
    x_test = data.x_test.reshape(len(data.x_test), -1).astype(np.float32) / 255
    classifier = SGDClassifier(loss="log_loss", max_iter=10, tol=None, random_state=seed)
    classifier.fit(x_train, data.y_train[:n])
    return float(classifier.score(x_test, data.y_test))
