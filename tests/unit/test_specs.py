"""The spec machinery: every page's spec round-trips through plain dicts, and bad values are
refused with an error that names the field."""

import json

import pytest

from playground.lessons import LESSON_KEYS, lesson_spec
from playground.lessons.xor.spec import TEXTBOOK, XorSpec
from playground.specs import SpecError, flatten, from_dict, from_flat, to_dict


def _specs():
    for key in LESSON_KEYS:
        try:
            cls, presets = lesson_spec(key)
        except ModuleNotFoundError:
            continue
        yield pytest.param(cls, cls(), id=f"{key}-default")
        for name, preset in presets.items():
            yield pytest.param(cls, preset, id=f"{key}-{name}")


@pytest.mark.parametrize("cls, spec", _specs())
def test_every_spec_round_trips_through_json_and_flat_paths(cls, spec):
    assert from_dict(cls, json.loads(json.dumps(to_dict(spec)))) == spec
    assert from_flat(cls, flatten(spec)) == spec


def test_a_missing_key_takes_its_default():
    assert from_dict(XorSpec, {"activation": "relu"}) == XorSpec(activation="relu")


@pytest.mark.parametrize(
    "data, path",
    [
        ({"colour": "red"}, "colour"),
        ({"train": {"epochs": "many"}}, "train.epochs"),
        ({"train": {"epochs": 0}}, "train.epochs"),
        ({"train": {"learning_rate": 0.12345}}, "train.learning_rate"),
        ({"activation": "swish"}, "activation"),
        ({"neurons": [2, 0]}, "neurons[1]"),
        ({"neurons": [2] * 7}, "neurons"),
        ({"data": {"features": ["x1", "x1"]}}, "data.features"),
        ({"data": {"features": ["x3"]}}, "data.features[0]"),
        ({"data": {"noise": float("nan")}}, "data.noise"),
        ({"data": "xor"}, "data"),
        ({"train": {"shuffle": 1}}, "train.shuffle"),
    ],
)
def test_bad_values_name_their_field(data, path):
    with pytest.raises(SpecError) as error:
        from_dict(XorSpec, data)
    assert error.value.path == path


def test_values_are_normalised():
    spec = from_dict(XorSpec, {"data": {"features": ["x2", "x1"]}, "train": {"epochs": 10.0}})
    assert spec.data.features == ("x1", "x2")  # canonical order
    assert spec.train.epochs == 10 and isinstance(spec.train.epochs, int)
    assert spec == from_flat(XorSpec, {"data.features": ("x1", "x2"), "train.epochs": 10})
    assert TEXTBOOK.neurons == (2,)
