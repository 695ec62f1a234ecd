"""A headline's stance toward a claim (`claimtrack match`), on real Emergent train headlines."""

from __future__ import annotations

import pytest

from claimtrack.lexicon import CueClass
from claimtrack.link.relation import text_cue, text_relation
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
    (
        "Amazon.com to open first physical store in Manhattan: DJ",
        "Amazon will open its first physical store in NY this year",
        Relation.REPORTS,
    ),
    # ... as the subject of "says"
    (
        "Lawmaker Says At Least 10 Islamic State Fighters Have Been Captured at the Southern"
        " U.S. Border",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.REPORTS,
    ),
    # ... as a speaker whose own words, in the first person, follow the colon
    (
        "Tim Cook: I wear my Apple Watch in the shower",
        "The Apple Watch is sufficiently water resistant to wear in the shower",
        Relation.REPORTS,
    ),
    (
        "ISIS: We have our hands on weapons, ammo air-dropped by U.S.",
        "ISIS captured a U.S. airdrop of weapons intended for Kurdish fighters",
        Relation.REPORTS,
    ),
    # ... after a closing "says"
    (
        "Islamic State training pilots to fly MiG fighter planes, says monitoring group",
        "ISIS fighters are being trained to fly three captured fighter jets",
        Relation.REPORTS,
    ),
    # first-person words with no speaker before them are the headline's own
    (
        "I aborted my baby because it was a boy",
        "A woman aborted a fetus after discovering it was male",
        Relation.REPEATS,
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
        "U.S. arms airdrop fell into ISIS hands: Pentagon",
        "ISIS captured a U.S. airdrop of weapons intended for Kurdish fighters",
        Relation.REPEATS,
    ),
    # ... nor a named body's initials after it, only a news outlet's (no Emergent train
    # headline ends with a body's initials: these are real ones with the initials of a body
    # in place of the outlet's)
    (
        "U.S. arms airdrop fell into ISIS hands: DOD",
        "ISIS captured a U.S. airdrop of weapons intended for Kurdish fighters",
        Relation.REPEATS,
    ),
    (
        "Islamic state issues video of beheading of U.S. hostage: FBI",
        "ISIS beheads Steve Sotloff",
        Relation.REPEATS,
    ),
    (
        "Saudi cleric says snowmen are anti-Islamic",
        "A Saudi cleric declared that snowmen are anti-Islamic",
        Relation.REPEATS,
    ),
]


HEDGED = [
    # a word that relays a thing as claimed, seen or expected, not as known
    (
        "ISIS Video Purports To Show Beheading Of British Aid Worker",
        "ISIS beheaded British aid worker Daivd Haines",
        Relation.REPORTS,
    ),
    (
        "Transgender teen struck and killed on Ohio interstate in apparent suicide",
        "Transgender teenager Leelah Alcorn committed suicide and left a note on her Tumblr",
        Relation.REPORTS,
    ),
    (
        "ISIS Seemingly Beheaded American Journalist James Wright Foley Updated",
        "ISIS beheaded journalist James Wright Foley",
        Relation.REPORTS,
    ),
    (
        "ISIS is suspected of selling human organs for money in Iraq",
        "ISIS is harvesting and selling human organs to help fund its operations",
        Relation.REPORTS,
    ),
    (
        "Lenovo tipped to make a bid for BlackBerry this week",
        "Lenovo will make a bid to buy Blackberry",
        Relation.REPORTS,
    ),
    (
        "Return of the Mac: Seth Rogen in talks to star as Apple co-founder Steve Wozniak in"
        " upcoming Steve Jobs biopic",
        "Seth Rogen will play Steve Wozniak in a film about Steve Jobs",
        Relation.REPORTS,
    ),
    (
        "BMO forecasts 19M Apple Watch sales in 2015, with more than half selling in holiday"
        " season",
        "Apple will sell 19 million Apple Watches in 2015",
        Relation.REPORTS,
    ),
    # an accusation, a report in the making
    (
        "Palestine accuses Israel of opening dams, flooding Gaza, forcing evacuations",
        "Israel caused flooding in Gaza by opening river dams",
        Relation.REPORTS,
    ),
    (
        "Veterans Today reporting Iraqi Army Downs 2 UK Planes Carrying Weapons for ISIL",
        "The Iraqi army shot down two British planes that were delivering weapons to ISIS",
        Relation.REPORTS,
    ),
    # the same words in another sense hedge nothing
    (
        "Soldier Killed, Suspect Dead In Shooting Near Canadian Parliament",
        "A soldier was shot at the War Memorial in Ottawa, Canada",
        Relation.REPEATS,
    ),
    (
        "Pizza delivery man gets tipped more than 2,000 for a single delivery",
        "A Michigan pizza delivery guy received a 2,084 tip",
        Relation.REPEATS,
    ),
]


