"""Data generators, the model builder, specs and translations."""

import numpy as np
import pytest

from playground import classify2d
from playground.datasets import GENERATORS, feature_matrix, grid, load_blood_fat, make_points
from playground.i18n import TEXTS, normalize_language, translate
from playground.models import build_model, metric_for
from playground.specs import (
    DatasetSpec,
    LayerSpec,
    ModelSpec,
    XorPageSpec,
    from_dict,
    reset_key,
    to_dict,
)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_generated_sets_are_seeded_balanced_and_split(name):
    spec = DatasetSpec(name=name, n_samples=200, noise=0.1, train_share=0.7, seed=3)
    a, b = make_points(spec), make_points(spec)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    assert len(a.x_train) == 140 and len(a.x_test) == 60
    labels = np.concatenate([a.y_train, a.y_test])
    assert set(np.unique(labels)) == {0.0, 1.0}
    assert 0.4 <= labels.mean() <= 0.6
    assert np.abs(np.concatenate([a.x_train, a.x_test])).max() < 9
    other = make_points(DatasetSpec(name=name, n_samples=200, noise=0.1, train_share=0.7, seed=4))
    assert not np.array_equal(a.x_train, other.x_train)


def test_xor_table_is_the_truth_table():
    points = make_points(DatasetSpec(name="xor_table"))
    assert points.y_train[:, 0].tolist() == [0, 1, 1, 0]
    np.testing.assert_array_equal(points.x_train, points.x_test)


def test_feature_matrix_order_and_values():
    points = np.array([[2.0, 3.0]], dtype=np.float32)
    features = feature_matrix(points, ("x1_x2", "x1_sq", "sin_x2"))
    np.testing.assert_allclose(features, [[6.0, 4.0, np.sin(3.0)]], rtol=1e-6)


def test_grid_is_row_major_in_y():
    ticks, plane = grid((0.0, 1.0), 3)
    assert plane.shape == (9, 2)
    np.testing.assert_allclose(plane[:3, 1], 0.0)  # first row: y = 0
    np.testing.assert_allclose(plane[:3, 0], ticks)


def test_blood_fat_table():
    x, y = load_blood_fat()
    assert x.shape == (25, 2) and y.shape == (25, 1)
    assert x[0].tolist() == [84, 46] and y[0, 0] == 354


def test_model_builder_matches_the_spec():
    spec = ModelSpec(
        input_shape=(4,),
        layers=(LayerSpec(units=32), LayerSpec(units=32), LayerSpec(units=32)),
        output_units=3,
        output_activation="softmax",
        loss="categorical_crossentropy",
    )
    model = build_model(spec, "adam", 0.001)
    assert model.count_params() == 160 + 1056 + 1056 + 99  # the textbook's Iris network
    assert metric_for(spec) == "categorical_accuracy"
    assert model.optimizer.learning_rate.numpy() == pytest.approx(0.001)


def test_xor_page_spec_builds_the_textbook_network():
    spec = classify2d.model_spec(classify2d.TEXTBOOK)
    model = build_model(spec, "sgd", 0.1)
    assert [layer.units for layer in model.layers] == [2, 1]
    assert model.count_params() == 9
    assert classify2d.layer_sizes(classify2d.TEXTBOOK) == [2, 2, 1]


def test_reset_key_ignores_learning_rate_and_epochs():
    base = classify2d.TEXTBOOK
    faster = XorPageSpec(
        **{
            **base.__dict__,
            "train": base.train.__class__(
                **{**base.train.__dict__, "learning_rate": 1.0, "epochs": 10}
            ),
        }
    )
    wider = XorPageSpec(**{**base.__dict__, "neurons": (4,)})
    assert reset_key(base) == reset_key(faster)
    assert reset_key(base) != reset_key(wider)


def test_specs_round_trip_through_plain_dicts():
    spec = classify2d.TEXTBOOK
    assert from_dict(XorPageSpec, to_dict(spec)) == spec


def test_every_text_has_both_languages_and_lookup_falls_back():
    for key, (english, korean) in TEXTS.items():
        assert english and korean, key
    assert translate("app.title", "ko") == "딥러닝 놀이터"
    assert translate("xor.neurons", "en", n=2) == "Neurons in layer 2"
    assert normalize_language("ko-KR") == "ko"
    assert normalize_language("fr") is None
