"""Guidance suggested on the case file follows the case, and every section it
names exists in every shipped language."""

from desktop.domain.case import Case
from desktop.domain.enums import Status, Vulnerability
from desktop.domain.guidance import MAX_SUGGESTIONS, all_section_ids, suggested_sections
from desktop.handbook.library import discover
from desktop.handbook.pack import load_pack


def test_stage_decides_the_guidance() -> None:
    assert suggested_sections(Case(status=Status.ASSESSED))[:2] == ["m2-plan-components", "m2-feasibility-grid"]
    assert suggested_sections(Case(status=Status.CLOSED)) == ["m2-case-closure", "m2-early-exits"]


def test_flags_come_first_and_bring_the_screening() -> None:
    case = Case(status=Status.PLAN_AGREED, vulnerabilities=[Vulnerability.TRAFFICKING, Vulnerability.GBV_SURVIVOR])
    found = suggested_sections(case)
    assert found[:2] == ["m2-when-to-refer", "m2-vulnerability-screening"]
    assert len(found) == len(set(found)) <= MAX_SUGGESTIONS


def test_every_suggested_section_exists_in_every_shipped_language() -> None:
    packs = discover(None).packs
    assert {pack.language for pack in packs} == {"fr", "en", "ar"}
    for pack in packs:
        ids = {section.id for section in load_pack(pack.path).sections}
        assert all_section_ids() <= ids, (pack.id, all_section_ids() - ids)
