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
    "data.click.add": (
        "Click on the plane to add a point of the chosen class",
        "평면을 클릭하면 고른 클래스의 점이 추가됩니다",
    ),
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
        "Every row of “{name}” has the label “{value}”: classification needs 2 classes.",
        "‘{name}’ 열의 레이블이 모두 ‘{value}’ 값 하나뿐입니다. 분류하려면 클래스가 2개 "
        "이상 있어야 합니다.",
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

TEXTS |= {
    # -- why did it fail? ----------------------------------------------------------------------
    "diag.button": ("🩺 Why did it fail?", "🩺 왜 안 됐을까?"),
    "diag.healthy": (
        "Nothing looks wrong: the loss went down and no warning sign was found.",
        "특별한 문제는 보이지 않습니다. 손실이 줄었고 걱정할 만한 신호도 없습니다.",
    ),
    "diag.apply": ("Apply the fix and retrain", "고쳐서 다시 학습"),
    # one sentence per knob of a Fix
    "diag.fix.learning_rate": (
        "Set the learning rate to {learning_rate:g}.",
        "학습률을 {learning_rate:g} 값으로 바꿉니다.",
    ),
    "diag.fix.optimizer": (
        "Switch the optimizer to {optimizer}.",
        "옵티마이저를 {optimizer} 방식으로 바꿉니다.",
    ),
    "diag.fix.activation": (
        "Use {activation} in the hidden layers.",
        "은닉층의 활성화 함수를 {activation} 함수로 바꿉니다.",
    ),
    "diag.fix.hidden_layers": (
        "Use {hidden_layers} hidden layer(s).",
        "은닉층을 {hidden_layers}개로 바꿉니다.",
    ),
    "diag.fix.regularization": (
        "Add L2 regularization with rate {regularization:g}.",
        "강도 {regularization:g}의 L2 규제를 더합니다.",
    ),
    "diag.fix.scale_inputs": (
        "Standardise the inputs (mean 0, standard deviation 1).",
        "입력을 표준화합니다(평균 0, 표준편차 1).",
    ),
    "diag.fix.epochs": ("Stop after {epochs} epochs.", "{epochs} 에포크에서 학습을 멈춥니다."),
    "diag.diverged.title": ("The loss blew up", "손실이 발산했습니다"),
    "diag.diverged.why": (
        "The loss became huge or stopped being a number after {epoch} epochs: with a learning rate of "
        "{learning_rate:g} each step overshoots the minimum and lands further away.",
        "{epoch} 에포크 만에 손실이 아주 커지거나 숫자가 아닌 값이 되었습니다. 학습률 {learning_rate:g}에서는 "
        "한 걸음이 최솟값을 지나쳐 점점 더 먼 곳에 떨어집니다.",
    ),
    "diag.diverged_unscaled.title": (
        "The loss blew up: the inputs are not scaled",
        "손실이 발산했습니다: 입력의 크기가 제각각입니다",
    ),
    "diag.diverged_unscaled.why": (
        "The loss became huge or stopped being a number after {epoch} epochs. The input columns differ so much in "
        "size that a learning rate small enough for the largest is far too small for the rest "
        "(standardising would make the problem {gain:.0f} times better conditioned).",
        "{epoch} 에포크 만에 손실이 아주 커지거나 숫자가 아닌 값이 되었습니다. 입력 열마다 값의 크기가 너무 "
        "달라서, 가장 큰 열에 맞춘 학습률은 나머지 열에는 턱없이 작습니다. 표준화하면 조건수가 "
        "{gain:.0f}배 작아집니다.",
    ),
    "diag.ill_conditioned.title": (
        "The inputs are badly scaled",
        "입력의 크기가 제각각입니다(악조건)",
    ),
    "diag.ill_conditioned.why": (
        "The input columns have very different sizes: the condition number of the inputs is "
        "{raw:.3g}, and {scaled:.3g} once standardised. Gradient descent then crawls along the "
        "flat directions of the loss while the steep ones force a small learning rate.",
        "입력 열마다 값의 크기가 크게 다릅니다. 입력의 조건수가 {raw:.3g}인데 표준화하면 "
        "{scaled:.3g}입니다. 조건수가 크면 가파른 방향 때문에 학습률을 작게 잡아야 하고, 완만한 "
        "방향으로는 경사 하강법이 아주 느리게 나아갑니다.",
    ),
    "diag.too_simple.title": ("A straight line cannot do this", "직선 하나로는 나눌 수 없습니다"),
    "diag.too_simple.why": (
        "Without a hidden layer the model can only draw a straight boundary. Training accuracy "
        "is {accuracy:.0%}, and even the best straight line gets only {linear_accuracy:.0%}: "
        "the classes are not linearly separable (like XOR).",
        "은닉층이 없으면 모델은 직선 경계만 그릴 수 있습니다. 훈련 정확도는 {accuracy:.0%}이고, "
        "가장 좋은 직선도 {linear_accuracy:.0%}에 그칩니다. XOR처럼 선형 분리가 불가능한 "
        "데이터입니다.",
    ),
    "diag.dead_relu.title": ("Many ReLU neurons died", "ReLU 뉴런이 많이 죽었습니다"),
    "diag.dead_relu.why": (
        "{share:.0%} of the hidden ReLU neurons output 0 for every training example. Their "
        "gradient is then 0 too, so they never recover (the “dying ReLU” problem, often after "
        "too large a step).",
        "은닉층 ReLU 뉴런의 {share:.0%}가 모든 훈련 데이터에서 0만 출력합니다. 그러면 기울기도 "
        "0이라서 다시 살아나지 못합니다. 흔히 한 걸음이 너무 클 때 생기는 ‘죽은 ReLU’ "
        "문제입니다.",
    ),
    "diag.vanishing.title": ("The gradients vanish", "기울기 소실이 일어났습니다"),
    "diag.vanishing.why": (
        "The first layer's gradients are {ratio:.1e} times those of the output layer "
        "({layers} hidden layers; {share:.0%} of the neurons sit in the flat ends of their "
        "activation). Every sigmoid or tanh layer multiplies the gradient by its slope, at most "
        "0.25 for the sigmoid, so the layers near the input barely learn.",
        "첫 층의 기울기가 출력층의 {ratio:.1e}배밖에 되지 않습니다(은닉층 {layers}개, 활성화 "
        "함수의 평평한 구간에 있는 뉴런 {share:.0%}). 시그모이드나 tanh 층을 지날 때마다 기울기에 "
        "그 층의 기울기(시그모이드는 최대 0.25)가 곱해지므로 입력에 가까운 층은 거의 학습하지 "
        "못합니다.",
    ),
    "diag.plateau.title": ("The loss is stuck on a plateau", "손실이 더 줄지 않습니다(정체 구간)"),
    "diag.plateau.why": (
        "Over the last {epochs} epochs the loss fell by only {change:.1%} and is still "
        "{loss:.3g}: the steps are too small to leave this flat region.",
        "최근 {epochs} 에포크 동안 손실이 {change:.1%}밖에 줄지 않았고 아직 {loss:.3g}입니다. "
        "평평한 구간을 벗어나기에는 한 걸음이 너무 작습니다.",
    ),
    "diag.overfitting.title": ("The model is overfitting", "과대적합이 일어났습니다"),
    "diag.overfitting.why": (
        "The test loss was lowest at epoch {best_epoch} ({best:.3g}) and has risen since to "
        "{last:.3g}, while the training loss kept falling: the model is memorising the "
        "training points instead of the pattern.",
        "테스트 손실은 {best_epoch} 에포크에서 가장 낮았고({best:.3g}) 그 뒤로 {last:.3g}까지 "
        "올랐는데, 훈련 손실은 계속 줄었습니다. 모델이 규칙 대신 훈련 데이터를 외우고 있습니다.",
    ),
    # -- backprop, one step at a time ---------------------------------------------------------
    "bp.title": ("Backpropagation, one step at a time", "한 단계씩 따라가는 역전파"),
    "bp.example": ("Training example", "훈련 데이터"),
    "bp.prev": ("◀ Previous", "◀ 이전"),
    "bp.next": ("Next ▶", "다음 ▶"),
    "bp.apply": ("Apply this step to the model", "이 한 걸음을 모델에 적용"),
    "bp.too_big": (
        "Step-by-step backpropagation shows dense networks of at most {layers} hidden layers "
        "of {units} neurons. Make the network smaller to follow every number.",
        "한 단계씩 보는 역전파는 뉴런 {units}개 이하의 은닉층이 {layers}개까지인 완전 연결 "
        "신경망만 보여 줍니다. 모든 숫자를 따라가려면 신경망을 줄여 주세요.",
    ),
    "bp.forward": ("Forward pass, layer {layer}", "순전파: {layer}번째 층"),
    "bp.forward.formula": (
        "Each neuron adds up its weighted inputs, z = Σ w·a + b, and passes z through the "
        "activation: a = {activation}(z).",
        "뉴런마다 입력에 가중치를 곱해 더하고(z = Σ w·a + b), 이 z를 활성화 함수에 넣습니다: "
        "a = {activation}(z).",
    ),
    "bp.loss": ("Loss on this example", "이 데이터의 손실"),
    "bp.loss.formula": (
        "Loss {loss} between prediction and target: {data_loss:.4g}, plus regularization "
        "{regularization:.4g}, total {total:.4g}.",
        "예측과 정답 사이의 손실({loss})은 {data_loss:.4g}, 규제 항은 {regularization:.4g}, "
        "합계는 {total:.4g}입니다.",
    ),
    "bp.backward": ("Backward pass, layer {layer}", "역전파: {layer}번째 층"),
    "bp.backward.formula": (
        "δ = ∂L/∂z = ∂L/∂a · activation′(z). The weight gradient is the input times δ "
        "(∂L/∂w = a_prev · δ), the bias gradient is δ, and δ flows back to the layer below "
        "through the weights.",
        "δ = ∂L/∂z = ∂L/∂a · (활성화 함수의 미분). 가중치의 기울기는 입력과 δ의 곱"
        "(∂L/∂w = a_prev · δ)이고, 편향의 기울기는 δ입니다. δ는 가중치를 거쳐 아래층으로 "
        "전해집니다.",
    ),
    "bp.update": ("Update with {optimizer}", "{optimizer} 옵티마이저로 갱신"),
    "bp.update.sgd": (
        "w ← w − η·g with learning rate η = {learning_rate:g}.",
        "학습률 η = {learning_rate:g}일 때 w ← w − η·g.",
    ),
    "bp.update.momentum": (
        "The velocity remembers past steps: v ← {momentum:g}·v − η·g, then w ← w + v.",
        "속도가 지난 걸음을 기억합니다: v ← {momentum:g}·v − η·g, 그다음 w ← w + v.",
    ),
    "bp.update.adam": (
        "Step t = {iteration}: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², corrected "
        "m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), then w ← w − η·m̂/(√v̂ + ε).",
        "t = {iteration}번째 걸음: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g². 편향 보정: "
        "m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ). 갱신: w ← w − η·m̂/(√v̂ + ε).",
    ),
    "bp.update.other": (
        "The optimizer's own rule, with its state before and after the step.",
        "옵티마이저 고유의 규칙으로 갱신합니다. 갱신 전후의 상태를 함께 보여 줍니다.",
    ),
}

