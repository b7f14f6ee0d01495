"""The passphrase strength rule, as pure functions."""

MIN_LENGTH = 10
_COMMON = frozenset(
    {"password", "motdepasse", "passerelle", "azerty", "qwerty", "123456", "iom", "oim", "welcome", "bienvenue"}
)


def passphrase_problems(passphrase: str, display_name: str = "") -> list[str]:
    """Message keys for every way the passphrase falls short (empty when strong)."""
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append("passphrase.too_short")
    classes = sum(
        (
            any(c.isalpha() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if classes < 2:
        problems.append("passphrase.one_kind")
    lowered = passphrase.casefold()
    if any(word in lowered for word in _COMMON) and len(passphrase) < 16:
        problems.append("passphrase.common")
    name = display_name.strip().casefold()
    if len(name) >= 3 and name in lowered:
        problems.append("passphrase.contains_name")
    if len(set(passphrase)) < 5:
        problems.append("passphrase.repetitive")
    return problems
