"""Searching small packs in three languages: folding, elisions, prefixes, ranking,
snippets, safe queries, and an index rebuilt only when a pack changes."""

import logging
from pathlib import Path

import pytest

from desktop.handbook.authoring import seal
from desktop.handbook.index import MARK_END, MARK_START, HandbookIndex, marked
from desktop.handbook.library import discover, index_path, installed_root, open_index
from desktop.handbook.text import match_expression, query_terms

from .fixtures import CONTENT, write_all, write_pack


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    write_all(tmp_path / "shipped")
    return tmp_path / "shipped"


@pytest.fixture
def index(tmp_path: Path, shipped: Path):
    with HandbookIndex(tmp_path / "index.db") as opened:
        report = opened.ensure(discover(None, shipped=shipped).packs)
        assert sorted(report.indexed) == ["test-guide-ar", "test-guide-en", "test-guide-fr"] and not report.failed
        yield opened


def found(index: HandbookIndex, query: str, language: str | None = None, **options) -> list[tuple[str, str]]:
    return [(r.language, r.id) for r in index.search(query, language, **options)]


def shown(snippet: str) -> str:
    return marked(snippet, "[", "]")


@pytest.mark.parametrize("query", ["ecole", "École", "ÉCOLE", "l'école", "l’ecole", "L'ECOLE"])
def test_accents_case_and_elisions_find_l_ecole(index: HandbookIndex, query: str) -> None:
    results = index.search(query, "fr")
    assert [(r.language, r.id) for r in results] == [("fr", "m2-plan")]
    assert "L’[école] des enfants" in shown(results[0].snippet)


@pytest.mark.parametrize("query", ["d'abord", "abord", "jusqu’à la fin", "qu'on examine", "s'applique"])
def test_other_elisions_are_stripped_in_text_and_query(index: HandbookIndex, query: str) -> None:
    assert found(index, query, "fr", only_language=True)


def test_elided_articles_are_not_words(index: HandbookIndex) -> None:
    assert query_terms("l’école d'été qu'il jusqu'à lorsqu'on") == ["ecole", "ete", "il", "a", "on"]
    assert found(index, "l'", "fr") == []


@pytest.mark.parametrize("query", ["احمد", "أحمد", "إحمد", "أَحْمَد", "احـــمد"])
def test_arabic_hamza_diacritics_and_tatweel(index: HandbookIndex, query: str) -> None:
    results = index.search(query, "ar")
    assert [(r.language, r.id) for r in results] == [("ar", "m2-plan")]
    assert "[أحمد]" in shown(results[0].snippet)


@pytest.mark.parametrize("query", ["مدرسة", "مدرسه", "المدرسة", "بالمدرسة", "المدرسه"])
def test_arabic_ta_marbuta_and_the_article(index: HandbookIndex, query: str) -> None:
    results = index.search(query, "ar")
    assert [(r.language, r.id) for r in results] == [("ar", "m2-plan")]
    snippet = shown(results[0].snippet)
    assert "[بالمدرسة]" in snippet and "[مدرسةٌ]" in snippet


def test_arabic_alef_maqsura_and_the_article_in_titles(index: HandbookIndex) -> None:
    assert found(index, "تدريب", "ar", only_language=True) == [("ar", "m2-training")]
    assert found(index, "متكامل", "ar", only_language=True) == [("ar", "m1-approach")]


def test_prefixes_match_while_typing(index: HandbookIndex) -> None:
    assert found(index, "form", "fr", only_language=True) == [("fr", "m2-training"), ("fr", "m2-plan")]
    for typed in ("v", "vo", "voc", "voca", "vocational"):
        assert ("en", "m2-training") in found(index, typed, "en"), typed
    assert found(index, "plan bud", "en", only_language=True) == [("en", "m2-plan")]  # earlier words too
    assert found(index, "apprenti", "en") == [("en", "m2-training"), ("fr", "m2-training")]  # tags too


def test_a_title_match_beats_a_body_match(index: HandbookIndex) -> None:
    # "training" is in the title of m2-training, only in the body of m2-plan
    assert found(index, "training", "en", only_language=True) == [("en", "m2-training"), ("en", "m2-plan")]
    results = index.search("formation", "fr", only_language=True)
    assert [r.id for r in results] == ["m2-training", "m2-plan"]
    assert results[0].score < results[1].score
    assert shown(results[0].title_marked) == "La [formation] professionnelle"


