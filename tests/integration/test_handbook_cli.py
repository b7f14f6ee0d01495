"""``passerelle handbook`` run as a real process: no profile, no passphrase."""

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.unit.handbook.fixtures import write_all, write_pack


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_DATA_DIR": str(tmp_path / "data"), "PASSERELLE_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONIOENCODING": "utf-8"}
    env.pop("PASSERELLE_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "handbook", *args], env=env, input="",
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def install(tmp_path: Path) -> None:
    """Packs placed where the importer will put them (the shipped ones are listed too)."""
    write_all(tmp_path / "data" / "handbook" / "packs")


def test_list_shows_installed_packs(tmp_path: Path) -> None:
    install(tmp_path)
    done = run(tmp_path, "list", "--json")
    assert done.returncode == 0, done.stderr
    packs = {pack["id"]: pack for pack in json.loads(done.stdout)}
    assert packs["test-guide-fr"] | {"path": ""} == {
        "id": "test-guide-fr", "language": "fr", "version": "1.0", "sections": 3, "title": "Test guide (fr)",
        "origin": "installed", "path": ""}
    text = run(tmp_path, "list")
    assert text.returncode == 0 and "test-guide-ar" in text.stdout and "SECTIONS" in text.stdout


def test_search_json_and_text(tmp_path: Path) -> None:
    install(tmp_path)
    done = run(tmp_path, "search", "l'ecole", "--lang", "fr", "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    mine = [r for r in results if r["pack"].startswith("test-guide")]
    assert mine[0] | {"score": 0} == {
        "pack": "test-guide-fr", "id": "m2-plan", "title": "Le plan de réintégration", "language": "fr",
        "snippet": "Rédigez le plan avec la personne. L’[école] des enfants, la formation professionnelle et "
                   "l’emploi sont des options qu’on examine jusqu’à la fin.", "score": 0}
    assert (tmp_path / "data" / "handbook" / "index.db").is_file()
    arabic = json.loads(run(tmp_path, "search", "مدرسه", "--lang", "ar", "--only", "--json").stdout)
    assert [(r["pack"], r["id"]) for r in arabic if r["pack"].startswith("test")] == [("test-guide-ar", "m2-plan")]
    text = run(tmp_path, "search", "form", "--lang", "en", "--limit", "1")
    assert text.returncode == 0 and text.stdout.count("\n\n") == 0 and "[" in text.stdout
    nothing = run(tmp_path, "search", '("zzqx" * (qqwv', "--json")
    assert (nothing.returncode, json.loads(nothing.stdout)) == (0, [])
    assert not (tmp_path / "data" / "profiles").exists()


def test_check_and_seal(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, "en", pack_id="my-guide-en", sealed=False)
    done = run(tmp_path, "check", str(folder))
    assert done.returncode == 1 and "manifest.yaml" in done.stdout
    assert done.stderr == "passerelle: 1 problem in 1 of 1 pack\n"
    sealed = run(tmp_path, "seal", str(folder), "--title", "My guide", "--licence", "CC BY 4.0", "--source", "Us")
    assert sealed.returncode == 0, sealed.stdout + sealed.stderr
    manifest = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))
    assert (manifest["id"], manifest["language"], manifest["title"], len(manifest["files"])) == (
        "my-guide-en", "en", "My guide", 3)
    assert run(tmp_path, "check", str(folder)).stdout == "1 pack valid\n"
    page = folder / "sections" / "m2-plan.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    bad = run(tmp_path, "check", str(folder), str(tmp_path / "nowhere"))
    assert bad.returncode == 1
    assert f"{page}: the file's checksum differs" in bad.stdout
    assert f"{tmp_path / 'nowhere'}: not a folder" in bad.stdout
    resealed = run(tmp_path, "seal", str(folder))
    assert resealed.returncode == 1 and f"{page}:14: HTML tags are not allowed" in resealed.stdout


def test_seal_without_a_language_is_a_clear_error(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, "en", pack_id="guide", sealed=False)
    done = run(tmp_path, "seal", str(folder))
    assert done.returncode == 1 and done.stderr == f"passerelle: {folder}: give the pack's language (fr, en or ar)\n"
