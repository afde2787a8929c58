"""The activations page's settings: the curves, the softmax logits and the deep stack."""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import MAX_SEED, choice, number, numbers, part, span, subset

# Keras has no step function (it has no useful gradient); it is computed directly.
FUNCTIONS = (
    "step",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "selu",
    "softplus",
    "gelu",
    "swish",
    "linear",
)
DEPTH_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "gelu", "swish")
DEAD_UNIT_ACTIVATIONS = ("relu", "leaky_relu")  # the deep stack also counts their dead units
INITIALIZERS = ("glorot_uniform", "he_normal", "random_normal", "lecun_normal")
WIDTHS = (8, 16, 32, 64, 128, 256)
MIN_LOGITS, MAX_LOGITS = 2, 6
LOGIT_RANGE = (-5.0, 5.0)


@dataclass(frozen=True)
class DeepStackSpec:
    """A stack of Dense layers whose gradients are measured on one random batch."""

    depth: int = number(10, 2, 20)
    width: int = choice(64, WIDTHS)
    activation: str = choice("sigmoid", DEPTH_ACTIVATIONS)
    initializer: str = choice("glorot_uniform", INITIALIZERS)
    bias: float = number(0.0, -2.0, 2.0)  # every unit's initial bias
    seed: int = number(0, 0, MAX_SEED)  # "new weights and batch" draws another


@dataclass(frozen=True)
class ActivationsSpec:
    functions: tuple[str, ...] = subset(("sigmoid", "tanh", "relu"), FUNCTIONS)
    x_range: tuple[float, float] = span((-5.0, 5.0), -10.0, 10.0)
    alpha: float = number(0.2, 0.0, 1.0)  # leaky ReLU's slope for x < 0
    derivative: bool = True
    logits: tuple[float, ...] = numbers((0.0, 1.0, 2.0), *LOGIT_RANGE, MAX_LOGITS)
    stack: DeepStackSpec = part(DeepStackSpec)


PAGE_SPEC = ActivationsSpec
PRESETS: dict[str, ActivationsSpec] = {}
