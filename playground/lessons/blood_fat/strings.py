"""The blood_fat lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "blood_fat.intro": (
        "Blood fat of 25 people from their weight and age. A Dense(1) model is a plane over (weight, age); watch it tilt and rise into place while the loss landscape shows the road the optimizer takes.",
        "25명의 몸무게와 나이로 혈중 지방을 예측합니다. Dense(1) 모델은 (몸무게, 나이) 위의 평면입니다. 평면이 기울며 자리를 찾는 모습과, 손실 지형 위에서 옵티마이저가 가는 길을 지켜보세요.",
    ),
    "blood_fat.hint": (
        "Try this: train the textbook setup (raw inputs), then switch on “Standardize features” and train again with learning rate 0.01. Same model, same optimizer: one crawls for thousands of epochs, the other lands in a few hundred.",
        "이렇게 해 보세요: 교재 설정(원래 단위 입력)으로 학습한 뒤 ‘특성 표준화’를 켜고 학습률 0.01로 다시 학습하세요. 같은 모델, 같은 옵티마이저인데 하나는 수천 에포크 동안 느릿느릿 나아가고, 다른 하나는 몇백 에포크 만에 최적점에 도착합니다.",
    ),
    "blood_fat.plane": ("Data and the model's surface", "데이터와 모델의 예측 곡면"),
    "blood_fat.plane_help": (
        "Drag to rotate, scroll to zoom: the view stays where you put it while training.",
        "드래그하면 회전, 스크롤하면 확대됩니다. 학습하는 동안에도 시점이 유지됩니다.",
    ),
    "blood_fat.weight": ("weight (kg)", "몸무게 (kg)"),
    "blood_fat.age": ("age (years)", "나이 (세)"),
    "blood_fat.blood_fat": ("blood fat", "혈중 지방"),
    "blood_fat.equation": ("Learned equation (original units)", "학습한 식 (원래 단위)"),
    "blood_fat.equation_ls": ("Least squares", "최소제곱"),
    "blood_fat.landscape": ("Loss landscape", "손실 지형"),
    "blood_fat.landscape_help": (
        "Mean squared error for every (w₁, w₂) in the units the model sees, and the path its optimizer took, one point per epoch.",
        "모델이 보는 단위에서 모든 (w₁, w₂)에 대한 평균 제곱 오차와, 옵티마이저가 지나간 경로(에포크마다 점 하나)입니다.",
    ),
    "blood_fat.bias_mode": ("Bias b on the landscape", "지형을 그릴 때의 편향 b"),
    "blood_fat.bias_best": ("best b for each point", "점마다 최적의 b"),
    "blood_fat.bias_now": ("fixed at the model's b", "모델의 현재 b로 고정"),
    "blood_fat.query": ("Try a person", "한 사람의 혈중 지방 예측하기"),
    "blood_fat.query_result": (
        "Your model: **{model}** · least squares: **{ls}**",
        "내 모델: **{model}** · 최소제곱: **{ls}**",
    ),
    "blood_fat.book_answer": (
        "For 100 kg and 44 years the textbook's model said **398**; least squares says **{ls}**.",
        "몸무게 100 kg, 나이 44세일 때 교재 모델의 예측은 **398**, 최소제곱 해의 예측은 **{ls}**입니다.",
    ),
    "blood_fat.diverged_raw": (
        "Training diverged at epoch {epoch}. The inputs are raw kilograms and years (tens up to a hundred), so the gradient for the weights is far larger than for the bias, and at this learning rate every step overshoots the minimum. Switch on “Standardize features” (then a learning rate of 0.01 works), or lower the learning rate.",
        "에포크 {epoch}에서 학습이 발산했습니다. 입력이 원래 단위의 몸무게와 나이(수십에서 100 정도)라서 가중치의 기울기가 편향의 기울기보다 훨씬 크고, 이 학습률에서는 스텝마다 최솟값을 지나쳐 버립니다. ‘특성 표준화’를 켜거나(그러면 학습률 0.01로 충분합니다) 학습률을 낮추세요.",
    ),
    "blood_fat.why": ("Why did the textbook get 398?", "교재의 예측은 왜 398일까?"),
    "blood_fat.why_text": (
        "The textbook fed raw kilograms and years to Dense(1) and trained 5,000 epochs of RMSprop at its default learning rate 0.001. RMSprop moves each weight by about the learning rate per step whatever the gradient's size, so in 5,000 steps the bias b can travel only about 5, while the best plane needs b ≈ 78. With b stuck low, the weights tilt the plane to make up for it, and the prediction lands too high. The loss landscape shows it: the optimum lies far along a long, narrow valley. Train longer (about 100,000 epochs), raise the learning rate, or standardize the inputs, and the model reaches the least-squares answer.",
        "교재는 몸무게(kg)와 나이(세)를 그대로 Dense(1)에 넣고, RMSprop 옵티마이저의 기본 학습률 0.001로 5,000 에포크를 학습했습니다. RMSprop 옵티마이저는 기울기의 크기와 상관없이 한 스텝에 각 가중치를 대략 학습률만큼 움직이므로, 5,000 스텝으로는 편향 b가 5 정도밖에 움직이지 못합니다. 그런데 최적의 평면은 b가 약 78입니다. b가 작은 값에 묶여 있으니 가중치가 평면을 기울여 이를 메우고, 그래서 예측이 너무 높게 나옵니다. 손실 지형에서 보이듯 최적점은 길고 좁은 골짜기 저 끝에 있습니다. 더 오래(약 100,000 에포크) 학습하거나, 학습률을 올리거나, 입력을 표준화하면 최소제곱 답에 도달합니다.",
    ),
}
