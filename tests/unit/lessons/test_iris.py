"""The Iris lesson: the book's split, the textbook network, and the decision-region grid."""

import numpy as np

from playground.lessons.iris import model as lesson
from playground.lessons.iris.data import load_iris_split, region_grid
from playground.lessons.iris.spec import TEXTBOOK
from playground.specs import layer_table


def test_textbook_iris_network_has_2371_parameters_and_the_book_split():
    assert sum(p for *_, p in layer_table(lesson.model_spec(TEXTBOOK))) == 2371
    data = load_iris_split()
    assert data.x_train.shape == (120, 4) and data.x_test.shape == (30, 4)
    assert data.y_train.shape == (120, 3) and (data.y_train.sum(1) == 1).all()


def test_iris_textbook_setup_trains_to_high_test_accuracy():
    trainer = lesson.new_trainer(TEXTBOOK, load_iris_split())
    trainer.train_epochs(100)
    assert trainer.history.val_metric[-1] >= 0.9


def test_region_grid_varies_two_features_and_holds_the_rest_at_the_mean():
    data = load_iris_split()
    xs, ys, inputs = region_grid(data, ("petal_length", "petal_width"), resolution=5)
    assert inputs.shape == (25, 4)
    np.testing.assert_allclose(inputs[:, 0], data.x_train[:, 0].mean(), rtol=1e-6)
    np.testing.assert_allclose(np.unique(inputs[:, 2]), xs, rtol=1e-6)
