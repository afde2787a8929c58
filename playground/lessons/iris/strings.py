"""The iris lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "iris.intro": (
        "150 irises, 4 measurements each, 3 species. The network ends in a softmax over the species and trains on categorical cross-entropy, split as in the textbook (80 % train, 20 % test, random_state=13).",
        "붓꽃 150송이, 측정값 4개, 품종 3개. 신경망은 품종에 대한 소프트맥스로 끝나고 범주형 크로스엔트로피로 학습합니다. 교재와 같이 나눴습니다(훈련 80 %, 테스트 20 %, random_state=13).",
    ),
    "iris.hint": (
        "Try this: keep only the two sepal features and watch test accuracy fall; petals carry most of the information.",
        "이렇게 해 보세요: 꽃받침 특성 두 개만 남기면 테스트 정확도가 떨어집니다. 정보는 대부분 꽃잎에 있습니다.",
    ),
    "iris.features": ("Features", "특성"),
    "iris.standardize": ("Standardize features", "특성 표준화"),
    "iris.curves": ("Loss and accuracy", "손실과 정확도"),
    "iris.regions": ("Decision regions", "결정 영역"),
    "iris.regions_help": (
        "Over two features, the others held at their training mean; colour is the predicted species, paler where the model is unsure. Rings are test flowers.",
        "두 특성 위에서 나머지 특성은 훈련 평균으로 고정했습니다. 색은 예측 품종이고, 모델이 확신하지 못할수록 옅습니다. 테두리만 있는 점은 테스트 꽃입니다.",
    ),
    "iris.x_axis": ("Horizontal", "가로축"),
    "iris.y_axis": ("Vertical", "세로축"),
    "iris.try": ("Try a flower", "꽃 하나 넣어 보기"),
    "iris.need_feature": ("Pick at least one feature.", "특성을 하나 이상 고르세요."),
    "iris.book": (
        "The book's 4-32-32-32-3 ReLU network (2,371 parameters) with Adam for 100 epochs reaches about **0.97** test accuracy.",
        "교재의 4-32-32-32-3 ReLU 신경망(파라미터 2,371개)을 Adam으로 100 에포크 학습하면 테스트 정확도가 약 **0.97**입니다.",
    ),
    "iris.feat.sepal_length": ("sepal length (cm)", "꽃받침 길이 (cm)"),
    "iris.feat.sepal_width": ("sepal width (cm)", "꽃받침 너비 (cm)"),
    "iris.feat.petal_length": ("petal length (cm)", "꽃잎 길이 (cm)"),
    "iris.feat.petal_width": ("petal width (cm)", "꽃잎 너비 (cm)"),
}
