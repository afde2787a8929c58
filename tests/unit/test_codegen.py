"""The exported code: it runs, and its `model.fit` gives the engine's numbers for the spec.

The programs run in one Python subprocess, one after another, each as its own `__main__` module
(`runpy.run_path`: TensorFlow's import is paid once), with a line appended that prints
`history.history` as JSON; meanwhile the engine trains the same specs in this process. Odd
cases run the notebook's code cells instead of the script, so both files are run."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import keras
import nbformat
import numpy as np
import pytest

from playground import codegen
from playground.lessons.blood_fat import model as blood_fat
from playground.lessons.blood_fat.spec import BloodFatSpec, BloodFatTrainSpec
from playground.lessons.iris import model as iris
from playground.lessons.iris.data import load_iris_split
from playground.lessons.iris.spec import FEATURES as IRIS_FEATURES
from playground.lessons.iris.spec import DataSpec as IrisDataSpec
from playground.lessons.iris.spec import IrisSpec, IrisTrainSpec
from playground.lessons.mnist import model as mnist
from playground.lessons.mnist.data import load_images
from playground.lessons.mnist.spec import MnistSpec, MnistTrainSpec
from playground.lessons.temperature import model as temperature
from playground.lessons.temperature.spec import TemperatureSpec, TemperatureTrainSpec
from playground.lessons.xor import model as xor
from playground.lessons.xor.spec import DATASETS, FEATURES, DataSpec, XorSpec
from playground.own_data import read_table, regression_data
from playground.specs import TrainSpec

ROOT = Path(__file__).resolve().parents[2]
RESULT = "__HISTORY__"
EPILOGUE = (
    "\n\nimport json as _json\n"
    f"print({RESULT!r} + _json.dumps({{k: [float(v) for v in vs] "
    "for k, vs in history.history.items()}))\n"
)
# Runs each program given on the command line as __main__; a failure is reported, not fatal.
RUNNER = """
import runpy, sys, traceback
for path in sys.argv[1:]:
    print("__CASE__", path, flush=True)
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException:
        print("__FAILED__" + traceback.format_exc(), flush=True)
"""


def engine_trainer(page: str, spec, own=None):
    if page == "xor":
        return xor.new_trainer(spec, xor.prepare(spec))
    if page == "iris":
        return iris.new_trainer(spec, load_iris_split())
    if page == "mnist":
        return mnist.new_trainer(spec, load_images(spec.data.name, spec.data.full))
    if page == "blood_fat":
        return blood_fat.new_trainer(spec, blood_fat.prepare(spec, own))
    return temperature.new_trainer(spec, temperature.series_for(spec, own))


def _train(rng: random.Random, cls=TrainSpec, **fixed) -> TrainSpec:
    values = dict(
        optimizer=rng.choice(("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")),
        learning_rate=rng.choice((0.001, 0.01, 0.03, 0.1)),
        batch_size=rng.choice((0, 1, 4, 16, 32)),
        epochs=rng.randint(3, 12),
        shuffle=rng.random() < 0.7,
        seed=rng.randrange(2**31 - 1),
    )
    values.update(fixed)
    return cls(**values)


def random_xor(rng: random.Random) -> XorSpec:
    features = tuple(f for f in FEATURES if rng.random() < 0.4) or ("x1", "x2")
    data = DataSpec(
        name=rng.choice(DATASETS),
        n_samples=rng.choice((50, 100, 200)),
        noise=rng.choice((0.0, 0.1, 0.3)),
        train_share=rng.choice((0.3, 0.5, 0.8)),
        seed=rng.randrange(1000),
        features=features,
    )
    return XorSpec(
        data=data,
        neurons=tuple(rng.randint(1, 8) for _ in range(rng.randint(0, 3))),
        activation=rng.choice(("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear")),
        loss=rng.choice(("mse", "binary_crossentropy")),
        regularizer=rng.choice(("none", "l1", "l2")),
        regularization_rate=rng.choice((0.0001, 0.001, 0.01)),
        train=_train(rng, batch_size=rng.choice((0, 4, 16, 32))),
    )


def random_iris(rng: random.Random) -> IrisSpec:
    features = tuple(f for f in IRIS_FEATURES if rng.random() < 0.6) or IRIS_FEATURES
    return IrisSpec(
        data=IrisDataSpec(features=features, standardize=rng.random() < 0.5),
        hidden=tuple(rng.choice((4, 8, 16)) for _ in range(rng.randint(0, 3))),
        activation=rng.choice(("relu", "tanh", "sigmoid")),
        dropout=rng.choice((0.0, 0.2)),
        train=_train(rng, IrisTrainSpec, learning_rate=rng.choice((0.001, 0.01))),
    )


def random_blood_fat(rng: random.Random) -> BloodFatSpec:
    standardize = rng.random() < 0.6
    train = _train(
        rng,
        BloodFatTrainSpec,
        optimizer=rng.choice(("adam", "rmsprop")) if not standardize else "sgd",
        learning_rate=0.01,
    )
    return BloodFatSpec(
        standardize=standardize,
        hidden_layers=rng.randint(0, 2),
        neurons=rng.randint(1, 8),
        activation=rng.choice(("relu", "tanh")),
        train=train,
    )


def random_temperature(rng: random.Random) -> TemperatureSpec:
    scale = rng.random() < 0.5
    train = _train(
        rng,
        TemperatureTrainSpec,
        optimizer="adam" if not scale else rng.choice(("sgd", "adam", "rmsprop")),
        learning_rate=0.01,
    )
    return TemperatureSpec(degree=rng.randint(1, 5), scale_features=scale, train=train)


def _short(spec, epochs: int):
    return dataclasses.replace(spec, train=dataclasses.replace(spec.train, epochs=epochs))


def cases() -> list[tuple[str, object, str]]:
    """(page, spec, language): each lesson's default (few epochs) and random valid specs."""
    rng = random.Random(13)
    found = [
        ("xor", _short(XorSpec(), 20), "ko"),
        ("iris", _short(IrisSpec(), 5), "en"),
        ("mnist", MnistSpec(train=MnistTrainSpec(epochs=1, batch_size=256)), "ko"),
        ("blood_fat", _short(BloodFatSpec(), 20), "en"),
        ("temperature", _short(TemperatureSpec(), 20), "ko"),
    ]
    for i in range(3):
        found.append(("xor", random_xor(rng), "en" if i % 2 else "ko"))
    found.append(("iris", random_iris(rng), "ko"))
    found.append(("blood_fat", random_blood_fat(rng), "en"))
    found.append(("temperature", random_temperature(rng), "ko"))
    return found


