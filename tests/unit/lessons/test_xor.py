"""The XOR lesson: its data sets, features, model and spec."""


import numpy as np
import pytest

from playground.lessons.xor import model as lesson
from playground.lessons.xor.data import GENERATORS, feature_matrix, make_points
from playground.lessons.xor.spec import TEXTBOOK, DataSpec, XorSpec
from playground.models import build_model
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
