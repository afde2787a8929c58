"""Every visible string, in English and Korean. `translate(key, lang)` looks one up.

Strings shared by several pages live here; each lesson's own strings live in its folder
(`playground/lessons/<key>/strings.py`) under keys prefixed with the lesson key.
"""

from __future__ import annotations

from playground import texts_inside
from playground.lessons import LESSON_KEYS, lesson_strings

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "en"

# key: (English, 한국어)
SHARED_TEXTS: dict[str, tuple[str, str]] = {
    "app.title": ("Deep Learning Playground", "딥러닝 놀이터"),
    "app.language": ("Language", "언어"),
    "app.skip_to_content": ("Skip to main content", "본문 바로가기"),
    "nav.home": ("Home", "처음으로"),
    "nav.basics": ("Basics", "기초"),
    "nav.classification": ("Classification", "분류"),
    "nav.regression": ("Regression", "회귀"),
    "home.intro": (
        "Pick activation functions, optimizers, layers and epochs, train a real Keras model live, and watch what it learns. Every number here comes from a real TensorFlow model trained on real data in your own session.",
        "활성화 함수, 옵티마이저, 층과 에포크를 고르고 실제 Keras 모델을 바로 학습시키며 무엇을 배우는지 지켜보세요. 여기 나오는 모든 숫자는 내 세션에서 실제 데이터로 학습한 진짜 TensorFlow 모델이 낸 값입니다.",
    ),
    "page.xor": ("XOR & 2D classification", "XOR와 2차원 분류"),
    "page.xor.short": (
        "Why one line cannot separate XOR, and how a hidden layer bends the boundary.",
        "직선 하나로 XOR를 나눌 수 없는 이유와 은닉층이 경계를 어떻게 휘게 하는지.",
    ),
    "group.presets": ("Presets", "프리셋"),
    "group.data": ("Data", "데이터"),
    "group.model": ("Model", "모델"),
    "group.training": ("Training", "학습"),
    "ctl.play": ("▶ Train", "▶ 학습"),
    "ctl.play_more": ("▶ Train more", "▶ 더 학습"),
    "ctl.pause": ("⏸ Pause", "⏸ 일시정지"),
    "ctl.step": ("Step (1 epoch)", "한 에포크 학습"),
    "ctl.reset": ("↺ Reset", "↺ 초기화"),
    "ctl.optimizer": ("Optimizer", "옵티마이저"),
    "ctl.learning_rate": ("Learning rate", "학습률"),
    "ctl.batch_size": ("Batch size", "배치 크기"),
    "ctl.batch_all": ("all", "전체"),
    "ctl.epochs": ("Epochs", "에포크"),
    "ctl.activation": ("Activation", "활성화 함수"),
    "ctl.loss": ("Loss", "손실 함수"),
    "ctl.regularizer": ("Regularization", "규제"),
    "ctl.regularization_rate": ("Regularization rate", "규제 강도"),
    "ctl.textbook": ("📖 Textbook setup", "📖 교재 설정"),
    "status.epoch": ("Epoch", "에포크"),
    "status.of": ("of", "/"),
    "status.loss": ("loss", "손실"),
    "status.test_loss": ("test loss", "테스트 손실"),
    "status.accuracy": ("accuracy", "정확도"),
    "status.speed": ("{rate} epochs/s", "초당 {rate} 에포크"),
    "status.slow_speed": (
        "{rate} steps/s ({seconds} s per epoch)",
        "초당 {rate} 스텝 (에포크당 {seconds}초)",
    ),
    "status.preparing": (
        "Preparing the model… (compiling it takes a moment the first time)",
        "모델을 준비하는 중입니다… (처음 한 번은 컴파일에 시간이 조금 걸립니다)",
    ),
    "status.diverged_value": ("diverged", "발산"),
    "compare.title": ("📌 Compare runs ({n} kept)", "📌 실행 비교 (보관한 실행 {n}개)"),
    "compare.help": (
        "Pause or finish a run and keep it, change one setting, train again and keep that run too: their curves are drawn together, labelled by what differs. Up to {max} runs; they stay while you are on the page.",
        "학습을 멈추거나 끝낸 뒤 실행을 보관하고, 설정 하나를 바꿔 다시 학습한 뒤 그것도 보관해 보세요. 바꾼 설정이 이름으로 붙은 곡선이 함께 그려집니다. 최대 {max}개까지 보관합니다.",
    ),
    "compare.keep": ("📌 Keep this run", "📌 이 실행 보관"),
    "compare.run": ("Run", "실행"),
    "compare.pairs": (
        "The textbooks' comparisons in one click: each run trains from the start for the same epochs on the real engine, and the runs replace the kept ones.",
        "교재의 비교를 한 번에 해 봅니다. 각 실행을 처음부터 같은 에포크만큼 실제로 학습하고, 보관한 실행 대신 나란히 보여 줍니다.",
    ),
    "compare.pair_progress": (
        "Training run {i} of {n} ({run})",
        "실행 {n}개 중 {i}번째({run}) 학습 중",
    ),
    "compare.remove": ("✕ {run}", "✕ {run}"),
    "status.diverged": (
        "Training stopped: at epoch {epoch} the loss grew too large to be a number (it diverged). The learning rate is probably too high for these inputs (or the inputs are not scaled). The model and its history are kept as they were before it blew up: lower the learning rate and train on, or reset.",
        "학습을 멈췄습니다: 에포크 {epoch}에서 손실이 너무 커져서 숫자로 나타낼 수 없게 되었습니다(발산). 학습률이 너무 크거나 입력의 크기를 맞추지 않았을 수 있습니다. 모델과 기록은 발산하기 직전 상태로 남겨 두었습니다. 학습률을 낮추고 계속 학습하거나 초기화하세요.",
    ),
    "opt.sgd": ("SGD", "SGD"),
    "opt.momentum": ("SGD + momentum", "SGD + 모멘텀"),
    "opt.nesterov": ("Nesterov", "네스테로프"),
    "opt.adagrad": ("Adagrad", "Adagrad"),
    "opt.rmsprop": ("RMSprop", "RMSprop"),
    "opt.adam": ("Adam", "Adam"),
    "act.sigmoid": ("sigmoid", "시그모이드"),
    "act.tanh": ("tanh", "tanh"),
    "act.relu": ("ReLU", "ReLU"),
    "act.leaky_relu": ("leaky ReLU", "리키 ReLU"),
    "act.elu": ("ELU", "ELU"),
    "act.linear": ("linear", "선형"),
    "loss.mse": ("mean squared error", "평균 제곱 오차"),
    "loss.binary_crossentropy": ("binary cross-entropy", "이진 크로스엔트로피"),
    "reg.none": ("none", "없음"),
    "reg.l1": ("L1", "L1"),
    "reg.l2": ("L2", "L2"),
    "chart.output": ("output", "출력"),
    "chart.train": ("train", "훈련"),
    "chart.test": ("test", "테스트"),
    "chart.loss": ("Loss", "손실"),
    "chart.accuracy": ("Accuracy", "정확도"),
    "chart.epoch": ("epoch", "에포크"),
    "page.blood_fat": ("Blood fat: a plane in 3D", "혈중 지방: 3차원 평면"),
    "page.blood_fat.short": (
        "Linear regression from weight and age, learned live; why raw inputs make it crawl.",
        "몸무게와 나이로 혈중 지방을 예측하는 선형 회귀를 실시간으로 학습하고, 스케일링하지 않은 입력에서 학습이 왜 느린지 살펴봅니다.",
    ),
    "page.temperature": ("Temperature: a polynomial fit", "기온: 다항식 회귀"),
    "page.temperature.short": (
        "A curve through twelve monthly temperatures; degree, scaling and ill-conditioning.",
        "열두 달의 평균 기온을 지나는 다항식 곡선: 차수, 특성 스케일링, 조건수가 큰(악조건) 문제.",
    ),
    "fit.standardize": ("Standardize features", "특성 표준화"),
    "fit.standardize_help": (
        "Off: the model sees raw kilograms and years, as in the textbook. On: inputs and target are shifted to mean 0 and scaled to standard deviation 1 (results are converted back to original units).",
        "끄면 교재처럼 몸무게(kg)와 나이를 그대로 넣습니다. 켜면 입력과 정답을 평균 0, 표준편차 1로 표준화합니다(결과는 원래 단위로 되돌려 보여 줍니다).",
    ),
    "fit.hidden_layers": ("Hidden layers (0 = a plane)", "은닉층 수 (0 = 평면)"),
    "fit.neurons": ("Neurons per hidden layer", "은닉층당 뉴런 수"),
    "fit.ghost": ("least squares (optimum)", "최소제곱 해 (최적)"),
    "fit.model": ("your model", "내 모델"),
    "fit.data": ("data", "데이터"),
    "fit.mse_now": ("MSE now", "현재 MSE"),
    "fit.mse_optimum": ("MSE optimum", "최적 MSE"),
    "fit.gap": ("gap", "차이"),
    "fit.path": ("optimizer path", "옵티마이저 경로"),
    "fit.optimum": ("optimum", "최적점"),
    "fit.curves": ("Loss (log scale)", "손실 (로그 스케일)"),
    "fit.no_plane": (
        "With hidden layers the model is a curved surface, not a plane, so it has no single equation and no two-weight loss landscape. Set hidden layers to 0 to see them.",
        "은닉층이 있으면 모델은 평면이 아닌 곡면이라 식 하나로 쓸 수 없고, 가중치 두 개로 그리는 손실 지형도 없습니다. 보려면 은닉층 수를 0으로 두세요.",
    ),
    "page.activations": ("Activation functions", "활성화 함수"),
    "page.activations.short": (
        "Every common activation and its derivative as Keras computes them, softmax, and vanishing gradients measured in a real deep stack.",
        "Keras가 계산하는 그대로의 활성화 함수와 도함수, 소프트맥스, 그리고 실제 깊은 신경망에서 측정한 기울기 소실.",
    ),
    "page.optimizers": ("Optimizers on loss surfaces", "손실 곡면 위의 옵티마이저"),
    "page.optimizers.short": (
        "Race Keras optimizers across bowls, bananas and saddles; see learning rates too big and too small; batch vs mini-batch vs stochastic descent.",
        "그릇, 바나나, 안장 모양 곡면에서 Keras 옵티마이저를 경주시키고, 너무 크거나 작은 학습률과 배치·미니배치·확률적 경사 하강법을 비교합니다.",
    ),
    "act.step": ("step", "계단"),
    "act.selu": ("SELU", "SELU"),
    "act.softplus": ("softplus", "소프트플러스"),
    "act.gelu": ("GELU", "GELU"),
    "act.swish": ("swish / SiLU", "스위시 / SiLU"),
    "page.iris": ("Iris: three flowers", "붓꽃: 세 가지 꽃"),
    "page.iris.short": (
        "Multiclass classification of 150 flowers with a softmax network; decision regions, confusion matrix and the model summary.",
        "소프트맥스 신경망으로 붓꽃 150송이를 분류합니다. 결정 영역, 혼동 행렬, 모델 요약도 볼 수 있습니다.",
    ),
    "page.mnist": ("MNIST & Fashion-MNIST", "MNIST와 패션 MNIST"),
    "page.mnist.short": (
        "Handwritten digits and clothes with dense nets and CNNs; mistakes, filters, and a pad to draw your own digit.",
        "완전 연결 신경망과 합성곱 신경망(CNN)으로 손글씨 숫자와 옷 이미지를 분류합니다. 잘못 분류한 이미지, 필터, 직접 숫자를 그려 보는 패드도 있습니다.",
    ),
    "cls.predicted": ("predicted", "예측"),
    "cls.true": ("true", "정답"),
    "cls.probability": ("probability", "확률"),
    "cls.confusion": ("Confusion matrix (test set)", "혼동 행렬 (테스트 세트)"),
    "cls.test_accuracy": ("Test accuracy", "테스트 정확도"),
    "cls.layers": ("Hidden layers", "은닉층 수"),
    "cls.units": ("Units in layer {n}", "{n}번째 은닉층의 유닛 수"),
    "cls.dropout": ("Dropout rate", "드롭아웃 비율"),
    "cls.summary": ("Model summary", "모델 요약"),
    "cls.layer": ("layer", "층"),
    "cls.shape": ("output shape", "출력 크기"),
    "cls.params": ("parameters", "파라미터 수"),
    "cls.total_params": ("Total parameters: **{n:,}**", "전체 파라미터: **{n:,}**"),
    "share.title": ("Share", "공유"),
    "share.help": (
        "This link opens this page with the same settings (not the trained model).",
        "이 링크를 열면 지금과 같은 설정으로 이 페이지가 열립니다(학습한 모델은 담기지 않습니다).",
    ),
    "share.scan": (
        "Scan with a phone or tablet to open it",
        "휴대폰이나 태블릿으로 찍으면 바로 열립니다",
    ),
    "share.classroom": ("For the classroom", "수업용 설정"),
    "share.hide": ("Hide these controls", "숨길 설정"),
    "share.hide_help": (
        "Students get the values from the link but do not see these controls.",
        "학생 화면에는 링크에 담긴 값이 그대로 적용되고, 고른 설정 창은 보이지 않습니다.",
    ),
    "share.projector": (
        "Projector mode (large text, thick lines)",
        "프로젝터 모드 (큰 글씨, 굵은 선)",
    ),
    "share.open": ("Open this link", "이 링크 열기"),
    "share.group.presets": ("Presets", "프리셋"),
    "share.group.data": ("Data (whole group)", "데이터 (묶음 전체)"),
    "share.group.model": ("Model (whole group)", "모델 (묶음 전체)"),
    "share.group.train": ("Training (whole group)", "학습 (묶음 전체)"),
    "share.bad": (
        "Some settings in the link could not be used and were set to their defaults: {names}.",
        "링크에 담긴 설정 중 쓸 수 없는 값이 있어 기본값으로 바꿨습니다: {names}.",
    ),
    "share.hidden_note": (
        "Some controls are hidden by the teacher's link.",
        "선생님이 보낸 링크라서 일부 설정은 보이지 않습니다.",
    ),
    # -- the export panel (playground/ui/export.py) and the exported code (playground/codegen.py)
    "export.title": ("💻 Code", "💻 코드"),
    "export.help": (
        "This page's settings as a Keras program you can run yourself: the same data, the same model and the same seed, so it prints the same numbers as the page (up to rounding). Download it as a Python file or a Jupyter notebook, or take the model you trained here and its history.",
        "이 페이지의 설정을 그대로 옮긴 Keras 프로그램입니다. 데이터, 모델, 시드가 같아서 페이지와 같은 숫자가 나옵니다(반올림 차이 정도). 파이썬 파일이나 주피터 노트북으로 내려받거나, 여기서 학습시킨 모델과 학습 기록을 내려받으세요.",
    ),
    "export.download_py": ("⬇ Python file (.py)", "⬇ 파이썬 파일 (.py)"),
    "export.download_ipynb": ("⬇ Notebook (.ipynb)", "⬇ 노트북 (.ipynb)"),
    "export.download_model": ("⬇ Trained model (.keras)", "⬇ 학습한 모델 (.keras)"),
    "export.download_history": ("⬇ Training history (.csv)", "⬇ 학습 기록 (.csv)"),
    "export.model_help": (
        "The model with the weights it has now (epoch {epoch}). Load it with keras.saving.load_model.",
        "지금 가중치 그대로의 모델입니다(에포크 {epoch}). keras.saving.load_model로 불러오세요.",
    ),
    "export.code.intro": (
        "Made by Deep Learning Playground from the page's settings.\nIt trains the same model on the same data from the same seed as the page,\nso it prints the same numbers (up to rounding).\nNeeds: pip install {packages}",
        "딥러닝 놀이터가 페이지의 설정으로 만든 코드입니다.\n페이지와 같은 데이터, 같은 모델, 같은 시드로 학습하므로\n페이지와 같은 숫자가 나옵니다(반올림 차이 정도).\n필요한 것: pip install {packages}",
    ),
    "export.code.step.settings": ("Settings", "설정"),
    "export.code.step.data": ("Data", "데이터 준비"),
    "export.code.step.model": ("Model", "모델 만들기"),
    "export.code.step.compile": ("Compile", "모델 컴파일"),
    "export.code.step.fit": ("Training", "학습"),
    "export.code.step.results": ("Results", "결과 확인"),
    "export.code.seed": (
        "initial weights and shuffling: the page's seed",
        "초기 가중치와 섞는 순서를 정하는 시드(페이지와 같은 값)",
    ),
    "export.code.batch_all": (
        "0 means the whole training set in one batch",
        "0은 훈련 데이터 전체를 배치 하나로 쓴다는 뜻",
    ),
    "export.code.same_start": (
        "The seeds in the initializers give the same initial weights as the page.",
        "초기화 함수에 시드를 주어 페이지와 똑같은 초기 가중치에서 시작합니다.",
    ),
    "export.code.rescale": ("pixels 0..255 -> 0..1", "픽셀값 0~255를 0~1로"),
    "export.code.output_layer": ("output layer", "출력층"),
    "export.code.sse": (
        "Sum of squared errors (SSE): the squared errors are added up, not averaged.",
        "오차 제곱합(SSE): 오차의 제곱을 평균 내지 않고 모두 더합니다.",
    ),
    "export.code.shuffle": (
        "Each epoch the page shuffles the training data in an order drawn from (SEED, epoch).\nThe same order here gives the same mini-batches, so the same numbers.",
        "페이지는 에포크마다 (SEED, 에포크 번호)로 정해지는 순서로 훈련 데이터를 섞습니다.\n여기서도 같은 순서로 섞어야 같은 미니배치, 같은 숫자가 나옵니다.",
    ),
    "export.code.textbook_fit": (
        "The textbook's shorter way shuffles in its own random order (the numbers then differ a little):",
        "교재처럼 간단히 쓰면 섞는 순서가 달라져 숫자가 조금 달라집니다:",
    ),
    "export.code.final_loss": ("final loss", "최종 손실"),
    "export.code.accuracy": ("accuracy", "정확도"),
    "export.code.test_loss": ("test loss", "테스트 손실"),
    "export.code.test_accuracy": ("test accuracy", "테스트 정확도"),
    "export.code.predictions": ("predictions", "예측"),
    "export.code.subset_note": (
        "The page trained on the app's shipped subset (8,000 training and 2,000 test images).\nPut {file} next to this script (it is in the app's playground/data/ folder)\nto train on the same images; without it the full set from keras.datasets is used.",
        "페이지는 앱에 들어 있는 일부 데이터(훈련 8,000장, 테스트 2,000장)로 학습했습니다.\n같은 이미지로 학습하려면 {file} 파일(앱의 playground/data/ 폴더에 있음)을\n이 스크립트 옆에 두세요. 없으면 keras.datasets의 전체 데이터를 씁니다.",
    ),
    "export.code.full_note": (
        "The full set from keras.datasets (downloaded once); without a network,\nthe app's subset file {file} is used if it is here.",
        "keras.datasets의 전체 데이터(처음 한 번 내려받음)를 씁니다. 네트워크가 없으면\n여기에 {file} 파일이 있을 때 앱의 일부 데이터를 씁니다.",
    ),
    "export.code.xor_table": (
        "The XOR truth table: the model trains and tests on its four points.",
        "XOR 진리표: 네 점으로 학습하고 같은 네 점으로 테스트합니다.",
    ),
    "export.code.xor_gap": ("keep a small gap along the axes", "축 근처에 작은 틈을 둡니다"),
    "export.code.xor_noise": (
        "jitter the points (the labels stay)",
        "점의 위치를 흔듭니다(정답은 그대로)",
    ),
    "export.code.xor_split": ("training and test points", "훈련용 점과 테스트용 점"),
    "export.code.xor_features": (
        "the model's inputs, computed from each point",
        "각 점에서 계산한 모델의 입력",
    ),
    "export.code.onehot": ("one-hot targets", "정답을 원-핫 인코딩"),
    "export.code.no_network": (
        "no network: the app's subset",
        "네트워크가 없으면 앱의 일부 데이터",
    ),
    "export.code.images": (
        "Images as (28, 28, 1) floats 0..255; the model rescales them itself.",
        "이미지를 (28, 28, 1) 모양의 실수 0~255로 바꿉니다. 0~1 조정은 모델 안에서 합니다.",
    ),
    "export.code.blood_fat_table": (
        "The textbook's 25 people: weight (kg) and age (years), and their blood fat.",
        "교재의 25명 자료: 몸무게(kg)와 나이(세), 그리고 혈중 지방.",
    ),
    "export.code.standardize_all": (
        "Standardize inputs and target to mean 0 and standard deviation 1.",
        "입력과 정답을 평균 0, 표준편차 1로 표준화합니다.",
    ),
    "export.code.blood_fat_question": (
        "blood fat at {weight} kg and {age} years",
        "몸무게 {weight}kg, 나이 {age}세의 혈중 지방 예측",
    ),
    "export.code.temperature_table": (
        "The textbook's monthly mean temperatures (°C), January to December.",
        "교재의 월별 평균 기온(°C), 1월부터 12월까지.",
    ),
    "export.code.temperature_scaled": (
        "The model sees month / 12, so every power stays between 0 and 1.",
        "월을 12로 나눠 넣으므로 모든 거듭제곱이 0과 1 사이에 있습니다.",
    ),
    "export.code.temperature_features": (
        "Inputs month**0 .. month**DEGREE: the weights are the polynomial's coefficients.",
        "입력은 월의 0제곱부터 DEGREE제곱까지입니다. 가중치가 곧 다항식의 계수입니다.",
    ),
    "export.code.temperature_weights": ("weights (coefficients)", "가중치(계수)"),
    "export.code.standardize": (
        "Standardize with the training set's mean and standard deviation.",
        "훈련 데이터의 평균과 표준편차로 표준화합니다.",
    ),
}


def _all_texts() -> dict[str, tuple[str, str]]:
    texts = {**SHARED_TEXTS, **texts_inside.TEXTS}
    for key in LESSON_KEYS:
        for name, value in lesson_strings(key).items():
            if not name.startswith(f"{key}."):
                raise ValueError(f"{name!r} in the {key} lesson's strings lacks the {key}. prefix")
            texts[name] = value
    return texts


TEXTS = _all_texts()


def normalize_language(value: str | None) -> str | None:
    """'ko', 'ko-KR', 'EN_us' -> 'ko' / 'en'; anything else -> None."""
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def translate(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` (English if missing), with `{name}` fields filled in."""
    english, korean = TEXTS[key]
    text = korean if lang == "ko" else english
    return text.format(**values) if values else text
