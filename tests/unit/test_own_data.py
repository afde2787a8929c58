"""The user's own CSV: read in every common form, checked with clear messages, never a crash."""

import numpy as np
import pytest

from playground.own_data import (
    MAX_CLASSES,
    MAX_ROWS,
    DataError,
    add_point,
    classification_points,
    clear_points,
    numeric_columns,
    read_table,
    regression_data,
    split,
)
from playground.texts_inside import TEXTS

CSV = "키,몸무게,성별\n170,65,남\n160,50,여\n175,70,남\n155,48,여\n"


def _error(raw: bytes, name: str = "f.csv") -> DataError:
    with pytest.raises(DataError) as info:
        read_table(raw, name)
    return info.value


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_reads_korean_text_in_each_encoding(encoding):
    table = read_table(CSV.encode(encoding), "키.csv")
    assert table.columns == ("키", "몸무게", "성별")
    assert list(table.cells["성별"]) == ["남", "여", "남", "여"]
    assert list(table.cells.index) == [2, 3, 4, 5]  # spreadsheet rows, header = row 1


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_sniffs_the_delimiter(delimiter):
    text = CSV.replace(",", delimiter)
    table = read_table(text.encode(), "x.csv")
    assert table.delimiter == delimiter and len(table.columns) == 3


def test_semicolon_files_may_use_decimal_commas():
    table = read_table(b"a;b;c\n1,5;2;x\n2,5;3;y\n-3,25;1;z\n", "eu.csv")
    assert np.allclose(regression_data(table, ("a",), "b").x[:, 0], [1.5, 2.5, -3.25])


