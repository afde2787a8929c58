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
    "ctl.textbook": ("📖 Textbook setup", "📖 교재 설정"),
    "status.epoch": ("Epoch", "에포크"),
    "status.of": ("of", "/"),
    "status.loss": ("loss", "손실"),
    "status.test_loss": ("test loss", "테스트 손실"),
    "status.accuracy": ("accuracy", "정확도"),
    "status.speed": ("epochs/s", "에포크/초"),
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
    "fit.path": ("optimizer path", "옵티마이저 경로"),
    "fit.optimum": ("optimum", "최적점"),
    "fit.curves": ("Loss (log scale)", "손실 (로그 스케일)"),
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
    # explorer pages
    "page.activations": ("Activation functions", "활성화 함수"),
    "page.activations.short": (
        "Every common activation and its derivative as Keras computes them, softmax, and "
        "vanishing gradients measured in a real deep stack.",
        "Keras가 계산하는 그대로의 활성화 함수와 도함수, 소프트맥스, 그리고 실제 깊은 신경망에서 "
        "측정한 기울기 소실.",
    ),
    "page.optimizers": ("Optimizers on loss surfaces", "손실 곡면 위의 옵티마이저"),
    "page.optimizers.short": (
        "Race Keras optimizers across bowls, bananas and saddles; see learning rates too big "
        "and too small; batch vs mini-batch vs stochastic descent.",
        "그릇, 바나나, 안장 모양 곡면에서 Keras 옵티마이저를 경주시키고, 너무 크거나 작은 학습률과 "
        "배치·미니배치·확률적 경사 하강을 비교합니다.",
    ),
    "act.step": ("step", "계단"),
    "act.selu": ("SELU", "SELU"),
    "act.softplus": ("softplus", "소프트플러스"),
    "act.gelu": ("GELU", "GELU"),
    "act.swish": ("swish / SiLU", "스위시 / SiLU"),
    "ac.intro": (
        "Each curve is computed by Keras' own activation function and each derivative by "
        "TensorFlow's automatic differentiation: exactly what a model computes.",
        "각 곡선은 Keras의 활성화 함수가, 각 도함수는 TensorFlow 자동 미분이 계산합니다. 모델이 "
        "실제로 계산하는 값 그대로입니다.",
    ),
    "ac.hint": (
        "Try this: compare sigmoid and ReLU derivatives. Sigmoid's is never above 0.25, so "
        "ten layers multiply it down to almost nothing; then see it measured below.",
        "이렇게 해 보세요: 시그모이드와 ReLU의 도함수를 비교하세요. 시그모이드의 도함수는 0.25를 "
        "넘지 않아 10개 층을 지나면 거의 0이 됩니다. 아래에서 실제로 측정해 보세요.",
    ),
    "ac.functions": ("Functions", "함수"),
    "ac.range": ("x range", "x 범위"),
    "ac.alpha": ("Leaky ReLU slope α", "리키 ReLU 기울기 α"),
    "ac.derivative": ("Show derivatives (dotted)", "도함수 보기 (점선)"),
    "ac.value": ("value", "값"),
    "ac.output_range": ("Output range", "출력 범위"),
    "ac.pick": ("Pick at least one function to draw.", "그릴 함수를 하나 이상 고르세요."),
    "ac.softmax": ("Softmax: logits to probabilities", "소프트맥스: 로짓을 확률로"),
    "ac.softmax_help": (
        "Softmax turns any scores into probabilities that add up to 1; adding the same "
        "number to every logit changes nothing.",
        "소프트맥스는 어떤 점수든 합이 1인 확률로 바꿉니다. 모든 로짓에 같은 수를 더해도 결과는 "
        "같습니다.",
    ),
    "ac.logits": ("Number of logits", "로짓 개수"),
    "ac.probability": ("probability", "확률"),
    "ac.vanishing": ("Vanishing gradients, measured", "기울기 소실, 직접 측정"),
    "ac.vanishing_help": (
        "A real stack of Dense layers: a batch of 256 random inputs goes forward, a "
        "mean-squared loss comes back, and each bar is the size of that layer's weight "
        "gradient (layer 1 is next to the input).",
        "실제 Dense 층을 쌓았습니다. 무작위 입력 256개를 앞으로 보내고 평균 제곱 손실을 "
        "역전파하여, 각 막대에 그 층 가중치의 기울기 크기를 그립니다(1층이 입력 쪽).",
    ),
    "ac.depth": ("Depth (layers)", "깊이 (층 수)"),
    "ac.width": ("Width (units per layer)", "너비 (층당 유닛)"),
    "ac.initializer": ("Initializer", "초기화"),
    "ac.bias": ("Initial bias", "초기 편향"),
    "ac.new_batch": ("🎲 New weights and batch", "🎲 새 가중치와 배치"),
    "ac.gradient": ("gradient norm", "기울기 크기"),
    "ac.dead": ("dead units (%)", "죽은 유닛 (%)"),
    "ac.layer": ("layer", "층"),
    "ac.ratio": (
        "Gradient at layer 1 is **{ratio:.2g}×** the gradient at layer {depth}.",
        "1층의 기울기는 {depth}층 기울기의 **{ratio:.2g}배**입니다.",
    ),
    "ac.dead_summary": (
        "Dead units (output 0 for every input in the batch): **{share:.0%}** over all layers.",
        "죽은 유닛(배치의 모든 입력에 출력 0): 전체 층에서 **{share:.0%}**.",
    ),
    "ac.note.step": (
        "The perceptron's original activation. Its derivative is 0 everywhere (undefined at "
        "0), so gradient descent cannot train through it.",
        "퍼셉트론의 원래 활성화 함수. 도함수가 어디서나 0(0에서는 정의되지 않음)이라 경사 하강법으로 "
        "학습할 수 없습니다.",
    ),
    "ac.note.sigmoid": (
        "Binary outputs and classic hidden layers. Saturates at both ends, and its derivative "
        "is at most 0.25: deep sigmoid stacks suffer vanishing gradients.",
        "이진 출력과 예전 은닉층에 씁니다. 양 끝에서 포화되고 도함수가 최대 0.25라 깊게 쌓으면 "
        "기울기가 소실됩니다.",
    ),
    "ac.note.tanh": (
        "Zero-centred sigmoid, common in RNNs. Still saturates for large |x|.",
        "0을 중심으로 한 시그모이드로 RNN에서 흔합니다. |x|가 크면 여전히 포화됩니다.",
    ),
    "ac.note.relu": (
        "The default for hidden layers: cheap, no saturation for x > 0. Units stuck at "
        "x < 0 get no gradient and can die.",
        "은닉층의 기본값: 계산이 싸고 x > 0에서 포화되지 않습니다. x < 0에 갇힌 유닛은 기울기를 "
        "받지 못해 죽을 수 있습니다(dying ReLU).",
    ),
    "ac.note.leaky_relu": (
        "ReLU with a small slope α for x < 0, so no unit is ever completely dead.",
        "x < 0에서 작은 기울기 α를 주는 ReLU라 유닛이 완전히 죽지 않습니다.",
    ),
    "ac.note.elu": (
        "Smooth for x < 0 with outputs down to −1, pushing mean activations toward 0.",
        "x < 0에서 −1까지 부드럽게 내려가 평균 출력을 0 쪽으로 당깁니다.",
    ),
    "ac.note.selu": (
        "Scaled ELU that keeps activations normalised in deep dense nets (with lecun_normal "
        "initialisation).",
        "lecun_normal 초기화와 함께 쓰면 깊은 밀집 신경망에서 출력을 정규화된 상태로 유지하는 ELU.",
    ),
    "ac.note.softplus": (
        "A smooth ReLU; its derivative is exactly the sigmoid.",
        "부드러운 ReLU이며 도함수가 바로 시그모이드입니다.",
    ),
    "ac.note.gelu": (
        "Used in Transformers (BERT, GPT): weights x by the chance a standard normal is below it.",
        "트랜스포머(BERT, GPT)에서 씁니다. x에 표준정규분포가 x보다 작을 확률을 곱합니다.",
    ),
    "ac.note.swish": (
        "x·sigmoid(x), found by automated search; smooth and slightly non-monotonic.",
        "x·sigmoid(x). 자동 탐색으로 찾았고 부드러우며 약간 비단조입니다.",
    ),
    "ac.note.linear": (
        "No activation: stacked linear layers collapse into one linear map. Used for "
        "regression outputs.",
        "활성화 없음: 선형 층을 쌓아도 선형 변환 하나와 같습니다. 회귀 출력에 씁니다.",
    ),
    "op.intro": (
        "Real Keras optimizers move a point downhill on a 2D loss surface. Each step is "
        "`optimizer.apply_gradients` with a gradient from `tf.GradientTape`.",
        "실제 Keras 옵티마이저가 2차원 손실 곡면에서 점을 내리막으로 옮깁니다. 한 스텝은 "
        "`tf.GradientTape`로 구한 기울기로 `optimizer.apply_gradients`를 한 번 부른 것입니다.",
    ),
    "op.hint": (
        "Try this: on the banana (Rosenbrock), give SGD a learning rate of 0.003 and watch "
        "it blow up; 0.0003 crawls; momentum and Adam find the valley floor.",
        "이렇게 해 보세요: 바나나(로젠브록)에서 SGD 학습률을 0.003으로 주면 발산하고, 0.0003이면 "
        "기어갑니다. 모멘텀과 Adam은 골짜기 바닥을 찾아갑니다.",
    ),
    "op.surface": ("Loss surface", "손실 곡면"),
    "surf.bowl": ("elongated bowl", "길쭉한 그릇"),
    "surf.rosenbrock": ("Rosenbrock (banana)", "로젠브록 (바나나)"),
    "surf.beale": ("Beale", "빌"),
    "surf.saddle": ("saddle", "안장"),
    "surf.himmelblau": ("Himmelblau (four minima)", "히멜블라우 (최솟값 4개)"),
    "op.start_x": ("Start x", "출발 x"),
    "op.start_y": ("Start y", "출발 y"),
    "op.steps": ("Steps", "스텝 수"),
    "op.racers": ("Optimizers", "옵티마이저"),
    "op.rate_for": ("Learning rate: {name}", "학습률: {name}"),
    "op.momentum_for": ("Momentum: {name}", "모멘텀: {name}"),
    "op.beta1_for": ("β₁ (momentum): {name}", "β₁ (모멘텀): {name}"),
    "op.view3d": ("3D view", "3D로 보기"),
    "op.step_button": ("Step (+1)", "한 스텝"),
    "op.progress": ("**Step {shown:,}** of {steps:,}", "**스텝 {shown:,}** / {steps:,}"),
    "op.start": ("start", "출발점"),
    "op.minimum": ("minimum", "최솟값"),
    "op.loss_steps": ("Loss per step", "스텝별 손실"),
    "op.step_axis": ("step", "스텝"),
    "op.diverged": (
        "{name} diverged at step {step}: its learning rate {rate:g} is too large for this "
        "surface, so each step overshoots further. Lower it.",
        "{name}은(는) 스텝 {step}에서 발산했습니다. 이 곡면에 학습률 {rate:g}가 너무 커서 스텝마다 "
        "더 멀리 튕겨 나갑니다. 낮춰 보세요.",
    ),
    "op.crawling": (
        "{name} has moved only {moved:.3g} in {steps} steps: learning rate {rate:g} is too "
        "small to get anywhere soon.",
        "{name}은(는) {steps} 스텝 동안 {moved:.3g}밖에 움직이지 못했습니다. 학습률 {rate:g}가 "
        "너무 작습니다.",
    ),
    "op.pick": (
        "Pick at least one optimizer to race.",
        "경주시킬 옵티마이저를 하나 이상 고르세요.",
    ),
    "op.batch_title": (
        "Batch, mini-batch and stochastic gradient descent",
        "배치, 미니배치, 확률적 경사 하강",
    ),
    "op.batch_help": (
        "Blood fat from age (both standardized), fitted as y = w·x + b with plain SGD. "
        "Full batch takes one smooth step per epoch; mini-batches of 5 take five noisier "
        "ones; single samples take 25 jittery steps. Every path point is one update.",
        "나이로 혈중 지방을 예측합니다(둘 다 표준화). y = w·x + b를 기본 SGD로 학습합니다. 전체 "
        "배치는 에포크마다 매끄러운 한 스텝, 크기 5인 미니배치는 조금 흔들리는 다섯 스텝, 샘플 "
        "하나씩은 25번의 들쭉날쭉한 스텝을 밟습니다. 경로의 점 하나가 업데이트 한 번입니다.",
    ),
    "op.batch_epochs": ("Epochs", "에포크"),
    "op.batch_rate": ("Learning rate (SGD)", "학습률 (SGD)"),
    "op.batch_name": ("batch {size}", "배치 {size}"),
    "op.batch_full": ("full batch ({size})", "전체 배치 ({size})"),
    "op.batch_sgd": ("stochastic (1)", "확률적 (1)"),
    "op.loss_epochs": ("Loss on all data after each epoch", "에포크마다 전체 데이터 손실"),
    "op.updates": ("updates per epoch", "에포크당 업데이트"),
    "op.final_loss": ("final loss", "마지막 손실"),
    # classification pages: Iris, MNIST
    "page.iris": ("Iris: three flowers", "붓꽃: 세 가지 꽃"),
    "page.iris.short": (
        "Multiclass classification of 150 flowers with a softmax network; decision regions, "
        "confusion matrix and the model summary.",
        "소프트맥스 신경망으로 붓꽃 150송이를 분류합니다. 결정 영역, 혼동 행렬, 모델 요약.",
    ),
    "page.mnist": ("MNIST & Fashion-MNIST", "MNIST와 패션 MNIST"),
    "page.mnist.short": (
        "Handwritten digits and clothes with dense nets and CNNs; mistakes, filters, and a "
        "pad to draw your own digit.",
        "밀집 신경망과 CNN으로 손글씨 숫자와 옷을 분류합니다. 틀린 예, 필터, 직접 숫자를 그려 보는 "
        "패드.",
    ),
    "cls.predicted": ("predicted", "예측"),
    "cls.true": ("true", "정답"),
    "cls.probability": ("probability", "확률"),
    "cls.confusion": ("Confusion matrix (test set)", "혼동 행렬 (테스트 세트)"),
    "cls.test_accuracy": ("Test accuracy", "테스트 정확도"),
    "cls.layers": ("Hidden layers", "은닉층 수"),
    "cls.units": ("Units in layer {n}", "{n}번째 층 유닛 수"),
    "cls.dropout": ("Dropout rate", "드롭아웃 비율"),
    "cls.summary": ("Model summary", "모델 요약"),
    "cls.layer": ("layer", "층"),
    "cls.shape": ("output shape", "출력 모양"),
    "cls.params": ("parameters", "파라미터"),
    "cls.total_params": ("Total parameters: **{n:,}**", "전체 파라미터: **{n:,}**"),
    "iris.intro": (
        "150 irises, 4 measurements each, 3 species. The network ends in a softmax over the "
        "species and trains on categorical cross-entropy, split as in the textbook (80 % "
        "train, 20 % test, random_state=13).",
        "붓꽃 150송이, 측정값 4개, 품종 3개. 신경망은 품종에 대한 소프트맥스로 끝나고 범주형 "
        "크로스엔트로피로 학습합니다. 교재와 같이 나눴습니다(훈련 80 %, 테스트 20 %, "
        "random_state=13).",
    ),
    "iris.hint": (
        "Try this: keep only the two sepal features and watch test accuracy fall; petals "
        "carry most of the information.",
        "이렇게 해 보세요: 꽃받침 특성 두 개만 남기면 테스트 정확도가 떨어집니다. 정보는 대부분 "
        "꽃잎에 있습니다.",
    ),
    "iris.features": ("Features", "특성"),
    "iris.standardize": ("Standardize features", "특성 표준화"),
    "iris.regions": ("Decision regions", "결정 영역"),
    "iris.regions_help": (
        "Over two features, the others held at their training mean; colour is the predicted "
        "species, paler where the model is unsure. Rings are test flowers.",
        "두 특성 위에서 나머지 특성은 훈련 평균으로 고정했습니다. 색은 예측 품종이고, 모델이 "
        "확신하지 못할수록 옅습니다. 테두리만 있는 점은 테스트 꽃입니다.",
    ),
    "iris.x_axis": ("Horizontal", "가로축"),
    "iris.y_axis": ("Vertical", "세로축"),
    "iris.try": ("Try a flower", "꽃 하나 넣어 보기"),
    "iris.need_feature": ("Pick at least one feature.", "특성을 하나 이상 고르세요."),
    "iris.book": (
        "The book's 4-32-32-32-3 ReLU network (2,371 parameters) with Adam for 100 epochs "
        "reaches about **0.97** test accuracy.",
        "교재의 4-32-32-32-3 ReLU 신경망(파라미터 2,371개)을 Adam으로 100 에포크 학습하면 테스트 "
        "정확도가 약 **0.97**입니다.",
    ),
    "feat.sepal_length": ("sepal length (cm)", "꽃받침 길이 (cm)"),
    "feat.sepal_width": ("sepal width (cm)", "꽃받침 너비 (cm)"),
    "feat.petal_length": ("petal length (cm)", "꽃잎 길이 (cm)"),
    "feat.petal_width": ("petal width (cm)", "꽃잎 너비 (cm)"),
    "mn.intro": (
        "28×28 grey images in ten classes. Dense networks see the pixels as one long vector; "
        "CNNs look at small patches. The data ships with the app (10,000 images per set); "
        "the full 70,000 load when the network allows.",
        "10개 클래스의 28×28 회색 이미지입니다. 밀집 신경망은 픽셀을 긴 벡터 하나로 보고, CNN은 "
        "작은 조각을 봅니다. 데이터는 앱에 들어 있고(세트당 10,000장), 네트워크가 되면 전체 "
        "70,000장을 불러옵니다.",
    ),
    "mn.hint": (
        "Try this: run the logistic-regression baseline, then train the 128-ReLU preset for "
        "a few epochs. Then draw a digit below and see what it thinks.",
        "이렇게 해 보세요: 로지스틱 회귀 기준선을 돌린 뒤 128-ReLU 프리셋을 몇 에포크 학습하세요. "
        "그다음 아래에 숫자를 그려서 모델이 뭐라고 하는지 보세요.",
    ),
    "mn.dataset": ("Dataset", "데이터셋"),
    "ds.mnist": ("MNIST digits", "MNIST 손글씨 숫자"),
    "ds.fashion": ("Fashion-MNIST", "패션 MNIST"),
    "mn.full": ("Full dataset (70,000 images)", "전체 데이터셋 (70,000장)"),
    "mn.full_failed": (
        "The full dataset could not be downloaded ({reason}), so the shipped 10,000-image "
        "subset is used.",
        "전체 데이터셋을 내려받지 못해({reason}) 앱에 들어 있는 10,000장 부분집합을 씁니다.",
    ),
    "mn.sizes": (
        "{train:,} training and {test:,} test images",
        "훈련 {train:,}장, 테스트 {test:,}장",
    ),
    "mn.model": ("Model", "모델"),
    "preset.dense10": (
        "Dense(10, softmax): logistic regression",
        "Dense(10, softmax): 로지스틱 회귀",
    ),
    "preset.dense100_sigmoid": ("Dense(100, sigmoid)", "Dense(100, sigmoid)"),
    "preset.dense100_relu": ("Dense(100, ReLU)", "Dense(100, ReLU)"),
    "preset.dense128_dropout": (
        "Dense(128, ReLU) + Dropout(0.2)",
        "Dense(128, ReLU) + Dropout(0.2)",
    ),
    "preset.cnn": (
        "CNN: 2 × (Conv2D + MaxPool), Dense(64)",
        "CNN: 2 × (Conv2D + MaxPool), Dense(64)",
    ),
    "preset.custom": ("build my own", "직접 만들기"),
    "mn.conv_blocks": ("Conv blocks (Conv2D 3×3 + MaxPool)", "합성곱 블록 (Conv2D 3×3 + MaxPool)"),
    "mn.filters": ("Filters in block {n}", "{n}번째 블록 필터 수"),
    "mn.samples": ("Sample images", "이미지 예시"),
    "mn.baseline": (
        "Baseline: logistic regression (scikit-learn)",
        "기준선: 로지스틱 회귀 (scikit-learn)",
    ),
    "mn.baseline_run": (
        'Run SGDClassifier(loss="log_loss")',
        'SGDClassifier(loss="log_loss") 실행',
    ),
    "mn.baseline_result": (
        "Logistic regression: test accuracy **{accuracy:.3f}** ({seconds:.1f} s).",
        "로지스틱 회귀: 테스트 정확도 **{accuracy:.3f}** ({seconds:.1f}초).",
    ),
    "mn.progress": (
        "Epoch {epoch} · batch {batch:,} of {batches:,}",
        "에포크 {epoch} · 배치 {batch:,} / {batches:,}",
    ),
    "mn.curves": ("Loss per batch and accuracy per epoch", "배치별 손실과 에포크별 정확도"),
    "mn.batch_loss": ("batch loss", "배치 손실"),
    "mn.smoothed": ("smoothed", "평활"),
    "mn.train_acc": ("train accuracy", "훈련 정확도"),
    "mn.test_acc": ("test accuracy", "테스트 정확도"),
    "mn.mistakes": ("Misclassified test images", "잘못 분류한 테스트 이미지"),
    "mn.no_mistakes": ("No mistakes on the test set.", "테스트 세트에서 틀린 것이 없습니다."),
    "mn.inside": ("Look inside", "안을 들여다보기"),
    "mn.weights_help": (
        "Weights of the first dense layer's units as 28×28 images: red pixels push the unit "
        "up, blue pixels push it down.",
        "첫 번째 밀집층 유닛들의 가중치를 28×28 이미지로 그렸습니다. 빨강 픽셀은 유닛을 올리고 "
        "파랑 픽셀은 내립니다.",
    ),
    "mn.filters_help": (
        "The first conv layer's learned 3×3 filters, and the feature maps they produce for "
        "the chosen test image.",
        "첫 번째 합성곱층이 배운 3×3 필터와, 고른 테스트 이미지에 대해 그 필터들이 만든 특성 맵입니다.",
    ),
    "mn.image_index": ("Test image", "테스트 이미지"),
    "mn.first_unit": ("Show units from", "보여 줄 첫 유닛"),
    "mn.book_score": ("Textbook (full set, 5 epochs)", "교재 (전체 세트, 5 에포크)"),
    "mn.book_subset": (
        "You are training on the shipped 8,000-image subset, so expect a little less than "
        "the book, which trained on 60,000 images.",
        "앱에 들어 있는 8,000장 부분집합으로 학습하므로 60,000장으로 학습한 교재보다 조금 낮게 "
        "나옵니다.",
    ),
    "mn.book_full": (
        "Full set, as in the book: your number should land close to it.",
        "교재와 같은 전체 세트입니다. 비슷한 값이 나와야 합니다.",
    ),
    "mn.draw": ("Draw a digit", "숫자 그리기"),
    "mn.draw_help": (
        "Draw with the mouse or a finger. The drawing is cropped, scaled into a 20×20 box "
        "and centred by mass in 28×28, the way MNIST was made.",
        "마우스나 손가락으로 그리세요. 그림을 잘라 20×20 상자에 맞추고 무게중심으로 28×28 "
        "가운데에 놓습니다. MNIST를 만든 방식 그대로입니다.",
    ),
    "mn.draw_empty": (
        "Draw something on the pad to see the model's answer.",
        "패드에 무언가 그리면 모델의 답이 보입니다.",
    ),
    "mn.draw_untrained": (
        "Train a model first (even one epoch): then its answer for your drawing appears here.",
        "먼저 모델을 학습하세요(한 에포크라도). 그러면 그림에 대한 답이 여기에 나옵니다.",
    ),
    "mn.draw_fashion": (
        "The model was trained on clothes, so it will answer with a garment.",
        "이 모델은 옷으로 학습했기 때문에 옷 이름으로 답합니다.",
    ),
    "mn.clear": ("Clear", "지우기"),
    "mn.as_model_sees": ("As the model sees it", "모델이 보는 모습"),
    "mn.book": (
        "Book figures on the full sets: Fashion-MNIST logistic regression ≈ 0.82, "
        "Dense(10, softmax) 5 epochs ≈ 0.85; MNIST 128 ReLU + dropout 0.2, 5 epochs ≈ 0.98. "
        "On the shipped 10,000-image subsets expect a little less (fewer training images): "
        "about 0.94 for the 128-ReLU preset.",
        "전체 세트 기준 교재 수치: 패션 MNIST 로지스틱 회귀 ≈ 0.82, Dense(10, softmax) 5 에포크 "
        "≈ 0.85, MNIST 128 ReLU + 드롭아웃 0.2, 5 에포크 ≈ 0.98. 앱에 들어 있는 10,000장 "
        "부분집합에서는 훈련 이미지가 적어 조금 낮게 나옵니다(128-ReLU 프리셋 약 0.94).",
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
