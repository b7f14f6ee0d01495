"""Translated labels for codes the core stores (statuses, reasons, vulnerabilities…)
and translated sentences for the core's message keys."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ..domain.enums import (
    ClosureReason,
    ConsentPurpose,
    Document,
    ErasureReason,
    Language,
    Relationship,
    ReturnType,
    Role,
    Sex,
    Status,
    Vulnerability,
)
from ..domain.errors import PasserelleError
from ..domain.rules import DUE_SOON_DAYS
from ..forms.definition import FormDefinition
from ..messages import render, template


def status(value: Status) -> str:
    return {
        Status.REGISTERED: QCoreApplication.translate("Labels", "Registered"),
        Status.ASSESSED: QCoreApplication.translate("Labels", "Assessed"),
        Status.PLAN_AGREED: QCoreApplication.translate("Labels", "Plan agreed"),
        Status.ASSISTANCE: QCoreApplication.translate("Labels", "Assistance"),
        Status.MONITORING: QCoreApplication.translate("Labels", "Monitoring"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def closure_reason(value: ClosureReason) -> str:
    return {
        ClosureReason.SUPPORT_ENDED: QCoreApplication.translate("Labels", "Support period ended"),
        ClosureReason.NOT_ELIGIBLE: QCoreApplication.translate("Labels", "No longer eligible"),
        ClosureReason.OPTED_OUT: QCoreApplication.translate("Labels", "Opted out"),
        ClosureReason.MOVED_AWAY: QCoreApplication.translate("Labels", "Moved away"),
        ClosureReason.DECEASED: QCoreApplication.translate("Labels", "Deceased"),
        ClosureReason.LOST_CONTACT: QCoreApplication.translate("Labels", "Lost contact"),
        ClosureReason.REMIGRATED: QCoreApplication.translate("Labels", "Migrated again"),
    }[value]


def erasure_reason(value: ErasureReason) -> str:
    return {
        ErasureReason.REQUESTED: QCoreApplication.translate("Labels", "Requested by the returnee"),
        ErasureReason.CONSENT_WITHDRAWN: QCoreApplication.translate("Labels", "Consent withdrawn"),
        ErasureReason.DUPLICATE: QCoreApplication.translate("Labels", "Duplicate (registered twice)"),
        ErasureReason.ENTERED_IN_ERROR: QCoreApplication.translate("Labels", "Created by mistake"),
    }[value]


def vulnerability(value: Vulnerability) -> str:
    return {
        Vulnerability.UNACCOMPANIED_CHILD: QCoreApplication.translate("Labels", "Unaccompanied or separated child"),
        Vulnerability.TRAFFICKING: QCoreApplication.translate("Labels", "Victim of trafficking"),
        Vulnerability.HEALTH: QCoreApplication.translate("Labels", "Health needs"),
        Vulnerability.DISABILITY: QCoreApplication.translate("Labels", "Disability"),
        Vulnerability.ELDERLY: QCoreApplication.translate("Labels", "Elderly"),
        Vulnerability.PREGNANT: QCoreApplication.translate("Labels", "Pregnant"),
        Vulnerability.SINGLE_PARENT: QCoreApplication.translate("Labels", "Single parent"),
        Vulnerability.LARGE_FAMILY: QCoreApplication.translate("Labels", "Large family"),
        Vulnerability.GBV_SURVIVOR: QCoreApplication.translate("Labels", "Survivor of gender-based violence"),
        Vulnerability.TORTURE_SURVIVOR: QCoreApplication.translate("Labels", "Survivor of torture or violence"),
        Vulnerability.EXPLOITATION_RISK: QCoreApplication.translate("Labels", "Risk of exploitation or abuse"),
    }[value]


def sex(value: Sex) -> str:
    return {Sex.FEMALE: QCoreApplication.translate("Labels", "Female"), Sex.MALE: QCoreApplication.translate("Labels", "Male"), Sex.OTHER: QCoreApplication.translate("Labels", "Other"), Sex.UNKNOWN: QCoreApplication.translate("Labels", "Not stated")}[value]


def return_type(value: ReturnType) -> str:
    return {ReturnType.VOLUNTARY: QCoreApplication.translate("Labels", "Voluntary"), ReturnType.FORCED: QCoreApplication.translate("Labels", "Forced")}[value]


def role(value: Role) -> str:
    return {
        Role.CASE_MANAGER: QCoreApplication.translate("Labels", "Case manager"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.ME_OFFICER: QCoreApplication.translate("Labels", "M&E officer"),
    }[value]


def language(value: Language) -> str:
    """Each language named in itself, so anyone can find their own."""
    return {Language.FRENCH: "Français", Language.ENGLISH: "English", Language.ARABIC: "العربية"}[value]


def consent_purpose(value: ConsentPurpose) -> str:
    return {
        ConsentPurpose.ASSISTANCE: QCoreApplication.translate("Labels", "Assistance"),
        ConsentPurpose.HQ_SHARING: QCoreApplication.translate("Labels", "Data sharing with headquarters"),
        ConsentPurpose.REFERRAL: QCoreApplication.translate("Labels", "Referral to a service provider"),
    }[value]


def document(value: Document) -> str:
    return {
        Document.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        Document.NATIONAL_ID: QCoreApplication.translate("Labels", "National identity card"),
        Document.BIRTH_CERTIFICATE: QCoreApplication.translate("Labels", "Birth certificate"),
        Document.TRAVEL_DOCUMENT: QCoreApplication.translate("Labels", "Travel document"),
        Document.DIPLOMA: QCoreApplication.translate("Labels", "Diploma or certificate"),
    }[value]


def relationship(value: Relationship) -> str:
    return {
        Relationship.SPOUSE: QCoreApplication.translate("Labels", "Spouse"),
        Relationship.CHILD: QCoreApplication.translate("Labels", "Child"),
        Relationship.PARENT: QCoreApplication.translate("Labels", "Parent"),
        Relationship.SIBLING: QCoreApplication.translate("Labels", "Brother or sister"),
        Relationship.OTHER: QCoreApplication.translate("Labels", "Other relative"),
    }[value]


def field(name: str) -> str:
    """Case field names as people say them (timeline, validation messages)."""
    return {
        "given_name": QCoreApplication.translate("Labels", "Given name"),
        "family_name": QCoreApplication.translate("Labels", "Family name"),
        "sex": QCoreApplication.translate("Labels", "Sex"),
        "birth_date": QCoreApplication.translate("Labels", "Date of birth"),
        "birth_date_estimated": QCoreApplication.translate("Labels", "Estimated"),
        "nationality": QCoreApplication.translate("Labels", "Nationality"),
        "languages": QCoreApplication.translate("Labels", "Languages"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "documents": QCoreApplication.translate("Labels", "Documents held"),
        "host_country": QCoreApplication.translate("Labels", "Host country"),
        "return_date": QCoreApplication.translate("Labels", "Date of return"),
        "return_type": QCoreApplication.translate("Labels", "Type of return"),
        "region": QCoreApplication.translate("Labels", "Region"),
        "district": QCoreApplication.translate("Labels", "District"),
        "community": QCoreApplication.translate("Labels", "Community"),
        "vulnerabilities": QCoreApplication.translate("Labels", "Vulnerabilities"),
        "assigned_to": QCoreApplication.translate("Labels", "Assigned to"),
        "next_follow_up": QCoreApplication.translate("Labels", "Next follow-up"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "closure_reason": QCoreApplication.translate("Labels", "Reason for closure"),
        "case_number": QCoreApplication.translate("Labels", "Case number"),
    }.get(name, name)


def message(key: str, **params: object) -> str:
    """The translated sentence for a core message key."""
    return render(QCoreApplication.translate("Messages", template(key)), params)


def error_text(error: PasserelleError) -> str:
    return message(error.key, **error.params)


# --- report codes ---------------------------------------------------------------------------------


def report_group(code: str) -> str:
    """A group code of the reports: ``all``, ``none``, ``unknown``, ``before_return``,
    ``mixed``, a delivery, an age group (``25_34``) or a time band since return (``6_12``).
    An unknown code is shown as it is."""
    groups = {
        "all": QCoreApplication.translate("Labels", "All"),
        "none": QCoreApplication.translate("Labels", "None"),
        "unknown": QCoreApplication.translate("Labels", "Unknown"),
        "before_return": QCoreApplication.translate("Labels", "Before return"),
        "mixed": QCoreApplication.translate("Labels", "Direct and referral"),
        "direct": QCoreApplication.translate("Labels", "Direct"),
        "referral": QCoreApplication.translate("Labels", "Referral"),
        "0_17": QCoreApplication.translate("Labels", "Under 18"),
        "18_24": QCoreApplication.translate("Labels", "18–24 years"),
        "25_34": QCoreApplication.translate("Labels", "25–34 years"),
        "35_49": QCoreApplication.translate("Labels", "35–49 years"),
        "50_plus": QCoreApplication.translate("Labels", "50 years and over"),
        "0_6": QCoreApplication.translate("Labels", "Under 6 months"),
        "6_12": QCoreApplication.translate("Labels", "6–12 months"),
        "12_18": QCoreApplication.translate("Labels", "12–18 months"),
        "18_plus": QCoreApplication.translate("Labels", "18 months and more"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "due_soon": QCoreApplication.translate("Labels", "Due within %1 days").replace("%1", str(DUE_SOON_DAYS)),
    }
    return groups.get(code, code)


def referral_outcome(code: str) -> str:
    return {
        "sent": QCoreApplication.translate("Labels", "Sent, no answer yet"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
        "service_received": QCoreApplication.translate("Labels", "Service received"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
        "no_response": QCoreApplication.translate("Labels", "No response"),
    }.get(code, code)


def dashboard(key: str, value: object = "") -> str:
    """The headings of the caseload dashboard, on screen and in its PDF report; ``%1`` is ``value``."""
    return {
        "cases": QCoreApplication.translate("Labels", "Cases"),
        "office": QCoreApplication.translate("Labels", "Office %1"),
        "counted": QCoreApplication.translate("Labels", "Counted on %1"),
        "overdue": QCoreApplication.translate("Labels", "Follow-ups overdue"),
        "tasks_overdue": QCoreApplication.translate("Labels", "Follow-up tasks overdue"),
        "plan_median": QCoreApplication.translate("Labels", "Days from return to agreed plan (median)"),
        "plan_within": QCoreApplication.translate("Labels", "Plans agreed within %1 days of return"),
        "by_status": QCoreApplication.translate("Labels", "Cases by status"),
        "by_vulnerability": QCoreApplication.translate("Labels", "Open cases by vulnerability"),
        "item_types": QCoreApplication.translate("Labels", "Plan items by type of support"),
        "deliveries": QCoreApplication.translate("Labels", "Plan items: direct or referral"),
        "referral_outcomes": QCoreApplication.translate("Labels", "Referrals by outcome"),
    }[key].replace("%1", str(value))


def vulnerability_group(code: str) -> str:
    """A row of the vulnerability mix: a vulnerability, or a report group such as "none"."""
    return vulnerability(Vulnerability(code)) if code in set(Vulnerability) else report_group(code)


def survey_name(round_: str, follow_up: int | None) -> str:
    """Baseline, Follow-up n (numbered over every survey of the case), or Survey."""
    if round_ == "baseline":
        return QCoreApplication.translate("Labels", "Baseline")
    if round_ == "follow_up":
        return QCoreApplication.translate("Labels", "Follow-up %1").replace("%1", str(follow_up))
    return QCoreApplication.translate("Labels", "Survey")


def no_score() -> str:
    return QCoreApplication.translate("Labels", "No survey has enough answers for a score.")


def follow_up_soon() -> str:
    """The case list's filter of cases whose next follow-up is due soon."""
    return QCoreApplication.translate("Labels", "Follow-up within %1 days").replace("%1", str(DUE_SOON_DAYS))


