"""Backpropagation on one example, one stage at a time, computed by the real Keras model.

`backprop_step` loads a user's weights and optimizer state into a fresh model built from the
run's spec, runs the forward pass layer by layer (each neuron's z = a_prev @ W + b and its
activation), the compiled loss, `tf.GradientTape` for every gradient and every neuron's
delta dL/dz, and exactly one `apply_gradients` of the run's own optimizer. The result is a frozen
record of ordered stages for a page to walk with next/previous, plus the new weights and
optimizer state in the engine's order so the page can apply the step to the run.
"""

from __future__ import annotations

from dataclasses import dataclass

import keras
import numpy as np
import tensorflow as tf

from playground.models import build_model
from playground.specs import ModelSpec

MAX_HIDDEN_LAYERS = 3
MAX_UNITS = 4  # per hidden layer: more neurons than this no longer fit on a page as numbers
MAX_INPUTS = 8
MAX_OUTPUTS = 4


@dataclass(frozen=True)
class ForwardStage:
    layer: int  # 1-based; the last one is the output layer
    activation: str
    inputs: np.ndarray  # (n_in,) x (times the spec's input_scale), or the previous layer's a
    kernel: np.ndarray  # (n_in, n_out)
    bias: np.ndarray  # (n_out,) zeros when the layer has no bias
    z: np.ndarray  # (n_out,) weighted sums
    a: np.ndarray  # (n_out,) activations
    kind: str = "forward"


@dataclass(frozen=True)
class LossStage:
    loss: str  # the spec's loss name
    prediction: np.ndarray
    target: np.ndarray
    data_loss: float
    regularization: float
    total: float
    kind: str = "loss"


@dataclass(frozen=True)
class BackwardStage:
    layer: int
    grad_a: np.ndarray  # dL/da of this layer's outputs
    delta: np.ndarray  # dL/dz
    kernel_grad: np.ndarray  # dL/dW (includes the regularization term)
    bias_grad: np.ndarray  # zeros when the layer has no bias
    kind: str = "backward"


@dataclass(frozen=True)
class ParamUpdate:
    name: str  # "W1", "b1", ...
    before: np.ndarray
    gradient: np.ndarray
    after: np.ndarray
    slots: tuple[tuple[str, np.ndarray, np.ndarray], ...]  # (slot, before, after), e.g. velocity
    corrected: tuple[tuple[str, np.ndarray], ...] = ()  # Adam: m̂ and v̂ after the step

    @property
    def step(self) -> np.ndarray:
        return self.after - self.before


@dataclass(frozen=True)
class UpdateStage:
    optimizer: str
    learning_rate: float
    iteration: int  # t: steps taken, this one included
    hyper: dict[str, float]  # momentum, or Adam's beta_1, beta_2, epsilon
    params: tuple[ParamUpdate, ...]
    kind: str = "update"


Stage = ForwardStage | LossStage | BackwardStage | UpdateStage


@dataclass(frozen=True)
class BackpropStep:
    stages: tuple[Stage, ...]  # forward 1..L, loss, backward L..1, update
    weights: tuple[np.ndarray, ...]  # after the step, ordered like model.variables
    optimizer_state: tuple[np.ndarray, ...]  # after the step, like model.optimizer.variables
    loss: float


def check_readable(spec: ModelSpec) -> None:
    """Raises ValueError unless the net is small and dense enough to show every number."""
    kinds = {layer.kind for layer in spec.layers}
    if kinds - {"dense"}:
        raise ValueError(f"step-by-step backprop shows dense layers only, not {sorted(kinds)}")
    if len(spec.layers) > MAX_HIDDEN_LAYERS or any(l.units > MAX_UNITS for l in spec.layers):
        raise ValueError(
            f"too big to read: at most {MAX_HIDDEN_LAYERS} hidden layers of {MAX_UNITS} neurons"
        )
    if len(spec.input_shape) != 1 or spec.input_shape[0] > MAX_INPUTS:
        raise ValueError(f"too big to read: at most {MAX_INPUTS} inputs")
    if spec.output_units > MAX_OUTPUTS:
        raise ValueError(f"too big to read: at most {MAX_OUTPUTS} outputs")


def is_readable(spec: ModelSpec) -> bool:
    try:
        check_readable(spec)
    except ValueError:
        return False
    return True


