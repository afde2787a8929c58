"""Plain, serialisable settings from which data, models and training are built.

Widgets produce a spec, and everything else is derived from it: the one-way street
widgets -> spec -> data/model/training keeps pages thin and makes specs easy to put in a URL
or turn into code.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear")
REGULARIZERS = ("none", "l1", "l2")
XOR_DATASETS = ("xor_table", "xor", "circle", "gaussians", "spiral", "moons")
XOR_FEATURES = ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer. `units` is neurons for dense layers and filters for conv layers."""

    kind: str = "dense"  # dense | conv2d | maxpool2d | dropout | flatten
    units: int = 4
    activation: str = "relu"
    rate: float = 0.0  # dropout rate
    kernel_size: int = 3


@dataclass(frozen=True)
class ModelSpec:
    input_shape: tuple[int, ...]
    layers: tuple[LayerSpec, ...]
    output_units: int = 1
    output_activation: str = "sigmoid"
    loss: str = "mse"  # mse | sse | binary_crossentropy | categorical_crossentropy
    regularizer: str = "none"
    regularization_rate: float = 0.0
    input_scale: float = 1.0  # e.g. 1/255 for uint8 images, applied inside the model
    output_bias: bool = True


@dataclass(frozen=True)
class TrainSpec:
    optimizer: str = "sgd"
    learning_rate: float = 0.1
    batch_size: int = 1  # 0 means the whole training set in one batch
    epochs: int = 5000
    shuffle: bool = True
    seed: int = 0


@dataclass(frozen=True)
class DatasetSpec:
    name: str = "xor_table"
    n_samples: int = 200
    noise: float = 0.0  # 0..0.5
    train_share: float = 0.5  # 0.1..0.9
    seed: int = 0
    features: tuple[str, ...] = ("x1", "x2")


@dataclass(frozen=True)
class XorPageSpec:
    data: DatasetSpec = field(default_factory=DatasetSpec)
    hidden_layers: int = 1
    neurons: tuple[int, ...] = (2,)
    activation: str = "sigmoid"
    loss: str = "mse"
    regularizer: str = "none"
    regularization_rate: float = 0.0
    train: TrainSpec = field(default_factory=TrainSpec)


def to_dict(spec: Any) -> dict:
    """A JSON-ready dict (tuples become lists)."""
    return dataclasses.asdict(spec)


def from_dict(cls: type, data: dict) -> Any:
    """Rebuild a (possibly nested) spec dataclass from `to_dict` output, ignoring unknown keys."""
    kwargs = {}
    hints = {f.name: f for f in dataclasses.fields(cls)}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _coerce(hints[name].type, value)
    return cls(**kwargs)


def _coerce(type_name: Any, value: Any) -> Any:
    nested = {c.__name__: c for c in (LayerSpec, ModelSpec, TrainSpec, DatasetSpec, XorPageSpec)}
    name = str(type_name)
    if name in nested and isinstance(value, dict):
        return from_dict(nested[name], value)
    if name.startswith("tuple[LayerSpec") and isinstance(value, (list, tuple)):
        return tuple(from_dict(LayerSpec, v) if isinstance(v, dict) else v for v in value)
    if name.startswith("tuple") and isinstance(value, (list, tuple)):
        return tuple(value)
    return value


def reset_key(page_spec: Any) -> Any:
    """What a new model is needed for: a page's spec (a dataclass with a `train` TrainSpec)
    with the learning rate and the epoch target blanked, as those two apply to a running model."""
    train = dataclasses.replace(page_spec.train, learning_rate=0.0, epochs=0)
    return dataclasses.replace(page_spec, train=train)


def layer_table(spec: ModelSpec) -> list[tuple[str, tuple[int, ...], int]]:
    """(layer, output shape, trainable parameters) per layer, as `model.summary()` counts them,
    worked out from the spec alone (no TensorFlow)."""
    shape = tuple(spec.input_shape)
    rows = []
    for layer in (*spec.layers, LayerSpec(kind="dense", units=spec.output_units)):
        params = 0
        if layer.kind == "dense":
            params = (shape[-1] + 1) * layer.units
            shape = (*shape[:-1], layer.units)
        elif layer.kind == "conv2d":
            params = (layer.kernel_size**2 * shape[-1] + 1) * layer.units
            shape = (
                shape[0] - layer.kernel_size + 1,
                shape[1] - layer.kernel_size + 1,
                layer.units,
            )
        elif layer.kind == "maxpool2d":
            shape = (shape[0] // 2, shape[1] // 2, shape[2])
        elif layer.kind == "flatten":
            size = 1
            for n in shape:
                size *= n
            shape = (size,)
        rows.append((layer.kind, shape, params))
    if not spec.output_bias:
        kind, out_shape, params = rows[-1]
        rows[-1] = (kind, out_shape, params - spec.output_units)
    return rows
