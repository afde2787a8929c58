"""The XOR lesson: its data sets, features, model and spec."""

import dataclasses

import numpy as np
import pytest

from playground.diagnosis import Fix
from playground.lessons.xor import model as lesson
from playground.lessons.xor import own as lesson_own
from playground.lessons.xor.data import GENERATORS, feature_matrix, make_points
from playground.lessons.xor.figures import truth_table
from playground.lessons.xor.inside import example_names, fixed_spec
from playground.lessons.xor.spec import TEXTBOOK, DataSpec, XorSpec
from playground.models import build_model
from playground.own_data import DataError, read_table
from playground.specs import reset_key


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_generated_sets_are_seeded_balanced_and_split(name):
    spec = DataSpec(name=name, n_samples=200, noise=0.1, train_share=0.7, seed=3)
    a, b = make_points(spec), make_points(spec)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    assert len(a.x_train) == 140 and len(a.x_test) == 60
    labels = np.concatenate([a.y_train, a.y_test])
    assert set(np.unique(labels)) == {0.0, 1.0}
    assert 0.4 <= labels.mean() <= 0.6
    assert np.abs(np.concatenate([a.x_train, a.x_test])).max() < 9
    other = make_points(DataSpec(name=name, n_samples=200, noise=0.1, train_share=0.7, seed=4))
    assert not np.array_equal(a.x_train, other.x_train)


def test_xor_table_is_the_truth_table():
    points = make_points(DataSpec(name="xor_table"))
    assert points.y_train[:, 0].tolist() == [0, 1, 1, 0]
    np.testing.assert_array_equal(points.x_train, points.x_test)


def test_feature_matrix_order_and_values():
    points = np.array([[2.0, 3.0]], dtype=np.float32)
    features = feature_matrix(points, ("x1_x2", "x1_sq", "sin_x2"))
    np.testing.assert_allclose(features, [[6.0, 4.0, np.sin(3.0)]], rtol=1e-6)


def test_xor_page_spec_builds_the_textbook_network():
    spec = lesson.model_spec(TEXTBOOK)
    model = build_model(spec, "sgd", 0.1)
    assert [layer.units for layer in model.layers] == [2, 1]
    assert model.count_params() == 9
    assert lesson.layer_sizes(TEXTBOOK) == [2, 2, 1]


@pytest.mark.parametrize("name", ["xor_table", "circle"])
def test_one_probe_gives_the_plane_and_the_truth_table(name):
    spec = dataclasses.replace(TEXTBOOK, data=dataclasses.replace(TEXTBOOK.data, name=name))
    run = lesson.prepare(spec)
    trainer = lesson.new_trainer(spec, run)
    trainer.train_epochs(3)
    plane = np.random.default_rng(0).uniform(-1, 1, (50, 2)).astype(np.float32)
    outputs, table = lesson.probe(trainer, spec, run, plane)
    for got, want in zip(outputs, trainer.layer_outputs(plane), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-6)
    if name == "xor_table":
        np.testing.assert_allclose(table, trainer.predict(run.x_train), rtol=1e-6)
    else:
        assert table is None


def test_reset_key_ignores_learning_rate_and_epochs():
    base = TEXTBOOK
    faster = XorSpec(
        **{
            **base.__dict__,
            "train": base.train.__class__(
                **{**base.train.__dict__, "learning_rate": 1.0, "epochs": 10}
            ),
        }
    )
    wider = XorSpec(**{**base.__dict__, "neurons": (4,)})
    assert reset_key(base) == reset_key(faster)
    assert reset_key(base) != reset_key(wider)


# -- own data, fixes and examples ----------------------------------------------------------------

PETS = b"height,weight,kind\n" + b"".join(
    f"{150 + i},{40 + (i * 7) % 30},{'cat' if i % 2 else 'dog'}\n".encode() for i in range(20)
)


def test_own_table_guesses_columns_and_standardises():
    table = read_table(PETS, "pets.csv")
    features, label = lesson_own.default_columns(table)
    assert features == ("height", "weight") and label == "kind"
    own = lesson_own.from_table(table, features, label)
    np.testing.assert_allclose(own.points.x.mean(0), 0, atol=1e-6)
    np.testing.assert_allclose(own.points.x.std(0), 1, atol=1e-5)
    lo, hi = lesson_own.own_bounds(own)
    assert lo == -hi and hi >= np.abs(own.points.x).max()
    other = lesson_own.from_table(table, ("weight", "height"), label)
    assert other.fingerprint != own.fingerprint
    assert lesson_own.from_table(table, features, label).fingerprint == own.fingerprint


