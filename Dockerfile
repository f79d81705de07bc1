# Conflict Alerts. There is no Docker engine on the development machines; this file is kept small
# and is checked by reading. Build: docker build -t conflict-alerts .
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
RUN pip install --no-cache-dir --prefix=/install ".[postgres]"

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    CONFLICT_ALERTS_CONFIG=/app/conflict-alerts.yaml \
    DATABASE_URL=sqlite:////data/conflict-alerts.sqlite3
COPY --from=build /install /usr/local
WORKDIR /app
COPY conflict-alerts.yaml ./
COPY rules ./rules
RUN useradd --system --uid 10001 --home-dir /data conflict-alerts \
    && mkdir -p /data && chown conflict-alerts /data
USER 10001
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('CONFLICT_ALERTS_HTTP_PORT', '8080'), timeout=4)"]
# `python -m bot` rather than the console script: the parser worker process (forkserver) then
# re-imports a smaller main module (benchmarks/RESULTS.md, memory).
CMD ["python", "-m", "bot", "run"]
