"""Looking inside an XOR run: a diagnosis's fix turned into the page's settings, and the names
of the training examples the step-by-step backprop can pick."""

from __future__ import annotations

import dataclasses

from playground.diagnosis import Fix, apply_fix, nearest, snapped_train
from playground.lessons.xor.model import XorRun, model_spec
from playground.lessons.xor.spec import REGULARIZATION_RATES, XorSpec
from playground.specs import field_info


def fixed_spec(spec: XorSpec, fix: Fix) -> XorSpec | None:
    """The page's settings with `fix` applied, snapped to the options the widgets offer;
    None if the fix is not a setting of this page (scaling: the page owns its inputs)."""
    if fix.scale_inputs:
        return None
    model, train = apply_fix(model_spec(spec), spec.train, fix)
    hidden = [layer for layer in model.layers if layer.kind == "dense"]
    max_neurons = field_info(XorSpec, "neurons").range[1]
    neurons = tuple(min(int(layer.units), int(max_neurons)) for layer in hidden)
    return dataclasses.replace(
        spec,
        neurons=neurons,
        activation=fix.activation or spec.activation,
        regularizer=model.regularizer,
        regularization_rate=nearest(model.regularization_rate, REGULARIZATION_RATES),
        train=snapped_train(XorSpec, train, spec.train),
    )


def example_names(run: XorRun) -> list[str]:
    """ "(x₁, x₂) → target" for every training example, in the trainer's order."""
    names = []
    for point, target in zip(run.points.x_train, run.points.y_train[:, 0]):
        where = ", ".join(f"{v:.3g}" for v in point)
        names.append(f"({where}) → {int(target)}")
    return names
