"""On every training page's own data: a bad run is diagnosed, and the page's one-click fix
(its `fixed_spec`) makes the run better (small runs: a few seconds each)."""

import dataclasses

import numpy as np

from playground import diagnosis
from playground.diagnosis import COLLINEAR, Fix, diagnose, evidence_from_trainer
from playground.lessons.blood_fat import model as blood_fat
from playground.lessons.blood_fat.data import mse
from playground.lessons.blood_fat.inside import fixed_spec as blood_fat_fix
from playground.lessons.blood_fat.spec import BloodFatSpec, BloodFatTrainSpec
from playground.lessons.iris import data as iris_data
from playground.lessons.iris import model as iris
from playground.lessons.iris.inside import fixed_spec as iris_fix
from playground.lessons.iris.spec import IrisSpec, IrisTrainSpec
from playground.lessons.mnist import data as mnist_data
from playground.lessons.mnist import model as mnist
from playground.lessons.mnist.inside import fixed_spec as mnist_fix
from playground.lessons.mnist.spec import BuilderSpec, MnistSpec, MnistTrainSpec
from playground.lessons.temperature import model as temperature
from playground.lessons.temperature.inside import fixed_spec as temperature_fix
from playground.lessons.temperature.spec import TemperatureSpec, TemperatureTrainSpec


def _diagnoses(trainer, model, optimizer: str) -> list:
    return diagnose(evidence_from_trainer(trainer, model, optimizer))


# -- temperature --------------------------------------------------------------------------------
def _temperature(spec: TemperatureSpec):
    series = temperature.series_for(spec)
    trainer = temperature.new_trainer(spec, series)
    trainer.train_epochs(spec.train.epochs)
    sse = series.sse(temperature.learned_coefficients(trainer, series))
    found = _diagnoses(trainer, temperature.model_spec(spec), spec.train.optimizer)
    return trainer, found, sse


def test_temperature_raw_powers_diverge_and_the_fix_scales_them():
    train = TemperatureTrainSpec(optimizer="sgd", learning_rate=0.001, epochs=100)
    spec = TemperatureSpec(degree=4, train=train)
    trainer, found, sse = _temperature(spec)
    assert trainer.status == "diverged" and [d.code for d in found] == ["diverged_unscaled"]
    fixed = temperature_fix(spec, found[0].fix)
    assert fixed == dataclasses.replace(spec, scale_features=True)
    again, found_again, sse_again = _temperature(fixed)
    assert again.status == "ready" and not found_again
    assert sse_again < 1e-10 * sse  # in °C² both: from 10²⁰ to hundreds


def test_temperature_fixes_it_cannot_apply_say_so():
    spec = TemperatureSpec(scale_features=True)
    assert temperature_fix(spec, Fix(scale_inputs=True)) is None  # already scaled
    assert temperature_fix(TemperatureSpec(source="csv"), Fix(scale_inputs=True)) is None
    assert temperature_fix(spec, Fix(activation="relu")) is None  # no hidden layer
    assert temperature_fix(spec, Fix(learning_rate=0.02)).train.learning_rate == 0.03  # snapped


# -- blood fat ----------------------------------------------------------------------------------
def _blood_fat(spec: BloodFatSpec):
    run = blood_fat.prepare(spec)
    trainer = blood_fat.new_trainer(spec, run)
    trainer.train_epochs(spec.train.epochs)
    found = _diagnoses(trainer, run.model, spec.train.optimizer)
    error = mse(run.y, blood_fat.predict_original(trainer, run, run.x))  # in the table's units
    return trainer, found, error


def test_blood_fat_raw_inputs_crawl_and_the_fix_standardizes_them():
    spec = BloodFatSpec(train=BloodFatTrainSpec(epochs=500))  # the textbook's RMSprop, raw
    _, found, error = _blood_fat(spec)
    assert [d.code for d in found] == ["ill_conditioned"]
    fixed = blood_fat_fix(spec, found[0].fix)
    assert fixed == dataclasses.replace(spec, standardize=True)
    _, _, error_fixed = _blood_fat(fixed)
    assert error_fixed < 0.1 * error


def test_blood_fat_too_high_a_rate_diverges_and_the_fix_lowers_it():
    train = BloodFatTrainSpec(optimizer="sgd", learning_rate=3.0, epochs=50)
    spec = BloodFatSpec(standardize=True, train=train)
    trainer, found, _ = _blood_fat(spec)
    assert trainer.status == "diverged" and [d.code for d in found] == ["diverged"]
    fixed = blood_fat_fix(spec, found[0].fix)
    assert fixed.train.learning_rate == 0.3
    again, _, error = _blood_fat(fixed)
    assert again.status == "ready" and np.isfinite(error)
    assert blood_fat_fix(spec, Fix(activation="leaky_relu")) is None  # a plane has none


