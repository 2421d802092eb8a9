"""What happens to each entity type: the defaults, and the user's ``[privacy.policy]`` table."""

from __future__ import annotations

from typing import Mapping

from ..errors import ConfigError

PSEUDONYMISE = "pseudonymise"
MASK = "mask"
BLOCK = "block"
KEEP = "keep"
ACTIONS = (PSEUDONYMISE, MASK, BLOCK, KEEP)
_ALIASES = {"pseudonymize": PSEUDONYMISE, "pseudonymise": PSEUDONYMISE, "redact": MASK}

#: Every entity type this part can find, with its default action. Dates, nationalities and
#: company names stay: analysts' questions need them (and amounts/percentages are never matched).
DEFAULT_POLICY: dict[str, str] = {
    "PERSON": PSEUDONYMISE,
    "LOCATION": PSEUDONYMISE,
    "ADDRESS": PSEUDONYMISE,
    "EMAIL_ADDRESS": PSEUDONYMISE,
    "PHONE_NUMBER": PSEUDONYMISE,
    "CREDIT_CARD": PSEUDONYMISE,
    "IBAN_CODE": PSEUDONYMISE,
    "IP_ADDRESS": PSEUDONYMISE,
    "US_SSN": PSEUDONYMISE,
    "ID_NUMBER": PSEUDONYMISE,
    "CN_RESIDENT_ID": PSEUDONYMISE,
    "CN_MOBILE": PSEUDONYMISE,
    "CN_BANK_CARD": PSEUDONYMISE,
    "CN_USCC": PSEUDONYMISE,
    "API_KEY": PSEUDONYMISE,
    "ACCESS_TOKEN": PSEUDONYMISE,
    "PRIVATE_KEY": PSEUDONYMISE,
    "PASSWORD": PSEUDONYMISE,
    "ORGANIZATION": KEEP,
    "NRP": KEEP,
    "DATE_TIME": KEEP,
}

ENTITY_TYPES = tuple(DEFAULT_POLICY)


def resolve_policy(overrides: Mapping[str, str] | None) -> dict[str, str]:
    """The defaults with ``overrides`` applied; an unknown type or action is a ConfigError.

    Broken redaction configuration fails closed: nothing falls back silently.
    """
    policy = dict(DEFAULT_POLICY)
    for entity, action in (overrides or {}).items():
        key = str(entity).strip().upper()
        if key not in DEFAULT_POLICY:
            raise ConfigError(
                f"privacy.policy names unknown entity type {entity!r}; "
                f"known types: {', '.join(ENTITY_TYPES)}."
            )
        value = _ALIASES.get(str(action).strip().lower(), str(action).strip().lower())
        if value not in ACTIONS:
            raise ConfigError(
                f"privacy.policy.{key} is {action!r}; choose one of {', '.join(ACTIONS)}."
            )
        policy[key] = value
    return policy
