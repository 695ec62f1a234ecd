"""Direct quotations as a table: a real passage, and the speaker, cue and quoted words found.

Each row is a passage of the PolNeAR train split, quoted as printed (marks as typed), with
the claim the extractor must make of it. Rows are grouped by the rule they exercise.
"""

# Typographic quotes and apostrophes are part of the real sentences.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.text import paragraphs, quotes, sentences, typo_closers
from claimtrack.models import Article

# passage, speaker mention, cue, content
QUOTES: list[tuple[str, str | None, str | None, str]] = [
    # a quotation signed by a speaker and any verb (signing_clause): no cue list holds it
    (
        "“OK, for a start, [Khizr Khan’s] wife has explained that she chose not to speak "
        "because she gets too upset when she sees images of her dead son’s face, you fucking "
        "asshole,” Oliver barked.",
        "Oliver",
        "barked",
        "OK, for a start, [Khizr Khan’s] wife has explained that she chose not to speak "
        "because she gets too upset when she sees images of her dead son’s face, you fucking "
        "asshole",
    ),
    (
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
        "Trump",
        "barked",
        "Go back to Univision",
    ),
    # a description no speaker rule reads, and a verb with its particle
    (
        '"In the United States, first-, second- and third-generation Mexicans are just beyond '
        'reproach - spectacular, spectacular, hard-working people," this Trump look-alike '
        "declared in Mexico City.",
        "this Trump look-alike",
        "declared",
        "In the United States, first-, second- and third-generation Mexicans are just beyond "
        "reproach - spectacular, spectacular, hard-working people",
    ),
    ("“Mexico!” the audience screamed back.", "the audience", "screamed back", "Mexico!"),
    ('"Nooooo!" the crowd cried out, booing.', "the crowd", "cried out", "Nooooo!"),
    # the verb first, then the speaker
    (
        "“There are invertebrates that have shown more spine than Sen. Charles Grassley,” "
        "reads a Wednesday editorial in The Des Moines Register.",
        "a Wednesday editorial in The Des Moines Register",
        "reads",
        "There are invertebrates that have shown more spine than Sen. Charles Grassley",
    ),
    (
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the "
        "floor from the guest seats to be closer to the action.",
        "Donald Hartley of Madison",
        "beamed",
        "This is fantastic!",
    ),
    # a question stays one sentence with the clause signing it ('?” Clinton asks')
    (
        "“Who can remember how many states i’ve lost in a row? Is it two? Three?” Clinton asks "
        "as a maintenance guy walks in front of her, saying he’s “here to fix the seven holes "
        "in your wall.”",
        "Clinton",
        "asks",
        "Who can remember how many states i’ve lost in a row? Is it two? Three?",
    ),
    # a quotation introduced by a speaker, any verb and a comma or colon (introducing_clause)
    (
        "As the Rainmakers sang back in the 1980s, \"They'll turn us all into beggars 'cause "
        "they're easier to please.\"",
        "the Rainmakers",
        "sang back",
        "They'll turn us all into beggars 'cause they're easier to please",
    ),
    (
        "When they spotted a Soviet trawler in international waters off the coast of Montauk, "
        "Freddy circled it as his friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''",
        "his friends",
        "jeered",
        "Do svidaniya!",
    ),
    (
        "Article 33 affirms: “No Contracting State shall expel or return a refugee in any "
        "manner whatsoever to the frontiers of territories where his life or freedom would be "
        "threatened...”",
        "Article 33",
        "affirms",
        "No Contracting State shall expel or return a refugee in any manner whatsoever to the "
        "frontiers of territories where his life or freedom would be threatened",
    ),
    # a plain description as the introducing clause's speaker
    (
        "Trump described the country as beset by illegal immigrants, some of them killers. The "
        'crowd chanted back at him, "Send them home," and "Build the wall."',
        "The crowd",
        "chanted back",
        "Send them home",
    ),
    # an opening mark glued to a word before an editor's bracket closes the quotation
    (
        "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot "
        "of heat from the public and the media for not anticipating Sen. Ted Cruz’s (R-Texas) "
        "victory in Monday night’s Iowa caucus.“[HuffPost.]",
        "HuffPollster",
        ":",
        "Pollsters are taking a lot of heat from the public and the media for not anticipating "
        "Sen. Ted Cruz’s (R-Texas) victory in Monday night’s Iowa caucus",
    ),
    # a show's name in quotation marks before the speaker is no content of the cue
    (
        "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said "
        "Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in "
        "question because of her handling of classified material on a private email server.",
        "Rep. Darrell Issa",
        "said",
        "Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in "
        "question because of her handling of classified material on a private email server",
    ),
    # an opening mark typed for the closing one is read as a closing one
    (
        "“The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new "
        "and real problems for her here,“ said Jim Clyburn, a Democratic congressman and civil "
        "rights leader from South Carolina.",
        "Jim Clyburn",
        "said",
        "The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new "
        "and real problems for her here",
    ),
    # a quotation going on after its attribution keeps an unresolved "she" as its speaker
    (
        '"Don\'t shoot him," she says. "Don\'t shoot him. He has no weapon. He has no weapon. '
        "Don't shoot him.\"",
        "she",
        "says",
        "Don't shoot him,\" she says. \"Don't shoot him. He has no weapon. He has no weapon. "
        "Don't shoot him",
    ),
    # a content that opens with a quotation closed by its own punctuation ends with it: the
    # words after it are the writer's (_quote_first)
    (
        "The latest is Rep. Joe Wilson, the South Carolina congressman who gained national "
        "attention in 2009 when he yelled “You lie!” at President Barack during the chief "
        "executive’s first annual address to Congress.",
        "he",
        "yelled",
        "You lie!",
    ),
    (
        'As Trump attacked Clinton, the attendees chanted, "Lock her up!" as they had for '
        "previous speakers.",
        "the attendees",
        "chanted",
        "Lock her up!",
    ),
    # a content ending with a quotation closed by its own punctuation ends there, wherever
    # the quotation starts (_quote_end), and a signature after it makes a claim of its own
    (
        "He said that when Trump’s properties did well, the developer was a “good corporate "
        'citizen," who was involved in the community and gave back to local charities.',
        "He",
        "said",
        'when Trump’s properties did well, the developer was a “good corporate citizen,"',
    ),
    (
        "Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders like "
        "Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly "
        "reminded the crowd of the stakes.",
        "Mr. Biden",
        "said",
        "He would have loved Stalin",
    ),
    (
        "But he said he was too busy to look for evidence that would back up his earlier "
        "statements: \"I have a lot going on - I just don't have the time. Good luck with the "
        'story," he wrote.',
        "he",
        "wrote",
        "I have a lot going on - I just don't have the time. Good luck with the story",
    ),
    # the capital of the first word of a quotation opening its sentence makes no title
    (
        '"Oh, my God," a young woman exclaimed upon seeing him. Others could be heard calling '
        "friends on their cellphones to say they had run into Sanders.",
        "a young woman",
        "exclaimed",
        "Oh, my God",
    ),
    (
        "''Choke!'' blared the front page of The Boston Herald.",
        "the front page of The Boston Herald",
        "blared",
        "Choke!",
    ),
    # "I" and a name make no title of a short quotation
    ("“I would,” Melanie said to the TV. “I would, Donald.”", "Melanie", None, "I would, Donald"),
]


