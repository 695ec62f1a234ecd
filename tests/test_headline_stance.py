"""A headline's stance toward a claim (`claimtrack match`), on real Emergent train headlines."""

from __future__ import annotations

import pytest

from claimtrack.link.relation import text_relation
from claimtrack.models import Relation

# (headline, the claim it is about, its relation): Emergent train headlines with their gold
# stance (observing = reports, for = repeats or confirms)
ATTRIBUTED = [
    # a source named by its role before a colon relays
    (
        "Congressman: At least 10 ISIS fighters caught trying to cross into US",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.REPORTS,
    ),
    (
        "Analyst: Apple Watch Edition to Cost 950",
        "The gold Apple Watch Edition will retail for 950 USD",
        Relation.REPORTS,
    ),
    # ... by a news word or an outlet's initials after a closing colon or dash
    (
        "LG Display, Samsung unit to supply Apple Watch screens: South Korea paper",
        "LG will supply the screens for the Apple Watch that goes on sale in April",
        Relation.REPORTS,
    ),
    (
        "Microsoft nears deal to buy Minecraft maker Mojang : WSJ",
        "Microsoft is going to acquire Mojang AB",
        Relation.REPORTS,
    ),
    (
        "High-end Apple Watch to start at 5,000 -- analyst",
        "The gold Apple Watch Edition will start at 4,999 USD",
        Relation.REPORTS,
    ),
    (
        "Tesla settles on Nevada for gigafactory site -CNBC",
        "Tesla is building its gigfactory in Nevada",
        Relation.REPORTS,
    ),
    # ... as the subject of "says"
    (
        "Lawmaker Says At Least 10 Islamic State Fighters Have Been Captured at the Southern"
        " U.S. Border",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.REPORTS,
    ),
    # a label, a topic or a named body before the colon is no source
    (
        "BREAKING: ISIS Beheads American Journalist James Wright Foley",
        "ISIS beheaded journalist James Wright Foley",
        Relation.REPEATS,
    ),
    (
        "Jihadi John: Isis fighter named as Mohammed Emwazi from west London",
        "Jihadi John is a Londoner named Mohammed Emwazi",
        Relation.REPEATS,
    ),
    (
        "Pentagon: ISIS Got U.S. Weapons Package",
        "ISIS captured a U.S. airdrop of weapons intended for Kurdish fighters",
        Relation.REPEATS,
    ),
    (
        "Saudi cleric says snowmen are anti-Islamic",
        "A Saudi cleric declared that snowmen are anti-Islamic",
        Relation.REPEATS,
    ),
]


@pytest.mark.parametrize(("headline", "claim", "relation"), ATTRIBUTED)
def test_a_headline_naming_its_source_reports(
    headline: str, claim: str, relation: Relation
) -> None:
    assert text_relation(headline, claim) is relation
