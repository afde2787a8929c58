"""Each diagnosis is found on a real run that has the problem, and its fix makes the run better."""

from functools import partial

import numpy as np
import pytest

from playground.diagnosis import (
    Diagnosis,
    Evidence,
    Fix,
    apply_fix,
    describe,
    diagnose,
    evidence_from_trainer,
)
from playground.engine import TrainData, Trainer
from playground.lessons.xor.data import make_points
from playground.lessons.xor.spec import DataSpec
from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec, TrainSpec

MONTHS = np.arange(1, 13, dtype=np.float64)
TEMPERATURES = np.array(
    [5.2, 5.7, 8.6, 14.9, 18.2, 20.4, 25.5, 26.4, 22.8, 17.5, 11.1, 6.6], np.float32
)[:, None]
POLY4 = ModelSpec(
    input_shape=(5,), layers=(), output_activation="linear", loss="sse", output_bias=False
)


def _train(model: ModelSpec, train: TrainSpec, data: TrainData) -> Trainer:
    trainer = Trainer(
        (model, train.optimizer),
        partial(build_model, model, train.optimizer, train.learning_rate),
        data,
        batch_size=train.batch_size or len(data.x),
        learning_rate=train.learning_rate,
        seed=train.seed,
        shuffle=train.shuffle,
        metric=metric_for(model),
    )
    trainer.train_epochs(train.epochs)
    return trainer


def _diagnose(model: ModelSpec, train: TrainSpec, data: TrainData):
    trainer = _train(model, train, data)
    found = diagnose(evidence_from_trainer(trainer, model, train.optimizer))
    for diagnosis in found:
        for lang in ("en", "ko"):
            assert all(text and "{" not in text for text in describe(diagnosis, lang))
    return trainer, found


def _retrain_with_fix(model, train, data, diagnosis: Diagnosis) -> Trainer:
    model, train = apply_fix(model, train, diagnosis.fix)
    if diagnosis.fix.scale_inputs:  # the page's part of the fix: it owns the data
        data = TrainData(_standardise(data.x), data.y)
    return _train(model, train, data)


def _standardise(x: np.ndarray) -> np.ndarray:
    std = x.std(0)
    varying = std > 0
    return np.where(varying, (x - x.mean(0)) / np.where(varying, std, 1), x).astype(np.float32)


def _points(name: str, n: int = 200, noise: float = 0.0, share: float = 0.5) -> TrainData:
    p = make_points(DataSpec(name=name, n_samples=n, noise=noise, train_share=share))
    return TrainData(p.x_train / 6, p.y_train, p.x_test / 6, p.y_test)


def _regression(n: int = 64) -> TrainData:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    return TrainData(x, (np.abs(x[:, :1]) + x[:, 1:] ** 2).astype(np.float32))


def _month_powers() -> TrainData:
    return TrainData(np.stack([MONTHS**k for k in range(5)], 1).astype(np.float32), TEMPERATURES)


def _codes(found: list[Diagnosis]) -> list[str]:
    return [d.code for d in found]


def test_too_high_a_learning_rate_diverges_and_a_tenth_of_it_trains():
    model = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=4, activation="tanh"),),
        output_activation="linear",
        loss="mse",
    )
    train, data = TrainSpec("sgd", 2.0, batch_size=8, epochs=100), _regression()
    trainer, found = _diagnose(model, train, data)
    assert trainer.status == "diverged" and _codes(found) == ["diverged"]
    assert found[0].fix == Fix(learning_rate=pytest.approx(0.2))
    fixed = _retrain_with_fix(model, train, data, found[0])
    assert fixed.status == "ready" and np.all(np.isfinite(fixed.history.loss))
    assert fixed.history.loss[-1] < 0.5 * fixed.history.loss[0]


def test_raw_month_powers_diverge_and_scaling_them_trains():
    train, data = TrainSpec("sgd", 0.001, batch_size=0, epochs=300), _month_powers()
    trainer, found = _diagnose(POLY4, train, data)
    assert trainer.status == "diverged" and _codes(found) == ["diverged_unscaled"]
    assert found[0].fix == Fix(scale_inputs=True)
    fixed = _retrain_with_fix(POLY4, train, data, found[0])
    assert fixed.status == "ready" and fixed.history.loss[-1] < fixed.history.loss[0]


def test_raw_month_powers_crawl_and_scaling_them_fits_far_better():
    train, data = TrainSpec("adam", 0.01, batch_size=0, epochs=3000), _month_powers()
    trainer, found = _diagnose(POLY4, train, data)
    assert _codes(found) == ["ill_conditioned"]
    assert found[0].evidence["raw"] > 1e4 > found[0].evidence["scaled"]
    fixed = _retrain_with_fix(POLY4, train, data, found[0])
    assert fixed.history.loss[-1] < 0.1 * trainer.history.loss[-1]


def test_xor_without_a_hidden_layer_is_too_simple_and_a_hidden_layer_solves_it():
    model = ModelSpec(input_shape=(2,), layers=(), loss="binary_crossentropy")
    train, data = TrainSpec("adam", 0.05, batch_size=10, epochs=100), _points("xor")
    trainer, found = _diagnose(model, train, data)
    assert _codes(found) == ["too_simple"] and trainer.history.metric[-1] < 0.75
    fixed = _retrain_with_fix(model, train, data, found[0])
    assert len(apply_fix(model, train, found[0].fix)[0].layers) == 1
    assert fixed.history.metric[-1] > 0.9 and fixed.history.val_metric[-1] > 0.9