TEXTS |= {
    # -- your own data on a page --------------------------------------------------------------
    "data.source": ("Data source", "데이터 출처"),
    "data.source.builtin": ("Built-in data sets", "준비된 데이터셋"),
    "data.source.csv": ("My data: a CSV file", "내 데이터: CSV 파일"),
    "data.source.points": ("My data: points I click", "내 데이터: 직접 찍은 점"),
    "data.need_file": (
        "Upload a CSV file in the sidebar: two number columns for the position of each point "
        "and one column with its class.",
        "사이드바에서 CSV 파일을 올려 주세요. 점의 위치를 나타내는 숫자 열 2개와 클래스를 "
        "나타내는 열 1개가 있으면 됩니다.",
    ),
    "data.need_points": (
        "Add at least {least} points of each class: pick a class, then click on the plane.",
        "클래스마다 점을 {least}개 이상 찍어 주세요. 클래스를 고른 다음 평면을 클릭하면 됩니다.",
    ),
    "data.kept": (
        "Nothing was changed: the model keeps training on the previous data.",
        "바뀐 것은 없습니다. 모델은 이전 데이터로 계속 학습합니다.",
    ),
    "data.file": ("Using {name}", "사용 중인 파일: {name}"),
    "data.class.0": ("orange (0)", "주황 (0)"),
    "data.class.1": ("blue (1)", "파랑 (1)"),
    "data.classes": (
        "Class “{zero}” is drawn orange, class “{one}” blue.",
        "클래스 ‘{zero}’ 값은 주황, 클래스 ‘{one}’ 값은 파랑으로 그립니다.",
    ),
    "data.editor": ("My points", "내가 찍은 점"),
    "data.points.count": (
        "{orange} orange and {blue} blue points.",
        "주황 점 {orange}개, 파랑 점 {blue}개입니다.",
    ),
    "data.click.x": ("x₁ of the new point", "새 점의 x₁"),
    "data.click.y": ("x₂ of the new point", "새 점의 x₂"),
    "data.click.button": ("Add this point", "이 점 추가"),
    "data.click.fallback": (
        "Or type a position:",
        "또는 위치를 직접 입력하세요:",
    ),
    "data.source.textbook": ("Textbook data", "교재 데이터"),
    "data.need_file.regression1": (
        "Upload a CSV file in the sidebar: one number column for the input and one number "
        "column for the target to predict.",
        "사이드바에서 CSV 파일을 올려 주세요. 입력이 되는 숫자 열 1개와 예측할 목표값이 되는 "
        "숫자 열 1개가 있으면 됩니다.",
    ),
    "data.need_file.regression2": (
        "Upload a CSV file in the sidebar: two number columns for the inputs and one number "
        "column for the target to predict.",
        "사이드바에서 CSV 파일을 올려 주세요. 입력이 되는 숫자 열 2개와 예측할 목표값이 되는 "
        "숫자 열 1개가 있으면 됩니다.",
    ),
    "data.summary.regression": (
        "{rows} rows. Inputs and target are standardised (mean 0, standard deviation 1) before "
        "training; every chart and number on this page is in the file's units.",
        "{rows}개 행입니다. 입력과 목표값은 학습 전에 표준화(평균 0, 표준편차 1)하고, 이 "
        "페이지의 그래프와 숫자는 모두 파일의 원래 단위로 보여 줍니다.",
    ),
    "data.standardised": (
        "Your file's columns are always standardised.",
        "올린 파일의 열은 항상 표준화합니다.",
    ),
    "data.err.page_columns": (
        "This page needs {need} input column(s) and one target column, but the file has only "
        "{count} columns.",
        "이 페이지에는 입력 열 {need}개와 목표값 열 1개가 필요한데, 파일의 열은 {count}개뿐입니다.",
    ),
    "data.export.own_points": (
        "The exported code cannot carry your own data on this page, so no script is offered "
        "(it could only train on a built-in data set). Download the trained model (.keras) to "
        "keep what was learnt from your data.",
        "이 페이지에서는 내보낸 코드에 내 데이터를 담을 수 없어서 코드를 내보내지 않습니다(코드로는 "
        "준비된 데이터셋으로만 학습할 수 있습니다). 내 데이터로 학습한 결과를 간직하려면 학습한 "
        "모델(.keras)을 내려받으세요.",
    ),
    "data.export.too_many_rows": (
        "Your file has {rows} rows: too many to write into the exported code (at most "
        "{limit}). Download the trained model (.keras) to keep what was learnt from it.",
        "올린 파일의 행이 {rows}개여서 내보낸 코드에 담기에는 너무 많습니다(최대 {limit}개). "
        "이 파일로 학습한 결과를 간직하려면 학습한 모델(.keras)을 내려받으세요.",
    ),
    "data.export.no_file": (
        "Upload a CSV file first: the code is written for the data the page trains on.",
        "먼저 CSV 파일을 올려 주세요. 코드는 이 페이지가 학습하는 데이터로 만들어집니다.",
    ),
    "export.code.own_table": (
        "Your file: inputs {inputs}, target {target}.",
        "올린 파일의 데이터: 입력 {inputs}, 목표값 {target}",
    ),
    "export.code.own_question": ("prediction at {where}", "{where}에서의 예측"),
    "export.code.own_powers": (
        "Inputs u**0 .. u**DEGREE of the standardised input u.",
        "입력은 표준화한 u의 0제곱부터 DEGREE제곱까지입니다.",
    ),
    "export.code.own_weights": (
        "weights (of u**k, standardised target)",
        "가중치(u의 k제곱의 계수, 표준화한 목표값 기준)",
    ),
    "data.intro.plane": (
        "Linear regression on your file: a Dense(1) model is a plane over your two input "
        "columns. Watch it settle among your points while the loss landscape shows the road "
        "the optimizer takes.",
        "올린 파일로 하는 선형 회귀입니다. Dense(1) 모델은 두 입력 열 위에 놓인 평면입니다. 평면이 "
        "내 데이터 점들 사이로 자리 잡는 모습과, 손실 지형 위에서 옵티마이저가 지나가는 길을 "
        "지켜보세요.",
    ),
    "data.intro.curve": (
        "A polynomial y = w₀ + w₁·x + … + wₙ·xⁿ through your file's points, x being your input "
        "column (standardised before its powers are taken), with the sum of squared errors as "
        "the loss.",
        "올린 파일의 점들에 다항식 y = w₀ + w₁·x + … + wₙ·xⁿ을 맞춥니다. x는 고른 입력 열이고 "
        "거듭제곱하기 전에 표준화합니다. 손실 함수는 오차 제곱합입니다.",
    ),
    "data.own_curve": ("Your data and the fitted curve", "내 데이터와 학습한 곡선"),
    "data.predict_at": ("{name} to predict at", "예측할 {name} 값"),
    "data.prediction": (
        "{name} = {x}: your model **{model}** · least squares **{ls}**",
        "{name} = {x}: 내 모델 **{model}** · 최소제곱 **{ls}**",
    ),
    "data.query": ("Ask the model", "모델에게 물어보기"),
    "data.err.two_classes": (
        "The label column has {count} classes, but this page draws a boundary between two "
        "classes only. Choose a label column with two values (or use the Iris page for more "
        "classes).",
        "레이블 열의 클래스가 {count}개입니다. 이 페이지는 두 클래스 사이의 경계만 그립니다. "
        "값이 두 가지인 레이블 열을 고르세요(클래스가 더 많으면 붓꽃 페이지를 이용하세요).",
    ),
    "data.err.no_label": (
        "The table needs a third column with the class of each row.",
        "각 행의 클래스를 적은 세 번째 열이 있어야 합니다.",
    ),
    # -- why did it fail? on a page ------------------------------------------------------------
    "diag.wait": (
        "Pause or finish training to see what went wrong.",
        "학습을 멈추거나 끝까지 마치면 무엇이 문제인지 보여 줍니다.",
    ),
    "diag.not_yet": (
        "Train for a few epochs first: there is nothing to judge yet.",
        "먼저 몇 에포크 학습해 보세요. 아직 판단할 것이 없습니다.",
    ),
    "diag.fix": ("Fix: {fix}", "해결 방법: {fix}"),
    "diag.no_button": (
        "This page cannot do this with one click; change the inputs in the sidebar.",
        "이 페이지에서는 한 번에 고칠 수 없습니다. 사이드바에서 입력을 바꿔 보세요.",
    ),
    # -- backprop on a page --------------------------------------------------------------------
    "bp.open": (
        "Step inside: one training step, number by number",
        "안을 들여다보기: 학습 한 걸음을 숫자 하나하나까지",
    ),
    "bp.while_playing": (
        "Pause training to follow one step.",
        "한 걸음을 따라가려면 학습을 멈춰 주세요.",
    ),
    "bp.stage": ("Stage {i} of {n}", "{n}단계 중 {i}단계"),
    "bp.neuron": ("neuron", "뉴런"),
    "bp.input": ("input a", "입력 a"),
    "bp.weight": ("w from {name}", "{name}에서 오는 w"),
    "bp.bias": ("bias b", "편향 b"),
    "bp.grad_a": ("∂L/∂a", "∂L/∂a"),
    "bp.delta": ("δ = ∂L/∂z", "δ = ∂L/∂z"),
    "bp.grad_w": ("∂L/∂w from {name}", "{name}에서 오는 w의 ∂L/∂w"),
    "bp.grad_b": ("∂L/∂b", "∂L/∂b"),
    "bp.output": ("output", "출력"),
    "bp.prediction": ("prediction", "예측"),
    "bp.target": ("target", "정답"),
    "bp.param": ("parameter", "파라미터"),
    "bp.before": ("before", "갱신 전"),
    "bp.gradient": ("gradient g", "기울기 g"),
    "bp.after": ("after", "갱신 후"),
    "bp.change": ("change", "변화량"),
    "bp.slot": ("{slot} before → after", "{slot} 갱신 전 → 후"),
    "bp.applied": (
        "Done: the model took this one step (loss on this example before it: {loss:.4g}).",
        "적용했습니다. 모델이 이 한 걸음을 내디뎠습니다(이 데이터의 걸음 전 손실: {loss:.4g}).",
    ),
    "bp.apply_help": (
        "The epoch counter does not move: this is one extra step on one example.",
        "에포크 수는 그대로입니다. 데이터 하나로 한 걸음만 더 간 것입니다.",
    ),
    "bp.net.input": ("input", "입력"),
    "bp.net.neuron": ("layer {layer}, neuron {n}", "{layer}층의 뉴런 {n}"),
    "bp.net.output": ("output neuron {n}", "출력 뉴런 {n}"),
    "bp.net.help": (
        "The numbers so far in the walk, beside each neuron: z is its weighted sum, a its "
        "activation, y the target and δ = ∂L/∂z. Point at a neuron to see its formula with "
        "the weights.",
        "지금 단계까지 계산한 값을 뉴런 옆에 적었습니다. z는 가중합, a는 활성화 값, y는 정답, "
        "δ는 ∂L/∂z입니다. 뉴런에 마우스를 올리면 가중치가 들어간 계산식이 보입니다.",
    ),
    # -- pace and new weights in the control bar -----------------------------------------------
    "pace.label": ("Pace", "속도"),
    "pace.max": ("as fast as possible", "최대한 빠르게"),
    "pace.rate": ("{n} epochs/s", "초당 {n} 에포크"),
    "pace.one": ("1 epoch/s", "초당 1 에포크"),
    "pace.help": (
        "Slow motion: train only this many epochs per second, so the class can watch the boundary form epoch by epoch.",
        "느리게 보기: 1초에 정해진 에포크만큼만 학습하므로, 경계가 에포크마다 바뀌는 모습을 지켜볼 수 있습니다.",
    ),
    "pace.new_weights": ("🎲 New initial weights", "🎲 새 초기 가중치"),
    "pace.new_weights.help": (
        "Start again from other random weights, with the same settings (Reset starts again "
        "from the same weights).",
        "설정은 그대로 두고 다른 무작위 가중치로 처음부터 다시 시작합니다(초기화는 같은 "
        "가중치로 다시 시작합니다).",
    ),
}
