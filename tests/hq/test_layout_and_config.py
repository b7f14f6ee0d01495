"""What the server is told, without starting it: bucket names, the generated
configuration, the shipped production template, and the checks ``hq serve``
makes before running a configuration."""

import configparser
import re
from pathlib import Path

import pytest

from desktop.hq import HqError
from desktop.hq.config import BATCH_MAX_REQUESTS, app_settings, memory_ini, read_ini, write_memory_ini
from desktop.hq.credentials import admin_from_env
from desktop.hq.layout import DEVICE_ONLY_COLLECTIONS, SYNCED_COLLECTIONS, bucket_id, staff_group
from desktop.paths import resources_dir

TEMPLATE = resources_dir() / "hq" / "kinto-production.ini.template"


def _ini(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser


def test_office_buckets_are_named_from_the_code() -> None:
    assert bucket_id("DKR") == "office-dkr"
    assert bucket_id("Saint Louis") == "office-saint-louis"
    assert bucket_id("Thiès/Nord") == "office-thies-nord"
    assert staff_group("DKR") == "dkr-staff"


def test_synced_collections_exclude_device_only_ones() -> None:
    assert set(SYNCED_COLLECTIONS).isdisjoint(DEVICE_ONLY_COLLECTIONS)
    assert {"cases", "people", "erasures", "anonymous", "devices"} <= set(SYNCED_COLLECTIONS)
    assert len(set(SYNCED_COLLECTIONS)) == len(SYNCED_COLLECTIONS) == 11


def test_generated_config_restricts_accounts_to_the_admin_and_logs_at_warn() -> None:
    ini = _ini(memory_ini("boss"))
    app = ini["app:main"]
    assert app["kinto.account_create_principals"] == "account:boss"
    assert app["kinto.bucket_create_principals"] == "account:boss"
    assert "system.Everyone" not in memory_ini("boss")
    assert app["kinto.batch_max_requests"] == str(BATCH_MAX_REQUESTS) == "100"
    assert app["kinto.storage_backend"] == "kinto.core.storage.memory"
    assert "default_bucket" not in app["kinto.includes"]
    assert ini["server:main"]["host"] == "127.0.0.1"
    levels = {section: ini[section]["level"] for section in ini.sections() if section.startswith("logger_")}
    assert levels and set(levels.values()) == {"WARN"}
    assert len(app["kinto.userid_hmac_secret"]) == 64
    assert app["kinto.userid_hmac_secret"] != _ini(memory_ini("boss"))["app:main"]["kinto.userid_hmac_secret"]


def test_production_template_shares_our_settings() -> None:
    """The shipped template cannot drift from what the code generates."""
    app = _ini(TEMPLATE.read_text(encoding="utf-8"))["app:main"]
    for key, value in app_settings("CHANGE-ME-ADMIN").items():
        assert " ".join(app[key].split()) == value, key
    assert app["kinto.storage_backend"] == "kinto.core.storage.postgresql"
    assert app["kinto.storage_hide_parameters"] == "true"  # no record values in the server's log


def test_the_template_is_refused_until_every_placeholder_is_replaced(tmp_path: Path) -> None:
    with pytest.raises(HqError) as refused:
        read_ini(TEMPLATE, "boss")
    line = int(re.search(r":(\d+): replace CHANGE-ME", refused.value.text).group(1))
    assert "CHANGE-ME" in TEMPLATE.read_text(encoding="utf-8").splitlines()[line - 1]


def _filled_template(tmp_path: Path, admin: str = "boss") -> Path:
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("CHANGE-ME-ADMIN", admin).replace("CHANGE-ME-SECRET", "ab" * 32)
    text = text.replace("CHANGE-ME-DB-PASSWORD", "pw").replace("CHANGE-ME-HOST", "hq.example.org")
    assert "CHANGE-ME" not in "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
    path = tmp_path / "hq.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_filled_template_is_accepted_with_its_server_options(tmp_path: Path) -> None:
    config = read_ini(_filled_template(tmp_path), "boss", port=8003)
    assert (config.host, config.port, config.memory) == ("127.0.0.1", 8003, False)
    assert "threads" in config.waitress and "use" not in config.waitress


def test_a_config_for_another_admin_or_open_to_everyone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HqError, match="does not name account:boss"):
        read_ini(_filled_template(tmp_path, admin="someone-else"), "boss")
    open_ini = tmp_path / "open.ini"
    open_ini.write_text(memory_ini("boss").replace(
        "kinto.account_create_principals = account:boss", "kinto.account_create_principals = system.Everyone"))
    with pytest.raises(HqError, match="administrator only"):
        read_ini(open_ini, "boss")


def test_memory_config_is_written_where_asked(tmp_path: Path) -> None:
    path = write_memory_ini(tmp_path / "hq", "boss", port=9001)
    config = read_ini(path, "boss")
    assert path == tmp_path / "hq" / "kinto.ini"
    assert path.stat().st_mode & 0o077 == 0  # only its owner reads the secret
    assert (config.port, config.memory, config.url) == (9001, True, "http://127.0.0.1:9001/v1/")


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "PASSERELLE_HQ_ADMIN_USER and PASSERELLE_HQ_ADMIN_PASSWORD not set"),
    ({"PASSERELLE_HQ_ADMIN_USER": "boss"}, "PASSERELLE_HQ_ADMIN_PASSWORD not set"),
    ({"PASSERELLE_HQ_ADMIN_USER": "boss", "PASSERELLE_HQ_ADMIN_PASSWORD": "short pass"}, "at least 12 characters"),
    ({"PASSERELLE_HQ_ADMIN_USER": "the boss", "PASSERELLE_HQ_ADMIN_PASSWORD": "long enough pass"}, "not a valid"),
])
def test_admin_credentials_are_checked(env: dict[str, str], expected: str) -> None:
    with pytest.raises(HqError, match=expected) as refused:
        admin_from_env(env)
    assert "short pass" not in refused.value.text and "long enough" not in refused.value.text


def test_admin_password_is_never_in_its_repr() -> None:
    admin = admin_from_env({"PASSERELLE_HQ_ADMIN_USER": "boss", "PASSERELLE_HQ_ADMIN_PASSWORD": "secret secret 1"})
    assert "secret" not in repr(admin) and admin.password == "secret secret 1"
