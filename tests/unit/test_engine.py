"""The engine trains like model.fit, pauses and resumes exactly, and survives divergence."""

import numpy as np
import pytest

from playground.engine import DIVERGED, MAX_KERNELS, READY, TrainData, Trainer
from playground.engine.runtime import custom_gradient_names
from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec


def _spec(**kw) -> ModelSpec:
    base = {"input_shape": (2,), "layers": (LayerSpec(units=3, activation="tanh"),), "loss": "mse"}
    return ModelSpec(**{**base, **kw})


def _wide(units: int) -> ModelSpec:
    return _spec(layers=(LayerSpec(units=units, activation="tanh"),))


def _data(n: int, seed: int = 0) -> TrainData:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    y = (x[:, :1] * x[:, 1:] > 0).astype(np.float32)
    return TrainData(x, y)


def _trainer(spec, data, optimizer="sgd", lr=0.1, batch_size=3, shuffle=True, seed=0, jit="auto"):
    return Trainer(
        (spec, optimizer, jit),
        lambda: build_model(spec, optimizer, lr),
        data,
        batch_size=batch_size,
        learning_rate=lr,
        seed=seed,
        shuffle=shuffle,
        metric=metric_for(spec),
        jit=jit,
    )


@pytest.mark.parametrize("jit", [False, True])
@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop", "nesterov"])
@pytest.mark.parametrize("n", [10, 40])  # 4 batches per epoch (unrolled) and 14 (looped)
def test_engine_matches_model_fit(optimizer, n, jit):
    spec = _spec(regularizer="l2", regularization_rate=0.01)
    data = _data(n)
    trainer = _trainer(spec, data, optimizer=optimizer, lr=0.05, shuffle=False, jit=jit)
    reference = build_model(spec, optimizer, 0.05)
    for var, value in zip(reference.variables, trainer.weights):
        var.assign(value)
    history = reference.fit(data.x, data.y, batch_size=3, epochs=5, shuffle=False, verbose=0)

    trainer.train_epochs(5)

    assert trainer.epoch == 5
    for expected, got in zip(reference.get_weights(), trainer.weights):
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(trainer.history.loss, history.history["loss"], rtol=1e-4)


@pytest.mark.parametrize("jit", [False, True])
def test_validation_matches_model_evaluate(jit):
    spec = _spec()
    data = _data(30)
    val = _data(12, seed=1)
    trainer = _trainer(spec, TrainData(data.x, data.y, val.x, val.y), jit=jit)
    trainer.train_epochs(3)
    model = build_model(spec, "sgd", 0.1)
    for var, value in zip(model.variables, trainer.weights):
        var.assign(value)
    loss = model.evaluate(val.x, val.y, verbose=0)
    accuracy = np.mean((model.predict(val.x, verbose=0) > 0.5) == val.y)
    assert trainer.history.val_loss[-1] == pytest.approx(loss, rel=1e-4)
    assert trainer.history.val_metric[-1] == pytest.approx(accuracy)


@pytest.mark.parametrize("jit", [False, True])
@pytest.mark.parametrize("n", [10, 40])
def test_slices_resume_exactly(n, jit):
    spec = _spec()
    data = _data(n)
    whole = _trainer(spec, data, jit=jit)
    whole.train_epochs(8)
    sliced = _trainer(spec, data, jit=jit)
    for steps in (1, 5, 2, 7, 3):  # odd slices; unrolled kernels round them up to whole epochs
        sliced.train_steps(steps)
    sliced.train_steps(8 * sliced.steps_per_epoch - sliced.step)
    assert sliced.epoch == 8
    for a, b in zip(whole.weights, sliced.weights):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    np.testing.assert_allclose(whole.history.loss, sliced.history.loss, rtol=1e-6)


