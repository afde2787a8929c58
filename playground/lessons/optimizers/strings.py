"""The optimizers lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "optimizers.intro": (
        "Real Keras optimizers move a point downhill on a 2D loss surface. Each step is `optimizer.apply_gradients` with a gradient from `tf.GradientTape`.",
        "실제 Keras 옵티마이저가 2차원 손실 곡면에서 점을 내리막으로 옮깁니다. 한 스텝은 `tf.GradientTape`로 구한 기울기를 옵티마이저의 `apply_gradients`에 한 번 넘기는 것입니다.",
    ),
    "optimizers.hint": (
        "Try this: on the banana (Rosenbrock), give SGD a learning rate of 0.003 and watch it blow up; 0.0003 crawls; momentum and Adam find the valley floor.",
        "이렇게 해 보세요: 바나나(로젠브록)에서 SGD 옵티마이저의 학습률을 0.003으로 두면 발산하고, 0.0003이면 아주 느리게 움직입니다. 모멘텀과 Adam 옵티마이저는 골짜기 바닥을 찾아갑니다.",
    ),
    "optimizers.surface": ("Loss surface", "손실 곡면"),
    "optimizers.surface.bowl": ("elongated bowl", "길쭉한 그릇 모양"),
    "optimizers.surface.rosenbrock": ("Rosenbrock (banana)", "로젠브록 (바나나)"),
    "optimizers.surface.beale": ("Beale", "빌 함수"),
    "optimizers.surface.saddle": ("saddle", "안장점"),
    "optimizers.surface.himmelblau": ("Himmelblau (four minima)", "히멜블라우 (최소점 4개)"),
    "optimizers.start_x": ("Start x", "출발점 x"),
    "optimizers.start_y": ("Start y", "출발점 y"),
    "optimizers.steps": ("Steps", "스텝 수"),
    "optimizers.replay_seconds": ("Replay time", "재생 시간"),
    "optimizers.replay_seconds.help": (
        "How long the page takes to show the whole race. Slow it down to talk through each "
        "optimizer's path as it is drawn; the paths themselves stay the same.",
        "경주 전체를 화면에 보여 주는 데 걸리는 시간입니다. 느리게 하면 경로가 그려지는 동안 "
        "옵티마이저마다 어떻게 움직이는지 설명하기 좋습니다. 경로 자체는 달라지지 않습니다.",
    ),
    "optimizers.seconds": ("{n} s", "{n}초"),
    "optimizers.racers": ("Optimizers", "옵티마이저"),
    "optimizers.rate_for": ("Learning rate: {name}", "학습률: {name}"),
    "optimizers.momentum_for": ("Momentum: {name}", "모멘텀: {name}"),
    "optimizers.beta1_for": ("β₁ (momentum): {name}", "β₁ (모멘텀): {name}"),
    "optimizers.view3d": ("3D view", "3D로 보기"),
    "optimizers.step_button": ("Step (+1)", "한 스텝"),
    "optimizers.progress": ("**Step {shown:,}** of {steps:,}", "**스텝 {shown:,}** / {steps:,}"),
    "optimizers.start": ("start", "출발점"),
    "optimizers.minimum": ("minimum", "최소점"),
    "optimizers.loss_steps": ("Loss per step", "스텝별 손실"),
    "optimizers.step_axis": ("step", "스텝"),
    "optimizers.diverged": (
        "{name} diverged at step {step}: its learning rate {rate} is too large for this surface, so each step overshoots further. Lower it.",
        "{name} 옵티마이저는 스텝 {step}에서 발산했습니다. 이 곡면에서는 학습률({rate})이 너무 커서 스텝마다 더 멀리 튕겨 나갑니다. 학습률을 낮춰 보세요.",
    ),
    "optimizers.crawling": (
        "{name} has moved only {moved} in {steps} steps: learning rate {rate} is too small to get anywhere soon.",
        "{name} 옵티마이저는 {steps} 스텝 동안 {moved}만큼밖에 움직이지 못했습니다. 학습률({rate})이 너무 작습니다.",
    ),
    "optimizers.pick": (
        "Pick at least one optimizer to race.",
        "경주에 참가할 옵티마이저를 하나 이상 고르세요.",
    ),
    "optimizers.batch_title": (
        "Batch, mini-batch and stochastic gradient descent",
        "배치, 미니배치, 확률적 경사 하강법",
    ),
    "optimizers.batch_help": (
        "Blood fat from age (both standardized), fitted as y = w·x + b with plain SGD. Full batch takes one smooth step per epoch; mini-batches of 5 take five noisier ones; single samples take 25 jittery steps. Every path point is one update.",
        "나이로 혈중 지방을 예측합니다(둘 다 표준화). y = w·x + b를 기본 SGD 옵티마이저로 학습합니다. 전체 배치는 에포크마다 매끄러운 한 스텝, 크기 5인 미니배치는 조금 흔들리는 다섯 스텝, 샘플을 하나씩 쓰면 들쭉날쭉한 스텝을 25번 밟습니다. 경로의 점 하나가 업데이트 한 번입니다.",
    ),
    "optimizers.batch_epochs": ("Epochs", "에포크 수"),
    "optimizers.batch_rate": ("Learning rate (SGD)", "학습률 (SGD)"),
    "optimizers.batch_name": ("batch {size}", "배치 크기 {size}"),
    "optimizers.batch_full": ("full batch ({size})", "전체 배치 ({size})"),
    "optimizers.batch_sgd": ("stochastic (1)", "확률적 (배치 크기 1)"),
    "optimizers.loss_epochs": ("Loss on all data after each epoch", "에포크마다 전체 데이터 손실"),
    "optimizers.updates": ("updates per epoch", "에포크당 업데이트 횟수"),
    "optimizers.final_loss": ("final loss", "최종 손실"),
}