def test_a_large_step_kills_relus_and_leaky_relu_keeps_learning():
    model = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=8, activation="relu"),) * 2,
        output_activation="linear",
        loss="mse",
    )
    train, data = TrainSpec("sgd", 0.3, batch_size=10, epochs=100), _regression(100)
    trainer, found = _diagnose(model, train, data)
    assert _codes(found) == ["dead_relu"] and found[0].evidence["share"] >= 0.5
    fixed = _retrain_with_fix(model, train, data, found[0])
    assert fixed.history.loss[-1] < 0.1 * trainer.history.loss[-1]


def test_deep_sigmoid_gradients_vanish_and_relu_learns():
    model = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=4, activation="sigmoid"),) * 5,
        loss="binary_crossentropy",
    )
    train, data = TrainSpec("sgd", 0.1, batch_size=10, epochs=100), _points("circle")
    trainer, found = _diagnose(model, train, data)
    assert _codes(found) == ["vanishing"] and found[0].evidence["ratio"] < 0.01
    fixed = _retrain_with_fix(model, train, data, found[0])
    assert trainer.history.metric[-1] < 0.6 and fixed.history.metric[-1] > 0.9


def test_a_plateau_is_left_with_adam():
    model = ModelSpec(input_shape=(2,), layers=(LayerSpec(units=4, activation="sigmoid"),))
    train, data = TrainSpec("sgd", 0.1, batch_size=0, epochs=300), _points("circle")
    trainer, found = _diagnose(model, train, data)
    assert _codes(found) == ["plateau"]
    assert found[0].fix == Fix(optimizer="adam", learning_rate=0.01)
    fixed = _retrain_with_fix(model, train, data, found[0])
    assert fixed.history.loss[-1] < 0.5 * trainer.history.loss[-1]
    assert fixed.history.metric[-1] > trainer.history.metric[-1] + 0.3


def test_overfitting_is_found_and_l2_narrows_the_gap():
    model = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=32, activation="relu"),) * 2,
        loss="binary_crossentropy",
    )
    train = TrainSpec("adam", 0.01, batch_size=0, epochs=1000)
    data = _points("xor", n=60, noise=0.3, share=0.34)
    trainer, found = _diagnose(model, train, data)
    assert _codes(found) == ["overfitting"] and found[0].fix == Fix(regularization=0.001)
    fixed = _retrain_with_fix(model, train, data, found[0])
    # The fixed run's test loss even includes its L2 penalty.
    assert fixed.history.val_loss[-1] < 0.7 * trainer.history.val_loss[-1]
    gap = trainer.history.val_loss[-1] - trainer.history.loss[-1]
    assert fixed.history.val_loss[-1] - fixed.history.loss[-1] < 0.7 * gap


def test_a_healthy_run_has_no_diagnosis():
    model = ModelSpec(input_shape=(2,), layers=(LayerSpec(units=4, activation="sigmoid"),))
    _, found = _diagnose(
        model, TrainSpec("adam", 0.01, batch_size=0, epochs=300), _points("circle")
    )
    assert found == []


def _evidence(**changes) -> Evidence:
    base = dict(
        status="ready",
        loss=np.linspace(1.0, 0.9, 100),
        val_loss=np.zeros(0),
        accuracy=None,
        baseline_loss=1.0,
        hidden_activations=("relu",),
        optimizer="sgd",
        learning_rate=0.1,
        regularized=False,
        dead_share=0.0,
        saturated_share=None,
        gradient_sizes=(1.0, 1.0),
        linear_accuracy=None,
        condition_raw=2.0,
        condition_scaled=1.0,
    )
    return Evidence(**{**base, **changes})


def test_rule_branches():
    flat = np.full(100, 0.5)
    assert diagnose(_evidence(loss=flat, optimizer="adam"))[0].fix == Fix(learning_rate=1.0)
    assert diagnose(_evidence(loss=flat, learning_rate=0.001))[0].fix.learning_rate == 0.01
    assert diagnose(_evidence(loss=np.full(10, 0.5))) == []  # too early to judge
    rising = np.r_[np.linspace(1, 0.2, 50), np.linspace(0.2, 0.6, 50)]
    overfit = _evidence(loss=np.linspace(1, 0.01, 100), val_loss=rising, regularized=True)
    assert diagnose(overfit)[0].fix == Fix(epochs=50)
    exploding = _evidence(loss=np.r_[1.0, np.full(30, 20.0)])
    assert _codes(diagnose(exploding)) == ["diverged"]


def test_apply_fix_turns_model_and_training_knobs():
    model = ModelSpec(input_shape=(2,), layers=(LayerSpec(units=3, activation="sigmoid"),) * 3)
    train = TrainSpec("sgd", 0.1, epochs=100)
    fix = Fix(
        activation="relu",
        hidden_layers=2,
        regularization=0.01,
        optimizer="adam",
        learning_rate=0.01,
        epochs=40,
    )
    new_model, new_train = apply_fix(model, train, fix)
    assert new_model.layers == (LayerSpec(units=3, activation="relu"),) * 2
    assert (new_model.regularizer, new_model.regularization_rate) == ("l2", 0.01)
    assert (new_train.optimizer, new_train.learning_rate, new_train.epochs) == ("adam", 0.01, 40)
    assert apply_fix(model, train, Fix()) == (model, train)
    _, _, text = describe(
        Diagnosis("plateau", {"epochs": 5, "change": 0.0, "loss": 1.0}, fix), "ko"
    )
    assert "relu" in text and "0.01" in text and "40" in text
