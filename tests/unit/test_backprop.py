"""Backprop step by step: forward values, gradients and the one optimizer step are the real ones."""

import numpy as np
import pytest
import tensorflow as tf

from playground.backprop import (
    BackpropStep,
    BackwardStage,
    ForwardStage,
    LossStage,
    UpdateStage,
    backprop_step,
    check_readable,
    is_readable,
    stage_numbers,
    step_network,
)
from playground.models import build_model
from playground.specs import LayerSpec, ModelSpec

X = np.array([0.3, -0.8], np.float32)
Y = np.array([1.0], np.float32)

SPECS = {
    "tanh_sigmoid_l2_mse": ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=3, activation="tanh"), LayerSpec(units=2, activation="sigmoid")),
        loss="mse",
        regularizer="l2",
        regularization_rate=0.01,
    ),
    "relu_bce": ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=4, activation="relu"),),
        loss="binary_crossentropy",
    ),
    "softmax": ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=3, activation="sigmoid"),),
        output_units=3,
        output_activation="softmax",
        loss="categorical_crossentropy",
    ),
}
TARGETS = {"softmax": np.array([0.0, 1.0, 0.0], np.float32)}


def _warm_run(spec: ModelSpec, optimizer: str, lr: float):
    """Weights and optimizer state of a run a few steps in (non-zero momentum / Adam slots)."""
    model = build_model(spec, optimizer, lr)
    rng = np.random.default_rng(1)
    for _ in range(3):
        x = rng.normal(size=(1, 2)).astype(np.float32)
        y = np.zeros((1, spec.output_units), np.float32)
        y[0, -1] = 1.0
        model.train_on_batch(x, y)
    return [v.numpy() for v in model.variables], [v.numpy() for v in model.optimizer.variables]


def _step(name: str, optimizer: str = "sgd", lr: float = 0.5) -> tuple[BackpropStep, list, list]:
    spec = SPECS[name]
    weights, state = _warm_run(spec, optimizer, lr)
    return (
        backprop_step(spec, optimizer, lr, weights, state, X, TARGETS.get(name, Y)),
        weights,
        state,
    )


def _activation(name: str, z: np.ndarray) -> np.ndarray:
    if name == "softmax":
        e = np.exp(z - z.max())
        return e / e.sum()
    return {
        "tanh": np.tanh,
        "sigmoid": lambda v: 1 / (1 + np.exp(-v)),
        "relu": lambda v: np.maximum(v, 0),
        "linear": lambda v: v,
    }[name](z)


def _numpy_loss(spec: ModelSpec, params: list[np.ndarray], x, y) -> float:
    """The loss in float64 NumPy, from kernels and biases in model.variables order."""
    a = x.astype(np.float64)
    activations = [layer.activation for layer in spec.layers] + [spec.output_activation]
    for i, name in enumerate(activations):
        a = _activation(name, a @ params[2 * i] + params[2 * i + 1])
    eps = 1e-7
    p = np.clip(a, eps, 1 - eps)
    data = {
        "mse": lambda: np.mean((y - a) ** 2),
        "binary_crossentropy": lambda: -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)),
        "categorical_crossentropy": lambda: -np.sum(y * np.log(p)),
    }[spec.loss]()
    rate = spec.regularization_rate if spec.regularizer == "l2" else 0.0
    return float(data + rate * sum(np.sum(k**2) for k in params[0::2]))


def test_stages_are_ordered_forward_loss_backward_update():
    step, _, _ = _step("tanh_sigmoid_l2_mse")
    kinds = [(s.kind, getattr(s, "layer", None)) for s in step.stages]
    assert kinds == [
        ("forward", 1),
        ("forward", 2),
        ("forward", 3),
        ("loss", None),
        ("backward", 3),
        ("backward", 2),
        ("backward", 1),
        ("update", None),
    ]
    assert isinstance(step.stages[0], ForwardStage) and isinstance(step.stages[3], LossStage)
    assert isinstance(step.stages[4], BackwardStage) and isinstance(step.stages[-1], UpdateStage)


@pytest.mark.parametrize("name", list(SPECS))
def test_forward_matches_predict_and_numpy(name):
    spec = SPECS[name]
    step, weights, _ = _step(name)
    model = build_model(spec, "sgd", 0.5)
    model.set_weights(weights)
    forward = [s for s in step.stages if s.kind == "forward"]
    np.testing.assert_allclose(forward[-1].a, model.predict(X[None], verbose=0)[0], rtol=1e-5)
    a = X.astype(np.float64)
    for stage, (kernel, bias) in zip(forward, zip(weights[0::2], weights[1::2])):
        np.testing.assert_allclose(stage.inputs, a, rtol=1e-5, atol=1e-6)
        z = a @ kernel + bias
        np.testing.assert_allclose(stage.z, z, rtol=1e-5, atol=1e-6)
        a = _activation(stage.activation, z)
        np.testing.assert_allclose(stage.a, a, rtol=1e-5, atol=1e-6)
    loss = next(s for s in step.stages if s.kind == "loss")
    y = TARGETS.get(name, Y)
    assert loss.total == pytest.approx(_numpy_loss(spec, weights, X, y), rel=1e-5)
    assert loss.total == pytest.approx(loss.data_loss + loss.regularization)
    assert (loss.regularization > 0) == (spec.regularizer == "l2")