CONFIRMED = [
    # "official" as a person names a source; only "it's official" confirms
    (
        "Official: Houthis take U.S. vehicles, weapons in Yemen",
        "The final Marines to leave the U.S. embassy in Yemen handed their weapons over to"
        " Houthi rebels",
        Relation.REPORTS,
    ),
    (
        "IT'S OFFICIAL: HP Is Splitting Into 2 Separate Businesses",
        "Claim Hewlett-Packard will split itself into two separate companies",
        Relation.CONFIRMS,
    ),
    # "-proof" ends a compound, no proof
    (
        "Apple Watch to Be Shower-Proof, Have 100,000 Apps at Launch: Reports",
        "The Apple Watch is sufficiently water resistant to wear in the shower",
        Relation.REPORTS,
    ),
    (
        "TBS speeds up Seinfeld a full 7.5 percent - here is the proof",
        "TBS speeds up Seinfeld episodes to fit in more commercials",
        Relation.CONFIRMS,
    ),
]


DENIED = [
    # the blunt word for a claim, and a doubt cast on it
    (
        "It's rubbish that Robert Plant turned down 500m Led Zeppelin reformation offer, says"
        " publicist",
        "Robert Plant ripped up an 800 million contract offer to reunite Led Zeppelin",
        Relation.DENIES,
    ),
    (
        "Eyewitness: Viral Video That Netted 130K in Donations is Bullshit",
        "YouTube star Josh Paler Lin gave a homeless man 100 and filmed how he spent it without"
        " the man's knowledge",
        Relation.DENIES,
    ),
    (
        "Scientists Doubt That Meteor Caused Crater In Nicaragua",
        "A meteorite landed in Nicaragua.",
        Relation.DENIES,
    ),
    (
        "NASA Raises Doubts About Reports of Nicaraguan Meteorite",
        "A meteorite landed in Nicaragua.",
        Relation.DENIES,
    ),
    (
        "Expert casts doubt on Bunbury man Dylan Thomas's burrowing stomach-spider story",
        "A tropical spider burrowed under a man's skin",
        Relation.DENIES,
    ),
    # a negation beside a rumour set aside ("despite ... rumors"), which leaves nothing unsure
    (
        "Missing Fort Carson item not a nuclear weapon - despite Internet rumors",
        "Fort Carson is locked down because of a missing nuclear weapon",
        Relation.DENIES,
    ),
    # a negation said, suggested or confirmed by someone
    (
        "Woman detained in Lebanon is not al-Baghdadi's wife, Iraq says",
        "A wife and child of ISIS leader Abu Bakr al-Baghdadi were detained in Lebanon",
        Relation.DENIES,
    ),
    (
        "Managua explosion not a meteorite, NASA suggests",
        "A meteorite landed in Nicaragua.",
        Relation.DENIES,
    ),
    (
        "YPG Confirms: Gill Rosenberg Not Captured in Kobani",
        "Canadian-Israeli Gill Rosenberg captured by ISIS while fighting with Kurdish forces",
        Relation.DENIES,
    ),
    (
        "Bodies In Mexico Mass Grave Apparently Not Those Of Missing Students",
        "Mass grave found in Mexico holds bodies of missing students",
        Relation.DENIES,
    ),
    # ... but not beside a modal, a rumour or a question, which leave the claim unsure
    (
        "Apple May Or May Not Hold An Event On The 24th Of February Rumor",
        "Apple will hold a special medialaunch event in February",
        Relation.REPORTS,
    ),
    (
        "Fidel Castro Rumors Sweep Internet, but No Sign in Cuba",
        "Fidel Castro has died",
        Relation.REPORTS,
    ),
    (
        "Is There an ISIS Threat on the Texas-Mexico Border or Not?",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.REPORTS,
    ),
    # ... nor when it stands on something the claim does not say ("evidence", not "captured")
    (
        "No hard evidence of Isis claims it kidnapped Canadian-Israeli woman Gill Rosenberg",
        "Canadian-Israeli Gill Rosenberg captured by ISIS while fighting with Kurdish forces",
        Relation.REPORTS,
    ),
    # not knowing denies nothing of what is known
    (
        "Nun who gave birth had no idea she was pregnant",
        "An nun in an Italian convent gave birth to a child",
        Relation.REPEATS,
    ),
    (
        "Texas Plumber Isn't Sure How Extremists In Syria Ended Up With His Work Truck",
        "A Texas plumbing company's truck is now being used by militant Islamist fighters in Syria",
        Relation.REPEATS,
    ),
    # "despite" something else, "in doubt" asked: no denial
    (
        "ISIS FIGHTING JUST ONE MILE OUTSIDE BAGHDAD DESPITE AIRSTRIKES",
        "ISIS is a mile away from Baghdad",
        Relation.REPEATS,
    ),
    (
        "KANE'S FUTURE IN WINNIPEG IN DOUBT?",
        "Evander Kane could be traded by the Jets",
        Relation.REPORTS,
    ),
]


