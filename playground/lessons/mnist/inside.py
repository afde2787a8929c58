"""Looking inside an MNIST run: a diagnosis's fix turned into the page's settings."""

from __future__ import annotations

import dataclasses

from playground.diagnosis import Fix, apply_fix, snapped_train
from playground.lessons.mnist.model import BOOK_LAYERS, hidden_layers, model_spec
from playground.lessons.mnist.spec import MnistSpec


def _with_activation(spec: MnistSpec, activation: str) -> MnistSpec | None:
    """The custom build with another activation, or the book's model that differs only in it
    (the sigmoid and the ReLU 100-unit nets); None when the book has no such model."""
    if spec.model == "custom":
        return dataclasses.replace(
            spec, builder=dataclasses.replace(spec.builder, activation=activation)
        )
    wanted = tuple(
        dataclasses.replace(layer, activation=activation) if layer.kind == "dense" else layer
        for layer in hidden_layers(spec)
    )
    twin = next((name for name, layers in BOOK_LAYERS.items() if layers == wanted), None)
    return None if twin is None else dataclasses.replace(spec, model=twin)


def fixed_spec(spec: MnistSpec, fix: Fix) -> MnistSpec | None:
    """The page's settings with `fix` applied, or None if the page has no such setting
    (pixels are always scaled to 0..1; no L2 regularizer)."""
    if fix.scale_inputs or fix.regularization is not None or fix.hidden_layers is not None:
        return None
    changed = _with_activation(spec, fix.activation) if fix.activation else spec
    if changed is None:
        return None
    _, train = apply_fix(model_spec(spec), spec.train, fix)
    return dataclasses.replace(changed, train=snapped_train(MnistSpec, train, spec.train))
