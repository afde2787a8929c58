"""ModelSpec -> compiled keras.Model, and the catalogues of optimizers, losses and metrics."""

from __future__ import annotations

from functools import partial

import keras

from playground.engine import TrainData, Trainer
from playground.specs import LayerSpec, ModelSpec, TrainSpec


def make_optimizer(
    name: str, learning_rate: float, momentum: float | None = None
) -> keras.optimizers.Optimizer:
    """A Keras optimizer by name; `momentum` sets SGD's momentum (Nesterov too) or Adam's
    beta_1 (None: 0.9, Keras' Adam default and the usual momentum)."""
    beta = 0.9 if momentum is None else momentum
    factories = {
        "sgd": lambda: keras.optimizers.SGD(learning_rate),
        "momentum": lambda: keras.optimizers.SGD(learning_rate, momentum=beta),
        "nesterov": lambda: keras.optimizers.SGD(learning_rate, momentum=beta, nesterov=True),
        "adagrad": lambda: keras.optimizers.Adagrad(learning_rate),
        "rmsprop": lambda: keras.optimizers.RMSprop(learning_rate),
        "adam": lambda: keras.optimizers.Adam(learning_rate, beta_1=beta),
    }
    if name not in factories:
        raise ValueError(f"unknown optimizer {name!r}")
    return factories[name]()


def make_loss(name: str) -> keras.losses.Loss:
    losses = {
        "mse": lambda: keras.losses.MeanSquaredError(),
        "sse": lambda: keras.losses.MeanSquaredError(reduction="sum"),
        "binary_crossentropy": lambda: keras.losses.BinaryCrossentropy(),
        "categorical_crossentropy": lambda: keras.losses.CategoricalCrossentropy(),
        "sparse_categorical_crossentropy": lambda: keras.losses.SparseCategoricalCrossentropy(),
    }
    if name not in losses:
        raise ValueError(f"unknown loss {name!r}")
    return losses[name]()


def metric_for(spec: ModelSpec) -> str | None:
    """The accuracy the engine reports for this model, or None for regression."""
    if spec.loss == "sparse_categorical_crossentropy":
        return "sparse_categorical_accuracy"
    if spec.loss == "categorical_crossentropy":
        return "categorical_accuracy"
    if spec.output_activation == "sigmoid":
        return "binary_accuracy"
    return None


def dense_activations(spec: ModelSpec) -> list[str]:
    """The activation of every dense layer, the output layer's last."""
    return [layer.activation for layer in spec.layers if layer.kind == "dense"] + [
        spec.output_activation
    ]


def _regularizer(spec: ModelSpec) -> keras.regularizers.Regularizer | None:
    if spec.regularizer == "l1" and spec.regularization_rate > 0:
        return keras.regularizers.L1(spec.regularization_rate)
    if spec.regularizer == "l2" and spec.regularization_rate > 0:
        return keras.regularizers.L2(spec.regularization_rate)
    return None


def _hidden_layer(layer: LayerSpec, regularizer) -> keras.layers.Layer:
    if layer.kind == "dense":
        return keras.layers.Dense(
            layer.units, activation=layer.activation, kernel_regularizer=regularizer
        )
    if layer.kind == "conv2d":
        return keras.layers.Conv2D(
            layer.units,
            layer.kernel_size,
            activation=layer.activation,
            kernel_regularizer=regularizer,
        )
    if layer.kind == "maxpool2d":
        return keras.layers.MaxPooling2D(2)
    if layer.kind == "dropout":
        return keras.layers.Dropout(layer.rate)
    if layer.kind == "flatten":
        return keras.layers.Flatten()
    raise ValueError(f"unknown layer kind {layer.kind!r}")


def build_model(spec: ModelSpec, optimizer: str, learning_rate: float) -> keras.Model:
    """A compiled Sequential model for `spec`, its optimizer built and ready to train."""
    regularizer = _regularizer(spec)
    layers: list[keras.layers.Layer] = [keras.Input(spec.input_shape)]
    if spec.input_scale != 1.0:
        layers.append(keras.layers.Rescaling(spec.input_scale))
    layers += [_hidden_layer(layer, regularizer) for layer in spec.layers]
    layers.append(
        keras.layers.Dense(
            spec.output_units,
            activation=spec.output_activation,
            use_bias=spec.output_bias,
            kernel_regularizer=regularizer,
        )
    )
    model = keras.Sequential(layers)
    model.compile(optimizer=make_optimizer(optimizer, learning_rate), loss=make_loss(spec.loss))
    model.optimizer.build(model.trainable_variables)
    return model


def make_trainer(
    model: ModelSpec, train: TrainSpec, data: TrainData, *, record_weights: bool = False
) -> Trainer:
    """A live-training run of `model` on `data` with the settings of `train`: the one way
    every page makes its trainer."""
    return Trainer(
        (model, train.optimizer),
        partial(build_model, model, train.optimizer, train.learning_rate),
        data,
        batch_size=train.batch_size or len(data.x),
        learning_rate=train.learning_rate,
        seed=train.seed,
        shuffle=train.shuffle,
        metric=metric_for(model),
        record_weights=record_weights,
    )
