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
    # regression pages (shared)
    "page.blood_fat": ("Blood fat: a plane in 3D", "혈중 지방: 3차원 평면"),
    "page.blood_fat.short": (
        "Linear regression from weight and age, learned live; why raw inputs make it crawl.",
        "몸무게와 나이로 하는 선형 회귀를 실시간으로 학습하고, 원래 단위 입력이 왜 느린지 봅니다.",
    ),
    "page.temperature": ("Temperature: a polynomial fit", "기온: 다항식 회귀"),
    "page.temperature.short": (
        "A curve through twelve monthly temperatures; degree, scaling and ill-conditioning.",
        "열두 달 평균 기온을 지나는 곡선; 차수, 스케일링, 나쁜 조건수.",
    ),
    "fit.standardize": ("Standardize features", "특성 표준화"),
    "fit.standardize_help": (
        "Off: the model sees raw kilograms and years, as in the textbook. On: inputs and "
        "target are shifted to mean 0 and scaled to standard deviation 1 (results are "
        "converted back to original units).",
        "끄면 교재처럼 kg과 나이를 그대로 넣습니다. 켜면 입력과 정답을 평균 0, 표준편차 1로 "
        "바꿉니다(결과는 원래 단위로 되돌려 보여 줍니다).",
    ),
    "fit.hidden_layers": ("Hidden layers (0 = a plane)", "은닉층 수 (0 = 평면)"),
    "fit.neurons": ("Neurons per hidden layer", "은닉층당 뉴런 수"),
    "fit.ghost": ("least squares (optimum)", "최소제곱 (최적)"),
    "fit.model": ("your model", "내 모델"),
    "fit.data": ("data", "데이터"),
    "fit.mse_now": ("MSE now", "현재 MSE"),
    "fit.mse_optimum": ("MSE optimum", "최적 MSE"),
    "fit.gap": ("gap", "차이"),
    "fit.book": ("textbook", "교재"),
    "fit.path": ("optimizer path", "옵티마이저 경로"),
    "fit.now": ("now", "현재"),
    "fit.optimum": ("optimum", "최적점"),
    "fit.curves": ("Loss (log scale)", "손실 (로그 스케일)"),
    "fit.predict": ("Predict", "예측"),
    "fit.no_plane": (
        "With hidden layers the model is a curved surface, not a plane, so it has no single "
        "equation and no two-weight loss landscape. Set hidden layers to 0 to see them.",
        "은닉층이 있으면 모델은 평면이 아닌 곡면이라 식 하나로 쓸 수 없고, 가중치 두 개의 손실 "
        "지형도 없습니다. 보려면 은닉층을 0으로 두세요.",
    ),
    # blood fat
    "bf.intro": (
        "Blood fat of 25 people from their weight and age. A Dense(1) model is a plane over "
        "(weight, age); watch it tilt and rise into place while the loss landscape shows the "
        "road the optimizer takes.",
        "25명의 몸무게와 나이로 혈중 지방을 예측합니다. Dense(1) 모델은 (몸무게, 나이) 위의 "
        "평면입니다. 평면이 기울며 자리를 찾는 모습과, 손실 지형 위에서 옵티마이저가 가는 길을 "
        "지켜보세요.",
    ),
    "bf.hint": (
        "Try this: train the textbook setup (raw inputs), then switch on “Standardize "
        "features” and train again with learning rate 0.01. Same model, same optimizer: one "
        "crawls for thousands of epochs, the other lands in a few hundred.",
        "이렇게 해 보세요: 교재 설정(원래 단위 입력)으로 학습한 뒤 ‘특성 표준화’를 켜고 "
        "학습률 0.01로 다시 학습하세요. 같은 모델, 같은 옵티마이저인데 하나는 수천 에포크를 "
        "기어가고 다른 하나는 몇백 에포크 만에 도착합니다.",
    ),
    "bf.plane": ("Data and the model's surface", "데이터와 모델의 면"),
    "bf.plane_help": (
        "Drag to rotate, scroll to zoom: the view stays where you put it while training.",
        "드래그하면 회전, 스크롤하면 확대됩니다. 학습하는 동안에도 시점이 유지됩니다.",
    ),
    "bf.weight": ("weight (kg)", "몸무게 (kg)"),
    "bf.age": ("age (years)", "나이 (세)"),
    "bf.blood_fat": ("blood fat", "혈중 지방"),
    "bf.equation": ("Learned equation (original units)", "학습한 식 (원래 단위)"),
    "bf.equation_ls": ("Least squares", "최소제곱"),
    "bf.landscape": ("Loss landscape", "손실 지형"),
    "bf.landscape_help": (
        "Mean squared error for every (w₁, w₂) in the units the model sees, and the path its "
        "optimizer took, one point per epoch.",
        "모델이 보는 단위에서 모든 (w₁, w₂)에 대한 평균 제곱 오차와, 옵티마이저가 지나간 "
        "길(에포크마다 한 점)입니다.",
    ),
    "bf.bias_mode": ("Bias b on the landscape", "지형의 편향 b"),
    "bf.bias_best": ("best b for each point", "점마다 가장 좋은 b"),
    "bf.bias_now": ("fixed at the model's b", "모델의 현재 b로 고정"),
    "bf.query": ("Try a person", "한 사람 넣어 보기"),
    "bf.query_result": (
        "Your model: **{model:.1f}** · least squares: **{ls:.1f}**",
        "내 모델: **{model:.1f}** · 최소제곱: **{ls:.1f}**",
    ),
    "bf.book_answer": (
        "For 100 kg and 44 years the textbook's model said **398**; least squares says "
        "**{ls:.1f}**.",
        "100kg, 44세에 대해 교재의 모델은 **398**, 최소제곱은 **{ls:.1f}**를 내놓습니다.",
    ),
    "bf.why": ("Why did the textbook get 398?", "교재는 왜 398이 나왔을까?"),
    "bf.why_text": (
        "The textbook fed raw kilograms and years to Dense(1) and trained 5,000 epochs of "
        "RMSprop at its default learning rate 0.001. RMSprop moves each weight by about the "
        "learning rate per step whatever the gradient's size, so in 5,000 steps the bias b "
        "can travel only about 5, while the best plane needs b ≈ 78. With b stuck low, the "
        "weights tilt the plane to make up for it, and the prediction lands too high. The "
        "loss landscape shows it: the optimum lies far along a long, narrow valley. Train "
        "longer (about 100,000 epochs), raise the learning rate, or standardize the inputs, "
        "and the model reaches the least-squares answer.",
        "교재는 kg과 나이를 그대로 Dense(1)에 넣고 RMSprop 기본 학습률 0.001로 5,000 에포크를 "
        "학습했습니다. RMSprop은 기울기 크기와 상관없이 한 번에 가중치를 학습률만큼 정도 "
        "움직이므로, 5,000번으로는 편향 b가 5쯤밖에 갈 수 없는데 가장 좋은 평면은 b ≈ 78이 "
        "필요합니다. b가 작게 묶여 있으니 가중치가 평면을 기울여 이를 메우고, 예측이 너무 높게 "
        "나옵니다. 손실 지형에서 보이듯 최적점은 길고 좁은 골짜기 저 끝에 있습니다. 더 오래"
        "(약 100,000 에포크) 학습하거나, 학습률을 올리거나, 입력을 표준화하면 최소제곱 답에 "
        "도달합니다.",
    ),
    # temperature
    "tp.intro": (
        "Monthly mean temperatures, modelled as y = w₀ + w₁·x + … + wₙ·xⁿ with the features "
        "xᵏ (x = month), no bias, and the sum of squared errors as the loss.",
        "월평균 기온을 y = w₀ + w₁·x + … + wₙ·xⁿ 으로 모델링합니다. 특성은 xᵏ(x = 월), 편향은 "
        "없고, 손실은 오차 제곱합입니다.",
    ),
    "tp.hint": (
        "Try this: train the textbook setup and compare the curve with the grey least-squares "
        "ghost. Then switch on feature scaling and set the learning rate to 0.1: Adam now "
        "reaches the ghost, because month⁴ no longer towers over month⁰.",
        "이렇게 해 보세요: 교재 설정으로 학습한 뒤 곡선을 회색 최소제곱 곡선과 비교하세요. "
        "그다음 특성 스케일링을 켜고 학습률을 0.1로 두면, month⁴가 더 이상 month⁰보다 "
        "엄청나게 크지 않아서 Adam이 최적 곡선에 도달합니다.",
    ),
    "tp.degree": ("Polynomial degree", "다항식 차수"),
    "tp.scale": ("Scale features (month / 12)", "특성 스케일링 (월 / 12)"),
    "tp.scale_help": (
        "Off: features month⁰ … monthⁿ as in the book (month⁴ reaches 20,736). On: the model "
        "sees (month / 12)ᵏ, all between 0 and 1; weights are shown per monthᵏ either way.",
        "끄면 교재처럼 month⁰ … monthⁿ (month⁴는 20,736까지 커짐). 켜면 (월 / 12)ᵏ 를 넣어 "
        "모두 0과 1 사이가 됩니다. 가중치는 어느 쪽이든 monthᵏ 기준으로 보여 줍니다.",
    ),
    "tp.curve": ("Temperatures and the fitted curve", "기온과 학습한 곡선"),
    "tp.beyond": ("beyond the data", "데이터 바깥"),
    "tp.month": ("month", "월"),
    "tp.temperature": ("temperature (°C)", "기온 (°C)"),
    "tp.sse_now": ("SSE now", "현재 오차 제곱합"),
    "tp.sse_optimum": ("SSE of least squares", "최소제곱 오차 제곱합"),
    "tp.weights": ("Weights", "가중치"),
    "tp.term": ("term", "항"),
    "tp.predict_month": ("Month to predict", "예측할 월"),
    "tp.prediction": (
        "Month {month:g}: your model **{model:.2f} °C** · least squares **{ls:.2f} °C**",
        "{month:g}월: 내 모델 **{model:.2f} °C** · 최소제곱 **{ls:.2f} °C**",
    ),
    "tp.book": (
        "The book's setup: degree 4 on raw month powers, no bias, sum of squared errors, "
        "Adam for 100,000 steps. Its figure shows the quartic rising through spring to the "
        "August peak and falling again. Raw powers make Adam's per-weight steps far too "
        "coarse for w₄ and too fine for w₀, so even 100,000 steps stop short of the "
        "least-squares curve; the gap is what scaling fixes.",
        "교재 설정: 원래 월의 거듭제곱으로 4차, 편향 없음, 오차 제곱합, Adam 100,000 스텝. "
        "교재 그림은 봄을 지나 8월에 정점을 찍고 다시 내려오는 4차 곡선입니다. 원래 단위의 "
        "거듭제곱에서는 Adam의 가중치별 보폭이 w₄에는 너무 크고 w₀에는 너무 작아서 100,000 "
        "스텝으로도 최소제곱 곡선에 못 미칩니다. 그 차이를 스케일링이 메웁니다.",
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
