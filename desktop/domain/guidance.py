"""Which field-guide sections help with a case right now, from its state.

Section ids are shared by every language of the field guide; a test checks
that each id named here exists in every shipped pack.
"""

from .case import Case
from .enums import Status, Vulnerability

BY_STATUS: dict[Status, tuple[str, ...]] = {
    Status.REGISTERED: ("m2-vulnerability-screening", "m2-counselling-session-steps", "dp-consent-in-practice"),
    Status.ASSESSED: ("m2-plan-components", "m2-feasibility-grid"),
    Status.PLAN_AGREED: ("m2-plan-follow-up", "m4-referral-mechanisms"),
    Status.ASSISTANCE: ("m4-following-referrals", "m2-plan-follow-up"),
    Status.MONITORING: ("m5-monitoring-visits", "m5-follow-up-surveys"),
    Status.CLOSED: ("m2-case-closure", "m2-early-exits"),
}
BY_VULNERABILITY: dict[Vulnerability, str] = {
    Vulnerability.UNACCOMPANIED_CHILD: "m2-children-and-families",
    Vulnerability.TRAFFICKING: "m2-when-to-refer",
    Vulnerability.GBV_SURVIVOR: "m2-when-to-refer",
    Vulnerability.TORTURE_SURVIVOR: "m2-psychosocial-support",
    Vulnerability.HEALTH: "m2-health-and-education",
    Vulnerability.EXPLOITATION_RISK: "m2-risk-assessment",
    Vulnerability.SINGLE_PARENT: "m2-family-assessment",
    Vulnerability.LARGE_FAMILY: "m2-family-assessment",
}
MAX_SUGGESTIONS = 4


def suggested_sections(case: Case) -> list[str]:
    """Up to four section ids: what the case's flags call for first, then what
    its stage calls for (a flagged vulnerability also brings the screening)."""
    wanted: list[str] = []
    for vulnerability in case.vulnerabilities:
        if vulnerability in BY_VULNERABILITY:
            wanted.append(BY_VULNERABILITY[vulnerability])
    if case.vulnerabilities and case.status is not Status.CLOSED:
        wanted.append("m2-vulnerability-screening")
    wanted.extend(BY_STATUS[case.status])
    unique = list(dict.fromkeys(wanted))
    return unique[:MAX_SUGGESTIONS]


def all_section_ids() -> set[str]:
    return {section for sections in BY_STATUS.values() for section in sections} | set(BY_VULNERABILITY.values()) | {
        "m2-vulnerability-screening"
    }
