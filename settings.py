"""Every setting of the app in one typed table, read once from the environment or `.streamlit/secrets.toml`.

The environment wins over the secrets file; the secrets file wins over the default. Nothing here imports
streamlit, so `agents/`, `db/`, the CLI and the REST API read the same values as the Streamlit pages.

Example:
    >>> from settings import get_settings
    >>> get_settings().max_rows
    1000
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DEMO_DB_PATH = ROOT / "data" / "superstore.duckdb"


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


# The one table of settings. README's "Configuration" section documents the same names.
SETTINGS: tuple[Setting, ...] = (
    Setting("DATABASE_URL", "", "SQLAlchemy URL of the database to analyse; empty = the demo DuckDB file"),
    Setting("ALLOWED_TABLES", "", "comma-separated tables the guard allows; empty = every user table"),
    Setting("MAX_ROWS", 1000, "rows returned at most by one query (a `truncated` flag says when more existed)"),
    Setting("QUERY_TIMEOUT_S", 30.0, "time limit of one query, seconds"),
    Setting("MAX_SQL_CHARS", 20000, "longest SQL text the guard reads"),
    Setting("MAX_QUESTION_CHARS", 1000, "longest question accepted"),
    Setting("DUCKDB_MEMORY_LIMIT", "2GB", "DuckDB memory_limit for analysed databases"),
    Setting("DUCKDB_THREADS", 2, "DuckDB threads for analysed databases"),
    Setting("PG_POOL_MIN", 1, "PostgreSQL pool: connections kept open"),
    Setting("PG_POOL_MAX", 5, "PostgreSQL pool: connections at most"),
    Setting("LLM_ORDER", "huggingface,groq,offline", "providers tried in order; `offline` is always last"),
    Setting("LLM_TIMEOUT_S", 10.0, "time limit of one LLM call, seconds"),
    Setting("LLM_MAX_RETRIES", 1, "retries of one provider before falling through"),
    Setting("GROQ_API_KEY", "", "Groq API key; empty = Groq off"),
    Setting("GROQ_API_BASE", "", "Groq base URL override (proxies, tests)"),
    Setting("GROQ_MODEL", "openai/gpt-oss-120b", "Groq model id"),
    Setting("HF_TOKEN", "", "Hugging Face token; empty = Hugging Face off unless HF_ENDPOINT_URL is set"),
    Setting("HF_MODEL", "defog/sqlcoder-7b-2", "Hugging Face model id (serverless inference)"),
    Setting("HF_ENDPOINT_URL", "", "dedicated Hugging Face / TGI endpoint URL (wins over HF_MODEL)"),
    Setting("OPENAI_BASE_URL", "", "OpenAI-compatible server (Ollama, vLLM, LM Studio); empty = off"),
    Setting("OPENAI_MODEL", "llama3.1", "model name on the OpenAI-compatible server"),
    Setting("OPENAI_API_KEY", "", "API key for the OpenAI-compatible server (any text for Ollama)"),
    Setting("APP_STORE_URL", "", "SQLAlchemy URL of the session store; empty = SQLite file data/app.db"),
    Setting("CACHE_URL", "", "redis://... for a shared result cache; empty = in-process cache"),
    Setting("CACHE_TTL_S", 300, "seconds a cached answer stays valid"),
    Setting("API_PORT", 8000, "port of the REST API (`make api`)"),
    Setting("API_RATE_LIMIT_PER_MIN", 600, "REST API requests per client per minute"),
    Setting("LOG_LEVEL", "INFO", "Python logging level"),
)


def _secrets_file() -> dict:
    path = Path(os.environ.get("SECRETS_FILE", ROOT / ".streamlit" / "secrets.toml"))
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _coerce(raw: object, default: object) -> object:
    if isinstance(default, bool):
        return str(raw).strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return str(raw)


@dataclass(frozen=True)
class Settings:
    database_url: str
    allowed_tables: str
    max_rows: int
    query_timeout_s: float
    max_sql_chars: int
    max_question_chars: int
    duckdb_memory_limit: str
    duckdb_threads: int
    pg_pool_min: int
    pg_pool_max: int
    llm_order: str
    llm_timeout_s: float
    llm_max_retries: int
    groq_api_key: str
    groq_api_base: str
    groq_model: str
    hf_token: str
    hf_model: str
    hf_endpoint_url: str
    openai_base_url: str
    openai_model: str
    openai_api_key: str
    app_store_url: str
    cache_url: str
    cache_ttl_s: int
    api_port: int
    api_rate_limit_per_min: int
    log_level: str

    def replace(self, **changes) -> Settings:
        """A copy with some values changed (tests, per-session overrides)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)

    @property
    def providers(self) -> list[str]:
        """LLM_ORDER as a list, always ending with `offline`."""
        order = [p.strip().lower() for p in self.llm_order.split(",") if p.strip()]
        order = [p for p in order if p != "offline"]
        return order + ["offline"]


def load_settings(env: dict | None = None) -> Settings:
    """Read every setting: environment first, then `.streamlit/secrets.toml`, then the default.

    >>> load_settings({"MAX_ROWS": "50"}).max_rows
    50
    """
    env = os.environ if env is None else env
    secrets = _secrets_file()
    values = {}
    for s in SETTINGS:
        raw = env.get(s.name, secrets.get(s.name, s.default))
        try:
            values[s.name.lower()] = _coerce(raw, s.default)
        except (TypeError, ValueError):
            values[s.name.lower()] = s.default
    return Settings(**values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read once."""
    return load_settings()