def follow_ups_due_soon() -> str:
    return QCoreApplication.translate("Labels", "Follow-ups due within %1 days").replace("%1", str(DUE_SOON_DAYS))


def report_subset(code: str) -> str:
    """What a report subset (``Subset``) selects, to name a filter of the case list."""
    return {
        "task_overdue": QCoreApplication.translate("Labels", "Follow-up task overdue"),
        "task_due_soon": QCoreApplication.translate("Labels", "Follow-up task due within %1 days").replace(
            "%1", str(DUE_SOON_DAYS)),
        "no_vulnerability": QCoreApplication.translate("Labels", "No vulnerability"),
        "plan_item_type": QCoreApplication.translate("Labels", "Plan item of this type"),
        "plan_delivery": QCoreApplication.translate("Labels", "Plan item delivered this way"),
        "referral_outcome": QCoreApplication.translate("Labels", "Referral with this outcome"),
        "plan_timed": QCoreApplication.translate("Labels", "Plan agreed, return date known"),
        "plan_within": QCoreApplication.translate("Labels", "Plan agreed within the target"),
        "plan_late": QCoreApplication.translate("Labels", "Plan agreed after the target"),
    }.get(code, code)


# --- RSS scores -----------------------------------------------------------------------------------


def score(name: str) -> str:
    """One of the four RSS scores (``economic``, ``social``, ``psychosocial``, ``composite``)."""
    return {
        "economic": QCoreApplication.translate("Labels", "Economic"),
        "social": QCoreApplication.translate("Labels", "Social"),
        "psychosocial": QCoreApplication.translate("Labels", "Psychosocial"),
        "composite": QCoreApplication.translate("Labels", "Composite"),
    }.get(name, name)