def test_the_current_language_comes_first(index: HandbookIndex) -> None:
    assert [lang for lang, _ in found(index, "plan", "fr")] == ["fr", "fr", "en", "en"]
    assert [lang for lang, _ in found(index, "plan", "en")] == ["en", "en", "fr", "fr"]
    # no Arabic section says "plan": the other languages are found all the same
    assert {lang for lang, _ in found(index, "plan", "ar")} == {"fr", "en"}
    assert {lang for lang, _ in found(index, "plan", "fr", only_language=True)} == {"fr"}


def test_all_words_first_then_any_word(index: HandbookIndex) -> None:
    assert found(index, "formation école", "fr") == [("fr", "m2-plan")]
    assert found(index, "formation zzzz", "fr")  # no section has both: any of the words


def test_a_snippet_is_about_thirty_words_of_the_original_text(tmp_path: Path) -> None:
    words = [f"word{n}" for n in range(100)]
    words[50] = "Réintégration"
    body = "Intro **bold** and [a link](section:m1-approach).\n\n" + " ".join(words) + "\n"
    folder = write_pack(tmp_path, "fr", {"m1-approach": ("Titre", 1, 1, [], body)})
    with HandbookIndex(tmp_path / "i.db") as index:
        index.ensure(discover(None, shipped=tmp_path).packs)
        [result] = index.search("reintegration")
        snippet = shown(result.snippet)
        assert snippet.startswith("… word") and snippet.endswith(" …")
        assert "[Réintégration]" in snippet and len(snippet.split()) == 32  # 30 words and two "…"
        [start] = index.search("intro")
        assert shown(start.snippet).startswith("[Intro] bold and a link. word0")  # Markdown gone
    assert folder.exists()