def test_reset_restores_the_same_initial_weights_for_a_seed():
    spec = _spec()
    trainer = _trainer(spec, _data(10), seed=7)
    initial = [w.copy() for w in trainer.weights]
    trainer.train_epochs(3)
    assert not np.allclose(initial[0], trainer.weights[0])
    trainer.reset()
    assert trainer.epoch == 0 and len(trainer.history.loss) == 0
    for a, b in zip(initial, trainer.weights):
        np.testing.assert_array_equal(a, b)
    trainer.reset(seed=8)
    assert not np.allclose(initial[0], trainer.weights[0])


def test_sessions_sharing_a_kernel_do_not_see_each_other():
    spec = _spec()
    data = _data(10)
    alone = _trainer(spec, data, seed=1)
    alone.train_epochs(4)
    first, second = _trainer(spec, data, seed=1), _trainer(spec, data, seed=2)
    for _ in range(4):  # interleaved, as two users on one server would
        first.train_epochs(1)
        second.train_epochs(1)
    assert first.kernel_key == second.kernel_key
    for a, b in zip(alone.weights, first.weights):
        np.testing.assert_allclose(a, b, rtol=1e-6)


def test_learning_rate_change_keeps_weights_and_history():
    spec = _spec()
    trainer = _trainer(spec, _data(10))
    trainer.train_epochs(2)
    weights = [w.copy() for w in trainer.weights]
    trainer.set_learning_rate(0.0)
    trainer.train_epochs(2)
    assert trainer.epoch == 4 and len(trainer.history.loss) == 4
    for a, b in zip(weights, trainer.weights[:2]):
        np.testing.assert_allclose(a, b)  # kernel and bias unchanged with a zero rate


@pytest.mark.parametrize("jit", [False, True])
@pytest.mark.parametrize("n", [10, 40])
def test_divergence_stops_and_keeps_last_good_state(n, jit):
    spec = ModelSpec(input_shape=(2,), layers=(), output_activation="linear", loss="mse")
    data = _data(n)
    data = TrainData(data.x * 1000, data.y * 1000)
    trainer = _trainer(spec, data, lr=10.0, jit=jit)
    trainer.run(until_epoch=50)
    assert trainer.status == DIVERGED
    assert trainer.epoch < 50
    assert all(np.isfinite(w).all() for w in trainer.weights)
    assert np.isfinite(trainer.history.loss).all()
    assert trainer.train_epochs(1) == 0  # stays stopped until the user changes something
    trainer.set_learning_rate(1e-9)
    assert trainer.status == READY  # a new rate may try again from the kept weights
    trainer.reset()
    assert trainer.train_epochs(1) > 0 and trainer.status == READY


def test_run_calls_back_and_survives_an_interrupting_callback():
    spec = _spec()
    trainer = _trainer(spec, _data(10))
    seen = []

    def interrupt(snapshot):
        seen.append(snapshot.epoch)
        raise KeyboardInterrupt  # what a Streamlit rerun looks like to the engine

    with pytest.raises(KeyboardInterrupt):
        trainer.run(until_epoch=100_000, on_snapshot=interrupt, interval=0.0)
    assert seen == [trainer.epoch] and trainer.epoch > 0
    snapshot = trainer.run(until_epoch=trainer.epoch + 3)
    assert snapshot.epoch == seen[0] + 3
    assert len(trainer.history.loss) == snapshot.epoch


def test_new_architectures_leave_no_gradient_registrations_behind():
    # Each retained registration pins a whole traced graph in memory (see engine docstring).
    before = custom_gradient_names()
    data = _data(12)
    for units in (3, 5, 7):
        _trainer(_wide(units), data, optimizer="adam").train_epochs(1)
    assert custom_gradient_names() == before


def test_evicting_kernels_keeps_other_sessions_training_correctly():
    data = _data(12)
    kept = _trainer(_wide(2), data)
    kept.train_epochs(2)
    reference = _trainer(_wide(2), data)
    reference.train_epochs(4)
    for units in range(3, 3 + MAX_KERNELS + 2):  # forces evictions and cache clears
        _trainer(_wide(units), data).train_epochs(1)
    kept.train_epochs(2)
    for a, b in zip(kept.weights, reference.weights):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-7)
