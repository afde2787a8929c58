"""The iris lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "iris.intro": (
        "150 irises, 4 measurements each, 3 species. The network ends in a softmax over the species and trains on categorical cross-entropy, split as in the textbook (80 % train, 20 % test, random_state=13).",
        "붓꽃 150송이를 측정값 4개로 품종 3개 중 하나로 분류합니다. 신경망의 출력층은 품종별 확률을 내는 소프트맥스이고, 범주형 크로스 엔트로피 손실로 학습합니다. 데이터는 교재와 같이 나눴습니다(훈련 80 %, 테스트 20 %, random_state=13).",
    ),
    "iris.hint": (
        "Try this: keep only the two sepal features and watch test accuracy fall; petals carry most of the information.",
        "이렇게 해 보세요: 꽃받침 특성 두 개만 남기면 테스트 정확도가 떨어집니다. 품종을 가르는 정보는 대부분 꽃잎 특성에 있습니다.",
    ),
    "iris.features": ("Features", "특성"),
    "iris.standardize": ("Standardize features", "특성 표준화"),
    "iris.curves": ("Loss and accuracy", "손실과 정확도"),
    "iris.regions": ("Decision regions", "결정 영역"),
    "iris.regions_help": (
        "Over two features, the others held at their training mean; colour is the predicted species, paler where the model is unsure. Rings are test flowers.",
        "두 특성을 축으로 그리고, 나머지 특성은 훈련 세트의 평균값으로 고정했습니다. 색은 예측한 품종이며, 모델이 확신하지 못할수록 옅어집니다. 테두리만 있는 점은 테스트 세트의 꽃입니다.",
    ),
    "iris.x_axis": ("Horizontal", "가로축"),
    "iris.y_axis": ("Vertical", "세로축"),
    "iris.try": ("Try a flower", "꽃 한 송이 예측해 보기"),
    "iris.need_feature": ("Pick at least one feature.", "특성을 하나 이상 고르세요."),
    "iris.book": (
        "The book's 4-32-32-32-3 ReLU network (2,371 parameters) with Adam for 100 epochs reaches about **0.97** test accuracy.",
        "교재의 4-32-32-32-3 ReLU 신경망(파라미터 2,371개)을 Adam 옵티마이저로 100 에포크 학습하면 테스트 정확도가 약 **0.97**입니다.",
    ),
    "iris.diverged_raw": (
        "Training diverged at epoch {epoch}: the learning rate is too high for these inputs, so every step overshoots. Lower it (Adam works well at 0.001), or switch on “Standardize features” so that every measurement has the same scale.",
        "에포크 {epoch}에서 학습이 발산했습니다. 이 입력에 비해 학습률이 너무 커서 스텝마다 최솟값을 지나쳐 버립니다. 학습률을 낮추거나(Adam 옵티마이저는 0.001이면 잘 학습됩니다) ‘특성 표준화’를 켜서 모든 측정값의 크기를 맞추세요.",
    ),
    "iris.feat.sepal_length": ("sepal length (cm)", "꽃받침 길이 (cm)"),
    "iris.feat.sepal_width": ("sepal width (cm)", "꽃받침 너비 (cm)"),
    "iris.feat.petal_length": ("petal length (cm)", "꽃잎 길이 (cm)"),
    "iris.feat.petal_width": ("petal width (cm)", "꽃잎 너비 (cm)"),
}