@pytest.mark.parametrize("query", [
    '"', "'", "*", "(", ")", "((", "NEAR", "NEAR(plan budget)", "plan OR", "AND", "NOT plan", '"plan',
    "plan*", "-plan", "^plan", "title:plan", "plan + budget", "{plan}", "", "   ", "’", "\\", "%", "_",
])
def test_any_user_text_is_a_safe_query(index: HandbookIndex, query: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.handbook.index"):
        results = index.search(query, "en")
    assert isinstance(results, list)
    assert not [record for record in caplog.records if "search failed" in record.getMessage()]
    assert all(r.snippet.count(MARK_START) == r.snippet.count(MARK_END) for r in results)


def test_operators_are_plain_words(index: HandbookIndex) -> None:
    assert match_expression(query_terms('NEAR("a" b)*')) == '"near"* "a"* "b"*'
    assert found(index, "plan*", "en", only_language=True) == found(index, "plan", "en", only_language=True)


def test_the_index_is_not_rebuilt_when_nothing_changed(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    packs = discover(data, shipped=shipped).packs
    first, report = open_index(data, packs)
    with first:
        assert len(report.indexed) == 3 and first.builds == 3
    second, report = open_index(data, packs)
    with second:
        assert (report.indexed, sorted(report.unchanged)) == ([], ["test-guide-ar", "test-guide-en", "test-guide-fr"])
        assert second.builds == 3
        assert second.search("ecole", "fr")


def test_a_changed_pack_is_rebuilt_alone(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    with open_index(data, discover(data, shipped=shipped).packs)[0] as index:
        assert index.search("lighthouse") == []
    file = shipped / "test-guide-en" / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nA lighthouse helps.\n", encoding="utf-8")
    seal(shipped / "test-guide-en")
    index, report = open_index(data, discover(data, shipped=shipped).packs)
    with index:
        assert report.indexed == ["test-guide-en"] and len(report.unchanged) == 2
        assert index.builds == 4
        assert [(r.pack, r.id) for r in index.search("lighthouse")] == [("test-guide-en", "m2-plan")]


def test_an_unsealed_edit_is_refused_and_leaves_the_pack_out(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    open_index(data, discover(data, shipped=shipped).packs)[0].close()
    manifest = shipped / "test-guide-fr" / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("version: '1.0'", "version: '1.1'"), "utf-8")
    file = shipped / "test-guide-fr" / "sections" / "m2-plan.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nAjout.\n", encoding="utf-8")
    index, report = open_index(data, discover(data, shipped=shipped).packs)
    with index:
        assert list(report.failed) == ["test-guide-fr"] and report.failed["test-guide-fr"][0].code == "checksum_mismatch"
        assert {r.language for r in index.search("plan")} == {"en"}


def test_installed_packs_are_listed_and_replace_a_shipped_one(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    write_pack(installed_root(data), "en", pack_id="test-guide-en",
               sections={"m1-approach": ("Official approach", 1, 1, [], "Official text about the approach.\n")})
    write_pack(installed_root(data), "fr", pack_id="manuel-fr", sections=CONTENT["fr"])
    library = discover(data, shipped=shipped)
    assert [(p.id, p.origin) for p in library.packs] == [
        ("test-guide-ar", "shipped"), ("test-guide-en", "installed"), ("manuel-fr", "installed"),
        ("test-guide-fr", "shipped")]
    with open_index(data, library.packs)[0] as index:
        assert [r.pack for r in index.search("official")] == ["test-guide-en"]
        assert {r.pack for r in index.search("formation", "fr")} == {"manuel-fr", "test-guide-fr"}
        assert index.search("vocational") == []


def test_a_removed_pack_leaves_the_index(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    packs = discover(data, shipped=shipped).packs
    open_index(data, packs)[0].close()
    index, report = open_index(data, [p for p in packs if p.language != "ar"])
    with index:
        assert report.removed == ["test-guide-ar"] and index.search("احمد") == []


def test_a_damaged_index_file_is_built_again(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    index_path(data).parent.mkdir(parents=True)
    index_path(data).write_bytes(b"this is not a database" * 100)
    index, report = open_index(data, discover(data, shipped=shipped).packs)
    with index:
        assert len(report.indexed) == 3 and index.search("ecole")


def test_a_locked_index_is_not_deleted(tmp_path: Path, shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlcipher3

    data = tmp_path / "data"
    open_index(data, discover(data, shipped=shipped).packs)[0].close()
    before = index_path(data).read_bytes()

    def locked(self: HandbookIndex) -> None:
        raise sqlcipher3.OperationalError("database is locked")

    monkeypatch.setattr(HandbookIndex, "_open", locked)
    with pytest.raises(sqlcipher3.OperationalError, match="locked"):
        HandbookIndex(index_path(data))
    assert index_path(data).read_bytes() == before  # another process's index is left alone
    monkeypatch.undo()
    with HandbookIndex(index_path(data)) as index:
        assert index.builds == 3 and index.search("ecole")


def test_a_pack_id_limits_the_results_to_that_pack(index: HandbookIndex) -> None:
    assert {r.pack for r in index.search("plan", "fr")} == {"test-guide-fr", "test-guide-en"}
    results = index.search("plan", "fr", pack="test-guide-en")
    assert results and {(r.pack, r.language) for r in results} == {("test-guide-en", "en")}
    assert index.search("plan zzzz", "fr", pack="test-guide-ar") == []  # the any-word retry keeps the pack


def test_a_failed_rebuild_leaves_the_pack_as_it_was_indexed(
    tmp_path: Path, shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.handbook import index as index_module

    data = tmp_path / "data"
    open_index(data, discover(data, shipped=shipped).packs)[0].close()
    file = shipped / "test-guide-en" / "sections" / "m2-training.md"
    file.write_text(file.read_text(encoding="utf-8") + "\nA lighthouse helps.\n", encoding="utf-8")
    seal(shipped / "test-guide-en")
    calls: list[str] = []
    plain_text = index_module.plain_text

    def failing(markdown: str) -> str:
        calls.append(markdown)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return plain_text(markdown)

    monkeypatch.setattr(index_module, "plain_text", failing)
    with HandbookIndex(index_path(data)) as index:
        with pytest.raises(RuntimeError):
            index.ensure(discover(data, shipped=shipped).packs)
        assert not index._db.in_transaction and index.builds == 3
        assert [r.id for r in index.search("vocational", "en", only_language=True)] == ["m2-training", "m2-plan"]
        assert index.search("lighthouse") == []
    monkeypatch.undo()
    with open_index(data, discover(data, shipped=shipped).packs)[0] as index:
        assert [r.id for r in index.search("lighthouse")] == ["m2-training"] and index.builds == 4


def test_the_index_is_a_plain_sqlite_file(tmp_path: Path, shipped: Path) -> None:
    data = tmp_path / "data"
    open_index(data, discover(data, shipped=shipped).packs)[0].close()
    assert index_path(data).read_bytes()[:16] == b"SQLite format 3\x00"
