"""AppTest runs: each page renders without exceptions and trains through its own controls."""

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")
TIMEOUT = 120  # TensorFlow's import alone takes longer than AppTest's default 3 s


def _app(lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    return at


def _figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _array(value) -> np.ndarray:
    """Plotly 6+ sends NumPy data as typed arrays: {"dtype", "bdata", "shape"}."""
    if isinstance(value, dict) and "bdata" in value:
        data = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = value.get("shape")
        return data.reshape([int(n) for n in str(shape).split(",")]) if shape else data
    return np.asarray(value, dtype=float)


@pytest.mark.parametrize(
    "lang, title", [("en", "Deep Learning Playground"), ("ko", "딥러닝 놀이터")]
)
def test_home_page_links_every_page(lang, title):
    at = _app(lang).run()
    assert not at.exception
    assert at.title[0].value == title
    assert len(at.get("page_link")) >= 1


def test_odd_language_query_falls_back_with_a_note():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = "xx<script>"
    at.run()
    assert not at.exception
    assert at.session_state["lang"] == "en"
    assert any("xx" in caption.value for caption in at.sidebar.caption)


def _open_xor() -> AppTest:
    at = _app().run()
    at.switch_page("views/xor.py").run()
    assert not at.exception
    return at


def _train_button(at: AppTest):
    return next(b for b in at.button if b.label.startswith("▶"))


def test_xor_page_trains_through_its_controls():
    at = _open_xor()
    boundary_before = _array(_figures(at)[0]["data"][0]["z"])
    at.number_input(key="xor.epochs").set_value(300).run()
    at.select_slider(key="xor.learning_rate").set_value(1.0).run()
    _train_button(at).click().run()
    assert not at.exception
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.epoch == 300
    assert len(trainer.history.loss) == 300
    assert trainer.history.loss[-1] < trainer.history.loss[0]
    boundary_after = _array(_figures(at)[0]["data"][0]["z"])
    assert boundary_after.shape == (50, 50)
    assert not np.allclose(boundary_before, boundary_after)
    assert any("300" in md.value for md in at.markdown)  # the epoch counter
    assert len(at.dataframe) == 1  # the truth table with the textbook column


def test_step_reset_and_learning_rate_change():
    at = _open_xor()
    step = next(b for b in at.button if b.key == "xor.step")
    step.click().run()
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.epoch == 1
    at.select_slider(key="xor.learning_rate").set_value(0.3).run()
    assert at.session_state["xor.trainer"][1] is trainer  # a new rate keeps the model
    assert trainer.learning_rate == 0.3
    next(b for b in at.button if b.key == "xor.reset").click().run()
    assert trainer.epoch == 0


def test_architecture_change_resets_and_zero_layers_is_logistic_regression():
    at = _open_xor()
    trainer = at.session_state["xor.trainer"][1]
    at.slider(key="xor.hidden_layers").set_value(0).run()
    assert not at.exception
    new = at.session_state["xor.trainer"][1]
    assert new is not trainer
    assert any("logistic" in caption.value for caption in at.caption)


def test_generated_dataset_and_features():
    at = _open_xor()
    at.selectbox(key="xor.dataset").set_value("circle").run()
    at.session_state["xor.features"] = ["x1_sq", "x2_sq"]
    at.run()
    at.number_input(key="xor.epochs").set_value(20).run()
    _train_button(at).click().run()
    assert not at.exception
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.data.x.shape == (100, 2)
    assert trainer.epoch == 20


def test_no_inputs_gives_a_clear_message():
    at = _open_xor()
    at.session_state["xor.features"] = []
    at.run()
    assert not at.exception
    assert any("input" in w.value.lower() for w in at.warning)


def test_divergence_is_explained_and_history_kept():
    at = _open_xor()
    at.selectbox(key="xor.dataset").set_value("gaussians").run()
    at.selectbox(key="xor.activation").set_value("linear").run()
    at.session_state["xor.features"] = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2"]
    at.selectbox(key="xor.loss").set_value("binary_crossentropy").run()
    at.select_slider(key="xor.learning_rate").set_value(0.001).run()
    step = next(b for b in at.button if b.key == "xor.step")
    step.click().run()
    step.click().run()
    trainer = at.session_state["xor.trainer"][1]
    kept = trainer.history.loss.copy()
    at.select_slider(key="xor.learning_rate").set_value(10.0).run()
    at.number_input(key="xor.epochs").set_value(200).run()
    _train_button(at).click().run()
    assert not at.exception
    assert at.session_state["xor.trainer"][1] is trainer
    assert trainer.status == "diverged"
    np.testing.assert_array_equal(trainer.history.loss[:2], kept)
    assert np.isfinite(trainer.history.loss).all()
    assert all(np.isfinite(w).all() for w in trainer.weights)
    assert any("NaN" in w.value for w in at.warning)


def test_textbook_preset_loads_the_book_setup():
    at = _open_xor()
    at.selectbox(key="xor.dataset").set_value("spiral").run()
    next(b for b in at.button if b.label.startswith("📖")).click().run()
    assert at.selectbox(key="xor.dataset").value == "xor_table"
    assert at.select_slider(key="xor.learning_rate").value == 0.1
    assert at.number_input(key="xor.epochs").value == 5000
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.batch_size == 1 and trainer.data.x.shape == (4, 2)


def _open(path: str) -> AppTest:
    at = _app().run()
    at.switch_page(path).run()
    assert not at.exception
    return at


def _train_until(at: AppTest, page: str, epochs: int) -> None:
    """Press train and rerun until the target (a live fragment trains one slice per run)."""
    _train_button(at).click().run()
    for _ in range(50):
        if at.session_state[f"{page}.trainer"][1].epoch >= epochs:
            break
        at.run()
    assert not at.exception


def _live_plot_figure(at: AppTest) -> dict:
    component = next(
        el for el in at.get("component_instance") if "live_plot" in el.proto.component_name
    )
    return json.loads(json.loads(component.proto.json_args)["spec"])


def test_blood_fat_page_trains_and_redraws_its_plane():
    at = _open("views/blood_fat.py")
    surface_before = _array(_live_plot_figure(at)["data"][1]["z"])
    at.checkbox(key="blood_fat.standardize").check().run()
    at.select_slider(key="blood_fat.learning_rate").set_value(0.01).run()
    at.number_input(key="blood_fat.epochs").set_value(400).run()
    _train_until(at, "blood_fat", 400)
    trainer = at.session_state["blood_fat.trainer"][1]
    assert trainer.epoch == 400
    assert trainer.history.loss[-1] < 0.5 * trainer.history.loss[0]
    surface_after = _array(_live_plot_figure(at)["data"][1]["z"])
    assert surface_after.shape == (25, 25) and not np.allclose(surface_before, surface_after)
    # Standardized inputs converge: the equation matches least squares and the gap is small.
    mse_now, mse_best, gap = (float(m.value.replace(",", "")) for m in at.metric)
    assert gap == pytest.approx(mse_now - mse_best, abs=0.11) and gap < 1.0
    landscape = _figures(at)[-1]
    assert landscape["data"][0]["type"] == "contour"
    path = landscape["data"][1]
    assert len(_array(path["x"])) > 10  # the optimizer's path, one point per epoch (thinned)
    assert any("349.2" in md.value for md in at.markdown)  # the prediction box


def test_blood_fat_textbook_preset_and_divergence_message():
    at = _open("views/blood_fat.py")
    textbook = next(b for b in at.sidebar.button if "Textbook" in b.label)
    textbook.click().run()
    assert at.session_state["blood_fat.optimizer"] == "rmsprop"
    assert at.session_state["blood_fat.epochs"] == 5000
    assert at.checkbox(key="blood_fat.standardize").value is False
    at.selectbox(key="blood_fat.optimizer").set_value("sgd").run()
    at.select_slider(key="blood_fat.learning_rate").set_value(10.0).run()
    at.number_input(key="blood_fat.epochs").set_value(50).run()
    _train_until(at, "blood_fat", 50)
    trainer = at.session_state["blood_fat.trainer"][1]
    assert trainer.status == "diverged"
    assert np.isfinite(np.concatenate([w.ravel() for w in trainer.weights])).all()
    assert any("learning rate" in w.value for w in at.warning)


def test_temperature_page_trains_through_its_controls():
    at = _open("views/temperature.py")
    curve_before = _array(_figures(at)[0]["data"][1]["y"])
    at.slider(key="temperature.degree").set_value(2).run()
    at.checkbox(key="temperature.scale").check().run()
    at.select_slider(key="temperature.learning_rate").set_value(0.1).run()
    at.number_input(key="temperature.epochs").set_value(3000).run()
    _train_button(at).click().run()
    assert not at.exception
    trainer = at.session_state["temperature.trainer"][1]
    assert trainer.epoch == 3000
    curve_after = _array(_figures(at)[0]["data"][1]["y"])
    assert not np.allclose(curve_before, curve_after, equal_nan=True)
    weights_table = at.dataframe[0].value
    assert len(weights_table) == 3  # month⁰, month¹, month²
    assert any("°C" in md.value for md in at.markdown)  # the month prediction


def test_activation_page_draws_the_chosen_functions_and_measures_gradients():
    at = _open("views/activations.py")
    at.pills(key="activations.functions").set_value(["relu", "leaky_relu"]).run()
    at.slider(key="activations.alpha").set_value(0.1).run()
    assert not at.exception
    curves = _figures(at)[0]["data"]
    assert [c["name"] for c in curves] == ["ReLU", "ReLU′", "leaky ReLU", "leaky ReLU′"]
    leaky_derivative = _array(curves[3]["y"])
    assert leaky_derivative.min() == pytest.approx(0.1) and leaky_derivative.max() == 1
    assert len(at.latex) >= 3  # two function formulas and softmax
    at.slider(key="activations.depth").set_value(15).run()
    at.selectbox(key="activations.deep_activation").set_value("sigmoid").run()
    gradients = _array(_figures(at)[-1]["data"][0]["y"])
    assert len(gradients) == 15 and gradients[0] < 1e-3 * gradients[-1]
    at.pills(key="activations.functions").set_value([]).run()
    assert any("at least one" in w.value for w in at.warning)


def test_optimizer_page_races_and_reports_divergence():
    at = _open("views/optimizers.py")
    at.selectbox(key="optimizers.surface").set_value("bowl").run()
    at.pills(key="optimizers.racers").set_value(["sgd", "adam"]).run()
    at.select_slider(key="optimizers.rate.sgd").set_value(10.0).run()
    at.select_slider(key="optimizers.steps").set_value(50).run()
    _train_button(at).click().run()
    assert not at.exception
    assert at.session_state["optimizers.shown"] == 50
    race = _figures(at)[0]["data"]
    adam_path = next(trace for trace in race if trace.get("name") == "Adam")
    assert len(_array(adam_path["x"])) == 51  # start + 50 steps
    assert any("diverged" in w.value for w in at.warning)  # SGD at 10 blows up on the bowl
    at.button(key="optimizers.reset").click().run()
    assert at.session_state["optimizers.shown"] == 0
    at.button(key="optimizers.step").click().run()
    assert at.session_state["optimizers.shown"] == 1
    assert len(at.dataframe) == 1  # batch vs mini-batch vs SGD table


def test_iris_page_trains_and_shows_regions_confusion_and_summary():
    at = _open("views/iris.py")
    at.number_input(key="iris.epochs").set_value(60).run()
    _train_button(at).click().run()
    assert not at.exception
    trainer = at.session_state["iris.trainer"][1]
    assert trainer.epoch == 60
    assert trainer.history.val_metric[-1] > trainer.history.val_metric[0]
    kinds = [fig["data"][0]["type"] for fig in _figures(at)]
    assert kinds.count("heatmap") == 2  # decision regions and the confusion matrix
    confusion = next(f for f in _figures(at) if f["data"][0].get("texttemplate"))
    assert _array(confusion["data"][0]["z"]).sum() == 30  # every test flower counted once
    assert any("2,371" in md.value for md in at.markdown)  # the model summary's total
    at.pills(key="iris.features").set_value(["sepal_length", "sepal_width"]).run()
    assert at.session_state["iris.trainer"][1].epoch == 0  # new inputs, new model
    at.pills(key="iris.features").set_value([]).run()
    assert any("at least one feature" in w.value for w in at.warning)


def test_mnist_page_trains_an_epoch_and_shows_mistakes():
    at = _open("views/mnist.py")
    at.selectbox(key="mnist.model").set_value("dense10").run()
    at.number_input(key="mnist.epochs").set_value(1).run()
    _train_button(at).click().run()
    assert not at.exception
    trainer = at.session_state["mnist.trainer"][1]
    assert trainer.epoch == 1 and trainer.history.val_metric[-1] > 0.8
    assert any(m.label == "Test accuracy" for m in at.metric)
    assert len(_figures(at)) >= 4  # samples, curves, confusion matrix, mistakes
    at.selectbox(key="mnist.dataset").set_value("fashion").run()
    assert at.session_state["mnist.trainer"][1].epoch == 0  # another dataset, a fresh model
    at.button(key="mnist.baseline_run").click().run()
    baseline = at.session_state["mnist.baseline.fashion.False"][0]
    assert 0.7 < baseline < 0.9  # the book: about 0.82 on the full set
