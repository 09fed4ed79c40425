"""Settings: one typed table, environment over secrets over defaults, documented in the README."""
from pathlib import Path

import pytest

from settings import ROOT, SETTINGS, load_settings


def test_defaults_are_typed():
    s = load_settings({})
    assert s.max_rows == 1000 and isinstance(s.query_timeout_s, float)
    assert s.providers[-1] == "offline"


def test_environment_wins(tmp_path, monkeypatch):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('MAX_ROWS = 7\nGROQ_MODEL = "from-secrets"\n')
    monkeypatch.setenv("SECRETS_FILE", str(secrets))
    s = load_settings({"MAX_ROWS": "50"})
    assert s.max_rows == 50 and s.groq_model == "from-secrets"


@pytest.mark.parametrize("raw", ["not-a-number", "", "1.5.5"])
def test_bad_values_fall_back_to_default(raw):
    assert load_settings({"MAX_ROWS": raw}).max_rows == 1000


def test_offline_always_last():
    assert load_settings({"LLM_ORDER": "offline,groq"}).providers == ["groq", "offline"]


def test_every_setting_is_documented_in_the_readme():
    readme = (Path(ROOT) / "README.md").read_text()
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme]
    assert not missing