@pytest.mark.parametrize("name", list(SPECS))
def test_gradients_match_central_finite_differences(name):
    spec = SPECS[name]
    step, weights, _ = _step(name)
    y = TARGETS.get(name, Y)
    params = [w.astype(np.float64) for w in weights]
    backward = {s.layer: s for s in step.stages if s.kind == "backward"}
    h = 1e-6
    for index, param in enumerate(params):
        grad = np.zeros_like(param)
        for pos in np.ndindex(param.shape):
            shifted = [p.copy() for p in params]
            shifted[index][pos] += h
            up = _numpy_loss(spec, shifted, X, y)
            shifted[index][pos] -= 2 * h
            grad[pos] = (up - _numpy_loss(spec, shifted, X, y)) / (2 * h)
        stage = backward[index // 2 + 1]
        got = stage.kernel_grad if index % 2 == 0 else stage.bias_grad
        np.testing.assert_allclose(got, grad, rtol=1e-3, atol=1e-5)
        if index % 2 == 1:  # dL/db = dL/dz for a single example
            np.testing.assert_allclose(stage.delta, grad, rtol=1e-3, atol=1e-5)


def test_delta_is_the_chain_rule_of_the_layer_above():
    step, weights, _ = _step("tanh_sigmoid_l2_mse")
    forward = {s.layer: s for s in step.stages if s.kind == "forward"}
    backward = {s.layer: s for s in step.stages if s.kind == "backward"}
    # Hidden layer 2 is sigmoid: dL/da2 = W3 @ delta3, delta2 = dL/da2 * a2 (1 - a2).
    grad_a2 = weights[4] @ backward[3].delta
    np.testing.assert_allclose(backward[2].grad_a, grad_a2, rtol=1e-5, atol=1e-7)
    a2 = forward[2].a
    np.testing.assert_allclose(backward[2].delta, grad_a2 * a2 * (1 - a2), rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(
        backward[1].kernel_grad[:, 0] - 0.02 * weights[0][:, 0],
        X * backward[1].delta[0],
        rtol=1e-4,
        atol=1e-6,
    )


def test_output_delta_of_sigmoid_with_cross_entropy():
    step, _, _ = _step("relu_bce")
    output = next(s for s in step.stages if s.kind == "forward" and s.layer == 2)
    back = next(s for s in step.stages if s.kind == "backward" and s.layer == 2)
    a = output.a[0]
    assert back.grad_a[0] == pytest.approx(-1 / a, rel=1e-4)  # y = 1: dL/da = -1/a
    assert back.delta[0] == pytest.approx(a - 1, rel=1e-4)  # dL/dz = a - y


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam", "rmsprop", "nesterov"])
@pytest.mark.parametrize("name", ["tanh_sigmoid_l2_mse", "softmax"])
def test_apply_equals_the_keras_step_and_train_on_batch(name, optimizer):
    spec = SPECS[name]
    step, weights, state = _step(name, optimizer, lr=0.05)
    reference = build_model(spec, optimizer, 0.05)
    eager = build_model(spec, optimizer, 0.05)
    for model in (reference, eager):
        for var, value in zip(model.variables, weights):
            var.assign(value)
        for var, value in zip(model.optimizer.variables, state):
            var.assign(value)
    y = TARGETS.get(name, Y)[None]
    reference.train_on_batch(X[None], y)
    with tf.GradientTape() as tape:  # what Keras' train step does, run eagerly
        loss = eager.loss(y, eager(X[None], training=True)) + tf.add_n(eager.losses or [0.0])
    grads = tape.gradient(loss, eager.trainable_variables)
    eager.optimizer.apply_gradients(zip(grads, eager.trainable_variables))
    for got, var, compiled in zip(step.weights, eager.variables, reference.variables):
        np.testing.assert_array_equal(got, var.numpy())
        np.testing.assert_allclose(got, compiled.numpy(), rtol=1e-6, atol=1e-7)
    for got, var, compiled in zip(
        step.optimizer_state, eager.optimizer.variables, reference.optimizer.variables
    ):
        np.testing.assert_array_equal(got, var.numpy())
        np.testing.assert_allclose(got, compiled.numpy(), rtol=1e-6, atol=1e-7)


def test_readable_sgd_and_momentum_updates():
    step, _, _ = _step("relu_bce", "sgd", lr=0.5)
    update = step.stages[-1]
    for param in update.params:
        np.testing.assert_allclose(param.after, param.before - 0.5 * param.gradient, rtol=1e-6)
    assert [p.name for p in update.params] == ["W1", "b1", "W2", "b2"]
    assert update.iteration == 4  # three warm-up steps, then this one

    step, _, _ = _step("relu_bce", "momentum", lr=0.5)
    update = step.stages[-1]
    assert update.hyper["momentum"] == pytest.approx(0.9)
    for param in update.params:
        ((slot, v_before, v_after),) = param.slots
        assert slot == "momentum" and np.any(v_before != 0)
        np.testing.assert_allclose(v_after, 0.9 * v_before - 0.5 * param.gradient, rtol=1e-5)
        np.testing.assert_allclose(param.after, param.before + v_after, rtol=1e-5, atol=1e-7)


def test_readable_adam_update():
    step, _, _ = _step("relu_bce", "adam", lr=0.01)
    update = step.stages[-1]
    b1, b2, eps, t = update.hyper["beta_1"], update.hyper["beta_2"], update.hyper["epsilon"], 4
    assert update.iteration == t
    for param in update.params:
        slots = {name: (before, after) for name, before, after in param.slots}
        m0, m1 = slots["momentum"]
        v0, v1 = slots["velocity"]
        g = param.gradient
        np.testing.assert_allclose(m1, b1 * m0 + (1 - b1) * g, rtol=1e-5, atol=1e-9)
        np.testing.assert_allclose(v1, b2 * v0 + (1 - b2) * g**2, rtol=1e-5, atol=1e-12)
        corrected = dict(param.corrected)
        np.testing.assert_allclose(corrected["m_hat"], m1 / (1 - b1**t), rtol=1e-6)
        alpha = 0.01 * np.sqrt(1 - b2**t) / (1 - b1**t)  # Keras folds the correction into the rate
        np.testing.assert_allclose(
            param.step, -alpha * m1 / (np.sqrt(v1) + eps), rtol=1e-4, atol=1e-8
        )


def test_apply_to_a_run_continues_from_the_new_state():
    spec = SPECS["relu_bce"]
    weights, state = _warm_run(spec, "adam", 0.01)
    first = backprop_step(spec, "adam", 0.01, weights, state, X, Y)
    second = backprop_step(
        spec, "adam", 0.01, list(first.weights), list(first.optimizer_state), X, Y
    )
    assert second.stages[-1].iteration == first.stages[-1].iteration + 1
    assert second.loss < first.loss  # a step on this example lowers its loss


@pytest.mark.parametrize(
    "spec",
    [
        ModelSpec(input_shape=(2,), layers=(LayerSpec(units=5),)),
        ModelSpec(input_shape=(2,), layers=(LayerSpec(units=2),) * 4),
        ModelSpec(input_shape=(28, 28, 1), layers=(LayerSpec(kind="flatten"),)),
        ModelSpec(input_shape=(2,), layers=(LayerSpec(kind="dropout", rate=0.5),)),
        ModelSpec(input_shape=(2,), layers=(), output_units=10),
    ],
)
def test_models_too_big_to_read_are_refused(spec):
    assert not is_readable(spec)
    with pytest.raises(ValueError, match="too big|dense layers only"):
        check_readable(spec)
    with pytest.raises(ValueError):
        backprop_step(spec, "sgd", 0.1, [], [], X, Y)


def test_no_hidden_layer_and_no_output_bias():
    spec = ModelSpec(input_shape=(2,), layers=(), output_activation="linear", output_bias=False)
    step = backprop_step(
        spec,
        "sgd",
        0.1,
        [np.array([[2.0], [1.0]], np.float32)],
        [np.array(0), np.array(0.1, np.float32)],
        X,
        Y,
    )
    forward = step.stages[0]
    assert forward.z == pytest.approx([0.3 * 2 - 0.8]) and list(forward.bias) == [0.0]
    assert [p.name for p in step.stages[-1].params] == ["W1"]


def test_the_walk_writes_its_numbers_on_the_network_diagram():
    step, weights, _ = _step("tanh_sigmoid_l2_mse")
    first = stage_numbers(step, 0)  # forward through layer 1 only
    assert first[0] == ["0.3", "-0.8"]  # the example's inputs
    z, a = step.stages[0].z, step.stages[0].a
    assert first[1] == [f"z={zi:.3g}<br>a={ai:.3g}" for zi, ai in zip(z, a)]
    assert first[2] == ["", ""] and first[3] == [""]  # not reached yet
    at_loss = stage_numbers(step, 3)
    assert at_loss[3][0].endswith("<br>y=1") and at_loss[3][0].startswith("z=")
    done = stage_numbers(step, len(step.stages) - 1)
    assert all("δ=" in text for layer in done[1:] for text in layer)
    net = step_network(step)
    assert net.sizes == [2, 3, 2, 1] and net.activations == ["tanh", "sigmoid", "sigmoid"]
    np.testing.assert_array_equal(net.kernels[0], weights[0])  # before the step
