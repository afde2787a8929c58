"""The MNIST page's spec turned into a network and a trainer; the scikit-learn baseline."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import SGDClassifier

from playground.engine import TrainData, Trainer
from playground.lessons.mnist.data import IMAGE_SHAPE, ImageData, load_images
from playground.lessons.mnist.spec import BuilderSpec, MnistSpec
from playground.models import make_trainer
from playground.specs import LayerSpec, ModelSpec, layer_table


def _dense(units: int, activation: str) -> LayerSpec:
    return LayerSpec(kind="dense", units=units, activation=activation)


FLATTEN = LayerSpec(kind="flatten")
BOOK_LAYERS: dict[str, tuple[LayerSpec, ...]] = {
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


def built_layers(spec: BuilderSpec) -> tuple[LayerSpec, ...]:
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


def hidden_layers(spec: MnistSpec) -> tuple[LayerSpec, ...]:
    """One of the books' models, or the custom build."""
    return built_layers(spec.builder) if spec.model == "custom" else BOOK_LAYERS[spec.model]


def model_spec(spec: MnistSpec) -> ModelSpec:
    return ModelSpec(
        input_shape=IMAGE_SHAPE,
        layers=hidden_layers(spec),
        output_units=10,
        output_activation="softmax",
        loss="sparse_categorical_crossentropy",
        input_scale=1 / 255,
    )


def new_trainer(spec: MnistSpec, data: ImageData) -> Trainer:
    train_data = TrainData(data.x_train, data.y_train, data.x_test, data.y_test)
    return make_trainer(model_spec(spec), spec.train, train_data)


def spec_trainer(spec: MnistSpec) -> Trainer:
    """A trainer for a spec alone, on the images it names (a Compare panel pair's run)."""
    return new_trainer(spec, load_images(spec.data.name, spec.data.full))


def parameter_count(spec: MnistSpec) -> int:
    return sum(params for *_, params in layer_table(model_spec(spec)))


def starts_with_conv(spec: MnistSpec) -> bool:
    layers = hidden_layers(spec)
    return bool(layers) and layers[0].kind == "conv2d"


def kernels(trainer: Trainer) -> list[np.ndarray]:
    """The weight matrices (dense) and filter banks (conv) of the model, in layer order."""
    return [w for w in trainer.weights if w.ndim in (2, 4)]


def epoch_progress(step: int, steps_per_epoch: int) -> tuple[int, int]:
    """(epoch, batches done in it), both counted from 1; at an epoch's end, shown complete."""
    epoch, batch = divmod(step, steps_per_epoch)
    if batch == 0 and epoch > 0:
        return epoch, steps_per_epoch
    return epoch + 1, batch


BASELINE_MAX_TRAIN = 10_000  # keeps the float copy scikit-learn needs small on a shared server


def logistic_baseline(data: ImageData, seed: int = 0) -> float:
    """The books' first model: logistic regression by scikit-learn's SGDClassifier on pixels
    scaled to 0..1. Returns test accuracy."""
    n = min(len(data.x_train), BASELINE_MAX_TRAIN)
    x_train = data.x_train[:n].reshape(n, -1).astype(np.float32) / 255
    x_test = data.x_test.reshape(len(data.x_test), -1).astype(np.float32) / 255
    classifier = SGDClassifier(loss="log_loss", max_iter=10, tol=None, random_state=seed)
    classifier.fit(x_train, data.y_train[:n])
    return float(classifier.score(x_test, data.y_test))