def test_own_table_with_three_classes_is_refused_plainly():
    raw = b"a,b,c\n" + b"".join(f"{i},{i * i % 7},{i % 3}\n".encode() for i in range(12))
    table = read_table(raw, "three.csv")
    with pytest.raises(DataError) as caught:
        lesson_own.from_table(table, ("a", "b"), "c")
    assert caught.value.code == "data.err.two_classes"
    assert "two" in caught.value.message("en") and "두 클래스" in caught.value.message("ko")


def test_clicked_points_need_two_of_each_class():
    x = np.array([[0, 0], [1, 1], [2, 2]], np.float32)
    with pytest.raises(DataError):
        lesson_own.from_clicks(x, np.array([0, 0, 1]))
    own = lesson_own.from_clicks(np.vstack([x, [[3, 3]]]), np.array([0, 0, 1, 1]))
    assert own.clicked and lesson_own.own_bounds(own) == (-6.0, 6.0)
    points = lesson_own.own_points(own, 0.5, 0)
    assert len(points.x_train) == 2 and set(points.y_train[:, 0]) == {0.0, 1.0}


def test_own_source_runs_on_the_own_set_and_keys_on_its_fingerprint():
    table = read_table(PETS, "pets.csv")
    own = lesson_own.from_table(table, ("height", "weight"), "kind")
    spec = XorSpec(data=DataSpec(source="csv", train_share=0.5))
    run = lesson.prepare(spec, own)
    assert len(run.x_train) + len(run.x_test) == 20
    other = lesson_own.from_table(table, ("weight", "height"), "kind")
    assert reset_key(lesson.run_key(spec, own)) != reset_key(lesson.run_key(spec, other))
    builtin = XorSpec()
    assert lesson.run_key(builtin, own) == lesson.run_key(builtin)  # built-in ignores own data
    with pytest.raises(ValueError):
        lesson.prepare(spec)


def test_fixes_become_page_settings_on_the_widgets_options():
    logistic = XorSpec(neurons=())
    assert fixed_spec(logistic, Fix(hidden_layers=1)).neurons == (4,)
    assert fixed_spec(TEXTBOOK, Fix(learning_rate=0.01)).train.learning_rate == 0.01
    assert fixed_spec(TEXTBOOK, Fix(learning_rate=0.02)).train.learning_rate == 0.03
    relu = fixed_spec(TEXTBOOK, Fix(activation="relu"))
    assert relu.activation == "relu" and relu.neurons == TEXTBOOK.neurons
    l2 = fixed_spec(TEXTBOOK, Fix(regularization=0.001))
    assert (l2.regularizer, l2.regularization_rate) == ("l2", 0.001)
    adam = fixed_spec(TEXTBOOK, Fix(optimizer="adam", learning_rate=0.01))
    assert (adam.train.optimizer, adam.train.learning_rate) == ("adam", 0.01)
    assert fixed_spec(TEXTBOOK, Fix(epochs=42)).train.epochs == 42
    assert fixed_spec(TEXTBOOK, Fix(scale_inputs=True)) is None


def test_example_names_follow_the_training_order():
    run = lesson.prepare(TEXTBOOK)
    assert example_names(run) == ["(0, 0) → 0", "(0, 1) → 1", "(1, 0) → 1", "(1, 1) → 0"]


def test_on_the_truth_table_test_loss_is_the_final_weights_loss_and_loss_the_epochs_mean():
    """What the caption under the status says: same four points, two moments."""
    run = lesson.prepare(TEXTBOOK)
    trainer = lesson.new_trainer(TEXTBOOK, run)
    trainer.train_epochs(50)
    outputs = trainer.predict(run.x_train)
    evaluated = float(np.mean((outputs - run.points.y_train) ** 2))
    assert trainer.history.val_loss[-1] == pytest.approx(evaluated, rel=1e-5)
    assert trainer.history.loss[-1] != pytest.approx(evaluated, rel=1e-5)
    table = truth_table(run.points.y_train, outputs, {"target": "t", "yours": "y", "book": "b"})
    assert table["t"].tolist() == [0, 1, 1, 0]
    np.testing.assert_allclose(table["y"], outputs[:, 0].round(3), atol=1e-6)
