"""``passerelle sync`` and ``passerelle conflicts`` run as a field worker runs them."""

from pathlib import Path

import pytest

from tests.integration.test_cli import Cli
from tests.kinto_fixtures import Org


def test_configure_sync_and_status_from_the_command_line(
    tmp_path: Path, provisioned_org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path)
    cli.create("Fatou Sow")
    assert cli("demo-data", "--cases", "5").code == 0
    who = provisioned_org.users["cm_a"]

    monkeypatch.setenv("PASSERELLE_HQ_PASSWORD", "not the password")  # the child process reads it
    refused = cli("sync", "configure", "--url", provisioned_org.server.url, "--user", who.username)
    monkeypatch.setenv("PASSERELLE_HQ_PASSWORD", who.password)
    configured = cli("sync", "configure", "--url", provisioned_org.server.url, "--user", who.username)
    assert refused.code == 1
    assert refused.err.strip() == "passerelle: Headquarters did not accept this user name and password."
    assert configured.code == 0, configured.err
    assert f"office {provisioned_org.bucket('a')}" in configured.out

    waiting = cli("sync", "status", "--json").json()
    assert waiting["pending"] >= 5 and waiting["last_sync"] is None and waiting["conflicts"] == 0
    done = cli("sync", "--json").json()
    assert done["ok"] is True and done["error"] is None and done["pending"] == 0
    assert done["sent"] == waiting["pending"] and done["received"] == 0
    assert done["bytes_sent"] > 1000
    again = cli("sync")
    assert again.code == 0 and again.out.strip() == "0 sent, 0 received, 0 conflicts, 0 waiting"
    status = cli("sync", "status")
    assert "Waiting to be sent: 0" in status.out and "Last successful sync: 20" in status.out

    assert cli("conflicts", "list", "--json").json() == []
    unknown = cli("conflicts", "resolve", "nope", "--keep", "mine")
    assert unknown.code == 1 and "There is no open conflict with this number." in unknown.err


def test_sync_before_configuring_says_what_to_do(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    cli.create("Fatou Sow")
    result = cli("sync", "--json")
    assert result.code == 1
    assert '"error": "sync.not_configured"' in result.out
    assert "not set up yet" in result.err
