""" "Why did it fail?": plain-language diagnoses of a training run, with evidence and a fix.

`gather_evidence` measures what the rules need on the real model with the run's weights (layer
outputs, per-layer gradients from tf.GradientTape) and on the data (condition numbers, the best
straight line); `diagnose` turns that into diagnoses, most important first. A `Fix` is a set of
generic knobs; `apply_fix` maps them onto a ModelSpec and a TrainSpec, and a page with its own
spec maps them the same way (`scale_inputs` is always the page's: it owns the data).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import keras
import numpy as np
import tensorflow as tf

from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec, TrainSpec, field_info
from playground.texts_inside import TEXTS

# Thresholds, each with why.
EXPLODING_FACTOR = 10.0  # last epoch's loss 10x its first: the steps overshoot, not learn
GOOD_LOSS_SHARE = 0.1  # a tenth of the loss of always predicting the mean counts as learnt
GOOD_ACCURACY = 0.95  # a run at 95% training accuracy is not a failure to explain
MIN_EPOCHS = 20  # before this, a flat or rising curve is too short to judge
DEAD_SHARE = 0.5  # half the ReLUs silent on every example: most of the net has stopped learning
SATURATED_SHARE = 0.6  # most sigmoid/tanh outputs where the slope is under a tenth of its peak
VANISHING_RATIO = 0.01  # the first layer's gradients 100x smaller than the output layer's
PLATEAU_SHARE = 0.25  # judge flatness over the last quarter of the run ...
PLATEAU_CHANGE = 0.01  # ... where the loss fell by less than 1%
SLOW_RATE = 0.01  # below this a plateau is first of all a too-small rate (Adam's default 1e-3)
ADAM_RATE = 0.01  # Adam's step is about the rate per weight, whatever the gradient's size
TOO_SIMPLE_ACCURACY = 0.75  # a line on XOR-like data gets 50-75%
LINEAR_ACCURACY = 0.85  # below this even the best straight line (least squares) fails
OVERFIT_RISE = 0.1  # test loss 10% above its best ...
OVERFIT_STRETCH = 0.2  # ... for the last fifth of the run at least (and MIN_EPOCHS epochs)
OVERFIT_L2 = 0.001  # a mild L2 rate: pulls spurious weights down without underfitting
# Standardising would cut the condition number 30x: gradient descent's pace goes with its
# square, so scaling would make it ~1000x faster (raw month powers: 250x; 2D points in
# [-6, 6] with their squares: 10-25x; features already of one scale: 1-3x).
SCALE_GAIN = 30.0
# Beyond this the standardised inputs are themselves (nearly) collinear, as image pixels are
# (28 x 28 of them, most always 0): both condition numbers are then rounding noise, and scaling
# cannot help with collinearity.
COLLINEAR = 1e8
# Condition numbers are measured on tables of a few columns; images (784 pixels) are collinear
# anyway, and their SVD would cost seconds of a shared server's CPU on every pause.
MAX_CONDITION_COLUMNS = 64
MAX_ROWS = (
    2000  # rows measured (gradients, outputs, SVD): enough for shares, cheap on a class server
)


@dataclass(frozen=True)
class Fix:
    learning_rate: float | None = None
    activation: str | None = None  # for every hidden layer
    hidden_layers: int | None = None  # the new number of hidden layers
    optimizer: str | None = None
    regularization: float | None = None  # an L2 rate
    scale_inputs: bool = False
    epochs: int | None = None


@dataclass(frozen=True)
class Diagnosis:
    code: str  # e.g. "diverged": TEXTS keys diag.<code>.title and diag.<code>.why
    evidence: dict
    fix: Fix


@dataclass(frozen=True)
class Evidence:
    status: str
    loss: np.ndarray  # per epoch
    val_loss: np.ndarray  # per epoch, empty without test data
    accuracy: float | None  # last epoch's training accuracy (None for regression)
    baseline_loss: float  # the loss of always predicting the targets' mean
    hidden_activations: tuple[str, ...]
    optimizer: str
    learning_rate: float
    regularized: bool
    dead_share: float | None  # ReLU hidden units that never fire on the training set
    saturated_share: float | None  # sigmoid/tanh hidden outputs in their flat tails
    gradient_sizes: tuple[float, ...]  # mean |dL/dW| per dense layer, input side first
    linear_accuracy: float | None  # the best straight line's accuracy (binary tasks)
    condition_raw: float  # of the design matrix [x, 1] as the model sees it
    condition_scaled: float  # the same with every input standardised

    @property
    def scale_gain(self) -> float:
        """How much better conditioned standardised inputs are (1 for collinear inputs)."""
        if not self.condition_scaled < COLLINEAR:  # also NaN
            return 1.0
        return self.condition_raw / max(self.condition_scaled, 1.0)


def gather_evidence(
    spec: ModelSpec,
    optimizer: str,
    learning_rate: float,
    weights: list[np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    history,
    status: str,
) -> Evidence:
    """Measures a run: `weights` ordered like model.variables, `history` an engine History."""
    rows = np.random.default_rng(0).permutation(len(x))[:MAX_ROWS]
    x, y = np.asarray(x, np.float32)[rows], np.asarray(y, np.float32)[rows]
    model = build_model(spec, optimizer, learning_rate)
    for var, value in zip(model.variables, weights):
        var.assign(value)
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    hidden = _hidden_outputs(model, dense, x)
    inputs = x.reshape(len(x), -1) * spec.input_scale
    metric = metric_for(spec)
    return Evidence(
        status=status,
        loss=np.asarray(history.loss, np.float64),
        val_loss=np.asarray(history.val_loss, np.float64),
        accuracy=float(history.metric[-1]) if metric and len(history.metric) else None,
        baseline_loss=_baseline_loss(model, spec, y),
        hidden_activations=tuple(l.activation for l in spec.layers if l.kind == "dense"),
        optimizer=optimizer,
        learning_rate=learning_rate,
        regularized=spec.regularizer != "none" and spec.regularization_rate > 0,
        dead_share=_dead_share(spec, hidden),
        saturated_share=_saturated_share(spec, hidden),
        gradient_sizes=_gradient_sizes(model, dense, x, y),
        linear_accuracy=_linear_accuracy(inputs, y) if metric == "binary_accuracy" else None,
        condition_raw=_condition(inputs, scale=False),
        condition_scaled=_condition(inputs, scale=True),
    )


def evidence_from_trainer(trainer, spec: ModelSpec, optimizer: str) -> Evidence:
    """The same for an engine Trainer of `spec` trained with `optimizer`."""
    return gather_evidence(
        spec,
        optimizer,
        trainer.learning_rate,
        trainer.weights,
        trainer.data.x,
        trainer.data.y,
        trainer.history,
        trainer.status,
    )


# -- measurements -----------------------------------------------------------------------------
def _hidden_outputs(model: keras.Model, dense: list, x: np.ndarray) -> list[np.ndarray]:
    if len(dense) == 1:
        return []
    probe = keras.Model(model.inputs, [layer.output for layer in dense[:-1]])
    outputs = probe([x], training=False)
    return [np.asarray(o) for o in (outputs if isinstance(outputs, list) else [outputs])]


def _baseline_loss(model: keras.Model, spec: ModelSpec, y: np.ndarray) -> float:
    """The loss of always predicting the targets' mean: each class's share for class labels
    (sparse targets, as MNIST's), the mean target or one-hot vector otherwise."""
    if spec.loss == "sparse_categorical_crossentropy":
        shares = np.bincount(y.astype(np.int64).ravel(), minlength=spec.output_units) / y.size
        guess = np.broadcast_to(shares.astype(np.float32), (len(y), spec.output_units))
    else:
        guess = np.broadcast_to(y.mean(0), y.shape)
    return float(model.loss(y, guess))


def _dead_share(spec: ModelSpec, hidden: list[np.ndarray]) -> float | None:
    """Share of ReLU units whose output is 0 for every training example."""
    outputs = [h for h, l in zip(hidden, _dense_layers(spec)) if l.activation == "relu"]
    if not outputs:
        return None
    dead = sum(int(np.sum(h.max(0) <= 0)) for h in outputs)
    return dead / sum(h.shape[1] for h in outputs)


def _saturated_share(spec: ModelSpec, hidden: list[np.ndarray]) -> float | None:
    """Share of sigmoid/tanh outputs where the slope is below a tenth of its peak."""
    flat = []
    for h, layer in zip(hidden, _dense_layers(spec)):
        if layer.activation == "sigmoid":
            flat.append((h * (1 - h) < 0.025).ravel())  # peak slope 0.25 at a = 0.5
        elif layer.activation == "tanh":
            flat.append((1 - h**2 < 0.1).ravel())  # peak slope 1 at a = 0
    return float(np.mean(np.concatenate(flat))) if flat else None


def _dense_layers(spec: ModelSpec) -> list[LayerSpec]:
    return [layer for layer in spec.layers if layer.kind == "dense"]


def _gradient_sizes(model: keras.Model, dense: list, x: np.ndarray, y: np.ndarray):
    with tf.GradientTape() as tape:
        loss = model.loss(y, model(x, training=False))
        if model.losses:
            loss += tf.add_n(model.losses)
    grads = tape.gradient(loss, [layer.kernel for layer in dense])
    return tuple(float(np.mean(np.abs(g))) for g in grads)


def _linear_accuracy(x: np.ndarray, y: np.ndarray) -> float:
    """Training accuracy of the least-squares line (plane) through 0/1 labels."""
    design = np.c_[x.astype(np.float64), np.ones(len(x))]
    w = np.linalg.lstsq(design, y.astype(np.float64), rcond=None)[0]
    return float(np.mean((design @ w > 0.5) == (y > 0.5)))


def _condition(x: np.ndarray, scale: bool) -> float:
    """Condition number of [x, 1] (a constant column already is the intercept); infinite,
    unmeasured, beyond MAX_CONDITION_COLUMNS columns."""
    if x.shape[1] > MAX_CONDITION_COLUMNS:
        return float("inf")
    x = x.astype(np.float64)
    std = x.std(0)
    varying = std > 1e-12
    if scale:
        x = np.where(varying, (x - x.mean(0)) / np.where(varying, std, 1.0), 1.0)
    columns = [x[:, varying]] + [np.ones((len(x), 1))]
    return float(np.linalg.cond(np.concatenate(columns, axis=1)))


# -- rules ------------------------------------------------------------------------------------
def diagnose(e: Evidence) -> list[Diagnosis]:
    """What went wrong, most important first; empty for a healthy run."""
    diverged = _diverged(e)
    if diverged:
        return [diverged]  # nothing else is worth reading about a run that blew up
    if len(e.loss) < MIN_EPOCHS or _learnt(e):  # a run can learn its training set and overfit
        return [d for d in (_overfitting(e),) if d]
    rules = (_ill_conditioned, _too_simple, _dead_relus, _vanishing, _overfitting)
    found = [d for d in (rule(e) for rule in rules) if d]
    plateau = _plateau(e)
    return found or ([plateau] if plateau else [])  # a plateau is a symptom of the others


def _learnt(e: Evidence) -> bool:
    if e.accuracy is not None and e.accuracy >= GOOD_ACCURACY:
        return True
    return bool(e.loss[-1] <= GOOD_LOSS_SHARE * e.baseline_loss)


def _diverged(e: Evidence) -> Diagnosis | None:
    exploding = len(e.loss) > 1 and e.loss[-1] > EXPLODING_FACTOR * e.loss[0]
    if e.status != "diverged" and np.all(np.isfinite(e.loss)) and not exploding:
        return None
    evidence = {"epoch": len(e.loss), "learning_rate": e.learning_rate, "gain": e.scale_gain}
    if e.scale_gain >= SCALE_GAIN:
        return Diagnosis("diverged_unscaled", evidence, Fix(scale_inputs=True))
    return Diagnosis("diverged", evidence, Fix(learning_rate=e.learning_rate / 10))


def _ill_conditioned(e: Evidence) -> Diagnosis | None:
    if e.scale_gain < SCALE_GAIN:
        return None
    evidence = {"raw": e.condition_raw, "scaled": e.condition_scaled}
    return Diagnosis("ill_conditioned", evidence, Fix(scale_inputs=True))


def _too_simple(e: Evidence) -> Diagnosis | None:
    if e.hidden_activations or e.accuracy is None or e.linear_accuracy is None:
        return None
    if e.accuracy > TOO_SIMPLE_ACCURACY or e.linear_accuracy >= LINEAR_ACCURACY:
        return None
    evidence = {"accuracy": e.accuracy, "linear_accuracy": e.linear_accuracy}
    return Diagnosis("too_simple", evidence, Fix(hidden_layers=1))


def _dead_relus(e: Evidence) -> Diagnosis | None:
    if e.dead_share is None or e.dead_share < DEAD_SHARE:
        return None
    return Diagnosis("dead_relu", {"share": e.dead_share}, Fix(activation="leaky_relu"))


def _vanishing(e: Evidence) -> Diagnosis | None:
    if e.saturated_share is None:
        return None
    ratio = e.gradient_sizes[0] / max(e.gradient_sizes[-1], 1e-30)
    if ratio > VANISHING_RATIO and e.saturated_share < SATURATED_SHARE:
        return None
    evidence = {"ratio": ratio, "share": e.saturated_share, "layers": len(e.hidden_activations)}
    return Diagnosis("vanishing", evidence, Fix(activation="relu"))


def _overfitting(e: Evidence) -> Diagnosis | None:
    n = len(e.val_loss)
    if n < MIN_EPOCHS or not np.all(np.isfinite(e.val_loss)):
        return None
    best = int(np.argmin(e.val_loss))
    stretch = n - 1 - best
    rising = e.val_loss[-1] >= (1 + OVERFIT_RISE) * e.val_loss[best]
    if stretch < max(MIN_EPOCHS, OVERFIT_STRETCH * n) or not rising or e.loss[-1] >= e.loss[best]:
        return None
    evidence = {"best_epoch": best + 1, "best": e.val_loss[best], "last": e.val_loss[-1]}
    fix = Fix(epochs=best + 1) if e.regularized else Fix(regularization=OVERFIT_L2)
    return Diagnosis("overfitting", evidence, fix)


def _plateau(e: Evidence) -> Diagnosis | None:
    window = max(MIN_EPOCHS, int(PLATEAU_SHARE * len(e.loss)))
    start = e.loss[max(0, len(e.loss) - 1 - window)]
    change = (start - e.loss[-1]) / max(abs(start), 1e-12)
    if change >= PLATEAU_CHANGE:
        return None
    evidence = {"epochs": window, "change": max(change, 0.0), "loss": e.loss[-1]}
    if e.optimizer == "adam" or e.learning_rate < SLOW_RATE:
        return Diagnosis("plateau", evidence, Fix(learning_rate=e.learning_rate * 10))
    return Diagnosis("plateau", evidence, Fix(optimizer="adam", learning_rate=ADAM_RATE))


# -- fixes and words --------------------------------------------------------------------------
def apply_fix(model: ModelSpec, train: TrainSpec, fix: Fix) -> tuple[ModelSpec, TrainSpec]:
    """The specs with the fix's knobs turned (`scale_inputs` is left to the page's data).
    An added hidden layer copies the last one (4 ReLUs when there is none)."""
    layers = list(model.layers)
    if fix.hidden_layers is not None:
        template = layers[-1] if layers else LayerSpec(units=4, activation="relu")
        layers = (layers + [template] * fix.hidden_layers)[: fix.hidden_layers]
    if fix.activation is not None:
        layers = [
            dataclasses.replace(l, activation=fix.activation) if l.kind == "dense" else l
            for l in layers
        ]
    model = dataclasses.replace(model, layers=tuple(layers))
    if fix.regularization is not None:
        model = dataclasses.replace(model, regularizer="l2", regularization_rate=fix.regularization)
    changes = {"learning_rate": fix.learning_rate, "optimizer": fix.optimizer, "epochs": fix.epochs}
    train = dataclasses.replace(train, **{k: v for k, v in changes.items() if v is not None})
    return model, train


def nearest(value: float, options: tuple) -> float:
    """The option closest on a log scale (the sliders' options are roughly 1-3-10 steps)."""
    return min(options, key=lambda option: abs(np.log(option) - np.log(value)))


def snapped_train(page_type: type, train: TrainSpec, before: TrainSpec) -> TrainSpec:
    """A fixed `train` snapped to what the page's widgets offer (`page_type`'s train part):
    the nearest learning rate, epochs within bounds, and the optimizer `before` had when the
    page does not offer the fix's."""
    rates = field_info(page_type, "train.learning_rate").options
    optimizers = field_info(page_type, "train.optimizer").options
    low, high = field_info(page_type, "train.epochs").range
    return dataclasses.replace(
        train,
        learning_rate=nearest(train.learning_rate, rates),
        optimizer=train.optimizer if train.optimizer in optimizers else before.optimizer,
        epochs=int(min(max(int(train.epochs), low), high)),
    )


def describe(diagnosis: Diagnosis, lang: str) -> tuple[str, str, str]:
    """(title, why with the evidence, what the fix button does) in `lang`."""
    index = 1 if lang == "ko" else 0
    title, why = (
        TEXTS[f"diag.{diagnosis.code}.{part}"][index].format(**diagnosis.evidence)
        for part in ("title", "why")
    )
    knobs = {k: v for k, v in dataclasses.asdict(diagnosis.fix).items() if v not in (None, False)}
    fix = " ".join(TEXTS[f"diag.fix.{k}"][index].format(**knobs) for k in knobs)
    return title, why, fix