# -- iris ---------------------------------------------------------------------------------------
def _iris(spec: IrisSpec, data):
    trainer = iris.new_trainer(spec, data)
    trainer.train_epochs(spec.train.epochs)
    return trainer, _diagnoses(trainer, iris.model_spec(spec), spec.train.optimizer)


def test_iris_too_large_a_step_kills_the_relus_and_leaky_relu_learns():
    data = iris_data.load_iris_split()
    spec = IrisSpec(train=IrisTrainSpec(learning_rate=1.0, epochs=30))
    trainer, found = _iris(spec, data)
    assert [d.code for d in found] == ["dead_relu"] and trainer.history.metric[-1] < 0.5
    fixed = iris_fix(spec, found[0].fix)
    assert fixed == dataclasses.replace(spec, activation="leaky_relu")
    again, _ = _iris(fixed, data)
    assert again.history.metric[-1] > trainer.history.metric[-1] + 0.3


def test_iris_scaling_and_l2_fixes():
    spec = IrisSpec()
    assert iris_fix(spec, Fix(scale_inputs=True)).data.standardize
    assert iris_fix(spec, Fix(regularization=0.001)) is None  # the page has dropout, not L2


# -- mnist --------------------------------------------------------------------------------------
def _mnist(spec: MnistSpec, data):
    trainer = mnist.new_trainer(spec, data)
    trainer.train_epochs(spec.train.epochs)
    return trainer, _diagnoses(trainer, mnist.model_spec(spec), spec.train.optimizer)


def test_mnist_too_small_a_rate_plateaus_and_the_fix_raises_it():
    images = mnist_data.load_images("mnist", False)
    data = dataclasses.replace(
        images, x_train=images.x_train[:500], y_train=images.y_train[:500]
    )  # 500 images: the same plateau, in seconds
    train = MnistTrainSpec(optimizer="sgd", learning_rate=1e-5, batch_size=64, epochs=20)
    spec = MnistSpec(model="dense10", train=train)
    trainer, found = _mnist(spec, data)
    assert [d.code for d in found] == ["plateau"]
    fixed = mnist_fix(spec, found[0].fix)
    assert fixed.train.learning_rate == 1e-4
    again, _ = _mnist(fixed, data)
    assert again.history.loss[-1] < trainer.history.loss[-1]
    drop = trainer.history.loss[0] - trainer.history.loss[-1]
    assert again.history.loss[0] - again.history.loss[-1] > 5 * drop


def test_mnist_activation_fixes_swap_to_the_books_twin_or_the_custom_build():
    sigmoid = MnistSpec(model="dense100_sigmoid")
    assert mnist_fix(sigmoid, Fix(activation="relu")).model == "dense100_relu"
    assert mnist_fix(MnistSpec(model="dense100_relu"), Fix(activation="leaky_relu")) is None
    custom = MnistSpec(model="custom", builder=BuilderSpec(activation="relu"))
    assert mnist_fix(custom, Fix(activation="leaky_relu")).builder.activation == "leaky_relu"
    assert mnist_fix(custom, Fix(scale_inputs=True)) is None  # pixels are always 0..1
    assert mnist_fix(custom, Fix(epochs=500)).train.epochs == 30  # the page's bound


def test_mnist_pixels_are_never_called_badly_scaled():
    """Pixels are collinear (many are 0 on every image): no condition number means anything,
    and standardising them would not help, so neither scaling diagnosis may fire; the SVD of
    784 columns is not even computed (seconds per pause on a shared server)."""
    images = mnist_data.load_images("mnist", False)
    data = dataclasses.replace(images, x_train=images.x_train[:2000], y_train=images.y_train[:2000])
    spec = MnistSpec(model="dense10", train=MnistTrainSpec(epochs=1))
    trainer = mnist.new_trainer(spec, data)
    trainer.train_epochs(1)
    evidence = evidence_from_trainer(trainer, mnist.model_spec(spec), "adam")
    assert evidence.condition_scaled >= COLLINEAR and evidence.scale_gain == 1.0
    wide = np.random.default_rng(0).normal(size=(100, 65))
    assert diagnosis._condition(wide, scale=False) == float("inf")  # not measured
    assert np.isfinite(diagnosis._condition(wide[:, :64], scale=False))
