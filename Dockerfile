# Deep Learning Playground in one container (see docs/deploy.md):
#   docker build -t playground . && docker run -p 8501:8501 playground
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
# Two malloc arenas for the whole process (see playground/heap.py): a class's
# session threads otherwise spread the server's memory over many.
ENV MALLOC_ARENA_MAX=2
RUN useradd --create-home --uid 1000 app
WORKDIR /home/app/playground
USER app

# The README's install command, in its own layer so code changes do not reinstall.
COPY --chown=app requirements.txt .
RUN python3 -m venv .venv && .venv/bin/pip install -q -r requirements.txt

COPY --chown=app . .

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD .venv/bin/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"
CMD [".venv/bin/streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501", \
     "--server.headless", "true"]