def _own_table(columns: str, rows: list[tuple[float, ...]]):
    text = columns + "\n" + "".join(",".join(f"{v:g}" for v in row) + "\n" for row in rows)
    return read_table(text.encode(), "mine.csv")


def own_cases() -> list[tuple[str, object, str, object]]:
    """A user's file on each regression page (always standardised in the code too)."""
    rng = np.random.default_rng(3)
    flats = [(a, r, 3 * a + 10 * r + rng.normal(0, 5)) for a, r in rng.uniform(20, 90, (30, 2))]
    hours = [(h, 50 + 8 * h - 0.3 * h**2 + rng.normal()) for h in range(24)]
    flats_data = regression_data(_own_table("area,rooms,price", flats), ("area", "rooms"), "price")
    hours_data = regression_data(_own_table("hour,load", hours), ("hour",), "load")
    sgd = {"optimizer": "sgd", "learning_rate": 0.01, "batch_size": 4, "epochs": 10}
    return [
        ("blood_fat", BloodFatSpec(source="csv", train=BloodFatTrainSpec(**sgd)), "ko", flats_data),
        (
            "temperature",
            TemperatureSpec("csv", 3, train=TemperatureTrainSpec(epochs=20)),
            "en",
            hours_data,
        ),
    ]


CASES = cases()
OWN = {len(CASES) + i: case[3] for i, case in enumerate(own_cases())}  # case index: its file
CASES += [case[:3] for case in own_cases()]


def _notebook_code(program: codegen.Program) -> str:
    nb = codegen.notebook(program)
    nbformat.validate(nb)
    nb = nbformat.reads(nbformat.writes(nb), as_version=4)  # the file as written, read back
    return "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Start the programs, then train every spec with the engine while they run."""
    folder = tmp_path_factory.mktemp("programs")
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}
    paths = []
    for i, (page, spec, lang) in enumerate(CASES):
        program = codegen.program_for(page, spec, lang, OWN.get(i))
        code = _notebook_code(program) if i % 2 else codegen.script(program)
        path = folder / f"case{i}_{page}.py"
        path.write_text(code + EPILOGUE, encoding="utf-8")
        paths.append(str(path))
    process = subprocess.Popen(
        [sys.executable, "-c", RUNNER, *paths],
        cwd=ROOT,  # where playground/data/mnist_subset.npz is found
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    engine = []
    for i, (page, spec, _) in enumerate(CASES):
        trainer = engine_trainer(page, spec, OWN.get(i))
        trainer.train_epochs(spec.train.epochs)
        engine.append(trainer)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-3000:]
    outputs = stdout.split("__CASE__ ")[1:]
    assert len(outputs) == len(CASES), stdout[-3000:]
    return engine, outputs


