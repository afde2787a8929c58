"""The temperature lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "temperature.intro": (
        "Monthly mean temperatures, modelled as y = w₀ + w₁·x + … + wₙ·xⁿ with the features xᵏ (x = month), no bias, and the sum of squared errors as the loss.",
        "월평균 기온을 다항식 모델 y = w₀ + w₁·x + … + wₙ·xⁿ(x = 월)에 맞춥니다. 특성은 xᵏ이고 편향은 없으며, 손실 함수는 오차 제곱합입니다.",
    ),
    "temperature.hint": (
        "Try this: train the textbook setup and compare the curve with the grey least-squares ghost. Then switch on feature scaling and set the learning rate to 0.1: Adam now reaches the ghost, because month⁴ no longer towers over month⁰.",
        "이렇게 해 보세요: 교재 설정으로 학습한 뒤 곡선을 회색 최소제곱 곡선과 비교하세요. 그다음 특성 스케일링을 켜고 학습률을 0.1로 두면, 월⁴ 항이 월⁰ 항보다 압도적으로 크지 않게 되어 Adam 옵티마이저가 최소제곱 곡선에 도달합니다.",
    ),
    "temperature.degree": ("Polynomial degree", "다항식 차수"),
    "temperature.scale": ("Scale features (month / 12)", "특성 스케일링 (월 / 12)"),
    "temperature.scale_help": (
        "Off: features month⁰ … monthⁿ as in the book (month⁴ reaches 20,736). On: the model sees (month / 12)ᵏ, all between 0 and 1; weights are shown per monthᵏ either way.",
        "끄면 교재처럼 월⁰ … 월ⁿ 항을 그대로 씁니다(월⁴ 항은 20,736까지 커집니다). 켜면 (월 / 12)ᵏ 항을 넣으므로 모든 항이 0과 1 사이에 있습니다. 가중치는 어느 쪽이든 월ᵏ의 계수로 보여 줍니다.",
    ),
    "temperature.curve": ("Temperatures and the fitted curve", "기온과 학습한 곡선"),
    "temperature.beyond": ("beyond the data", "데이터 범위 밖"),
    "temperature.month": ("month", "월"),
    "temperature.temperature": ("temperature (°C)", "기온 (°C)"),
    "temperature.sse_now": ("SSE now", "현재 오차 제곱합"),
    "temperature.sse_optimum": ("SSE of least squares", "최소제곱 해의 오차 제곱합"),
    "temperature.weights": ("Weights", "가중치"),
    "temperature.term": ("term", "항"),
    "temperature.predict_month": ("Month to predict", "예측할 월"),
    "temperature.prediction": (
        "Month {month}: your model **{model} °C** · least squares **{ls} °C**",
        "{month}월: 내 모델 **{model} °C** · 최소제곱 **{ls} °C**",
    ),
    "temperature.diverged_raw": (
        "Training diverged at epoch {epoch}, and here the inputs are the cause, not just the learning rate: on raw month powers, month{power} reaches {biggest} while month⁰ stays 1. A rate small enough for the largest power is far too small for the others, so with SGD every rate on the slider either blows up or barely moves. Switch on “Scale features (month / 12)”: every power then lies between 0 and 1, and a rate such as 0.1 works.",
        "에포크 {epoch}에서 학습이 발산했습니다. 이번에는 학습률보다 입력의 크기가 원인입니다. 스케일링하지 않은 월의 거듭제곱에서는 월{power} 항이 {biggest}까지 커지는데 월⁰ 항은 1이라서, 가장 큰 항에 맞출 만큼 작은 학습률은 나머지 항에는 너무 작습니다. 그래서 SGD 옵티마이저로는 어떤 학습률을 골라도 발산하거나 거의 움직이지 않습니다. ‘특성 스케일링 (월 / 12)’ 옵션을 켜면 모든 항이 0과 1 사이에 놓이고, 0.1 같은 학습률로도 잘 학습됩니다.",
    ),
    "temperature.book": (
        "The book's setup: degree 4 on raw month powers, no bias, sum of squared errors, Adam for 100,000 steps. Its figure shows the quartic rising through spring to the August peak and falling again. Raw powers make Adam's per-weight steps far too coarse for w₄ and too fine for w₀, so even 100,000 steps stop short of the least-squares curve; the gap is what scaling fixes.",
        "교재 설정: 스케일링하지 않은 월의 거듭제곱으로 만든 4차 다항식, 편향 없음, 오차 제곱합, Adam 옵티마이저로 100,000 스텝. 교재 그림은 봄을 지나 8월에 정점을 찍고 다시 내려오는 4차 곡선입니다. 스케일링하지 않은 거듭제곱에서는 Adam의 가중치별 보폭이 w₄에는 너무 크고 w₀에는 너무 작아서, 100,000 스텝을 학습해도 최소제곱 곡선에 미치지 못합니다. 이 차이를 특성 스케일링이 메웁니다.",
    ),
}
