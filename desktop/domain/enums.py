"""Closed vocabularies of the case. Values are stored codes; labels live in the UI."""

from enum import StrEnum


class Role(StrEnum):
    CASE_MANAGER = "case_manager"
    SUPERVISOR = "supervisor"
    ME_OFFICER = "me_officer"


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"
    ARABIC = "ar"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ReturnType(StrEnum):
    VOLUNTARY = "voluntary"
    FORCED = "forced"


class Status(StrEnum):
    REGISTERED = "registered"
    ASSESSED = "assessed"
    PLAN_AGREED = "plan_agreed"
    ASSISTANCE = "assistance"
    MONITORING = "monitoring"
    CLOSED = "closed"


class ClosureReason(StrEnum):
    SUPPORT_ENDED = "support_ended"
    NOT_ELIGIBLE = "not_eligible"
    OPTED_OUT = "opted_out"
    MOVED_AWAY = "moved_away"
    DECEASED = "deceased"
    LOST_CONTACT = "lost_contact"
    REMIGRATED = "remigrated"


class Vulnerability(StrEnum):
    UNACCOMPANIED_CHILD = "unaccompanied_child"
    TRAFFICKING = "trafficking"
    HEALTH = "health"
    DISABILITY = "disability"
    ELDERLY = "elderly"
    PREGNANT = "pregnant"
    SINGLE_PARENT = "single_parent"
    LARGE_FAMILY = "large_family"
    GBV_SURVIVOR = "gbv_survivor"
    TORTURE_SURVIVOR = "torture_survivor"
    EXPLOITATION_RISK = "exploitation_risk"


class ConsentPurpose(StrEnum):
    ASSISTANCE = "assistance"
    HQ_SHARING = "hq_sharing"
    REFERRAL = "referral"


class Document(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    BIRTH_CERTIFICATE = "birth_certificate"
    TRAVEL_DOCUMENT = "travel_document"
    DIPLOMA = "diploma"


class Relationship(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class ErasureReason(StrEnum):
    """Why a case was erased everywhere (a code: the reason travels to every device)."""

    REQUESTED = "requested"                  # the returnee asked for their data to be erased
    CONSENT_WITHDRAWN = "consent_withdrawn"  # consent to keep the data was withdrawn
    DUPLICATE = "duplicate"                  # the same person was registered twice
    ENTERED_IN_ERROR = "entered_in_error"    # a case made by mistake (test, wrong person)
