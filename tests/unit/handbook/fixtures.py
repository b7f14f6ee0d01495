"""Small handbook packs written into tmp_path for the tests."""

from pathlib import Path

from desktop.handbook.authoring import seal

LICENCE = "Test pack, written for the tests"
SOURCE = "The tests"

EN = {
    "m1-approach": ("Integrated approach", 1, 1, ["levels", "dimensions"],
                    "The approach works at three levels. See [the plan](section:m2-plan) for details.\n\n"
                    "- individual\n- community\n- structural\n"),
    "m2-plan": ("The reintegration plan", 2, 2, ["plan", "budget"],
                "Write the plan with the returnee. Vocational training and job placement are options.\n\n"
                "| item | status |\n|---|---|\n| training | open |\n"),
    "m2-training": ("Vocational training", 2, 3, ["apprenticeship"],
                    "Training helps when local demand exists. Formation is the French word for it.\n"),
}
FR = {
    "m1-approach": ("L’approche intégrée", 1, 1, ["niveaux"],
                    "L’approche s’applique à trois niveaux. Voir [le plan](section:m2-plan).\n"),
    "m2-plan": ("Le plan de réintégration", 2, 2, ["plan", "budget"],
                "Rédigez le plan avec la personne. L’école des enfants, la formation professionnelle et "
                "l’emploi sont des options qu’on examine jusqu’à la fin.\n"),
    "m2-training": ("La formation professionnelle", 2, 3, ["apprentissage"],
                    "La formation aide quand il y a une demande locale. Parlez-en d’abord avec la famille.\n"),
}
AR = {
    "m1-approach": ("النهج المتكامل", 1, 1, ["مستويات"],
                    "يعمل النهج على ثلاثة مستويات. انظر [الخطة](section:m2-plan).\n"),
    "m2-plan": ("خطة إعادة الإدماج", 2, 2, ["خطة", "ميزانية"],
                "اكتب الخطة مع العائد. التحق أحمد بالمدرسة، وتُعدّ مدرسةٌ قريبة خياراً جيداً.\n"),
    "m2-training": ("التدريب المهني", 2, 3, ["تلمذة"],
                    "يساعد التدريب عندما يوجد طلب محلي. تحدّث مع الأسرة أولاً.\n"),
}
CONTENT = {"en": EN, "fr": FR, "ar": AR}


def section_text(section_id: str, title: str, module: int, order: int, tags: list[str], body: str) -> str:
    tag_list = ", ".join(tags)
    return f"---\nid: {section_id}\nmodule: {module}\norder: {order}\ntitle: \"{title}\"\ntags: [{tag_list}]\n---\n{body}"


def write_pack(root: Path, language: str, sections: dict | None = None, *, pack_id: str | None = None,
               sealed: bool = True) -> Path:
    """A pack folder ``root/<pack_id>`` with the given sections, sealed."""
    pack_id = pack_id or f"test-guide-{language}"
    folder = root / pack_id
    (folder / "sections").mkdir(parents=True, exist_ok=True)
    for section_id, (title, module, order, tags, body) in (sections or CONTENT[language]).items():
        (folder / "sections" / f"{section_id}.md").write_text(
            section_text(section_id, title, module, order, tags, body), encoding="utf-8")
    if sealed:
        seal(folder, title=f"Test guide ({language})", language=language, licence=LICENCE, source=SOURCE)
    return folder


def write_all(root: Path) -> list[Path]:
    return [write_pack(root, language) for language in ("en", "fr", "ar")]
