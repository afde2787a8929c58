"""Every visible string, in English and Korean. `translate(key, lang)` looks one up."""

from __future__ import annotations

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "en"

# key: (English, 한국어)
TEXTS: dict[str, tuple[str, str]] = {
    # app frame
    "app.title": ("Deep Learning Playground", "딥러닝 놀이터"),
    "app.language": ("Language", "언어"),
    "nav.home": ("Home", "처음으로"),
    "nav.basics": ("Basics", "기초"),
    "nav.classification": ("Classification", "분류"),
    "nav.regression": ("Regression", "회귀"),
    "home.intro": (
        "Pick activation functions, optimizers, layers and epochs, train a real Keras model "
        "live, and watch what it learns. Every number here comes from a real TensorFlow model "
        "trained on real data in your own session.",
        "활성화 함수, 옵티마이저, 층과 에포크를 고르고 실제 Keras 모델을 바로 학습시키며 "
        "무엇을 배우는지 지켜보세요. 여기 나오는 모든 숫자는 내 세션에서 실제 데이터로 학습한 "
        "진짜 TensorFlow 모델이 낸 값입니다.",
    ),
    "home.pages": ("Pages", "페이지"),
    "home.soon": ("coming soon", "준비 중"),
    # page names
    "page.xor": ("XOR & 2D classification", "XOR와 2차원 분류"),
    "page.xor.short": (
        "Why one line cannot separate XOR, and how a hidden layer bends the boundary.",
        "직선 하나로 XOR를 나눌 수 없는 이유와 은닉층이 경계를 어떻게 휘게 하는지.",
    ),
    # shared controls
    "group.presets": ("Presets", "프리셋"),
    "group.data": ("Data", "데이터"),
    "group.model": ("Model", "모델"),
    "group.training": ("Training", "학습"),
    "ctl.play": ("▶ Train", "▶ 학습"),
    "ctl.play_more": ("▶ Train more", "▶ 더 학습"),
    "ctl.pause": ("⏸ Pause", "⏸ 일시정지"),
    "ctl.step": ("Step (1 epoch)", "한 에포크"),
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
    "ctl.seed": ("Seed", "시드"),
    "ctl.textbook": ("📖 Textbook setup", "📖 교재 설정"),
    "status.epoch": ("Epoch", "에포크"),
    "status.of": ("of", "/"),
    "status.loss": ("loss", "손실"),
    "status.test_loss": ("test loss", "테스트 손실"),
    "status.accuracy": ("accuracy", "정확도"),
    "status.speed": ("epochs/s", "에포크/초"),
    "status.training": ("training…", "학습 중…"),
    "status.done": ("Reached the epoch target.", "목표 에포크에 도달했습니다."),
    "status.diverged": (
        "Training stopped: the loss became infinite or NaN at epoch {epoch}. The learning rate "
        "is probably too high for these inputs (or the inputs are not scaled). The model and "
        "its history are kept as they were before it blew up: lower the learning rate and "
        "train on, or reset.",
        "학습을 멈췄습니다: 에포크 {epoch}에서 손실이 무한대 또는 NaN이 되었습니다. 이 입력에 "
        "비해 학습률이 너무 크거나 입력의 크기가 조정되지 않았을 수 있습니다. 모델과 기록은 "
        "발산하기 직전 상태로 남겨 두었습니다. 학습률을 낮추고 계속하거나 초기화하세요.",
    ),
    # optimizers, activations, losses
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
    # charts
    "chart.output": ("output", "출력"),
    "chart.train": ("train", "훈련"),
    "chart.test": ("test", "테스트"),
    "chart.loss": ("Loss", "손실"),
    "chart.accuracy": ("Accuracy", "정확도"),
    "chart.epoch": ("epoch", "에포크"),
    # XOR page
    "xor.intro": (
        "A small network learns to tell blue points from orange ones. The background shows "
        "what the model outputs everywhere on the plane, live as it trains.",
        "작은 신경망이 파란 점과 주황 점을 구분하도록 학습합니다. 배경은 학습하는 동안 모델이 "
        "평면 위 모든 곳에서 내놓는 출력을 실시간으로 보여 줍니다.",
    ),
    "xor.hint": (
        "Try this: set hidden layers to 0 on the XOR table. That is logistic regression, a "
        "single straight line, and it cannot separate XOR however long it trains. Add one "
        "hidden layer of 2 sigmoid neurons and it can.",
        "이렇게 해 보세요: XOR 진리표에서 은닉층을 0으로 두세요. 직선 하나인 로지스틱 회귀라서 "
        "아무리 오래 학습해도 XOR를 나눌 수 없습니다. 시그모이드 뉴런 2개짜리 은닉층 하나를 "
        "더하면 풀 수 있습니다.",
    ),
    "xor.dataset": ("Dataset", "데이터셋"),
    "ds.xor_table": ("XOR truth table (4 points)", "XOR 진리표 (4개 점)"),
    "ds.xor": ("noisy XOR", "잡음 있는 XOR"),
    "ds.circle": ("circle", "원"),
    "ds.gaussians": ("two gaussians", "두 가우시안"),
    "ds.spiral": ("spiral", "나선"),
    "ds.moons": ("moons", "초승달"),
    "xor.noise": ("Noise (%)", "잡음 (%)"),
    "xor.train_share": ("Training share (%)", "훈련 데이터 비율 (%)"),
    "xor.samples": ("Samples", "샘플 수"),
    "xor.regenerate": ("🎲 New sample", "🎲 새 샘플"),
    "xor.features": ("Inputs", "입력"),
    "xor.hidden_layers": ("Hidden layers", "은닉층 수"),
    "xor.neurons": ("Neurons in layer {n}", "{n}번째 층 뉴런 수"),
    "xor.show_test": ("Show test data", "테스트 데이터 보기"),
    "xor.discretize": ("Discretize output", "출력 이산화"),
    "xor.boundary": ("Decision boundary", "결정 경계"),
    "xor.curves": ("Loss and accuracy", "손실과 정확도"),
    "xor.network": ("Network", "신경망"),
    "xor.network_help": (
        "Line width is the size of a weight, colour its sign (blue positive, orange "
        "negative). Each neuron shows what it computes over the plane.",
        "선의 굵기는 가중치의 크기, 색은 부호(파랑 양수, 주황 음수)입니다. 각 뉴런에는 평면 "
        "위에서 그 뉴런이 계산하는 값이 그려집니다.",
    ),
    "xor.table": ("Predictions on the truth table", "진리표에 대한 예측"),
    "xor.table.target": ("target", "정답"),
    "xor.table.yours": ("your model", "내 모델"),
    "xor.table.book": ("textbook", "교재"),
    "xor.table_help": (
        "The textbook's 2-2-1 sigmoid network, trained with SGD (0.1) on MSE for 5,000 "
        "epochs of batch 1, printed about 0.07, 0.92, 0.92, 0.06. Your numbers differ with "
        "the random start, but should land close.",
        "교재의 2-2-1 시그모이드 신경망을 SGD(0.1), 평균 제곱 오차, 배치 1로 5,000 에포크 "
        "학습하면 약 0.07, 0.92, 0.92, 0.06이 나옵니다. 무작위 초깃값에 따라 조금 다르지만 "
        "비슷하게 나와야 합니다.",
    ),
    "xor.logistic_note": (
        "0 hidden layers: this is logistic regression, one straight line through the plane.",
        "은닉층 0개: 평면을 가르는 직선 하나, 즉 로지스틱 회귀입니다.",
    ),
    "feat.x1": ("x₁", "x₁"),
    "feat.x2": ("x₂", "x₂"),
    "feat.x1_sq": ("x₁²", "x₁²"),
    "feat.x2_sq": ("x₂²", "x₂²"),
    "feat.x1_x2": ("x₁·x₂", "x₁·x₂"),
    "feat.sin_x1": ("sin x₁", "sin x₁"),
    "feat.sin_x2": ("sin x₂", "sin x₂"),
    "xor.need_feature": (
        "Pick at least one input: the model needs something to look at.",
        "입력을 하나 이상 고르세요. 모델이 볼 것이 있어야 합니다.",
    ),
}


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
