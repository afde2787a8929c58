"""Looking inside an Iris run: a diagnosis's fix turned into the page's settings."""

from __future__ import annotations

import dataclasses

from playground.diagnosis import Fix, apply_fix, snapped_train
from playground.lessons.iris.model import model_spec
from playground.lessons.iris.spec import IrisSpec


def fixed_spec(spec: IrisSpec, fix: Fix) -> IrisSpec | None:
    """The page's settings with `fix` applied, or None if the page has no such setting (no
    L2 regularizer; the network's depth is the user's choice of the book's)."""
    if fix.regularization is not None or fix.hidden_layers is not None:
        return None
    if fix.scale_inputs:
        if spec.data.standardize:
            return None
        return dataclasses.replace(spec, data=dataclasses.replace(spec.data, standardize=True))
    _, train = apply_fix(model_spec(spec), spec.train, fix)
    return dataclasses.replace(
        spec,
        activation=fix.activation or spec.activation,
        train=snapped_train(IrisSpec, train, spec.train),
    )
