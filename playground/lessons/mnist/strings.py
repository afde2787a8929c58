"""The mnist lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "mnist.intro": (
        "28×28 grey images in ten classes. Dense networks see the pixels as one long vector; CNNs look at small patches. The data ships with the app (10,000 images per set); the full 70,000 load when the network allows.",
        "10개 클래스의 28×28 회색 이미지입니다. 밀집 신경망은 픽셀을 긴 벡터 하나로 보고, CNN은 작은 조각을 봅니다. 데이터는 앱에 들어 있고(세트당 10,000장), 네트워크가 되면 전체 70,000장을 불러옵니다.",
    ),
    "mnist.hint": (
        "Try this: run the logistic-regression baseline, then train the 128-ReLU preset for a few epochs. Then draw a digit below and see what it thinks.",
        "이렇게 해 보세요: 로지스틱 회귀 기준선을 돌린 뒤 128-ReLU 프리셋을 몇 에포크 학습하세요. 그다음 아래에 숫자를 그려서 모델이 뭐라고 하는지 보세요.",
    ),
    "mnist.dataset": ("Dataset", "데이터셋"),
    "mnist.ds.mnist": ("MNIST digits", "MNIST 손글씨 숫자"),
    "mnist.ds.fashion": ("Fashion-MNIST", "패션 MNIST"),
    "mnist.full": ("Full dataset (70,000 images)", "전체 데이터셋 (70,000장)"),
    "mnist.full_failed": (
        "The full dataset could not be downloaded ({reason}), so the shipped 10,000-image subset is used.",
        "전체 데이터셋을 내려받지 못해({reason}) 앱에 들어 있는 10,000장 부분집합을 씁니다.",
    ),
    "mnist.sizes": (
        "{train:,} training and {test:,} test images",
        "훈련 {train:,}장, 테스트 {test:,}장",
    ),
    "mnist.model": ("Model", "모델"),
    "mnist.preset.dense10": (
        "Dense(10, softmax): logistic regression",
        "Dense(10, softmax): 로지스틱 회귀",
    ),
    "mnist.preset.dense100_sigmoid": ("Dense(100, sigmoid)", "Dense(100, sigmoid)"),
    "mnist.preset.dense100_relu": ("Dense(100, ReLU)", "Dense(100, ReLU)"),
    "mnist.preset.dense128_dropout": (
        "Dense(128, ReLU) + Dropout(0.2)",
        "Dense(128, ReLU) + Dropout(0.2)",
    ),
    "mnist.preset.cnn": (
        "CNN: 2 × (Conv2D + MaxPool), Dense(64)",
        "CNN: 2 × (Conv2D + MaxPool), Dense(64)",
    ),
    "mnist.preset.custom": ("build my own", "직접 만들기"),
    "mnist.conv_blocks": (
        "Conv blocks (Conv2D 3×3 + MaxPool)",
        "합성곱 블록 (Conv2D 3×3 + MaxPool)",
    ),
    "mnist.filters": ("Filters in block {n}", "{n}번째 블록 필터 수"),
    "mnist.samples": ("Sample images", "이미지 예시"),
    "mnist.baseline": (
        "Baseline: logistic regression (scikit-learn)",
        "기준선: 로지스틱 회귀 (scikit-learn)",
    ),
    "mnist.baseline_run": (
        'Run SGDClassifier(loss="log_loss")',
        'SGDClassifier(loss="log_loss") 실행',
    ),
    "mnist.baseline_result": (
        "Logistic regression: test accuracy **{accuracy:.3f}** ({seconds:.1f} s).",
        "로지스틱 회귀: 테스트 정확도 **{accuracy:.3f}** ({seconds:.1f}초).",
    ),
    "mnist.progress": (
        "Epoch {epoch} · batch {batch:,} of {batches:,}",
        "에포크 {epoch} · 배치 {batch:,} / {batches:,}",
    ),
    "mnist.curves": ("Loss per batch and accuracy per epoch", "배치별 손실과 에포크별 정확도"),
    "mnist.batch_loss": ("batch loss", "배치 손실"),
    "mnist.smoothed": ("smoothed", "평활"),
    "mnist.train_acc": ("train accuracy", "훈련 정확도"),
    "mnist.test_acc": ("test accuracy", "테스트 정확도"),
    "mnist.mistakes": ("Misclassified test images", "잘못 분류한 테스트 이미지"),
    "mnist.no_mistakes": ("No mistakes on the test set.", "테스트 세트에서 틀린 것이 없습니다."),
    "mnist.inside": ("Look inside", "안을 들여다보기"),
    "mnist.weights_help": (
        "Weights of the first dense layer's units as 28×28 images: red pixels push the unit up, blue pixels push it down.",
        "첫 번째 밀집층 유닛들의 가중치를 28×28 이미지로 그렸습니다. 빨강 픽셀은 유닛을 올리고 파랑 픽셀은 내립니다.",
    ),
    "mnist.filters_help": (
        "The first conv layer's learned 3×3 filters, and the feature maps they produce for the chosen test image.",
        "첫 번째 합성곱층이 배운 3×3 필터와, 고른 테스트 이미지에 대해 그 필터들이 만든 특성 맵입니다.",
    ),
    "mnist.image_index": ("Test image", "테스트 이미지"),
    "mnist.first_unit": ("Show units from", "보여 줄 첫 유닛"),
    "mnist.book_score": ("Textbook (full set, 5 epochs)", "교재 (전체 세트, 5 에포크)"),
    "mnist.book_subset": (
        "You are training on the shipped 8,000-image subset, so expect a little less than the book, which trained on 60,000 images.",
        "앱에 들어 있는 8,000장 부분집합으로 학습하므로 60,000장으로 학습한 교재보다 조금 낮게 나옵니다.",
    ),
    "mnist.book_full": (
        "Full set, as in the book: your number should land close to it.",
        "교재와 같은 전체 세트입니다. 비슷한 값이 나와야 합니다.",
    ),
    "mnist.draw": ("Draw a digit", "숫자 그리기"),
    "mnist.draw_help": (
        "Draw with the mouse or a finger. The drawing is cropped, scaled into a 20×20 box and centred by mass in 28×28, the way MNIST was made.",
        "마우스나 손가락으로 그리세요. 그림을 잘라 20×20 상자에 맞추고 무게중심으로 28×28 가운데에 놓습니다. MNIST를 만든 방식 그대로입니다.",
    ),
    "mnist.draw_empty": (
        "Draw something on the pad to see the model's answer.",
        "패드에 무언가 그리면 모델의 답이 보입니다.",
    ),
    "mnist.draw_untrained": (
        "Train a model first (even one epoch): then its answer for your drawing appears here.",
        "먼저 모델을 학습하세요(한 에포크라도). 그러면 그림에 대한 답이 여기에 나옵니다.",
    ),
    "mnist.draw_fashion": (
        "The model was trained on clothes, so it will answer with a garment.",
        "이 모델은 옷으로 학습했기 때문에 옷 이름으로 답합니다.",
    ),
    "mnist.clear": ("Clear", "지우기"),
    "mnist.as_model_sees": ("As the model sees it", "모델이 보는 모습"),
    "mnist.book": (
        "Book figures on the full sets: Fashion-MNIST logistic regression ≈ 0.82, Dense(10, softmax) 5 epochs ≈ 0.85; MNIST 128 ReLU + dropout 0.2, 5 epochs ≈ 0.98. On the shipped 10,000-image subsets expect a little less (fewer training images): about 0.94 for the 128-ReLU preset.",
        "전체 세트 기준 교재 수치: 패션 MNIST 로지스틱 회귀 ≈ 0.82, Dense(10, softmax) 5 에포크 ≈ 0.85, MNIST 128 ReLU + 드롭아웃 0.2, 5 에포크 ≈ 0.98. 앱에 들어 있는 10,000장 부분집합에서는 훈련 이미지가 적어 조금 낮게 나옵니다(128-ReLU 프리셋 약 0.94).",
    ),
}
