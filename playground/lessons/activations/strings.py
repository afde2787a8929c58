"""The activations lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "activations.intro": (
        "Each curve is computed by Keras' own activation function and each derivative by TensorFlow's automatic differentiation: exactly what a model computes.",
        "각 곡선은 Keras의 활성화 함수가, 각 도함수는 TensorFlow 자동 미분이 계산합니다. 모델이 실제로 계산하는 값 그대로입니다.",
    ),
    "activations.hint": (
        "Try this: compare sigmoid and ReLU derivatives. Sigmoid's is never above 0.25, so ten layers multiply it down to almost nothing; then see it measured below.",
        "이렇게 해 보세요: 시그모이드와 ReLU의 도함수를 비교하세요. 시그모이드 도함수의 최댓값은 0.25라서, 층 10개를 지나며 곱해지면 거의 사라집니다. 아래에서 실제로 측정해 보세요.",
    ),
    "activations.functions": ("Functions", "함수"),
    "activations.range": ("x range", "x 범위"),
    "activations.alpha": ("Leaky ReLU slope α", "리키 ReLU 기울기 α"),
    "activations.derivative": ("Show derivatives (dotted)", "도함수 보기 (점선)"),
    "activations.value": ("value", "값"),
    "activations.output_range": ("Output range", "출력 범위"),
    "activations.pick": ("Pick at least one function to draw.", "그릴 함수를 하나 이상 고르세요."),
    "activations.softmax": ("Softmax: logits to probabilities", "소프트맥스: 로짓을 확률로"),
    "activations.softmax_help": (
        "Softmax turns any scores into probabilities that add up to 1; adding the same number to every logit changes nothing.",
        "소프트맥스는 어떤 점수든 합이 1인 확률로 바꿉니다. 모든 로짓에 같은 수를 더해도 결과는 같습니다.",
    ),
    "activations.logits": ("Number of logits", "로짓 개수"),
    "activations.probability": ("probability", "확률"),
    "activations.vanishing": ("Vanishing gradients, measured", "기울기 소실을 직접 측정하기"),
    "activations.vanishing_help": (
        "A real stack of Dense layers: a batch of 256 random inputs goes forward, a mean-squared loss comes back, and each bar is the size of that layer's weight gradient (layer 1 is next to the input).",
        "실제 Dense 층을 쌓았습니다. 무작위 입력 256개를 순전파한 뒤 평균 제곱 오차 손실을 역전파하고, 각 층 가중치의 기울기 크기를 막대로 그립니다(1층이 입력 쪽).",
    ),
    "activations.depth": ("Depth (layers)", "깊이 (층 수)"),
    "activations.width": ("Width (units per layer)", "너비 (층당 유닛 수)"),
    "activations.initializer": ("Initializer", "가중치 초기화 방법"),
    "activations.bias": ("Initial bias", "초기 편향"),
    "activations.new_batch": ("🎲 New weights and batch", "🎲 새 가중치와 새 입력 배치"),
    "activations.gradient": ("gradient norm", "기울기 크기"),
    "activations.dead": ("dead units (%)", "죽은 유닛 (%)"),
    "activations.layer": ("layer", "층"),
    "activations.ratio": (
        "Gradient at layer 1 is **{ratio}×** the gradient at layer {depth}.",
        "1층의 기울기는 {depth}층 기울기의 **{ratio}배**입니다.",
    ),
    "activations.dead_summary": (
        "Dead units (output 0 for every input in the batch): **{share:.0%}** over all layers.",
        "죽은 유닛(배치의 모든 입력에 대해 출력이 0인 유닛): 전체 층의 **{share:.0%}**.",
    ),
    "activations.note.step": (
        "The perceptron's original activation. Its derivative is 0 everywhere (undefined at 0), so gradient descent cannot train through it.",
        "퍼셉트론이 처음 쓰던 활성화 함수입니다. 도함수가 모든 곳에서 0이라(x = 0에서는 정의되지 않음) 경사 하강법으로 학습할 수 없습니다.",
    ),
    "activations.note.sigmoid": (
        "Binary outputs and classic hidden layers. Saturates at both ends, and its derivative is at most 0.25: deep sigmoid stacks suffer vanishing gradients.",
        "이진 분류의 출력층과 예전 신경망의 은닉층에 씁니다. 양 끝에서 포화되고 도함수의 최댓값이 0.25라서, 깊게 쌓으면 기울기 소실이 일어납니다.",
    ),
    "activations.note.tanh": (
        "Zero-centred sigmoid, common in RNNs. Still saturates for large |x|.",
        "출력이 0을 중심으로 하는 시그모이드 모양의 함수로, 순환 신경망(RNN)에서 많이 씁니다. |x|가 크면 여전히 포화됩니다.",
    ),
    "activations.note.relu": (
        "The default for hidden layers: cheap, no saturation for x > 0. Units stuck at x < 0 get no gradient and can die.",
        "은닉층에서 가장 널리 쓰는 활성화 함수입니다. 계산이 간단하고 x > 0에서 포화되지 않습니다. 입력이 늘 x < 0 쪽에 있는 유닛은 기울기를 받지 못해 죽은 유닛이 될 수 있습니다(죽은 ReLU 문제).",
    ),
    "activations.note.leaky_relu": (
        "ReLU with a small slope α for x < 0, so no unit is ever completely dead.",
        "x < 0에서도 작은 기울기 α를 주는 ReLU라서 유닛이 완전히 죽지 않습니다.",
    ),
    "activations.note.elu": (
        "Smooth for x < 0 with outputs down to −1, pushing mean activations toward 0.",
        "x < 0에서 −1까지 부드럽게 내려가 평균 출력을 0 쪽으로 당깁니다.",
    ),
    "activations.note.selu": (
        "Scaled ELU that keeps activations normalised in deep dense nets (with lecun_normal initialisation).",
        "스케일을 조정한 ELU입니다. lecun_normal 초기화와 함께 쓰면 깊은 완전 연결 신경망에서도 출력이 정규화된 상태로 유지됩니다.",
    ),
    "activations.note.softplus": (
        "A smooth ReLU; its derivative is exactly the sigmoid.",
        "ReLU를 매끄럽게 만든 함수이며, 도함수가 바로 시그모이드 함수입니다.",
    ),
    "activations.note.gelu": (
        "Used in Transformers (BERT, GPT): weights x by the chance a standard normal is below it.",
        "트랜스포머(BERT, GPT)에서 씁니다. x에, 표준정규분포를 따르는 값이 x보다 작을 확률을 곱합니다.",
    ),
    "activations.note.swish": (
        "x·sigmoid(x), found by automated search; smooth and slightly non-monotonic.",
        "x·sigmoid(x)입니다. 자동화된 탐색으로 찾은 함수로, 매끄럽고 약간 비단조적입니다.",
    ),
    "activations.note.linear": (
        "No activation: stacked linear layers collapse into one linear map. Used for regression outputs.",
        "활성화 함수를 쓰지 않는 것과 같습니다. 선형 층을 여러 개 쌓아도 선형 변환 하나와 같아집니다. 회귀 모델의 출력층에 씁니다.",
    ),
}