def backprop_step(
    spec: ModelSpec,
    optimizer: str,
    learning_rate: float,
    weights: list[np.ndarray],
    optimizer_state: list[np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
) -> BackpropStep:
    """One training step on the single example (x, y), every intermediate value kept."""
    check_readable(spec)
    model = build_model(spec, optimizer, learning_rate)
    for var, value in zip(model.variables, weights):
        var.assign(value)
    for var, value in zip(model.optimizer.variables, optimizer_state):
        var.assign(value)
    model.optimizer.learning_rate.assign(learning_rate)
    x = np.asarray(x, np.float32).reshape(1, -1) * spec.input_scale
    y = np.asarray(y, np.float32).reshape(1, -1)
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]

    with tf.GradientTape() as tape:
        inputs, zs, activations = _forward(dense, tf.constant(x))
        data_loss = model.loss(tf.constant(y), activations[-1])
        regularization = tf.add_n(model.losses) if model.losses else tf.constant(0.0)
        total = data_loss + regularization
    params = model.trainable_variables
    grads = tape.gradient(total, [*params, *zs, *activations])
    param_grads = grads[: len(params)]
    z_grads = grads[len(params) : len(params) + len(zs)]
    a_grads = grads[len(params) + len(zs) :]
    if a_grads[-1] is None:  # the loss read the logits z straight from a sigmoid/softmax
        a_grads[-1] = _loss_grad(model.loss, y, activations[-1])

    # Read every value before the step changes the weights.
    forward = [
        _forward_stage(i, layer, inputs[i], zs[i], activations[i]) for i, layer in enumerate(dense)
    ]
    loss = LossStage(
        spec.loss,
        activations[-1].numpy()[0],
        y[0],
        float(data_loss),
        float(regularization),
        float(total),
    )
    backward = [
        _backward_stage(i, layer, a_grads[i], z_grads[i], param_grads, params)
        for i, layer in reversed(list(enumerate(dense)))
    ]
    state_before = [v.numpy() for v in model.optimizer.variables]
    params_before = [v.numpy() for v in params]
    model.optimizer.apply_gradients(zip(param_grads, params))
    update = _update_stage(model, optimizer, state_before, params_before, param_grads, dense)
    return BackpropStep(
        stages=(*forward, loss, *backward, update),
        weights=tuple(v.numpy() for v in model.variables),
        optimizer_state=tuple(v.numpy() for v in model.optimizer.variables),
        loss=float(total),
    )


def _forward(dense: list, x: tf.Tensor) -> tuple[list, list, list]:
    """What Dense computes, kept apart: z = a_prev @ W + b, then a = activation(z)."""
    inputs, zs, activations = [], [], []
    a = x
    for layer in dense:
        inputs.append(a)
        z = tf.matmul(a, layer.kernel)
        if layer.use_bias:
            z = z + layer.bias
        a = layer.activation(z)
        zs.append(z)
        activations.append(a)
    return inputs, zs, activations


def _loss_grad(loss_fn, y: np.ndarray, prediction: tf.Tensor) -> tf.Tensor:
    """dLoss/dprediction through the loss's probability formula (for display only)."""
    prediction = tf.identity(prediction)  # a plain tensor: Keras no longer sees the logits
    with tf.GradientTape() as tape:
        tape.watch(prediction)
        loss = loss_fn(tf.constant(y), prediction)
    return tape.gradient(loss, prediction)


def _activation_name(layer: keras.layers.Dense) -> str:
    return keras.activations.serialize(layer.activation)


def _bias_of(layer: keras.layers.Dense) -> np.ndarray:
    return layer.bias.numpy() if layer.use_bias else np.zeros(layer.units, np.float32)


def _forward_stage(i: int, layer, inputs, z, a) -> ForwardStage:
    return ForwardStage(
        layer=i + 1,
        activation=_activation_name(layer),
        inputs=inputs.numpy()[0],
        kernel=layer.kernel.numpy(),
        bias=_bias_of(layer),
        z=z.numpy()[0],
        a=a.numpy()[0],
    )


def _grad_of(variable, grads: list, params: list) -> np.ndarray:
    index = next(i for i, p in enumerate(params) if p is variable)
    return grads[index].numpy()


def _backward_stage(i: int, layer, grad_a, grad_z, grads: list, params: list) -> BackwardStage:
    bias_grad = (
        _grad_of(layer.bias, grads, params) if layer.use_bias else np.zeros(layer.units, np.float32)
    )
    return BackwardStage(
        layer=i + 1,
        grad_a=grad_a.numpy()[0],
        delta=grad_z.numpy()[0],
        kernel_grad=_grad_of(layer.kernel, grads, params),
        bias_grad=bias_grad,
    )


