"""Synthetic, clearly fictional cases for demonstrations, training and benchmarks.

Family names are invented words that read as stand-ins in each language
("Exemplaire", "Sampleton", "التجريبي"), so nobody mistakes a demo case for a
real person.
"""

import random
from datetime import date, timedelta

from ..domain.audit import AuditAction
from ..domain.case import Case, utc_now
from ..domain.enums import Document, ReturnType, Sex, Status, Vulnerability
from .cases import new_case_defaults
from .session import Session

GIVEN = {
    "fr": (["Aminata", "Fatou", "Awa", "Mariama", "Élodie", "Hélène", "Khadija", "Aïssatou", "Mélanie", "Ndèye"],
           ["Mamadou", "Ousmane", "Ibrahima", "Cheikh", "Moussa", "Étienne", "Jérôme", "Séydou", "Aliou", "Théo"]),
    "en": (["Grace", "Mary", "Faith", "Joy", "Abigail", "Hope", "Esther", "Ruth", "Sarah", "Blessing"],
           ["John", "Peter", "Samuel", "Daniel", "James", "Emmanuel", "David", "Michael", "Joseph", "Paul"]),
    "ar": (["فاطمة", "عائشة", "مريم", "خديجة", "زينب", "آمنة", "هدى", "سلمى", "نور", "إيمان"],
           ["محمد", "أحمد", "علي", "عمر", "يوسف", "إبراهيم", "خالد", "حسن", "مصطفى", "إسماعيل"]),
}
FAMILY = {
    "fr": ["Exemplaire", "Fictif", "Démonstration", "Modèle", "Lessai", "Duprétexte", "Imaginaire", "Factice"],
    "en": ["Sampleton", "Testwood", "Mockford", "Dummington", "Examplar", "Fictionby", "Placeworth", "Trialson"],
    "ar": ["التجريبي", "الافتراضي", "الخيالي", "المثالي", "النموذجي", "التمثيلي", "الوهمي", "الاختباري"],
}
PLACES = [
    ("Dakar", "Pikine", ["Thiaroye", "Guédiawaye", "Keur Massar"]),
    ("Thiès", "Mbour", ["Saly", "Joal", "Nianing"]),
    ("Kayes", "Kita", ["Sébékoro", "Kassaro"]),
    ("Erbil", "Soran", ["Diana", "Rawanduz"]),
    ("Oromia", "Adama", ["Wonji", "Modjo"]),
    ("Tanger-Tétouan", "Tétouan", ["Martil", "M'diq"]),
    ("بغداد", "الكرخ", ["المنصور", "الكاظمية"]),
    ("Herat", "Injil", ["Guzara", "Kohsan"]),
]
HOSTS = ["Libya", "Niger", "Morocco", "Germany", "Italy", "France", "Türkiye", "Saudi Arabia", "Algeria", "Yemen"]
NATIONALITIES = ["Senegalese", "Malian", "Iraqi", "Ethiopian", "Moroccan", "Afghan", "Guinean", "Nigerian"]
STATUS_WEIGHTS = [(Status.REGISTERED, 20), (Status.ASSESSED, 15), (Status.PLAN_AGREED, 15),
                  (Status.ASSISTANCE, 20), (Status.MONITORING, 15), (Status.CLOSED, 15)]


def make_cases(count: int, office_code: str, assigned_to: str, today: date, seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    statuses = [status for status, weight in STATUS_WEIGHTS for _ in range(weight)]
    now = utc_now()
    cases = []
    for _ in range(count):
        language = rng.choice(("fr", "fr", "en", "ar", "ar"))
        sex = rng.choice((Sex.FEMALE, Sex.MALE))
        given = rng.choice(GIVEN[language][0 if sex is Sex.FEMALE else 1])
        region, district, communities = rng.choice(PLACES)
        birth = today - timedelta(days=rng.randint(16 * 365, 60 * 365))
        returned = today - timedelta(days=rng.randint(0, 3 * 365))
        status = rng.choice(statuses)
        vulnerabilities = sorted(set(rng.sample(list(Vulnerability), rng.choice((0, 0, 0, 1, 1, 2)))))
        follow_up = None if status is Status.CLOSED else today + timedelta(days=rng.randint(-30, 90))
        cases.append(
            Case(
                office_code=office_code,
                status=status,
                closure_reason=None,
                given_name=given,
                family_name=rng.choice(FAMILY[language]),
                sex=sex,
                birth_date=birth,
                nationality=rng.choice(NATIONALITIES),
                languages=[language],
                phone=f"+{rng.choice((221, 223, 964, 251, 212, 93))} {rng.randint(70, 79)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                documents=rng.sample(list(Document), rng.randint(0, 2)),
                host_country=rng.choice(HOSTS),
                return_date=returned,
                return_type=rng.choice((ReturnType.VOLUNTARY, ReturnType.VOLUNTARY, ReturnType.FORCED)),
                region=region,
                district=district,
                community=rng.choice(communities),
                vulnerabilities=vulnerabilities,
                assigned_to=assigned_to if rng.random() < 0.6 else "colleague",
                next_follow_up=follow_up,
                created_at=now,
                updated_at=now,
            )
        )
    for case in cases:
        if case.status is Status.CLOSED:
            case.closure_reason = rng.choice(("support_ended", "support_ended", "lost_contact", "opted_out"))
            case.closed_on = today - timedelta(days=rng.randint(0, 200))
    return cases


def add_demo_cases(session: Session, count: int, today: date | None = None, seed: int = 7) -> int:
    """Add ``count`` fictional cases to the profile, in batches of 5,000."""
    today = today or date.today()
    defaults = new_case_defaults(session)
    pattern = session.settings.case_number_pattern
    done = 0
    while done < count:
        batch = min(5000, count - done)
        cases = make_cases(batch, defaults["office_code"], defaults["assigned_to"], today, seed + done)
        session.cases.insert_many(cases, pattern, today, AuditAction.IMPORT)
        done += batch
    return done


DEMO_PROVIDERS = [
    ("Centre de formation Exemple", "economic", ["vocational_training", "apprenticeship"]),
    ("Clinique Modèle", "psychosocial", ["counselling", "clinical_referral"]),
    ("Microfinance Fictive", "economic", ["microcredit_banking", "financial_literacy"]),
    ("Bureau juridique Démo", "social", ["legal", "documentation"]),
]


def add_demo_activity(session: Session, today: date | None = None, cases: int = 8) -> None:
    """Fictional providers and, on the first cases, vulnerability screenings
    made on different days, so follow-ups fall overdue, today and this week."""
    from ..domain.records import Provider
    from .forms import FormService, default_catalogue

    for name, dimension, services in DEMO_PROVIDERS:
        session.providers.save(Provider(name=name, dimension=dimension, services=services, region="Dakar"))
    today = today or date.today()
    catalogue = default_catalogue()
    if "vulnerability_screening" not in catalogue.forms:
        return
    rows = session.db.execute("SELECT id FROM cases WHERE status != 'closed' ORDER BY case_number LIMIT ?", [cases])
    for offset, (case_id,) in zip((-12, -9, -7, -6, -4, -2, -1, 0), rows.fetchall()):
        day = today + timedelta(days=offset)
        forms = FormService(session, catalogue, day)
        draft = forms.start("vulnerability_screening", case_id)
        run = forms.run(draft)
        for name, value in (("screening_date", day.isoformat()), ("vulnerabilities", ["health"]),
                            ("immediate_safety", "no"), ("urgent_medical", "no"), ("person_wishes", "accepts_referral")):
            run.answer((name,), value)
        forms.submit(draft, run)