@pytest.mark.parametrize("passage, speaker, cue, text", QUOTES)
def test_quote(passage: str, speaker: str | None, cue: str | None, text: str) -> None:
    claims = extract(Article.from_text("A first paragraph.\n\n" + passage))
    found = [(c.speaker_mention, c.cue, c.text) for c in claims]
    assert (speaker, cue, text) in found, found


# passages whose quotations no clause signs
NOT_SIGNED: list[str] = [
    # a title, and a clause of the writer's after a title
    "Titled “A Very Clinton Christmas,” the 30-second video pans around images of Christmas "
    "gifts that evoke some of the Democratic front-runner’s biggest controversies.",
    "The Florida senator likes “The Walking Dead,” while the former Florida governor loves "
    "“Lilyhammer.”",
    # "was" describes the words, it does not say them
    "“Anybody but Trump,” was another.",
    # a title opening its sentence is a title still: its later words are capitals
    "“A Very Clinton Christmas,” the 30-second video pans around images of Christmas gifts.",
    # one word in an appositive introduces no one's words (a naming verb gives a name:
    # test_extract_table.NAMED_QUOTES)
    "The two-time Tony-winning actor-singer, who also stars on the Netflix serial thriller, "
    "“Bloodline,” and the PBS medical drama, “Mercy Street,” returns to the New York stage.",
]


@pytest.mark.parametrize("passage", NOT_SIGNED)
def test_no_signed_quote(passage: str) -> None:
    assert [c for c in extract(Article.from_text(passage)) if c.cue is not None] == []


def test_a_quotation_going_on_after_its_signature_is_the_split_quote_rule() -> None:
    # '"The risk," said X, "is that"': one quotation around its attribution, not a signed one
    text = (
        '"The risk," said Edward Leamer, an economist who is director of the UCLA Anderson '
        'Forecast, "is that these jobs go away."'
    )
    assert [c.text for c in extract(Article.from_text(text))] == ["is that these jobs go away"]


def test_typo_closers_keep_offsets() -> None:
    text = "“Fine,“ he said. “Good.”"
    fixed = typo_closers(text)
    assert fixed == "“Fine,” he said. “Good.”"
    assert len(fixed) == len(text)
    assert typo_closers("“A” and “B”") == "“A” and “B”"


def test_a_name_after_a_question_is_no_new_sentence() -> None:
    text = '"What difference does it make?" Her critics cited it. "Why?" Trump asked them.'
    paras = paragraphs(text)
    spans = sentences(text, *paras[0], quotes(text, paras))
    assert [text[a:b] for a, b in spans] == [
        '"What difference does it make?"',
        "Her critics cited it.",
        '"Why?" Trump asked them.',
    ]


def test_a_quotation_opening_a_content_keeps_what_follows_without_its_own_punctuation() -> None:
    # no comma or stop inside the closing mark: the quotation is part of a longer content
    text = (
        'Sanders said "we don\'t know what the answer will be" on how many jobs might be '
        "eliminated when the minimum goes up."
    )
    assert [c.text for c in extract(Article.from_text(text))] == [
        '"we don\'t know what the answer will be" on how many jobs might be eliminated when '
        "the minimum goes up"
    ]


def test_a_no_break_space_is_a_space() -> None:
    # PolNeAR train: a no-break space after the opening comma, and before a quotation
    passage = (
        "Trump, Sexton said,\xa0has created a “strange, reality-bending political "
        "correctness-free zone.”\n\n"
        "\xa0“I don’t care. He was the founder. His, the way he got out of Iraq was that that "
        "was the founding of ISIS, OK?” Trump said.\xa0"
    )
    texts = [c.text for c in extract(Article.from_text(passage))]
    assert "has created a “strange, reality-bending political correctness-free zone.”" in texts
    assert (
        "I don’t care. He was the founder. His, the way he got out of Iraq was that that was "
        "the founding of ISIS, OK?" in texts
    )
