"""AppTest: after a bad run the "Why did it fail?" panel explains it on every training page,
and its button puts the fix into the page's widgets."""

import pytest

from tests.app.apptest import open_page, train_until

BAD_RUNS = {  # page: (page file, widget values, epochs, the diagnosis title shown)
    "temperature": (
        "pages/regression/temperature.py",
        {"train.optimizer": "sgd", "train.learning_rate": 0.001},
        100,
        "the inputs are not scaled",
    ),
    "blood_fat": (
        "pages/regression/blood_fat.py",
        {"standardize": True, "train.optimizer": "sgd", "train.learning_rate": 3.0},
        50,
        "The loss blew up",
    ),
    "iris": ("pages/classification/iris.py", {"train.learning_rate": 1.0}, 30, "ReLU"),
    "mnist": (
        "pages/classification/mnist.py",
        {
            "model": "dense10",
            "train.optimizer": "sgd",
            "train.learning_rate": 1e-5,
            "train.batch_size": 256,
        },
        20,
        "plateau",
    ),
}
FIXED = {  # what the fix button changes in the widgets
    "temperature": ("scale_features", True),
    "blood_fat": ("train.learning_rate", 0.3),
    "iris": ("activation", "leaky_relu"),
    "mnist": ("train.learning_rate", 1e-4),
}


def _button(at, key: str):
    return next(b for b in at.button if b.key == key)


@pytest.mark.parametrize("page", sorted(BAD_RUNS))
def test_a_bad_run_is_explained_and_the_fix_goes_into_the_widgets(page):
    path, values, epochs, title = BAD_RUNS[page]
    at = open_page(path)
    for field, value in values.items():
        at.session_state[f"{page}.{field}"] = value
    at.session_state[f"{page}.train.epochs"] = epochs
    at.run()
    train_until(at, page, epochs)
    at.run()
    assert not at.exception
    panel = next(e for e in at.expander if e.label.startswith("🩺"))
    assert any(title in md.value for md in panel.markdown)
    _button(at, f"{page}.diag.apply.0").click().run()
    assert not at.exception
    field, value = FIXED[page]
    assert at.session_state[f"{page}.{field}"] == value
    assert at.session_state[f"{page}.trainer"][1].epoch == 0  # retrained from the start
