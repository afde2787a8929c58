"""The temperature lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "temperature.intro": (
        "Monthly mean temperatures, modelled as y = w₀ + w₁·x + … + wₙ·xⁿ with the features xᵏ (x = month), no bias, and the sum of squared errors as the loss.",
        "월평균 기온을 y = w₀ + w₁·x + … + wₙ·xⁿ 으로 모델링합니다. 특성은 xᵏ(x = 월), 편향은 없고, 손실은 오차 제곱합입니다.",
    ),
    "temperature.hint": (
        "Try this: train the textbook setup and compare the curve with the grey least-squares ghost. Then switch on feature scaling and set the learning rate to 0.1: Adam now reaches the ghost, because month⁴ no longer towers over month⁰.",
        "이렇게 해 보세요: 교재 설정으로 학습한 뒤 곡선을 회색 최소제곱 곡선과 비교하세요. 그다음 특성 스케일링을 켜고 학습률을 0.1로 두면, 월⁴ 항이 더 이상 월⁰ 항보다 엄청나게 크지 않아서 Adam이 최적 곡선에 도달합니다.",
    ),
    "temperature.degree": ("Polynomial degree", "다항식 차수"),
    "temperature.term": ("month{power}", "월{power}"),
    "temperature.scale": ("Scale features (month / 12)", "특성 스케일링 (월 / 12)"),
    "temperature.scale_help": (
        "Off: features month⁰ … monthⁿ as in the book (month⁴ reaches 20,736). On: the model sees (month / 12)ᵏ, all between 0 and 1; weights are shown per monthᵏ either way.",
        "끄면 교재처럼 월⁰ … 월ⁿ (월⁴ 항은 20,736까지 커짐). 켜면 (월 / 12)ᵏ 항을 넣어 모두 0과 1 사이가 됩니다. 가중치는 어느 쪽이든 월ᵏ 기준으로 보여 줍니다.",
    ),
    "temperature.curve": ("Temperatures and the fitted curve", "기온과 학습한 곡선"),
    "temperature.beyond": ("beyond the data", "데이터 바깥"),
    "temperature.month": ("month", "월"),
    "temperature.temperature": ("temperature (°C)", "기온 (°C)"),
    "temperature.sse_now": ("SSE now", "현재 오차 제곱합"),
    "temperature.sse_optimum": ("SSE of least squares", "최소제곱 오차 제곱합"),
    "temperature.weights": ("Weights", "가중치"),
    "temperature.term": ("term", "항"),
    "temperature.predict_month": ("Month to predict", "예측할 월"),
    "temperature.prediction": (
        "Month {month:g}: your model **{model:.2f} °C** · least squares **{ls:.2f} °C**",
        "{month:g}월: 내 모델 **{model:.2f} °C** · 최소제곱 **{ls:.2f} °C**",
    ),
    "temperature.book": (
        "The book's setup: degree 4 on raw month powers, no bias, sum of squared errors, Adam for 100,000 steps. Its figure shows the quartic rising through spring to the August peak and falling again. Raw powers make Adam's per-weight steps far too coarse for w₄ and too fine for w₀, so even 100,000 steps stop short of the least-squares curve; the gap is what scaling fixes.",
        "교재 설정: 원래 월의 거듭제곱으로 4차, 편향 없음, 오차 제곱합, Adam 100,000 스텝. 교재 그림은 봄을 지나 8월에 정점을 찍고 다시 내려오는 4차 곡선입니다. 원래 단위의 거듭제곱에서는 Adam의 가중치별 보폭이 w₄에는 너무 크고 w₀에는 너무 작아서 100,000 스텝으로도 최소제곱 곡선에 못 미칩니다. 그 차이를 스케일링이 메웁니다.",
    ),
}
