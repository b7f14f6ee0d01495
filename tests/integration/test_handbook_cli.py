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


def test_import_search_and_remove_a_pack_of_html_pages(tmp_path: Path) -> None:
    pages = tmp_path / "manuel-officiel"
    pages.mkdir()
    (pages / "01-accueil.html").write_text(
        "<html lang='fr'><head><title>Manuel</title></head><body><h1>Accueil du rapatrié</h1>"
        "<p>Le premier entretien a lieu à l’arrivée. Voir <a href='02-plan.html'>le plan</a>.</p></body></html>",
        encoding="utf-8")
    (pages / "02-plan.html").write_text(
        "<html lang='fr'><body><h1>Le plan</h1><p>Un plan signé par la personne.</p></body></html>",
        encoding="utf-8")
    done = run(tmp_path, "import", str(pages), "--licence", "Usage interne", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {key: result[key] for key in ("id", "language", "sections", "replaced", "warnings")} == {
        "id": "manuel-officiel-fr", "language": "fr", "sections": 2, "replaced": False, "warnings": []}

    hits = json.loads(run(tmp_path, "search", "entretien arrivee", "--lang", "fr", "--json").stdout)
    assert [(hit["pack"], hit["id"]) for hit in hits][:1] == [("manuel-officiel-fr", "01-accueil")]
    assert "[entretien]" in hits[0]["snippet"] and "[arrivée]" in hits[0]["snippet"]

    again = run(tmp_path, "import", str(pages))
    assert again.returncode == 1
    assert "already the id of an installed pack" in again.stdout
    assert again.stderr.strip() == f"passerelle: {pages}: not imported (1 problem); nothing was changed"
    replaced = run(tmp_path, "import", str(pages), "--replace")
    assert replaced.returncode == 0 and "2 sections replaced and indexed" in replaced.stdout

    assert run(tmp_path, "remove", "manuel-officiel-fr").stdout.strip() == "manuel-officiel-fr removed"
    assert "manuel-officiel-fr" not in run(tmp_path, "list").stdout


def test_a_refused_import_lists_every_problem_by_file_and_line(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text("<html><body><h1>A</h1>\n<p onclick='x()'>A</p>\n<script>x()</script>\n"
                                  "</body></html>", encoding="utf-8")
    (pages / "b.md").write_text("# B\n\n![map](https://maps.example/x.png)\n", encoding="utf-8")
    done = run(tmp_path, "import", str(pages), "--language", "en")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{pages / 'a.html'}:2: <p onclick=…>: scripts (event handlers) are not allowed",
        f"{pages / 'a.html'}:3: <script>: scripts are not allowed",
        f"{pages / 'b.md'}:3: an image is loaded from the network (https://maps.example/x.png)",
    ]
    assert "not imported (3 problems); nothing was changed" in done.stderr
    assert not (tmp_path / "data").exists()