def score_band(name: str) -> str:
    """A band of a scoring profile: ``low``, ``medium`` or ``high``."""
    return {
        "low": QCoreApplication.translate("Labels", "low"),
        "medium": QCoreApplication.translate("Labels", "medium"),
        "high": QCoreApplication.translate("Labels", "high"),
    }.get(name, name)


def provisional_scoring() -> str:
    """The mark of scores computed with a provisional scoring profile."""
    return QCoreApplication.translate(
        "Labels", "Provisional scoring: placeholder weights, not the official scoring sheet.")


def scoring_profile(profile_id: str) -> str:
    return QCoreApplication.translate("Labels", "Scoring profile: %1").replace("%1", profile_id)


def other_profile_surveys(count: int) -> str:
    """Why ``count`` surveys are missing from a chart or table of scores."""
    return _Plurals().other_profile_surveys(count)


class _Plurals(QObject):
    """Plural sentences shared by several screens (lupdate reads plural forms from ``tr`` calls only)."""

    def other_profile_surveys(self, count: int) -> str:
        return self.tr(
            "%n survey(s) scored with another scoring profile not shown: their scores cannot be compared with these.",
            "", count)


def assistance_types(plan_form: FormDefinition | None, language: str) -> Callable[[str], str]:
    """Code → label of a plan item's type of assistance in ``language``, from the plan form's
    ``assistance_types`` list; a code the list lacks (``none``, ``unknown``…) as ``report_group``."""
    names = {choice.name: choice.label.get(language)
             for choice in (plan_form.choices.get("assistance_types", []) if plan_form else [])}
    return lambda code: names.get(code) or report_group(code)


def report_breakdown(code: str) -> str:
    """What the M&E view groups returnees by (``BREAKDOWNS`` of the reports)."""
    return {
        "office": QCoreApplication.translate("Labels", "Office"),
        "time_since_return": QCoreApplication.translate("Labels", "Time since return"),
        "sex": QCoreApplication.translate("Labels", "Sex"),
        "age_group": QCoreApplication.translate("Labels", "Age group"),
        "assistance_type": QCoreApplication.translate("Labels", "Type of assistance"),
        "delivery": QCoreApplication.translate("Labels", "Direct or referral"),
    }.get(code, code)