@pytest.mark.parametrize(
    "index", range(len(CASES)), ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_program_runs_and_matches_the_engine(runs, index):
    engine, outputs = runs
    stdout = outputs[index]
    assert "__FAILED__" not in stdout, stdout[-3000:]
    history = json.loads(stdout.split(RESULT)[1])
    trainer = engine[index]
    assert trainer.status == "ready"
    epochs = CASES[index][1].train.epochs
    assert len(history["loss"]) == epochs == len(trainer.history.loss)
    np.testing.assert_allclose(history["loss"], trainer.history.loss, rtol=3e-4, atol=1e-6)
    if "val_loss" in history:
        np.testing.assert_allclose(history["val_loss"][-1], trainer.history.val_loss[-1], rtol=1e-3)
    if "accuracy" in history:
        np.testing.assert_allclose(history["accuracy"][-1], trainer.history.metric[-1], atol=1e-6)
    # What the page shows is printed too.
    assert codegen.tr("final_loss", CASES[index][2]) in stdout


def test_own_data_is_written_into_the_code_or_the_export_says_why_not():
    page, spec, _ = CASES[-1]
    own = OWN[len(CASES) - 1]
    text = codegen.script(codegen.program_for(page, spec, "ko", own))
    assert "hour, 목표값 load" in text and "x_mean, x_std" in text
    with pytest.raises(codegen.NotExportable) as no_file:
        codegen.program_for(page, spec, "en")
    assert no_file.value.key == "data.export.no_file"
    many = dataclasses.replace(own, y=np.zeros((codegen.MAX_DATA_ROWS + 1, 1), np.float32))
    with pytest.raises(codegen.NotExportable) as too_long:
        codegen.program_for(page, spec, "en", many)
    assert too_long.value.fields == {"rows": codegen.MAX_DATA_ROWS + 1, "limit": 2000}
    own_xor = dataclasses.replace(XorSpec(), data=DataSpec(source="points"))
    with pytest.raises(codegen.NotExportable):  # the XOR page's own data is not written out
        codegen.program_for("xor", own_xor, "en")


def test_every_training_lesson_exports_in_both_languages():
    for page in codegen.TRAINING_LESSONS:
        spec = next(spec for p, spec, _ in CASES if p == page)
        korean = codegen.script(codegen.program_for(page, spec, "ko"))
        english = codegen.script(codegen.program_for(page, spec, "en"))
        assert "model.fit(" in korean and "keras.Sequential(" in korean
        assert "모델" in korean and "모델" not in english
        compile(korean, f"{page}.py", "exec")
        assert len(codegen.notebook(codegen.program_for(page, spec, "en")).cells) == 13
    assert codegen.program_for("activations", None, "en") is None


def test_seeded_initializers_give_the_engine_initial_weights():
    spec = XorSpec(neurons=(3, 2), train=TrainSpec(seed=1234, epochs=1))
    trainer = engine_trainer("xor", spec)
    program = codegen.program_for("xor", spec, "en")
    model_code = next(step.code for step in program.steps if "keras.Sequential" in step.code)
    namespace = {"keras": keras}
    exec(model_code.replace("model.summary()", ""), namespace)
    for built, start in zip(namespace["model"].get_weights(), trainer.weights):
        np.testing.assert_array_equal(built, start)


def test_keras_file_loads_back_with_the_same_predictions():
    spec = _short(XorSpec(neurons=(4,), train=TrainSpec(optimizer="adam", epochs=3)), 3)
    trainer = engine_trainer("xor", spec)
    trainer.train_epochs(3)
    module = codegen.lesson_code("xor")
    data = codegen.keras_model_bytes(
        module.model_spec(spec), spec.train, trainer.weights, trainer.optimizer_state
    )
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"codegen_test_{os.getpid()}.keras"
    path.write_bytes(data)
    try:
        loaded = keras.saving.load_model(path)
    finally:
        path.unlink()
    x = xor.prepare(spec).x_train
    np.testing.assert_allclose(loaded.predict(x, verbose=0), trainer.predict(x), rtol=1e-6)
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("tmp*.keras"))


def test_history_csv_has_a_row_per_epoch():
    spec = _short(XorSpec(), 4)
    trainer = engine_trainer("xor", spec)
    trainer.train_epochs(4)
    lines = codegen.history_csv(trainer.history, has_metric=True).splitlines()
    assert lines[0] == "epoch,loss,accuracy,test_loss,test_accuracy"
    assert len(lines) == 5 and lines[-1].startswith("4,")
    assert float(lines[-1].split(",")[1]) == pytest.approx(float(trainer.history.loss[-1]))
    regression = engine_trainer("temperature", _short(TemperatureSpec(), 2))
    regression.train_epochs(2)
    assert codegen.history_csv(regression.history, has_metric=False).splitlines()[0] == "epoch,loss"