# headlines written for the review of the rules (Emergent train has no such headline), of
# what a rule must not do
MUST_NOT = [
    # a negation beside a claim confirmed or reported, of something the claim does not say,
    # denies nothing of it
    (
        "Police confirm Banksy arrest, name not released",
        "Banksy was arrested in London",
        Relation.CONFIRMS,
    ),
    (
        "Airline confirms crash, no survivors expected",
        "A plane crashed in the Alps",
        Relation.CONFIRMS,
    ),
    (
        "Apple confirms Watch will not need an iPhone for payments",
        "The Apple Watch will go on sale in April",
        Relation.CONFIRMS,
    ),
    (
        "Report: ISIS fighters caught at border, no arrests in Texas",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.REPORTS,
    ),
    (
        "Apple Watch to cost $349, report says; not available until April",
        "The Apple Watch will cost $349",
        Relation.REPORTS,
    ),
    (
        "Sources: Nothing can stop ISIS advance on Baghdad",
        "ISIS is advancing on Baghdad",
        Relation.REPORTS,
    ),
    (
        "Israel accuses Hamas of not respecting ceasefire",
        "Hamas broke the ceasefire",
        Relation.REPORTS,
    ),
    (
        "CNN reporting no survivors in Germanwings crash",
        "A Germanwings plane crashed in the Alps",
        Relation.REPORTS,
    ),
    # a fact set against a rumour denies the claim only when the claim is the rumour, not the
    # fact; a doubt denied ("no doubt that") casts none
    (
        "Playboy founder makes it to film night despite death rumours",
        "Playboy founder Hugh Hefner is dead",
        Relation.DENIES,
    ),
    (
        "Kim Jong Un reappears in public despite rumours of ill health",
        "Kim Jong Un has reappeared in public",
        Relation.REPORTS,
    ),
    (
        "Apple Watch launches on time despite reports of production problems",
        "The Apple Watch will go on sale in April",
        Relation.REPORTS,
    ),
    (
        "No doubt that Banksy was arrested, police say",
        "Banksy was arrested in London",
        Relation.REPORTS,
    ),
    (
        "Little doubt that ISIS has chemical weapons, experts say",
        "ISIS has chemical weapons",
        Relation.REPORTS,
    ),
    # "official" said as "it's official", a confirmation said again; "reporting" as a noun
    # relays nothing
    (
        "HP split now official",
        "Hewlett-Packard will split itself into two separate companies",
        Relation.CONFIRMS,
    ),
    (
        "Apple re-confirms Watch launch in April",
        "The Apple Watch will go on sale in April",
        Relation.CONFIRMS,
    ),
    (
        "New law requires reporting of drone flights",
        "The FAA requires drone flights to be reported",
        Relation.REPEATS,
    ),
    # not knowing a thing or a person, not whether or how, denies it
    ("Putin: I don't know Trump", "Putin and Trump know each other well", Relation.DENIES),
    (
        "Pentagon doesn't know of any ISIS fighters caught at border",
        "ISIS fighters were caught trying to enter the U.S. via the U.S.-Mexico border",
        Relation.DENIES,
    ),
]


@pytest.mark.parametrize(
    ("headline", "claim", "relation"), [*ATTRIBUTED, *HEDGED, *CONFIRMED, *DENIED, *MUST_NOT]
)
def test_headline_relation(headline: str, claim: str, relation: Relation) -> None:
    assert text_relation(headline, claim) is relation


def test_forecasts_hedges_as_a_verb_only() -> None:
    # Emergent train: "BMO forecasts 19M Apple Watch sales" (in HEDGED); the plural noun
    # relays nothing (PolNeAR train, Washington Post)
    assert text_cue("HP had believed its forecasts for Compaq's new gains were conservative.") is (
        CueClass.SPEECH
    )