def _slots(optimizer, variable) -> list[tuple[str, int]]:
    """(slot name, index in optimizer.variables) of a trainable variable's optimizer slots.
    Keras names a slot after the variable's path: "<path with _>_<slot>"."""
    prefix = variable.path.replace("/", "_") + "_"
    return [
        (v.name[len(prefix) :], i)
        for i, v in enumerate(optimizer.variables)
        if v.name.startswith(prefix)
    ]


def _hyper(optimizer) -> dict[str, float]:
    names = ("momentum", "beta_1", "beta_2", "epsilon", "rho")
    return {n: float(getattr(optimizer, n)) for n in names if hasattr(optimizer, n)}


def _param_names(dense: list) -> dict[int, str]:
    names = {}
    for i, layer in enumerate(dense):
        names[id(layer.kernel)] = f"W{i + 1}"
        if layer.use_bias:
            names[id(layer.bias)] = f"b{i + 1}"
    return names


def _update_stage(
    model, name: str, state_before: list, params_before: list, grads: list, dense: list
) -> UpdateStage:
    optimizer = model.optimizer
    state_after = [v.numpy() for v in optimizer.variables]
    t = int(optimizer.iterations.numpy())
    hyper = _hyper(optimizer)
    names = _param_names(dense)
    params = []
    for var, before, grad in zip(model.trainable_variables, params_before, grads):
        slots = tuple((s, state_before[i], state_after[i]) for s, i in _slots(optimizer, var))
        params.append(
            ParamUpdate(
                name=names[id(var)],
                before=before,
                gradient=grad.numpy(),
                after=var.numpy(),
                slots=slots,
                corrected=_adam_corrected(name, slots, hyper, t),
            )
        )
    lr = float(optimizer.learning_rate.numpy())
    return UpdateStage(name, lr, t, hyper, tuple(params))


def _adam_corrected(name: str, slots, hyper: dict, t: int) -> tuple[tuple[str, np.ndarray], ...]:
    if name != "adam":
        return ()
    values = {s: after for s, _, after in slots}
    return (
        ("m_hat", values["momentum"] / (1 - hyper["beta_1"] ** t)),
        ("v_hat", values["velocity"] / (1 - hyper["beta_2"] ** t)),
    )


# -- the step on the network diagram ------------------------------------------------------------
def _number(value: float) -> str:
    return f"{value:.3g}"


def stage_numbers(step: BackpropStep, upto: int) -> list[list[str]]:
    """What the network diagram writes beside each node (per layer, inputs first) once the
    walk reached stage `upto` (0-based): the inputs' values and each neuron's weighted sum z and
    activation a (forward), the target at the output (loss), each neuron's δ (backward)."""
    forward = [s for s in step.stages if isinstance(s, ForwardStage)]
    numbers = [[""] * len(forward[0].inputs)] + [[""] * len(s.z) for s in forward]
    for stage in step.stages[: upto + 1]:
        if isinstance(stage, ForwardStage):
            if stage.layer == 1:
                numbers[0] = [_number(v) for v in stage.inputs]
            numbers[stage.layer] = [
                f"z={_number(z)}<br>a={_number(a)}" for z, a in zip(stage.z, stage.a)
            ]
        elif isinstance(stage, LossStage):
            numbers[-1] = [f"{n}<br>y={_number(y)}" for n, y in zip(numbers[-1], stage.target)]
        elif isinstance(stage, BackwardStage):
            numbers[stage.layer] = [
                f"{n}<br>δ={_number(d)}" for n, d in zip(numbers[stage.layer], stage.delta)
            ]
    return numbers


@dataclass(frozen=True)
class StepNetwork:
    """The network a step runs through, as the diagram draws it (weights before the step)."""

    sizes: list[int]
    kernels: list[np.ndarray]
    biases: list[np.ndarray]
    activations: list[str]


def step_network(step: BackpropStep) -> StepNetwork:
    forward = [s for s in step.stages if isinstance(s, ForwardStage)]
    return StepNetwork(
        sizes=[len(forward[0].inputs), *(len(s.z) for s in forward)],
        kernels=[s.kernel for s in forward],
        biases=[s.bias for s in forward],
        activations=[s.activation for s in forward],
    )
