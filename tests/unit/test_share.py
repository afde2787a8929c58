"""Share links: every lesson's spec survives a trip through the URL; junk never raises."""

import dataclasses
import random
import string
import typing

import pytest

from playground import share
from playground.lessons import LESSON_KEYS, lesson_spec
from playground.specs import FieldInfo, fields_of, flatten, from_flat

SPECS = {key: lesson_spec(key) for key in LESSON_KEYS}


def _round_trip(spec):
    parsed = share.from_params(type(spec), share.to_params(spec))
    assert parsed.bad == ()
    assert parsed.spec == spec
    return parsed


@pytest.mark.parametrize("key", LESSON_KEYS)
def test_default_and_presets_round_trip(key):
    cls, presets = SPECS[key]
    assert share.to_params(cls()) == {}  # a default page has a bare link
    _round_trip(cls())
    for preset in presets.values():
        _round_trip(preset)


def _random_value(info: FieldInfo, rng: random.Random):
    is_tuple = typing.get_origin(info.type) is tuple
    kind = typing.get_args(info.type)[0] if is_tuple else info.type

    def item():
        if info.options is not None:
            return rng.choice(info.options)
        if kind is bool:
            return rng.random() < 0.5
        lo, hi = info.range
        if kind is int:
            return rng.randint(int(lo), int(min(hi, lo + 10**6)))
        return rng.choice([lo, hi, rng.uniform(lo, hi), round(rng.uniform(lo, hi), 2)])

    if not is_tuple:
        return item()
    if info.subset:
        return tuple(o for o in info.options if rng.random() < 0.5)
    if info.span:
        return tuple(sorted((item(), item())))
    return tuple(item() for _ in range(rng.randint(0, info.max_len)))


@pytest.mark.parametrize("key", LESSON_KEYS)
def test_random_valid_specs_round_trip(key):
    cls, _ = SPECS[key]
    rng = random.Random(key)
    for _ in range(200):
        spec = from_flat(cls, {i.path: _random_value(i, rng) for i in fields_of(cls)})
        _round_trip(spec)


def test_link_reads_as_the_issue_shows():
    cls, _ = SPECS["xor"]
    spec = share.from_params(
        cls, {"train.learning_rate": "1", "neurons": "2,2", "activation": "relu"}
    ).spec
    assert (spec.train.learning_rate, spec.neurons, spec.activation) == (1.0, (2, 2), "relu")
    params = share.to_params(spec)
    assert params == {"neurons": "2,2", "activation": "relu", "train.learning_rate": "1"}
    url = share.link("http://h/xor", {"lang": "ko", **params, "hide": "train,neurons"})
    assert url == (
        "http://h/xor?lang=ko&neurons=2,2&activation=relu&train.learning_rate=1&hide=train,neurons"
    )


def test_bad_parameters_fall_back_field_by_field_and_are_named():
    cls, _ = SPECS["xor"]
    parsed = share.from_params(
        cls,
        {
            "neurons": "2,x",  # wrong type
            "train.learning_rate": "0.2",  # not one of the options
            "train.epochs": "0",  # out of range
            "data.features": "x1,x1",  # twice
            "activation": "tanh",  # fine
            "wat": "1",  # unknown
            "lang": "fr",  # not ours
            "hide": "train,nope",
            "projector": "maybe",
        },
    )
    default = cls()
    assert parsed.spec == dataclasses.replace(default, activation="tanh")
    assert set(parsed.bad) == {
        "neurons",
        "train.learning_rate",
        "train.epochs",
        "data.features",
        "wat",
        "hide",
        "projector",
    }
    assert parsed.hide == ("train",)
    assert parsed.projector is False


def test_classroom_parameters():
    cls, _ = SPECS["xor"]
    parsed = share.from_params(cls, {"hide": "data,neurons,presets,data", "projector": "1"})
    assert parsed.bad == ()
    assert parsed.hide == ("data", "neurons", "presets")
    assert parsed.projector is True
    hidden = share.hidden_paths(cls, parsed.hide)
    assert "data.noise" in hidden and "neurons" in hidden and "activation" not in hidden
    assert share.hidden_paths(cls, ["model"]) >= {"neurons", "activation", "loss"}
    assert not any(p.startswith("train.") for p in share.hidden_paths(cls, ["model"]))
    assert {p for p in share.hidden_paths(cls, ["train"])} == {
        i.path for i in fields_of(cls) if i.path.startswith("train.")
    }
    assert share.page_groups(cls) == ["data", "model", "train"]
    activations, _ = SPECS["activations"]
    assert share.hidden_paths(activations, ["stack"]) == {
        i.path for i in fields_of(activations) if i.path.startswith("stack.")
    }


_JUNK_TEXTS = [
    "",
    " ",
    ",",
    ",,,,",
    "nan",
    "inf",
    "-inf",
    "1e309",
    "-0",
    "9" * 1999,
    "9" * 5000,
    "1," * 3000,
    "☃",
    "\x00",
    "%00",
    "<script>alert(1)</script>",
    "[click](http://x)",
    "`",
    "true",
    "None",
    "0x10",
    "1_0",
    "3.0",
    "  2 , 3 ",
]


def _junk(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(_JUNK_TEXTS)
    alphabet = string.printable + "가나다☃\u200b"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))


@pytest.mark.parametrize("key", LESSON_KEYS)
def test_junk_never_raises_and_keeps_a_valid_spec(key):
    cls, _ = SPECS[key]
    paths = [info.path for info in fields_of(cls)] + list(share.RESERVED)
    rng = random.Random(f"junk-{key}")
    for _ in range(400):
        params = {}
        for _ in range(rng.randint(0, 8)):
            name = rng.choice(paths) if rng.random() < 0.8 else _junk(rng)
            params[name] = _junk(rng) if rng.random() < 0.9 else [_junk(rng), _junk(rng)]
        parsed = share.from_params(cls, params)
        assert isinstance(parsed.spec, cls)
        assert from_flat(cls, flatten(parsed.spec)) == parsed.spec  # still a valid spec
        for name in parsed.bad:
            assert name in params
        for path in parsed.given:
            assert path in params and path not in parsed.bad
        # whatever was kept survives being written out again
        assert share.from_params(cls, share.to_params(parsed.spec)).spec == parsed.spec