@pytest.mark.parametrize(
    "raw, code",
    [
        (b"", "data.err.empty"),
        (b"\xef\xbb\xbf  \n", "data.err.empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "data.err.not_csv"),
        ("a,b\n1,2\n".encode("utf-16"), "data.err.not_csv"),
        (b"a\n1\n2\n", "data.err.one_column"),
        (b"a,b\n", "data.err.no_rows"),
        (b"1,2\n3,4\n", "data.err.no_header"),
        (b"a,a\n1,2\n", "data.err.duplicate_header"),
        (b"a,,c\n1,2,3\n", "data.err.empty_header"),
        (b"a,b\n1,2,3\n", "data.err.ragged"),
        (b"a,b\n" + b"1,2\n" * (MAX_ROWS + 1), "data.err.too_many_rows"),
        (b"a,b\n" + b"1" * (5 * 2**20), "data.err.too_big"),
        (b"\x81\xff\xfe,\xc8\n", "data.err.encoding"),
    ],
)
def test_bad_files_give_a_coded_error_with_messages(raw, code):
    error = _error(raw)
    assert error.code == code
    for lang in ("en", "ko"):
        assert error.message(lang) and "{" not in error.message(lang)


def test_trailing_empty_columns_from_excel_are_dropped():
    table = read_table(b"a,b,,\n1,2,,\n3,4,,\n", "x.csv")
    assert table.columns == ("a", "b")


def test_any_bytes_give_a_table_or_a_data_error():
    rng = np.random.default_rng(0)
    pieces = [b"1", b"2.5", b",", b";", b"\t", b"\n", b"a", b"nan", b"inf", b"1e400", b'"', b"\xc3"]
    samples = [rng.bytes(int(rng.integers(0, 300))) for _ in range(150)]
    samples += [b"".join(rng.choice(pieces, int(rng.integers(1, 60)))) for _ in range(300)]
    for raw in samples:
        try:
            table = read_table(raw, "fuzz.csv")
        except DataError as error:
            assert error.code in TEXTS
            continue
        first, second, last = table.columns[0], table.columns[1], table.columns[-1]
        try:
            classification_points(table, (first, last), second)
        except DataError as error:
            assert error.code in TEXTS
        try:
            regression_data(table, (first,), second)
        except DataError as error:
            assert error.code in TEXTS


def _table(text: str):
    return read_table(text.encode(), "t.csv")


def test_classification_points_standardised_with_the_map_back():
    table = _table("x,y,kind\n1,10,cat\n2,30,dog\n3,20,cat\n4,40,dog\n")
    points = classification_points(table, ("x", "y"), "kind")
    assert points.x.dtype == np.float32 and points.x.shape == (4, 2)
    np.testing.assert_allclose(points.x.mean(0), 0, atol=1e-6)
    np.testing.assert_allclose(points.x.std(0), 1, atol=1e-6)
    np.testing.assert_allclose(points.to_original(points.x), [[1, 10], [2, 30], [3, 20], [4, 40]])
    assert points.class_names == ("cat", "dog") and points.binary
    assert list(points.labels) == [0, 1, 0, 1]
    assert points.targets().shape == (4, 1)


def test_numeric_labels_sort_by_value_and_multiclass_is_one_hot():
    rows = "".join(f"{i},{i * i % 7},{label}\n" for i, label in enumerate([10, 2, 2, 10, 3, 3]))
    points = classification_points(_table("a,b,c\n" + rows), ("a", "b"), "c")
    assert points.class_names == ("2", "3", "10") and not points.binary
    assert points.targets().shape == (6, 3)
    np.testing.assert_array_equal(points.targets().argmax(1), points.labels)


@pytest.mark.parametrize(
    "text, code, detail",
    [
        ("x,y,k\n1,2,a\n,3,b\n4,5,a\n6,7,b\n", "data.err.missing", {"rows": "3"}),
        ("x,y,k\n1,2,a\nn/a,3,b\nnan,5,a\ninf,7,b\n", "data.err.not_number", {"rows": "3, 4, 5"}),
        ("x,y,k\n1,2,a\n2,3,\n4,5,a\n6,7,b\n", "data.err.label_missing", {"rows": "3"}),
        ("x,y,k\n1,2,a\n2,3,a\n4,5,a\n", "data.err.one_class", {"value": "a"}),
        ("x,y,k\n1,2,a\n2,3,b\n4,5,a\n", "data.err.small_class", {"value": "b"}),
        ("x,y,k\n1,2,a\n1,3,b\n1,5,a\n1,4,b\n", "data.err.constant_feature", {"name": "x"}),
        ("x,y,k\n1e300,2,a\n2,3,b\n4,5,a\n6,7,b\n", "data.err.huge", {"rows": "2"}),
    ],
)
def test_classification_rules(text, code, detail):
    with pytest.raises(DataError) as info:
        classification_points(_table(text), ("x", "y"), "k")
    assert info.value.code == code
    assert detail.items() <= info.value.details.items()


def test_bad_rows_are_listed_up_to_five():
    rows = "".join(f"{'?' if i < 8 else i},1,{i % 2}\n" for i in range(12))
    with pytest.raises(DataError) as info:
        classification_points(_table("x,y,k\n" + rows), ("x", "y"), "k")
    assert info.value.details["rows"] == "2, 3, 4, 5, 6, …"


def test_too_many_classes():
    rows = "".join(f"{i},{i % 3},c{i % (MAX_CLASSES + 1)}\n" for i in range(40))
    with pytest.raises(DataError) as info:
        classification_points(_table("x,y,k\n" + rows), ("x", "y"), "k")
    assert info.value.code == "data.err.too_many_classes"


def test_regression_data_and_its_rules():
    table = _table("w,age,fat\n80,30,300\n60,50,250\n90,40,380\n70,20,220\n")
    data = regression_data(table, ("w", "age"), "fat")
    assert data.x.shape == (4, 2) and data.y.shape == (4, 1)
    np.testing.assert_allclose(data.scaled_inputs().std(0), 1, atol=1e-6)
    np.testing.assert_allclose(data.unscale_outputs(data.scaled_targets()), data.y, rtol=1e-6)
    assert numeric_columns(table) == ("w", "age", "fat")
    for features, target, code in [
        (("w",), "w", "data.err.same_column"),
        (("w", "age", "fat"), "fat", "data.err.feature_count"),
        (("nope",), "fat", "data.err.no_column"),
    ]:
        with pytest.raises(DataError) as info:
            regression_data(table, features, target)
        assert info.value.code == code
    with pytest.raises(DataError) as info:
        regression_data(_table("a,b\n1,2\n2,2\n3,2\n"), ("a",), "b")
    assert info.value.code == "data.err.constant_target"
    with pytest.raises(DataError) as info:
        regression_data(_table("a,b\n1,2\n2,3\n"), ("a",), "b")
    assert info.value.code == "data.err.few_rows"


def test_split_keeps_every_class_on_both_sides():
    rows = "".join(f"{i},{i * 3 % 5},{'abc'[i % 3]}\n" for i in range(9))
    points = classification_points(_table("x,y,k\n" + rows), ("x", "y"), "k")
    parts = split(points, 0.7, seed=1)
    assert len(parts.x_train) + len(parts.x_test) == 9
    assert set(parts.y_train.argmax(1)) == set(parts.y_test.argmax(1)) == {0, 1, 2}


def test_click_to_add_and_clear_points():
    x, labels = clear_points()
    x, labels = add_point(x, labels, (0.5, -1.0), 1)
    x2, labels2 = add_point(x, labels, (2.0, 3.0), 0)
    assert x.shape == (1, 2) and x2.shape == (2, 2) and x2.dtype == np.float32
    assert list(labels2) == [1, 0] and labels2.dtype == np.int64
    full = np.zeros((MAX_ROWS, 2), np.float32), np.zeros(MAX_ROWS, np.int64)
    assert add_point(*full, (1, 1), 1)[0].shape == (MAX_ROWS, 2)
    assert clear_points()[0].shape == (0, 2)
