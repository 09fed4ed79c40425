# Ask your data — the Streamlit app on port 7860 (Hugging Face Spaces' default; any host works).
#   docker build -t ask-your-data .
#   docker run -p 7860:7860 -e GROQ_API_KEY=... ask-your-data
# Same steps as `make run`: install requirements.txt, build the demo database, start streamlit_app.py.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    HOME=/home/app

RUN useradd --create-home --uid 1000 app
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=app:app . .
USER app
RUN mkdir -p data/uploads && python -m db.demo

EXPOSE 7860
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:7860/_stcore/health', timeout=4).status != 200)"

CMD ["streamlit", "run", "streamlit_app.py", "--server.port=7860", "--server.address=0.0.0.0"]
