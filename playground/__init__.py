"""Deep Learning Playground: all logic lives here; only playground.ui knows about Streamlit."""

import os

# TensorFlow prints pages of C++ start-up logs; a classroom projector does not need them.
# Set here, in the package, so it runs before any playground module imports TensorFlow.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
