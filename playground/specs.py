"""Page specs: one frozen dataclass per page holds every setting of that page, in spec units.

Widgets write a spec (widget keys are the spec's field paths, e.g. `xor.train.learning_rate`),
presets load one into the widgets, share links and exported code are made from one, and the
engine trains one. Each field says which values are allowed, so one generic `from_dict` checks
anything that comes from outside (a URL, a preset, a file):

* `choice(default, options)`: one of the options (a select box, a select slider);
* `number(default, lo, hi)`: an int or float within [lo, hi];
* `numbers(default, lo, hi, max_len[, options])`: a tuple of such numbers, e.g. neurons per
  hidden layer (its widgets: `<path>.count` and one per item, `<path>.1`, `<path>.2`, ...);
* `span(default, lo, hi)`: a (low, high) pair within [lo, hi] (a range slider);
* `subset(default, options)`: a tuple of distinct options in their canonical order;
* `part(cls)`: a nested spec; a plain `bool` field needs nothing.

The spec for the model itself (`ModelSpec`, `LayerSpec`) is derived from a page spec by the
lesson and is never edited directly.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, make_dataclass
from typing import Any

OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear")
REGULARIZERS = ("none", "l1", "l2")
LEARNING_RATES = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
BATCH_SIZES = (1, 2, 4, 8, 16, 32, 64, 128, 256, 0)  # 0: the whole training set
MAX_EPOCHS = 100_000
MAX_SEED = 2**31 - 1


class SpecError(ValueError):
    """A value that does not fit its field; `path` names the field (e.g. `train.epochs`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# -- field kinds ------------------------------------------------------------------------------
def choice(default: Any, options: Sequence) -> Any:
    return field(default=default, metadata={"options": tuple(options)})


def number(default: float, lo: float, hi: float) -> Any:
    return field(default=default, metadata={"range": (lo, hi)})


def numbers(
    default: tuple, lo: float, hi: float, max_len: int, options: Sequence | None = None
) -> Any:
    """Up to `max_len` numbers within [lo, hi] (and among `options`, when given)."""
    meta = {"range": (lo, hi), "max_len": max_len}
    if options is not None:
        meta["options"] = tuple(options)
    return field(default=default, metadata=meta)


def span(default: tuple[float, float], lo: float, hi: float) -> Any:
    """A (low, high) pair within [lo, hi] (a range slider)."""
    return field(default=default, metadata={"range": (lo, hi), "span": True})


def subset(default: tuple, options: Sequence) -> Any:
    return field(default=default, metadata={"options": tuple(options), "subset": True})


def part(cls: type) -> Any:
    return field(default_factory=cls)


@dataclass(frozen=True)
class FieldInfo:
    """What a field allows, for widgets and validation."""

    path: str
    type: Any
    default: Any
    options: tuple | None = None
    range: tuple[float, float] | None = None
    max_len: int | None = None
    subset: bool = False
    span: bool = False

    @property
    def counted(self) -> bool:
        """A variable-length tuple of numbers (a count widget and one widget per item)."""
        return self.max_len is not None


@functools.cache  # spec classes never change, and resolving hints is costly on every rerun
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _default(spec_field: dataclasses.Field) -> Any:
    if spec_field.default_factory is not dataclasses.MISSING:
        return spec_field.default_factory()
    return spec_field.default


def fields_of(cls: type, prefix: str = "") -> list[FieldInfo]:
    """Every leaf field of a spec class, nested parts flattened into dotted paths."""
    hints = _hints(cls)
    infos = []
    for spec_field in dataclasses.fields(cls):
        path = f"{prefix}{spec_field.name}"
        kind = hints[spec_field.name]
        if dataclasses.is_dataclass(kind):
            infos += fields_of(kind, f"{path}.")
            continue
        meta = spec_field.metadata
        infos.append(
            FieldInfo(
                path=path,
                type=kind,
                default=_default(spec_field),
                options=meta.get("options"),
                range=meta.get("range"),
                max_len=meta.get("max_len"),
                subset=meta.get("subset", False),
                span=meta.get("span", False),
            )
        )
    return infos


def field_info(cls: type, path: str) -> FieldInfo:
    for info in fields_of(cls):
        if info.path == path:
            return info
    raise KeyError(f"{cls.__name__} has no field {path!r}")


# -- checking values --------------------------------------------------------------------------
def _check_number(info: FieldInfo, value: Any, kind: type, path: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SpecError(path, f"{value!r} is not a number")
    if kind is int:
        if isinstance(value, float) and not value.is_integer():
            raise SpecError(path, f"{value!r} is not a whole number")
        value = int(value)
    else:
        value = float(value)
        if not math.isfinite(value):
            raise SpecError(path, f"{value!r} is not finite")
    if info.range and not info.range[0] <= value <= info.range[1]:
        lo, hi = info.range
        raise SpecError(path, f"{value!r} is outside {lo:g}..{hi:g}")
    return value


def _check_scalar(info: FieldInfo, value: Any, kind: type, path: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise SpecError(path, f"{value!r} is not true or false")
    elif kind is str:
        if not isinstance(value, str):
            raise SpecError(path, f"{value!r} is not text")
    else:
        value = _check_number(info, value, kind, path)
    if info.options is not None and not info.subset and value not in info.options:
        raise SpecError(path, f"{value!r} is not one of {', '.join(map(str, info.options))}")
    return value


def check_value(info: FieldInfo, value: Any) -> Any:
    """`value` as the field's type (lists become tuples), or a SpecError naming the field."""
    if typing.get_origin(info.type) is not tuple:
        return _check_scalar(info, value, info.type, info.path)
    if not isinstance(value, (list, tuple)):
        raise SpecError(info.path, f"{value!r} is not a list")
    item_kind = typing.get_args(info.type)[0]
    item_info = dataclasses.replace(info, subset=False)  # each item is one of the options
    items = tuple(
        _check_scalar(item_info, item, item_kind, f"{info.path}[{i}]")
        for i, item in enumerate(value)
    )
    if info.max_len is not None and len(items) > info.max_len:
        raise SpecError(info.path, f"{len(items)} items, at most {info.max_len} allowed")
    if info.span and (len(items) != 2 or items[0] > items[1]):
        raise SpecError(info.path, f"{value!r} is not a (low, high) pair")
    if info.subset:
        if len(set(items)) != len(items):
            raise SpecError(info.path, "an item appears twice")
        items = tuple(option for option in info.options if option in items)
    return items


# -- dicts ------------------------------------------------------------------------------------
def to_dict(spec: Any) -> dict:
    """A JSON-ready nested dict (tuples become lists)."""
    return dataclasses.asdict(spec, dict_factory=lambda pairs: {k: _plain(v) for k, v in pairs})


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def from_dict(cls: type, data: dict, prefix: str = "") -> Any:
    """A spec from `to_dict` output; a missing key takes its default, an unknown key, a wrong
    type or an out-of-range value raises a SpecError naming the field."""
    if not isinstance(data, dict):
        raise SpecError(prefix.rstrip(".") or cls.__name__, f"{data!r} is not a mapping")
    hints = _hints(cls)
    names = {spec_field.name: spec_field for spec_field in dataclasses.fields(cls)}
    for name in data:
        if name not in names:
            raise SpecError(f"{prefix}{name}", "unknown setting")
    kwargs = {}
    for name, value in data.items():
        kind = hints[name]
        if dataclasses.is_dataclass(kind):
            kwargs[name] = from_dict(kind, value, f"{prefix}{name}.")
        else:
            info = next(i for i in fields_of(cls, prefix) if i.path == f"{prefix}{name}")
            kwargs[name] = check_value(info, value)
    return cls(**kwargs)


def flatten(spec: Any) -> dict[str, Any]:
    """{field path: value} for every leaf of `spec`."""
    values: dict[str, Any] = {}
    for spec_field in dataclasses.fields(spec):
        value = getattr(spec, spec_field.name)
        if dataclasses.is_dataclass(value):
            values.update({f"{spec_field.name}.{k}": v for k, v in flatten(value).items()})
        else:
            values[spec_field.name] = value
    return values


def from_flat(cls: type, values: dict[str, Any]) -> Any:
    """A spec from {field path: value} (missing paths take their defaults), checked."""
    nested: dict[str, Any] = {}
    for path, value in values.items():
        *parents, leaf = path.split(".")
        target = nested
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return from_dict(cls, nested)


def reset_key(page_spec: Any) -> Any:
    """What a new model is needed for: a page's spec (a dataclass with a `train` TrainSpec)
    with the learning rate and the epoch target blanked, as those two apply to a running model."""
    train = dataclasses.replace(page_spec.train, learning_rate=0.0, epochs=0)
    return dataclasses.replace(page_spec, train=train)


# -- one-click comparisons -------------------------------------------------------------------
@dataclass(frozen=True)
class ComparePair:
    """A one-click comparison on a training page (a lesson's `COMPARE_PAIRS`): one run for each
    of `values` of the setting `path`, all else equal: the page's current settings with `fixed`
    (flat paths) over them, and at most `max_epochs` epochs each. It is offered only where the
    page's settings hold `requires` (else `needs`, a string key, says why not)."""

    name: str  # its string key, e.g. "mnist.pair.activation"
    path: str
    values: tuple
    fixed: Mapping[str, Any] = field(default_factory=dict)
    max_epochs: int | None = None
    requires: Mapping[str, Any] = field(default_factory=dict)
    needs: str = ""


def pair_applies(pair: ComparePair, current: Any) -> bool:
    """Whether the page's settings `current` allow `pair` (e.g. not on data from the session)."""
    values = flatten(current)
    return all(values[path] == value for path, value in pair.requires.items())


def pair_specs(pair: ComparePair, current: Any) -> list[Any]:
    """The specs of `pair`'s runs on a page whose spec is `current` (checked like a share link)."""
    base = {**flatten(current), **pair.fixed}
    if pair.max_epochs is not None:
        base["train.epochs"] = min(base["train.epochs"], pair.max_epochs)
    return [from_flat(type(current), {**base, pair.path: value}) for value in pair.values]


# -- shared spec parts ------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainSpec:
    """The sidebar's Training group. Pages with big data subclass it with tighter bounds."""

    optimizer: str = choice("sgd", OPTIMIZERS)
    learning_rate: float = choice(0.1, LEARNING_RATES)
    batch_size: int = choice(1, BATCH_SIZES)  # 0 means the whole training set in one batch
    epochs: int = number(5000, 1, MAX_EPOCHS)
    shuffle: bool = True
    seed: int = number(0, 0, MAX_SEED)  # initial weights and shuffling; reset keeps it


def train_spec(
    name: str,
    module: str,
    doc: str,
    *,
    optimizer: str,
    learning_rate: float,
    batch_size: int,
    epochs: int = 5000,
    batch_sizes: Sequence[int] = BATCH_SIZES,
    max_epochs: int = MAX_EPOCHS,
) -> type[TrainSpec]:
    """A page's Training group: TrainSpec with the page's defaults (and, for pages with big
    data, its own batch sizes and epoch bound). The fields, their order and paths stay
    TrainSpec's, so share links and positional construction keep working."""
    fields = [
        ("optimizer", str, choice(optimizer, OPTIMIZERS)),
        ("learning_rate", float, choice(learning_rate, LEARNING_RATES)),
        ("batch_size", int, choice(batch_size, batch_sizes)),
        ("epochs", int, number(epochs, 1, max_epochs)),
    ]
    cls = make_dataclass(name, fields, bases=(TrainSpec,), frozen=True, namespace={"__doc__": doc})
    cls.__module__ = module
    return cls


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
            shape = (math.prod(shape),)
        rows.append((layer.kind, shape, params))
    if not spec.output_bias:
        kind, out_shape, params = rows[-1]
        rows[-1] = (kind, out_shape, params - spec.output_units)
    return rows
