"""The event component's data: trigger words, modality cues and role words, read from ``data/lexicon``.

Kept apart from the component so that the rules (Python) and the vocabulary (JSON) change independently:
covering a new phrasing of "splash down" is a data edit, not a code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.model import EVENT_TYPES

TRIGGERS_FILE = "event-triggers.json"
MODALITY_FILE = "event-modality.json"
ROLES_FILE = "event-roles.json"


@dataclass(frozen=True)
class TriggerEntry:
    """One way of saying that an event happened ("touch down", "undocking", "hand over command")."""

    event_type: str
    lemma: str
    pos: str  # "VERB" or "NOUN"
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    agent_role: str | None = None
    strength: float = 0.8
    uppercase: bool = False
    vehicle_object: bool = False
    intransitive: bool = False
    operator_subject: bool = False  # "X captured the Cygnus with the arm": X works the arm, flies nothing
    not_followed_by: frozenset[str] = frozenset()  # "comes down to": an idiom, no landing

    @property
    def head_word(self) -> str:
        """The last word of a multi-word lemma ("walk" of "space walk"): the token that is looked up."""
        return self.lemma.split()[-1]

    @property
    def leading_words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split()[:-1])


@dataclass(frozen=True)
class ModalityCues:
    """Words that make a mention planned, or not asserted (negated, hypothetical, called off)."""

    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    negations: frozenset[str]
    schedule_words: frozenset[str]
    planned_modifiers: frozenset[str]
    called_off_words: frozenset[str]
    condition_markers: frozenset[str]
    clause_boundaries: frozenset[str]
    announcement_nouns: frozenset[str]
    future_in_units: frozenset[str]
    prospective_words: frozenset[str] = frozenset()
    vague_quantifiers: frozenset[str] = frozenset()
    generic_determiners: frozenset[str] = frozenset()
    habitual_markers: frozenset[str] = frozenset()
    state_adverbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RoleWords:
    """Words used while filling roles: light verbs, anaphors, collective nouns, numbers, prepositions."""

    support_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    crew_nouns: dict[str, int]
    craft_anaphors: frozenset[str]
    number_words: dict[str, int]
    crew_prepositions: frozenset[str]
    vehicle_prepositions: frozenset[str]
    from_prepositions: frozenset[str]
    to_prepositions: frozenset[str]
    person_titles: frozenset[str]
    station_nouns: frozenset[str]
    crew_links: frozenset[str]
    spacewalk_start_verbs: frozenset[str] = frozenset()
    spacewalk_end_verbs: frozenset[str] = frozenset()
    first_flight_words: frozenset[str] = frozenset()
    crew_statement_cues: frozenset[str] = frozenset()
    crew_statement_exclusions: frozenset[str] = frozenset()
    uncrewed_words: frozenset[str] = frozenset()
    operator_verbs: frozenset[str] = frozenset()
    ordinal_words: dict[str, int] = field(default_factory=dict)
    crew_apposition_nouns: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    companion_verbs: frozenset[str] = frozenset()
    helper_verbs: frozenset[str] = frozenset()
    commanded_things: frozenset[str] = frozenset()
    comparison_prepositions: frozenset[str] = frozenset()
    station_mission_words: frozenset[str] = frozenset()
    carrier_verbs: frozenset[str] = frozenset()
    crew_lead_verbs: frozenset[str] = frozenset()
    crew_role_verbs: frozenset[str] = frozenset()
    relief_verbs: frozenset[str] = frozenset()
    handover_prepositions: frozenset[str] = frozenset()
    absence_prepositions: frozenset[str] = frozenset()
    greeting_verbs: frozenset[str] = frozenset()
    observer_verbs: frozenset[str] = frozenset()
    command_words: frozenset[str] = frozenset()
    career_words: frozenset[str] = frozenset()
    tally_adverbs: frozenset[str] = frozenset()
    repetition_words: dict[str, int] = field(default_factory=dict)
    first_instance_verbs: frozenset[str] = frozenset()
    support_posts: frozenset[str] = frozenset()
    other_vehicle_prepositions: frozenset[str] = frozenset()
    group_titles: frozenset[str] = frozenset()


@dataclass
class EventLexicon:
    """Everything the event component reads from disk, indexed for per-token look-up."""

    triggers: dict[str, list[TriggerEntry]] = field(default_factory=dict)  # head word -> entries
    modality: ModalityCues | None = None
    roles: RoleWords | None = None

    def entries_for(self, word: str) -> list[TriggerEntry]:
        return self.triggers.get(word, [])


def _lower_set(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _read_json(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def load_event_lexicon(lexicon_dir: Path) -> EventLexicon:
    """Read the three event lexicon files from ``lexicon_dir`` (``data/lexicon``)."""
    raw_triggers = _read_json(lexicon_dir / TRIGGERS_FILE)
    triggers: dict[str, list[TriggerEntry]] = {}
    for event_type in EVENT_TYPES:
        for item in raw_triggers.get(event_type, []):
            entry = TriggerEntry(
                event_type=event_type,
                lemma=item["lemma"].lower(),
                pos=item.get("pos", "VERB"),
                particle=(item.get("particle") or None),
                objects=_lower_set(item.get("objects", [])),
                requires=tuple(item.get("requires", [])),
                agent_role=item.get("agent_role"),
                strength=float(item.get("strength", 0.8)),
                uppercase=bool(item.get("uppercase", False)),
                vehicle_object=bool(item.get("vehicle_object", False)),
                intransitive=bool(item.get("intransitive", False)),
                operator_subject=bool(item.get("operator_subject", False)),
                not_followed_by=_lower_set(item.get("not_followed_by", [])),
            )
            triggers.setdefault(entry.head_word, []).append(entry)

    raw_modality = _read_json(lexicon_dir / MODALITY_FILE)
    modality = ModalityCues(**{name: _lower_set(raw_modality.get(name, []))
                               for name in ModalityCues.__dataclass_fields__})

    raw_roles = _read_json(lexicon_dir / ROLES_FILE)
    role_fields = {}
    for name in RoleWords.__dataclass_fields__:
        value = raw_roles.get(name, [])
        role_fields[name] = ({k.lower(): int(v) for k, v in value.items()} if isinstance(value, dict)
                             else _lower_set(value))
    return EventLexicon(triggers=triggers, modality=modality, roles=RoleWords(**role_fields))
