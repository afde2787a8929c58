"""The mnist lesson's strings: key: (English, 한국어)."""

TEXTS: dict[str, tuple[str, str]] = {
    "mnist.pair.activation": ("⚖️ sigmoid vs ReLU", "⚖️ 시그모이드와 ReLU 비교"),
    "mnist.pair.activation.help": (
        "The same net, Flatten → Dense(128) → softmax, on the shipped images with your training settings; only the hidden layer's activation differs. ReLU usually learns faster: sigmoid's slope is at most 0.25 and almost 0 for large inputs.",
        "같은 신경망(Flatten → Dense(128) → 소프트맥스)을 앱에 들어 있는 이미지와 지금의 학습 설정으로 학습하고, 은닉층의 활성화 함수만 바꿉니다. 보통 ReLU가 더 빨리 배웁니다. 시그모이드의 기울기는 최대 0.25이고, 입력이 크면 거의 0이 되기 때문입니다.",
    ),
    "mnist.pair.optimizer": (
        "⚖️ optimizers: SGD, RMSprop, Adam",
        "⚖️ 옵티마이저 비교: SGD, RMSprop, Adam",
    ),
    "mnist.pair.optimizer.help": (
        "The same net, Flatten → Dense(128, relu) → softmax, at one learning rate, 0.001 (Keras' default for RMSprop and Adam); only the optimizer differs. RMSprop and Adam adapt each weight's step and get far in a few epochs; plain SGD at this rate crawls.",
        "같은 신경망(Flatten → Dense(128, relu) → 소프트맥스)을 같은 학습률 0.001(케라스에서 RMSprop과 Adam의 기본값)로 학습하고, 옵티마이저만 바꿉니다. RMSprop과 Adam은 가중치마다 보폭을 스스로 조절해서 몇 에포크 만에 많이 나아가지만, 같은 학습률의 SGD는 아주 느리게 나아갑니다.",
    ),
    "mnist.intro": (
        "28×28 grey images in ten classes. Dense networks see the pixels as one long vector; CNNs look at small patches. The data ships with the app (10,000 images per set); the full 70,000 load when the network allows.",
        "클래스 10개로 나뉜 28×28 흑백 이미지입니다. 완전 연결 신경망(Dense)은 픽셀을 하나의 긴 벡터로 보고, 합성곱 신경망(CNN)은 작은 영역을 하나씩 살펴봅니다. 데이터는 앱에 들어 있고(세트마다 10,000장), 인터넷에 연결되어 있으면 전체 70,000장을 내려받을 수 있습니다.",
    ),
    "mnist.hint": (
        "Try this: run the logistic-regression baseline, then train the 128-ReLU preset for a few epochs. Then draw a digit below and see what it thinks.",
        "이렇게 해 보세요: 로지스틱 회귀 기준 모델을 실행한 뒤 128-ReLU 프리셋으로 몇 에포크 학습하세요. 그다음 아래에 숫자를 그려 모델이 어떻게 예측하는지 확인하세요.",
    ),
    "mnist.dataset": ("Dataset", "데이터셋"),
    "mnist.ds.mnist": ("MNIST digits", "MNIST 손글씨 숫자"),
    "mnist.ds.fashion": ("Fashion-MNIST", "패션 MNIST"),
    "mnist.full": ("Full dataset (70,000 images)", "전체 데이터셋 (70,000장)"),
    "mnist.full_failed": (
        "The full dataset could not be downloaded, so the shipped 10,000-image subset is used.",
        "전체 데이터셋을 내려받지 못해서 앱에 들어 있는 10,000장짜리 부분 데이터셋을 사용합니다.",
    ),
    "mnist.full_failed_details": ("What went wrong", "오류 내용 보기"),
    "mnist.sizes": (
        "{train:,} training and {test:,} test images",
        "훈련 이미지 {train:,}장, 테스트 이미지 {test:,}장",
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
    "mnist.samples": ("Sample images", "샘플 이미지"),
    "mnist.baseline": (
        "Baseline: logistic regression (scikit-learn)",
        "기준 모델: 로지스틱 회귀 (scikit-learn)",
    ),
    "mnist.baseline_run": (
        'Run SGDClassifier(loss="log_loss")',
        "로지스틱 회귀 실행 (scikit-learn SGDClassifier)",
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
    "mnist.smoothed": ("smoothed", "이동 평균"),
    "mnist.train_acc": ("train accuracy", "훈련 정확도"),
    "mnist.test_acc": ("test accuracy", "테스트 정확도"),
    "mnist.mistakes": ("Misclassified test images", "잘못 분류한 테스트 이미지"),
    "mnist.no_mistakes": (
        "No mistakes on the test set.",
        "테스트 세트에서 틀린 이미지가 없습니다.",
    ),
    "mnist.inside": ("Look inside", "모델 내부 들여다보기"),
    "mnist.weights_help": (
        "Weights of the first dense layer's units as 28×28 images: blue pixels (positive weights) push the unit up, orange pixels (negative weights) push it down.",
        "첫 번째 완전 연결층(Dense) 유닛들의 가중치를 28×28 이미지로 그렸습니다. 파란 픽셀(양의 가중치)은 유닛의 출력을 높이고, 주황 픽셀(음의 가중치)은 낮춥니다.",
    ),
    "mnist.filters_help": (
        "The first conv layer's learned 3×3 filters (blue positive, orange negative weights), and the feature maps they produce for the chosen test image.",
        "첫 번째 합성곱층이 학습한 3×3 필터(파랑은 양의 가중치, 주황은 음의 가중치)와, 선택한 테스트 이미지에 이 필터들이 만든 특성 맵입니다.",
    ),
    "mnist.image_index": ("Test image", "테스트 이미지"),
    "mnist.first_unit": ("Show units from", "보여 줄 첫 유닛"),
    "mnist.book_score": ("Textbook (full set, 5 epochs)", "교재 (전체 세트, 5 에포크)"),
    "mnist.book_subset": (
        "You are training on the shipped 8,000-image subset, so expect a little less than the book, which trained on 60,000 images.",
        "앱에 들어 있는 부분 데이터셋(훈련 이미지 8,000장)으로 학습하므로, 60,000장으로 학습한 교재보다 정확도가 조금 낮게 나옵니다.",
    ),
    "mnist.book_full": (
        "Full set, as in the book: your number should land close to it.",
        "교재와 같은 전체 데이터셋입니다. 교재와 비슷한 정확도가 나와야 합니다.",
    ),
    "mnist.draw": ("Draw a digit", "숫자 그리기"),
    "mnist.draw_help": (
        "Draw with the mouse or a finger. The drawing is cropped, scaled into a 20×20 box and centred by mass in 28×28, the way MNIST was made.",
        "마우스나 손가락으로 그리세요. 그림에서 글씨 부분만 잘라 20×20 상자에 맞추고, 무게중심이 28×28 이미지의 가운데에 오도록 옮깁니다. MNIST 데이터셋을 만든 방식 그대로입니다.",
    ),
    "mnist.draw_empty": (
        "Draw something on the pad to see the model's answer.",
        "패드에 숫자를 그리면 모델의 예측이 여기에 나옵니다.",
    ),
    "mnist.draw_untrained": (
        "Train a model first (even one epoch): then its answer for your drawing appears here.",
        "먼저 모델을 학습하세요(한 에포크만이라도 좋습니다). 그러면 그림에 대한 예측이 여기에 나옵니다.",
    ),
    "mnist.draw_fashion": (
        "The model was trained on clothes, so it will answer with a garment.",
        "이 모델은 옷 이미지로 학습했기 때문에 옷의 종류로 답합니다.",
    ),
    "mnist.clear": ("Clear", "지우기"),
    "mnist.as_model_sees": ("As the model sees it", "모델에 들어가는 이미지"),
    "mnist.book": (
        "Book figures on the full sets: Fashion-MNIST logistic regression ≈ 0.82, Dense(10, softmax) 5 epochs ≈ 0.85; MNIST 128 ReLU + dropout 0.2, 5 epochs ≈ 0.98. On the shipped 10,000-image subsets expect a little less (fewer training images): about 0.94 for the 128-ReLU preset.",
        "전체 세트 기준 교재 수치: 패션 MNIST 로지스틱 회귀 ≈ 0.82, Dense(10, softmax) 5 에포크 ≈ 0.85, MNIST 128 ReLU + 드롭아웃 0.2, 5 에포크 ≈ 0.98. 앱에 들어 있는 10,000장짜리 부분 데이터셋에서는 훈련 이미지가 적어서 조금 낮게 나옵니다(128-ReLU 프리셋은 약 0.94).",
    ),
    "mnist.diverged": (
        "Training diverged at epoch {epoch}. The pixels are already scaled to 0–1, so the cause is the learning rate: lower it (Adam works well at 0.001) and train on, or reset.",
        "에포크 {epoch}에서 학습이 발산했습니다. 픽셀 값은 이미 0~1 범위로 조정되어 있으므로 원인은 학습률입니다. 학습률을 낮추고(Adam 옵티마이저는 0.001이면 잘 학습됩니다) 계속 학습하거나 초기화하세요.",
    ),
    "mnist.class.fashion.0": ("T-shirt/top", "티셔츠/탑"),
    "mnist.class.fashion.1": ("Trouser", "바지"),
    "mnist.class.fashion.2": ("Pullover", "풀오버"),
    "mnist.class.fashion.3": ("Dress", "드레스"),
    "mnist.class.fashion.4": ("Coat", "코트"),
    "mnist.class.fashion.5": ("Sandal", "샌들"),
    "mnist.class.fashion.6": ("Shirt", "셔츠"),
    "mnist.class.fashion.7": ("Sneaker", "스니커즈"),
    "mnist.class.fashion.8": ("Bag", "가방"),
    "mnist.class.fashion.9": ("Ankle boot", "앵클부츠"),
}
