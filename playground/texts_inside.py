"""Visible strings of own_data, diagnosis and backprop: key -> (English, 한국어).

Fields in braces are filled with str.format. Korean sentences never put a particle right after
a field that may hold an English name or a number: a Korean noun (열, 값, 행) comes between.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # -- your own data ------------------------------------------------------------------------
    "data.upload": ("Upload a CSV file", "CSV 파일 올리기"),
    "data.upload.help": (
        "A table with a header row, comma, semicolon or tab separated, UTF-8 or Excel's Korean "
        "encoding (CP949), at most 5 MB and 10,000 rows. The file stays in memory only.",
        "첫 행이 열 이름인 표를 쉼표, 세미콜론 또는 탭으로 구분해 올리세요. UTF-8과 한글 엑셀의 "
        "CP949 인코딩을 읽을 수 있고, 최대 5MB, 10,000행까지 됩니다. 파일은 메모리에서만 쓰이고 "
        "저장되지 않습니다.",
    ),
    "data.features": ("Feature columns", "특성 열"),
    "data.label": ("Label column", "레이블 열"),
    "data.target": ("Target column", "목표값 열"),
    "data.click.add": ("Click on the plane to add a point of the chosen class", "평면을 클릭하면 고른 클래스의 점이 추가됩니다"),
    "data.click.class": ("Class of new points", "새 점의 클래스"),
    "data.click.clear": ("Clear points", "점 모두 지우기"),
    "data.summary": (
        "{rows} rows, {classes} classes. Features are standardised (mean 0, standard deviation 1) "
        "before training; the axes show the file's units.",
        "{rows}개 행, 클래스 {classes}개입니다. 특성은 학습 전에 표준화(평균 0, 표준편차 1)하고, "
        "축에는 원래 단위로 표시합니다.",
    ),
    "data.err.empty": ("The file {name} is empty.", "파일({name})에 내용이 없습니다."),
    "data.err.too_big": (
        "The file is {size} MB; at most {limit} MB can be read.",
        "파일 크기가 {size}MB입니다. {limit}MB까지만 읽을 수 있습니다.",
    ),
    "data.err.not_csv": (
        "{name} does not look like a text table (CSV). Save it from Excel as “CSV (comma "
        "delimited)” and upload that file.",
        "파일({name})은 텍스트 표(CSV)가 아닌 것 같습니다. 엑셀에서 ‘CSV(쉼표로 분리)’ 형식으로 "
        "저장한 뒤 그 파일을 올려 주세요.",
    ),
    "data.err.encoding": (
        "The text of {name} could not be read: save it as UTF-8 or as CSV from Korean Excel.",
        "파일({name})의 글자를 읽을 수 없습니다. UTF-8로 저장하거나 한글 엑셀에서 CSV로 저장해 "
        "주세요.",
    ),
    "data.err.one_column": (
        "The table needs at least 2 columns, separated by commas, semicolons or tabs.",
        "표에 열이 2개 이상 있어야 합니다. 열은 쉼표, 세미콜론 또는 탭으로 구분해 주세요.",
    ),
    "data.err.no_header": (
        "The first row holds only numbers: add a header row with a name for each column.",
        "첫 행이 모두 숫자입니다. 맨 위에 각 열의 이름을 적은 행을 추가해 주세요.",
    ),
    "data.err.empty_header": (
        "Column {column} has no name in the header row.",
        "{column}번째 열의 이름이 비어 있습니다.",
    ),
    "data.err.duplicate_header": (
        "Two columns are both called “{name}”: give every column its own name.",
        "‘{name}’ 열이 두 번 나옵니다. 열마다 다른 이름을 붙여 주세요.",
    ),
    "data.err.no_rows": (
        "The file has a header but no data rows.",
        "열 이름 행만 있고 데이터 행이 없습니다.",
    ),
    "data.err.too_many_rows": (
        "The file has {count} data rows; at most {limit} can be used.",
        "데이터 행이 {count}개입니다. {limit}개까지만 쓸 수 있습니다.",
    ),
    "data.err.ragged": (
        "Row {row} has {count} cells but the header has {width} columns.",
        "{row}행의 칸 수는 {count}개인데 열 이름은 {width}개입니다.",
    ),
    "data.err.no_column": ("There is no column “{name}”.", "‘{name}’ 열이 없습니다."),
    "data.err.same_column": (
        "The column “{name}” is chosen twice: pick different columns.",
        "‘{name}’ 열을 두 번 골랐습니다. 서로 다른 열을 골라 주세요.",
    ),
    "data.err.missing": (
        "The column “{name}” has empty cells in rows {rows}.",
        "‘{name}’ 열의 {rows}행에 값이 비어 있습니다.",
    ),
    "data.err.not_number": (
        "The column “{name}” must hold numbers, but rows {rows} do not (e.g. “{value}”).",
        "‘{name}’ 열에는 숫자만 있어야 하는데 {rows}행은 숫자가 아닙니다(예: ‘{value}’).",
    ),
    "data.err.huge": (
        "The column “{name}” has values too large to train on in rows {rows}.",
        "‘{name}’ 열의 {rows}행 값이 너무 커서 학습에 쓸 수 없습니다.",
    ),
    "data.err.constant_feature": (
        "The column “{name}” has the same value in every row, so it tells the model nothing.",
        "‘{name}’ 열은 모든 행의 값이 같아서 모델에 아무 정보도 주지 못합니다.",
    ),
    "data.err.label_missing": (
        "The label column “{name}” is empty in rows {rows}.",
        "레이블 열 ‘{name}’의 {rows}행이 비어 있습니다.",
    ),
    "data.err.one_class": (
        "Every row of “{name}” has the label “{value}”: classification needs at least 2 classes.",
        "‘{name}’ 열의 레이블이 모두 ‘{value}’ 값 하나뿐입니다. 분류하려면 클래스가 2개 이상 있어야 "
        "합니다.",
    ),
    "data.err.too_many_classes": (
        "The label column has {count} different values; at most {limit} classes are supported.",
        "레이블 열의 서로 다른 값이 {count}개입니다. 클래스는 {limit}개까지 쓸 수 있습니다.",
    ),
    "data.err.small_class": (
        "The class “{value}” has only {count} row(s); each class needs at least {least}.",
        "클래스 ‘{value}’ 값의 행이 {count}개뿐입니다. 클래스마다 {least}개 이상 있어야 합니다.",
    ),
    "data.err.feature_count": (
        "Choose one or two feature columns (now {count}).",
        "특성 열은 1개나 2개를 골라 주세요(지금 {count}개).",
    ),
    "data.err.few_rows": (
        "Only {count} rows: regression needs at least {least}.",
        "행이 {count}개뿐입니다. 회귀에는 {least}개 이상 필요합니다.",
    ),
    "data.err.constant_target": (
        "The target “{name}” has the same value in every row: there is nothing to predict.",
        "목표값 ‘{name}’ 열은 모든 행의 값이 같아서 예측할 것이 없습니다.",
    ),
}
