"""Attribution forms as a table: a real sentence, and the speaker, cue and content found.

Each row is a sentence of the PolNeAR train split (or the seeds), quoted as printed, with
the claim the extractor must make of it. Rows are grouped by the rule they exercise.
"""

# Typographic quotes and apostrophes are part of the real sentences.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.extract.coref import Resolver
from claimtrack.models import Article, Stance

# sentence, speaker mention, cue, content
FORMS: list[tuple[str, str, str, str]] = [
    # a plain noun phrase as the subject, before a clause (the loose subject rule)
    (
        "The witness said the driver accelerated as he was mowing people down.",
        "The witness",
        "said",
        "the driver accelerated as he was mowing people down",
    ),
    (
        "Along with a raft of allegations, the suit claims that Gowdy made statements that "
        "damaged Podliska’s reputation.",
        "the suit",
        "claims",
        "Gowdy made statements that damaged Podliska’s reputation",
    ),
    (
        "Another ranking says he's not even a billionaire.",
        "Another ranking",
        "says",
        "he's not even a billionaire",
    ),
    # "said <time> that Mr. ...": a clause opened by a capitalised abbreviation
    (
        "Senator Lindsey Graham, Republican of South Carolina, said on Sunday that Mr. Trump "
        "had crossed another line.",
        "Senator Lindsey Graham",
        "said",
        "Mr. Trump had crossed another line",
    ),
    # a day's possession after the cue is the clause's subject, not a time ("said Monday")
    (
        "Rachel Berg, a philanthropist from Monsey, New York, said Thursday's speeches have led "
        "her to count Trump and Carson out and focus on Rubio and Cruz.",
        "Rachel Berg",
        "said",
        "Thursday's speeches have led her to count Trump and Carson out and focus on Rubio and "
        "Cruz",
    ),
    (
        "Hawkins and others who want to ban abortion said Monday's decision will make the "
        "choice between Clinton and Trump even more stark.",
        "Hawkins and others who want to ban abortion",
        "said",
        "Monday's decision will make the choice between Clinton and Trump even more stark",
    ),
    # a subject whose appositive between dashes ends in a dash standing alone
    (
        "Democrats — and some Republicans — say that Trump’s alienation of growing segments of "
        "the electorate, like Hispanics, far outweighs any gains he is making among "
        "working-class whites.",
        "Democrats",
        "say",
        "Trump’s alienation of growing segments of the electorate, like Hispanics, far "
        "outweighs any gains he is making among working-class whites",
    ),
    (
        "Murphy — after a knock-on-wood-gesture — told me he’s had a relatively tragedy-free "
        "life and was utterly unprepared for the emotional toll of his encounters with the Sandy "
        "Hook families those first few days after Adam Lanza, wearing earplugs and carrying a "
        "Bushmaster semiautomatic, entered Sandy Hook.",
        "Murphy",
        "told",
        "he’s had a relatively tragedy-free life and was utterly unprepared for the emotional "
        "toll of his encounters with the Sandy Hook families those first few days after Adam "
        "Lanza, wearing earplugs and carrying a Bushmaster semiautomatic, entered Sandy Hook",
    ),
    # "called X a Y" with no quotation: the one called and the label, to a participle that
    # opens the subject's next act
    (
        "Alastair Osman called him a kind, loving and admirable person.",
        "Alastair Osman",
        "called",
        "him a kind, loving and admirable person",
    ),
    (
        "The two had played nice earlier in the campaign, with Cruz repeatedly calling Trump his "
        "friend, meeting with him in July at Trump Tower and inviting him on a trip to the "
        "U.S.-Mexico border that Cruz couldn't make because the Senate had votes scheduled.",
        "Cruz",
        "calling",
        "Trump his friend",
    ),
    (
        "Critics call it the enforcement of political correctness, raising the question of what "
        "constitutes hate speech and sparking a national debate over free expression.",
        "Critics",
        "call",
        "it the enforcement of political correctness",
    ),
    # a plural subject postmodified by a participle takes "say" ("Democrats trying to ...")
    (
        "Democrats trying to regain control of the Senate in November say they have a powerful "
        "new weapon: Donald Trump.",
        "Democrats trying to regain control of the Senate in November",
        "say",
        "they have a powerful new weapon: Donald Trump",
    ),
    (
        "But Republican activists clamoring to block Donald Trump from the GOP nomination say "
        "they’re suddenly in the midst of a Dump-Trump bump.",
        "Republican activists clamoring to block Donald Trump from the GOP nomination",
        "say",
        "they’re suddenly in the midst of a Dump-Trump bump",
    ),
    # a quantity opening the clause after "said" is no adverbial ("much of", "more than
    # 1,300", "nearly every")
    (
        "Adelson said much of his discussion with Trump was about Israel.",
        "Adelson",
        "said",
        "much of his discussion with Trump was about Israel",
    ),
    (
        "Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with "
        "House leadership, said nearly every conversation he has had with donors lately centers "
        "on the need for a firewall.",
        "Mike Shields",
        "said",
        "nearly every conversation he has had with donors lately centers on the need for a "
        "firewall",
    ),
    # "told <outlet>" and a clause opened by a possessive and its noun
    (
        "Podesta told the AP his firm worked closely with the nonprofit and with Gates "
        "simultaneously.",
        "Podesta",
        "told",
        "his firm worked closely with the nonprofit and with Gates simultaneously",
    ),
    # a cue inside a subordinate or relative clause: the content ends where the main
    # clause takes over
    (
        "Services Committee, is crucial for the plan to have any shot, and while he said he’d "
        "hold a hearing, it’s unlikely to win his support without naming a site.",
        "he",
        "said",
        "he’d hold a hearing",
    ),
    (
        "Mrs. Clinton's Iraq war vote, which she has repeatedly said was a mistake, was a major "
        "factor in her defeat in the 2008 primary, and it remains a vulnerability.",
        "she",
        "said",
        "was a mistake",
    ),
    # "according to": a source holding a quoted title or initials, a colon opening the clause
    (
        'The plan would cost about $1.38 trillion a year, according to the "Medicare for all" '
        "document he released.",
        'the "Medicare for all" document he released',
        "according to",
        "The plan would cost about $1.38 trillion a year",
    ),
    (
        "His was an all-purpose job, according to E. J. Fleming's ''The Fixers: Eddie Mannix, "
        "Howard Strickling and the MGM Publicity Machine'' and other sources.",
        "E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity "
        "Machine'' and other sources",
        "according to",
        "His was an all-purpose job",
    ),
    (
        "And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent "
        "of the Latino vote compared to Hillary Clinton’s 76 percent.",
        "recent polls",
        "According to",
        "Trump holds only 14 percent of the Latino vote compared to Hillary Clinton’s 76 percent",
    ),
    # a content that stops at a second predicate of the speaker after a comma
    # (PolNeAR train, breitbart_2016-07-27)
    (
        "Comey said Clinton had been “extremely careless” in her handling of classified "
        "material via a private email server, but did not recommend that she face criminal "
        "charges.",
        "Comey",
        "said",
        "Clinton had been “extremely careless” in her handling of classified material via a "
        "private email server",
    ),
    # a quotation introduced inside the left content of its cue is the content
    # (PolNeAR train, nyt_2016-09-07)
    (
        "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her mouth,'' "
        "Mr. Elkins said - but they couldn't bring themselves to back Mr. Trump.",
        "Mr. Elkins",
        "said",
        "Born with a silver spoon in her mouth",
    ),
    # a nominal cue as the sentence's subject: its clause ends before the sentence's verb
    # (seeds/001)
    (
        "Trump’s insistence that maintaining cordial relations with a leader like Putin is the "
        "smart approach has divided analysts.",
        "Trump",
        "insistence that",
        "maintaining cordial relations with a leader like Putin is the smart approach",
    ),
    (
        "Trump’s claim that staying in touch with Putin would be a “smart” move highlights the "
        "former president’s unconventional diplomatic approach.",
        "Trump",
        "claim that",
        "staying in touch with Putin would be a “smart” move",
    ),
    # quotations of every convention: two backquotes and '' (PolNeAR train, nyt_2015-11-09,
    # typeset the Penn Treebank way), guillemets
    (
        "``We finally may be seeing some wage acceleration,'' the economist Jared Bernstein "
        "wrote on his blog.",
        "the economist Jared Bernstein",
        "wrote",
        "We finally may be seeing some wage acceleration",
    ),
    (
        "''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein "
        "wrote on his blog.",
        "the economist Jared Bernstein",
        "wrote",
        "We finally may be seeing some wage acceleration",
    ),
    (
        "«Nous allons gagner cette élection», Macron said.",
        "Macron",
        "said",
        "Nous allons gagner cette élection",
    ),
    # verbs that take a bare clause (no "that"): noted, complained, implied, continued to say
    (
        "Hennessey acknowledged the negligence provision, but noted the government doesn’t use "
        "it to prosecute people.",
        "Hennessey",
        "noted",
        "the government doesn’t use it to prosecute people",
    ),
    (
        "He implied a federal judge was biased and “hostile” because he’s Hispanic.",
        "He",
        "implied",
        "a federal judge was biased and “hostile” because he’s Hispanic",
    ),
    (
        "Even after the complaint was filed, Lewandowski continued to say he had never touched "
        "Fields.",
        "Lewandowski",
        "continued to say",
        "he had never touched Fields",
    ),
    (
        "Trump the presidential nomination, even as some party figures concluded it was now too "
        "late to stop the billionaire mogul.",
        "some party figures",
        "concluded",
        "it was now too late to stop the billionaire mogul",
    ),
    # a refusal to speak: the act refused is the content (stance: declines)
    (
        "The Carson campaign declined to comment for this story.",
        "The Carson campaign",
        "declined",
        "to comment",
    ),
    (
        "Justice Department spokeswoman Nicole A. Navas declined comment beyond its filings in "
        "the pending Judicial Watch case.",
        "Justice Department spokeswoman Nicole A. Navas",
        "declined",
        "comment",
    ),
    # the whole opening of the sentence as the subject no speaker rule reads
    (
        "People briefed on the move said that it reflected Mr. Trump's realization that his "
        "campaign was at a crisis point.",
        "People briefed on the move",
        "said",
        "it reflected Mr. Trump's realization that his campaign was at a crisis point",
    ),
    # a base-form cue agrees with the head of the opening, not with the last name in it
    (
        "Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders.",
        "Aides to Clinton",
        "say",
        "she’s shifting her tack toward rival Bernie Sanders",
    ),
    # a gerund opens the clause after the cue
    (
        "The billionaire businessman says running for president is tough, nasty and mean.",
        "The billionaire businessman",
        "says",
        "running for president is tough, nasty and mean",
    ),
    # a second predicate after "then", and after a subject with a contraction
    (
        "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome "
        "advice for anyone who wants to talk to or yell at him if elected.",
        "Kasich",
        "says",
        "he’ll welcome advice for anyone who wants to talk to or yell at him if elected",
    ),
    (
        "He’s comparing the gun actions to Obama’s executive action on immigration and says "
        "Obama is flouting the proper constitutional process for lawmaking.",
        "He",
        "says",
        "Obama is flouting the proper constitutional process for lawmaking",
    ),
    # a headline's title-case cue
    (
        "Trump Says He’s Unlikely To Have A Good Relationship With David Cameron.",
        "Trump",
        "Says",
        "He’s Unlikely To Have A Good Relationship With David Cameron",
    ),
    # a time adverbial, then "that": the clause, not up to the comma inside "125,000"
    (
        "Just days before it was to report fourth quarter earnings on Wednesday, the social "
        "media company said on Friday that it had suspended 125,000 Twitter accounts.",
        "the social media company",
        "said",
        "it had suspended 125,000 Twitter accounts",
    ),
    # a clause boundary before a speaker whose mention drops a function word ("other")
    (
        "After the Mason City event, several Clinton supporters said the former president had "
        "made a good case for his wife, while other voters said they had not heard anything to "
        "pull them away from Mr. Sanders.",
        "Clinton supporters",
        "said",
        "the former president had made a good case for his wife",
    ),
    # a new clause after a comma ends a reported content
    (
        "Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not "
        "discuss their terms.",
        "Trump campaign spokeswoman Hope Hicks",
        "said",
        "all staffers sign NDAs",
    ),
    # an infinitive is the content of a promise, not an adverbial; it ends at a comma
    (
        "Though he hasn’t traditionally been a major voice on immigration reform, Sanders "
        "promised to take bold action should he win the presidency.",
        "Sanders",
        "promised",
        "to take bold action should he win the presidency",
    ),
    (
        "He also pledged to shut down private detention centers, after he introduced a bill "
        "last month that would end private prison contracts with the government.",
        "He",
        "pledged",
        "to shut down private detention centers",
    ),
    # intentions are cues before an infinitive
    (
        "The Republican presidential candidate plans to be back in South Carolina later "
        "Saturday to await the results.",
        "The Republican presidential candidate",
        "plans",
        "to be back in South Carolina later Saturday to await the results",
    ),
    # a hope takes an infinitive too ("hopes to get"), and the infinitive is the content,
    # not a clause after a later "that"
    (
        "Cruz hopes to get one last media splash from his 99-county pursuit.",
        "Cruz",
        "hopes",
        "to get one last media splash from his 99-county pursuit",
    ),
    (
        "In California, Clinton hopes to make a statement in a contest that will effectively end "
        "the primaries and encourage the party to coalesce around her candidacy.",
        "Clinton",
        "hopes",
        "to make a statement in a contest that will effectively end the primaries and encourage "
        "the party to coalesce around her candidacy",
    ),
    # the target of a coordinated "and endorsed" stops at its preposition, as a plain one does
    (
        "The former secretary of state’s approach has won over Weaver, who came out and "
        "endorsed Clinton during a conference call with reporters Tuesday morning.",
        "The former secretary",
        "endorsed",
        "Clinton",
    ),
    # a question whose clause opens with a name ("why Ghazala Khan"), after a second verb
    (
        "After their appearance, Trump complained Khizr Khan unfairly had attacked him and "
        "questioned why Ghazala Khan hadn't spoken on stage.",
        "Trump",
        "questioned",
        "why Ghazala Khan hadn't spoken on stage",
    ),
    # ", referring to": a participle whose target ends at its comma, and which ends the quote
    (
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July "
        "convention, where Republicans will select a nominee.",
        "Trump",
        "referring to",
        "the party’s July convention",
    ),
    (
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July "
        "convention, where Republicans will select a nominee.",
        "Trump",
        "said",
        "things “should be wrapped up by Cleveland,”",
    ),
    # "A, X told Y.": the one told ends the attribution, the content is before it
    (
        "He had been completing his second year, a school spokesman told The Wall Street Journal.",
        "a school spokesman",
        "told",
        "He had been completing his second year",
    ),
    # "told <outlet> he's ...": a contraction, or a time, between the one told and the clause
    (
        "Calabrese told the National Post he’s already received hundreds of emails from "
        "Americans interested in moving to the island.",
        "Calabrese",
        "told",
        "he’s already received hundreds of emails from Americans interested in moving to the "
        "island",
    ),
    (
        "Republican Christine Todd Whitman, the former New Jersey governor and Environmental "
        "Protection Agency administrator, told The Star-Ledger of Newark last week she would "
        "rather vote for Hillary Clinton than Trump.",
        "Republican Christine Todd Whitman",
        "told",
        "she would rather vote for Hillary Clinton than Trump",
    ),
    # a promise with a "that" clause, not an infinitive
    (
        "He pledged that he would get the unemployment rate down to 6 percent over a period of "
        "four years.",
        "He",
        "pledged",
        "he would get the unemployment rate down to 6 percent over a period of four years",
    ),
    # a participle after an adverb, or after "by": the sentence's subject speaks it
    (
        "Trump has raised questions about Obama’s birthplace and religion, falsely suggesting "
        "that Obama was born outside the United States and is a Muslim.",
        "Trump",
        "suggesting",
        "Obama was born outside the United States and is a Muslim",
    ),
    (
        "Donald Trump picked up from his daughter by saying he is ready to go to work for the "
        "country.",
        "Donald Trump",
        "saying",
        "he is ready to go to work for the country",
    ),
    # an attribution that interrupts one clause, its predicate after it: the whole sentence
    (
        "At the heart of the trouble, according to Dennis B. Ross, another former American "
        "special envoy, was a decision by Mr. Obama that he needed to establish distance from "
        "Israel to build credibility in the Arab world.",
        "Dennis B. Ross",
        "according to",
        "At the heart of the trouble, according to Dennis B. Ross, another former American "
        "special envoy, was a decision by Mr. Obama that he needed to establish distance from "
        "Israel to build credibility in the Arab world",
    ),
    ("This campaign, he says, is different.", "he", "says", "This campaign, he says, is different"),
    # a work that shows or finds, named at any length before its verb: what it shows
    (
        "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 "
        "points among likely voters in Wisconsin, 52 percent to 37 percent.",
        "A poll from Marquette Law School released",
        "found",
        "Clinton leading Trump by 15 points among likely voters in Wisconsin, 52 percent to 37 "
        "percent",
    ),
    (
        "A New York Times/CBS News poll conducted last week found that African-Americans rated "
        "the economy as good by a ratio of about four to one.",
        "A New York Times/CBS News poll conducted last week",
        "found",
        "African-Americans rated the economy as good by a ratio of about four to one",
    ),
    # a relative clause or a comparison after a comma is the writer's, not the content's
    (
        "After the Mason City event, several Clinton supporters said the former president had "
        "made a good case for his wife, while other voters said they had not heard anything to "
        "pull them away from Mr. Sanders, who also held a rally in Mason City on Wednesday "
        "night, drawing 1,110 people, about triple the size of the former president's crowd.",
        "voters",
        "said",
        "they had not heard anything to pull them away from Mr. Sanders",
    ),
    # (the seeds: a relative clause before the content's own predicate ends nothing)
    (
        "Trump reasoned that maintaining open channels of communication with a global leader "
        "like Putin, who oversees one of the world’s largest nuclear arsenals, is a wise move.",
        "Trump",
        "reasoned",
        "maintaining open channels of communication with a global leader like Putin, who "
        "oversees one of the world’s largest nuclear arsenals, is a wise move",
    ),
    # what is voiced or named: its object, to a comma, a preposition or a time
    (
        "Trump, speaking later at a rally in Charleston, West Virginia, did not mention Ryan "
        "directly in his speech, though the crowd booed when one of his warm-up speakers "
        "mentioned the Wisconsin Republican’s name.",
        "one of his warm-up speakers",
        "mentioned",
        "the Wisconsin Republican’s name",
    ),
    # a content ends at a new clause of the speaker's after ", and he" / ", and they"
    (
        "Aides said Mr. Clinton's role would be narrowly defined to focus on hard-hit areas of "
        "the country, such as the Rust Belt, and they rejected any implication that Mrs. "
        "Clinton would outsource a central part of her administration to her spouse.",
        "Aides",
        "said",
        "Mr. Clinton's role would be narrowly defined to focus on hard-hit areas of the "
        "country, such as the Rust Belt",
    ),
    (
        "Patrick predicted a Cruz win in Texas, which votes on March 1.",
        "Patrick",
        "predicted",
        "a Cruz win in Texas",
    ),
    (
        "Now, 52 percent said Mr. Trump would be better, compared with 41 percent for Mrs. "
        "Clinton.",
        "52 percent",
        "said",
        "Mr. Trump would be better",
    ),
    # a gerund opens the clause said, up to its verb ("puts", "outlined")
    (
        "Montana Sen. Jon Tester, chairman of the Democratic Senatorial Campaign Committee, said "
        "having Trump at the top of the GOP ticket puts even such senior Republicans as "
        "Arizona's John McCain and Iowa's Chuck Grassley at risk of losing their seats.",
        "Montana Sen. Jon Tester",
        "said",
        "having Trump at the top of the GOP ticket puts even such senior Republicans as "
        "Arizona's John McCain and Iowa's Chuck Grassley at risk of losing their seats",
    ),
    # a subject set off from its cue by an appositive speaks the clause after the cue (which
    # names no speaker: "said the days when ... are gone" has verbs of its own)
    (
        'Hemsley, the co-author of "Going Viral," about the rapid spread of information, said '
        'the days when the nation had "a somewhat unifying story" from newspapers and the '
        "leading TV news networks are gone.",
        "Hemsley",
        "said",
        'the days when the nation had "a somewhat unifying story" from newspapers and the '
        "leading TV news networks are gone",
    ),
    # the appositive may end in a quotation between doubled apostrophes (NYT)
    (
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a "
        "very competitive situation in states like Pennsylvania, Maryland and Delaware.",
        "Mr. Manafort",
        "said",
        "the candidate could be in a very competitive situation in states like Pennsylvania, "
        "Maryland and Delaware",
    ),
    (
        "One former Podesta employee, speaking on condition of anonymity because of a "
        "non-disclosure agreement, said Gates described the nonprofit's role in an April, 2012 "
        "meeting as supplying a source of money that could not be traced to the Ukrainian "
        "politicians who were paying him and Manafort.",
        "One former Podesta employee",
        "said",
        "Gates described the nonprofit's role in an April, 2012 meeting as supplying a source of "
        "money that could not be traced to the Ukrainian politicians who were paying him and "
        "Manafort",
    ),
    # a name and its appositive after the cue, ending the sentence, speak the clause before,
    # however its last noun phrase ends ("in Congress, whom he's alienated", "a speech of
    # this magnitude"): PolNeAR train, 3 wrong claims (the speaker's name as content) become
    # right, 2 more found, no other claim changes
    (
        "Cruz also lacks support from his Republican colleagues in Congress, whom he's "
        "alienated with his anti-establishment rhetoric, said Larry Sabato, director of the "
        "University of Virginia's Center for Politics.",
        "Larry Sabato",
        "said",
        "Cruz also lacks support from his Republican colleagues in Congress, whom he's "
        "alienated with his anti-establishment rhetoric",
    ),
    (
        "In the tightly scripted world of politics, it is highly unusual for a mistake such as "
        "plagiarized paragraphs to slip into a speech of this magnitude, said Matt Latimer, "
        "another veteran speechwriter who worked in the Bush White House.",
        "Matt Latimer",
        "said",
        "In the tightly scripted world of politics, it is highly unusual for a mistake such as "
        "plagiarized paragraphs to slip into a speech of this magnitude",
    ),
    # a poll opening the sentence is the source of its clause, "In" its cue (PolNeAR train:
    # the 11 such openings with no other cue after them all open a gold content)
    (
        "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents "
        "chose Clinton while 40 percent chose Trump.",
        "an NBC News/Wall Street Journal poll released Monday",
        "In",
        "50 percent of respondents chose Clinton while 40 percent chose Trump",
    ),
    (
        "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 "
        "percent to 39 percent among voters ages 18 to 39.",
        "the latest Washington Post-ABC News poll",
        "In",
        "Clinton led Trump 47 percent to 39 percent among voters ages 18 to 39",
    ),
    # a named poll closing the sentence is the source of the clause before it, "in" its cue
    # (PolNeAR train)
    (
        "Trump entered the debate with a growing lead in the latest NBC News/Wall Street "
        "Journal poll.",
        "the latest NBC News/Wall Street Journal poll",
        "in",
        "Trump entered the debate with a growing lead",
    ),
    (
        "Kasich was at 25 percent support in the most recent Fox poll, up eight points from March.",
        "the most recent Fox poll",
        "in",
        "Kasich was at 25 percent support",
    ),
    (
        "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse "
        "driven by a series of foreign policy blunders at a time when Republican voters see "
        "national security and terrorism as their top concerns.",
        "the latest CNN/ORC poll released Wednesday",
        "in",
        "he fell to 10 percent",
    ),
    (
        "In March, Cruz had 38 percent support in a Fox poll.",
        "a Fox poll",
        "in",
        "Cruz had 38 percent support",
    ),
    (
        "Trump leads by 57 percent to 33 percent in the 50-state poll.",
        "the 50-state poll",
        "in",
        "Trump leads by 57 percent to 33 percent",
    ),
    # one named after "To" opening a sentence holds the view of its clause, "To" the cue
    # (PolNeAR train: the 8 such openings with a name or a pronoun all open a gold content)
    (
        "To Ms. Gil, skateboarding represents a cry of dissent against the city's gentrification.",
        "Ms. Gil",
        "To",
        "skateboarding represents a cry of dissent against the city's gentrification",
    ),
    (
        "To Sexton, who has made something of a study of Trump rallies, Tuesday marked a "
        "turning point.",
        "Sexton, who has made something of a study of Trump rallies",
        "To",
        "Tuesday marked a turning point",
    ),
    # an owner's decision, promise or desire before an infinitive is an attribution,
    # the infinitive its content, ending before its clause's verb when it is the subject
    # (PolNeAR train)
    (
        "Maybe the DNC’s decision to bury the party’s debates on weekends and holidays helped "
        "Republicans generate more early enthusiasm with primetime coverage.",
        "DNC",
        "decision to",
        "to bury the party’s debates on weekends and holidays",
    ),
    (
        "Trump’s disparaging remarks about former CEO Carly Fiorina may have contributed to HP’s "
        "decision not to fund the convention this year, even though the company has a long "
        "history of doing so.",
        "HP",
        "decision not to",
        "not to fund the convention this year",
    ),
    # one's view is a source phrase, its content placed as an "according to" source places
    # it (PolNeAR train: the 5 such views outside quotations and other contents are gold cues)
    (
        "In Ash’s view, the change would have a profound impact on how the convention is run, "
        "potentially making it harder for insiders to push through a white knight candidate.",
        "Ash",
        "In Ash’s view",
        "the change would have a profound impact on how the convention is run, potentially "
        "making it harder for insiders to push through a white knight candidate",
    ),
    (
        "The only other necessary action, in Professor Knittel's view, would be more government "
        "support for research and development to accelerate the quest for new energy "
        "technologies.",
        "Professor Knittel",
        "in Professor Knittel's view",
        "The only other necessary action, in Professor Knittel's view, would be more government "
        "support for research and development to accelerate the quest for new energy "
        "technologies",
    ),
    # a share of those polled who support someone or something (PolNeAR train: the 7 such
    # shares opening their clause are gold sources, "support" the cue)
    (
        "About three-quarters support a temporary ban on Muslims who are not American citizens "
        "from entering the United States.",
        "three-quarters",
        "support",
        "a temporary ban on Muslims who are not American citizens from entering the United States",
    ),
    (
        "Two-thirds support reducing the prison sentences for people convicted of non-violent "
        "crimes such as drug possession.",
        "Two-thirds",
        "support",
        "reducing the prison sentences for people convicted of non-violent crimes such as drug "
        "possession",
    ),
    # a participle after a comma is said by its clause's subject, read loosely when the strict
    # reading finds none: a noun phrase, then a past tense or an auxiliary (PolNeAR train: 16
    # claims more, each in a gold content)
    (
        "The nurse later sued, claiming the quarantine violated her constitutional rights.",
        "The nurse",
        "claiming",
        "the quarantine violated her constitutional rights",
    ),
    (
        "U.S. District Judge James C. Cacheris imposed a 52-month sentence, saying a tough "
        "penalty was needed to deter future hacking.",
        "U.S. District Judge James C. Cacheris",
        "saying",
        "a tough penalty was needed to deter future hacking",
    ),
    (
        "Shortly after the merger announcement, the families of the company's founders had "
        "mobilized, warning that the deal would decimate the company's culture.",
        "the families of the company's founders",
        "warning",
        "the deal would decimate the company's culture",
    ),
    # an "according to" source ends before a parenthesis as before a comma
    (
        "In Wisconsin, a hotbed of union activism in recent years, Sanders won 54 percent of "
        "union households to Clinton’s 46 percent Tuesday night, according to exit polls (a "
        "sizable margin, but one that is is slightly smaller than Sanders’ overall support "
        "among non-union households).",
        "exit polls",
        "according to",
        "In Wisconsin, a hotbed of union activism in recent years, Sanders won 54 percent of "
        "union households to Clinton’s 46 percent Tuesday night",
    ),
    # participles of criticism and mention after a comma or "by", said by the clause's subject
    # (PolNeAR train: "criticizing", "mentioning", "mocking" and "slamming" so placed make 13
    # claims, all in a gold content)
    (
        "The New Jersey governor was the most forceful figure on stage at Saturday's final "
        "debate, mocking  Rubio as a neophyte who memorized talking points and lacked the "
        "executive experience a president needs.",
        "The New Jersey governor",
        "mocking",
        "Rubio as a neophyte who memorized talking points",
    ),
    (
        "Later in the day, she escalated her attacks on Sanders' record on guns, criticizing "
        "him for repeated votes against the Brady bill in the 1990s and his vote more than a "
        "decade ago to curtail gun manufacturers' liability.",
        "she",
        "criticizing",
        "him for repeated votes against the Brady bill in the 1990s and his vote more than a "
        "decade ago to curtail gun manufacturers' liability",
    ),
    # "as reported by X" reads as "according to X" (7 of 8 are gold cues on train)
    (
        "As reported by Western Journalism, former CIA operative and Marine John “Tig” Tiegen "
        "found both issues to be disqualifying.",
        "Western Journalism",
        "As reported by",
        "former CIA operative and Marine John “Tig” Tiegen found both issues to be disqualifying",
    ),
    # a passive report: what was reported is the subject, its reporter follows "by"
    (
        "News of the PGA’s move was first reported by the Miami Herald.",
        "the Miami Herald",
        "was first reported by",
        "News of the PGA’s move",
    ),
    # what is promoted or talked over is the content, a noun phrase up to its comma or
    # second verb (PolNeAR train: "touted" 24 gold cues of 25, "discussed" 15 of 20)
    (
        "Shuster has touted the infrastructure projects he has helped bring to the district, "
        "while attempting to portray Halvorson as a carpetbagger.",
        "Shuster",
        "touted",
        "the infrastructure projects he has helped bring to the district",
    ),
    (
        "The former ambassador also discussed the vast differences between the anticipated "
        "foreign policy approaches of Clinton versus GOP nominee Donald Trump.",
        "The former ambassador",
        "discussed",
        "the vast differences between the anticipated foreign policy approaches of Clinton "
        "versus GOP nominee Donald Trump",
    ),
    # no form reads a speaker before the cue, but a "that" clause follows: the sentence's
    # subject says it (PolNeAR train, nyt and huff-post)
    (
        "By the end of the day, Mr. Trump was forced into a rare moment of damage control and "
        "said that his words had been ''misconstrued.''",
        "Mr. Trump",
        "said",
        "his words had been ''misconstrued.''",
    ),
    (
        "Mrs. Clinton herself, as well as her campaign, has always maintained that the server "
        "was secure.",
        "Mrs. Clinton",
        "maintained",
        "the server was secure",
    ),
    (
        "Cruz pivoted to arguing that the epidemic was one more reason to secure the border "
        "with Mexico, in order to prevent heroin traffickers from crossing into the U.S.",
        "Cruz",
        "arguing",
        "the epidemic was one more reason to secure the border with Mexico, in order to "
        "prevent heroin traffickers from crossing into the U.S",
    ),
    # a quantity right before such a cue is its speaker (seeds, 001)
    (
        "While Biden’s rhetoric and policies have undoubtedly escalated tensions between the US "
        "and Russia, many believe that Putin’s motivations were driven by long-standing "
        "geopolitical ambitions, particularly regarding NATO’s eastward expansion.",
        "many",
        "believe",
        "Putin’s motivations were driven by long-standing geopolitical ambitions, particularly "
        "regarding NATO’s eastward expansion",
    ),
    # "who called X ''Y''": the relative names the speaker (PolNeAR train, nyt)
    (
        "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his own "
        "party's nominee as a temporary affliction on conservatism.",
        "who",
        "called",
        "Mr. Trump's comments ''racially toxic,''",
    ),
    # a refusal of an act is a claim of its own, the act its content (train: 44 of 62 marked)
    (
        "Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham, Congress’ most "
        "zealous advocate for wage-cutting mass migration, foreign military interventionism, and "
        "donor-driven attacks on GOP voters.",
        "Sen. Ted Cruz",
        "refuses",
        "to disavow the endorsement of Sen. Lindsey Graham",
    ),
    # speakers the fallback finds: "Both parents", "the affidavit" (PolNeAR train, nyt and
    # wash-post)
    (
        "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral "
        "character and basic empathy to be president.",
        "parents",
        "saying",
        "he lacked the moral character and basic empathy to be president",
    ),
    (
        "Beyond the security-camera footage, the affidavit cited interviews with Fields and said "
        "that Bujnowski had seen bruises on Fields's forearm.",
        "the affidavit",
        "said",
        "Bujnowski had seen bruises on Fields's forearm",
    ),
    # a wire dateline opening the paragraph is no part of the content
    (
        "New York (AFP) – The same popular frustration that saw a majority of Britons vote to "
        "abandon the EU could send droves of disgruntled Americans into the arms of Donald "
        "Trump, Bernie Sanders warned on Wednesday.",
        "Bernie Sanders",
        "warned",
        "The same popular frustration that saw a majority of Britons vote to abandon the EU "
        "could send droves of disgruntled Americans into the arms of Donald Trump",
    ),
    (
        "LOS ANGELES, Feb. 2 (UPI) — The next Red Hot Chili Peppers record is almost complete, "
        "frontman Anthony Kiedis recently revealed.",
        "Anthony Kiedis",
        "revealed",
        "The next Red Hot Chili Peppers record is almost complete",
    ),
    # a base form after "who" agrees with a plural antecedent: a verb, saying the clause right
    # after it (PolNeAR train: 22 of 33 "who say/think/believe/fear/..." are gold cues)
    (
        "North Carolina has faced a national backlash from gay rights groups, entertainers and "
        "business leaders who say the law unfairly targets gay and lesbian people.",
        "who",
        "say",
        "the law unfairly targets gay and lesbian people",
    ),
    # an answer after "said" is what was said, not the question before it (PolNeAR train: 26
    # of 28 "said yes/no/so/the same" are gold cues)
    (
        "Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent "
        "of Democrats said yes while 48 percent overall agreed and 44 percent of Independents "
        "disagreed.",
        "72 percent of Democrats",
        "said",
        "yes",
    ),
    (
        "And 64 percent call him competent, after 55 percent said so in December.",
        "55 percent",
        "said",
        "so",
    ),
    # "no" before a noun is no answer: "says no matter what ..."
    (
        "House Speaker Paul Ryan says no matter what unilateral action President Barack Obama "
        "takes on gun control, “his word does not trump the Second Amendment.”",
        "House Speaker Paul Ryan",
        "says",
        "his word does not trump the Second Amendment",
    ),
    # "questioned" takes a noun phrase as what is doubted (PolNeAR train: 31 of 36
    # "questioned" are gold cues; train +21 matched of +25 claims)
    (
        "In debate after debate, and rally after rally, Mr. Bush questioned Mr. Trump's "
        "tactics, his qualifications, his judgment, his worldview and his very decency.",
        "Mr. Bush",
        "questioned",
        "Mr. Trump's tactics, his qualifications, his judgment, his worldview and his very decency",
    ),
    # a person endorsed, thanked or mocked is the content, without the time or place after
    # (train: 12 more such claims lie inside a gold content, none fewer matched)
    ("Jeb Bush endorsed Cruz Wednesday.", "Jeb Bush", "endorsed", "Cruz"),
    (
        "Ryan endorsed Trump in early June, but only after publicly deliberating over the "
        "decision, telling reporters in May that he was “not quite there yet.”",
        "Ryan",
        "endorsed",
        "Trump",
    ),
    # a plan proposed keeps its "in" (only a person's target stops there)
    (
        "For instance, she is proposing $275 billion in federal infrastructure investment over "
        "five years.",
        "she",
        "proposing",
        "$275 billion in federal infrastructure investment over five years",
    ),
    # a contracted negation between a speaker and a verb whose clause follows at once
    (
        "Democrats don’t think Hillary Clinton can catch Bernie Sanders in New Hampshire.",
        "Democrats",
        "think",
        "Hillary Clinton can catch Bernie Sanders in New Hampshire",
    ),
    (
        "Trump isn’t saying what other interrogation techniques he would support.",
        "Trump",
        "saying",
        "what other interrogation techniques he would support",
    ),
    (
        "But even her fellow cast members didn't know that she had been on her own since age "
        "14, when her parents were arrested and deported to Colombia.",
        "her fellow cast members",
        "know",
        "she had been on her own since age 14, when her parents were arrested and deported to "
        "Colombia",
    ),
    # a quantity of people opening the sentence or a clause is the subject of its cue
    (
        "But few believe their relationship can ever be more than coolly transactional.",
        "few",
        "believe",
        "their relationship can ever be more than coolly transactional",
    ),
    (
        "Already, 520 superdelegates have publicly said they support Clinton, 39 have said they "
        "support Sanders and 160 have not publicly announced their choice.",
        "39",
        "said",
        "they support Sanders",
    ),
    (
        "While many social conservatives have expressed discomfort with Trump, many said Monday "
        "that the Texas ruling intensifies the need to get behind him in order to ensure "
        "favorable Supreme Court appointments.",
        "many",
        "said",
        "the Texas ruling intensifies the need to get behind him in order to ensure favorable "
        "Supreme Court appointments",
    ),
    # a subject pronoun and its verb open a clause after any verb cue, with no "that"
    (
        "But most Republicans agreed they had no real recourse at this point.",
        "most Republicans",
        "agreed",
        "they had no real recourse at this point",
    ),
    (
        "Reporters know they’re being spun, but they go with it anyway.",
        "Reporters",
        "know",
        "they’re being spun, but they go with it anyway",
    ),
    (
        "Coca-Cola indicated it would give $75,000 to the convention, down sharply from the more "
        "than $600,000 it contributed four years ago.",
        "Coca-Cola",
        "indicated",
        "it would give $75,000 to the convention, down sharply from the more than $600,000 it "
        "contributed four years ago",
    ),
    # what opens a bare clause: a quantity after "about", a capitalised name in -ing, a lone
    # gerund before its verb
    (
        "The budget office said about half of the higher adjustment in its deficit projections "
        "reflected revenue losses from the compromise tax cuts.",
        "The budget office",
        "said",
        "about half of the higher adjustment in its deficit projections reflected revenue "
        "losses from the compromise tax cuts",
    ),
    (
        "U.S. intelligence officials believe Beijing has decreased its hacking activity since "
        "signing a pledge with Washington last September.",
        "intelligence officials",
        "believe",
        "Beijing has decreased its hacking activity since signing a pledge with Washington last "
        "September",
    ),
    (
        "But he said bullying doesn’t just happen to children.",
        "he",
        "said",
        "bullying doesn’t just happen to children",
    ),
    # a subject in lower case after an opening clause's comma: a quantity or a plural noun
    # with its postmodifier (not the verb in -s of an appositive: "uses big data to help
    # brands find")
    (
        "Still, while the tech industry cannot block all terror content on the web, people who "
        "have battled other online threats say it could be doing more.",
        "people who have battled other online threats",
        "say",
        "it could be doing more",
    ),
    (
        "But while Republicans are happily supporting the delay as a blow to Obamacare, multiple "
        "sources privy to negotiations say it’s the Democratic leaders in Congress, responding "
        "to pressure from labor unions, who have insisted on acting now.",
        "multiple sources privy to negotiations",
        "say",
        "it’s the Democratic leaders in Congress, responding to pressure from labor unions",
    ),
    (
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
        "suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley.",
        "Mr. Slinker",
        "said",
        "Mr. Trump was a candidate very much in the spirit of Silicon Valley",
    ),
    # "those" makes a subject plural for a base-form cue
    (
        "By big margins, those surveyed say the economy, including jobs and the minimum wage, "
        "should be the first priority for the next president.",
        "those surveyed",
        "say",
        "the economy, including jobs and the minimum wage, should be the first priority for the "
        "next president",
    ),
    # a pronoun and a contracted auxiliary before the cue, read as "he has" is
    (
        "And he’s predicting that the competition will become so fierce that it will become "
        "clear that Trump “has no chance” of ever winning enough delegates to capture the GOP "
        "presidential nomination.",
        "he",
        "predicting",
        "the competition will become so fierce that it will become clear that Trump “has no "
        "chance” of ever winning enough delegates to capture the GOP presidential nomination",
    ),
    (
        "Minnesota Gov. Mark Dayton is backing Hillary Clinton, but he’s not predicting she’ll "
        "win Minnesota’s caucuses.",
        "he",
        "predicting",
        "she’ll win Minnesota’s caucuses",
    ),
    # a comparison and its two terms
    (
        "An EP member cynically likened the EU-Turkey deal to Donald Trump’s proposal that "
        "Mexico solve the immigration crisis for America, and pay for the wall.",
        "An EP member",
        "likened",
        "the EU-Turkey deal to Donald Trump’s proposal that Mexico solve the immigration crisis "
        "for America, and pay for the wall",
    ),
    # a phrase quoted inside the clause before the speaker, and a clause after the cue: the
    # clause is the content, not the quotation
    (
        'Walking into the office to chants of "Marco! Marco!," the senator said his campaign '
        'here was "closing really strong."',
        "the senator",
        "said",
        'his campaign here was "closing really strong."',
    ),
    (
        "Although Weiner admitted to the newspaper that he and the woman had “been friends for "
        "some time,” he claimed they had never met in person.",
        "he",
        "claimed",
        "they had never met in person",
    ),
    # a summons, "calling on" or "called upon" as "called on": the one summoned and the act
    # asked of them, to the comma (PolNeAR train, politico_2015-11-19, west-journal_2016-02-17)
    (
        "Following the release of a new video from the terrorist group threatening an attack in "
        "New York City, Trump called upon Mayor Bill de Blasio to restart surveillance of mosques "
        "and the city's Muslim community, which the New York Police Department began shortly "
        "after the 9/11 attacks in an attempt to keep tabs on potential terrorist threats.",
        "Trump",
        "called upon",
        "Mayor Bill de Blasio to restart surveillance of mosques and the city's Muslim community",
    ),
    (
        "In what might be the first time Republicans and the Black Lives Matter movement have "
        "ever agreed on anything, the BLM group is calling on Hillary Clinton to “stop pimping "
        "black votes” and call on Rahm Emanuel to resign as Chicago’s mayor.",
        "the BLM group",
        "calling on",
        "Hillary Clinton to “stop pimping black votes”",
    ),
    # an encouragement: the one moved and the act (PolNeAR train, breitbart_2016-05-03,
    # wash-post_2016-01-31)
    (
        "In a Facebook post on Sunday night, Beck encouraged Americans to join him in a fast in "
        "the run-up to the Indiana primary.",
        "Beck",
        "encouraged",
        "Americans to join him in a fast in the run-up to the Indiana primary",
    ),
    (
        "Clinton, who held three campaign events across Iowa on Friday, has encouraged the State "
        "Department to release her email as quickly as possible.",
        "Clinton",
        "encouraged",
        "the State Department to release her email as quickly as possible",
    ),
    # a comparison: what is compared and what it is compared to (PolNeAR train, huff-post
    # 2016-04-06, west-journal_2015-11-13)
    (
        "In another column, she compared abortion to the Holocaust and slavery.",
        "she",
        "compared",
        "abortion to the Holocaust and slavery",
    ),
    (
        "Donald Trump unleashed a harsh attack on Ben Carson last night, comparing Carson to a "
        "child molester.",
        "Donald Trump",
        "comparing",
        "Carson to a child molester",
    ),
    # a question or a doubt raised about something (PolNeAR train, wash-post_2016-03-30,
    # wash-post_2016-06-29)
    (
        "She resigned from Breitbart on March 14 after the news organization raised questions "
        "about whether Lewandowski had actually grabbed her.",
        "the news organization",
        "raised questions about",
        "Lewandowski had actually grabbed her",
    ),
    (
        "The clash raised serious doubts about whether Congress will heed warnings and allocate "
        "funds to fight Zika before lawmakers leave for an extended recess next month.",
        "The clash",
        "raised serious doubts about",
        "Congress will heed warnings and allocate funds to fight Zika before lawmakers leave for "
        "an extended recess next month",
    ),
    # words echoed (PolNeAR train, usa-today_2015-12-07, nyt_2015-12-09)
    (
        "Other Republicans echoed those comments, saying Obama's strategy -- airstrikes against "
        "Islamic State positions in Iraq and Syria and training local ground forces -- is "
        "inadequate to the threat.",
        "Republicans",
        "echoed",
        "those comments",
    ),
    (
        "''There should be common ground the government and tech can find to address this "
        "concern and make sure the American people are safe,'' said Josh Earnest, the White "
        "House press secretary, echoing comments made earlier by President Obama.",
        "Josh Earnest",
        "echoing",
        "comments made earlier by President Obama",
    ),
    # a case made, what it is for or that (PolNeAR train, nyt_2016-07-26, politico_2016-07-06)
    (
        "They have made the case that she is too close to Wall Street banks.",
        "They",
        "made the case that",
        "she is too close to Wall Street banks",
    ),
    (
        "(The negative press coverage from that convention helped Atlantic City make the case "
        "for legalized gambling, which was later approved in 1976.)",
        "Atlantic City",
        "make the case for",
        "legalized gambling",
    ),
    # an aim, "to discuss", of the clause's subject (PolNeAR train, huff-post_2016-04-08)
    (
        "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about "
        "his Democratic presidential rival, Hillary Clinton, saying “on her worst day” she’d be "
        "“an infinitely better president” than any of the Republican 2016 hopefuls.",
        "Sen. Bernie Sanders",
        "discuss",
        "his recent remarks about his Democratic presidential rival",
    ),
    # (PolNeAR train, nyt_2016-07-21)
    (
        "Ryan, who was reluctant to endorse Mr. Trump, was more direct in his remarks over the "
        "party's rift.",
        "Ryan",
        "endorse",
        "Mr. Trump",
    ),
    # (PolNeAR train, west-journal_2016-02-02)
    (
        "Readers of TheBlaze were quick to condemn the outcome.",
        "Readers",
        "condemn",
        "the outcome",
    ),
]


# "X seemed to VP": an appearance of an act, the subject and the infinitive (PolNeAR train: 78
# of 100 "seem/appear to" before a verb other than be/have, outside quotations, are gold cues);
# the subject is the speaker, as the gold credits it when it gives a source
SEEMING: list[tuple[str, str | None, str, str]] = [
    (
        "The rise of Donald Trump propelled that increase, but Sanders seemed to reap the "
        "benefits.",
        "Sanders",
        "seemed",
        "Sanders seemed to reap the benefits",
    ),
    (
        "The silencing of Justice Scalia's voice seemed to help other justices find theirs.",
        None,
        "seemed",
        "The silencing of Justice Scalia's voice seemed to help other justices find theirs",
    ),
    # "X seems to be Y": a state seems, said by no one (train: 27 of 34 outside quotations,
    # other contents and relatives are gold cues)
    (
        "Though in most cases, he’s lost because of Cruz’s superior organization, Indiana "
        "appears to be a break from the norm.",
        None,
        "appears",
        "Indiana appears to be a break from the norm",
    ),
    (
        "But the race seemed to be Sanders's to lose.",
        None,
        "seemed",
        "But the race seemed to be Sanders's to lose",
    ),
    # a seeming right after another cue is what that cue's speaker says
    (
        'In contrast, Berkman said, there seem to be more Republicans "who think, rightly or '
        "wrongly, that 'this guy (Trump) is going to get killed, so I'm going to stay as far "
        "away as possible.'\"",
        "Berkman",
        "said",
        "there seem to be more Republicans \"who think, rightly or wrongly, that 'this guy "
        "(Trump) is going to get killed, so I'm going to stay as far away as possible.'\"",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", SEEMING)
def test_seeming(sentence: str, speaker: str | None, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


# "appears to have" is no act (train: 20 of 31 gold), nor "seems to be" before a gerund (13 of
# 24), nor a thing described ("what appeared to be"); "appeared to imply that" is the cue's
# own; a seeming inside what someone said is part of it (PolNeAR train)
NOT_SEEMINGS: list[tuple[str, str]] = [
    # an act a seeming opens, but not over a comma
    (
        "But after his glaring display of vulnerability - in which he seemed to confirm, before "
        "millions of viewers, the most pointed critiques of his candidacy - the question was not "
        "whether he had harmed his campaign but by how much.",
        "seemed to confirm",
    ),
    # a seeming to someone: "it seems to me" is no clause that seems
    (
        "In economic terms, in terms of solving the longer-run fiscal imbalance, it seems to me "
        "it is a big problem.",
        "seems",
    ),
    ("But she appears to have a far firmer grip in these counties.", "appears"),
    (
        "On Monday, Trump refused to endorse Ryan, in what appeared to be a tit-for-tat play on "
        "words, the same wording Paul Ryan used in may when he was first asked if he would "
        "support Trump as the Republican nominee.",
        "appeared",
    ),
    (
        "She appeared to imply that Trump, a political outsider, could ultimately lead to "
        "more radical upheaval than Clinton.",
        "appeared",
    ),
    (
        "Sanders' team said the committee appears to skirt legal limits on donations by "
        "investing millions in online fundraising and advertising that solely benefit "
        "Clinton's campaign.",
        "appears",
    ),
]


# a plain subject before a clause opened by a lower-case noun or a quantity ("people
# misunderstand"), after an opening phrase ("..., most of them said"), and a target ended by
# a second verb of its speaker ("and explained"); PolNeAR train
MORE_FORMS: list[tuple[str, str, str, str]] = [
    # a lower-case subject of thirteen words after "But" (PolNeAR train)
    (
        "But many diehard Sanders supporters who came to Philadelphia to protest this week's "
        "convention say they'll shift their support to Stein unless Sanders disavows the "
        "endorsement.",
        "many diehard Sanders supporters who came to Philadelphia to protest this week's "
        "convention",
        "say",
        "they'll shift their support to Stein unless Sanders disavows the endorsement",
    ),
    # a plural with no "s" before "say" (PolNeAR train)
    (
        "Even though skateboarding is sanctioned within the park, the women say officers still "
        "scrutinize the area, handing out penalties to skateboarders who forgo helmets.",
        "the women",
        "say",
        "officers still scrutinize the area, handing out penalties to skateboarders who forgo "
        "helmets",
    ),
    # "who called" + the one called + a label (PolNeAR train)
    (
        "Cruz won a plurality of evangelical Christians, his most important constituency, and "
        "romped among the approximately four in 10 Iowa Republicans who called themselves very "
        "conservative.",
        "who",
        "called",
        "themselves very conservative",
    ),
    # "at least" after a cue is a quantity opening the content, no adverbial (PolNeAR train)
    (
        "Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at least "
        "six skywriting planes filled the skies with anti-Trump messages.",
        "CNN",
        "reported",
        "at least six skywriting planes filled the skies with anti-Trump messages",
    ),
    # the one told, "that", and a clause opened by an adverbial (PolNeAR train)
    (
        "The Platte River employee told FBI agents that sometime in the week that followed, he "
        "realized he had not made the changes Mills requested months earlier.",
        "The Platte River employee",
        "told",
        "sometime in the week that followed, he realized he had not made the changes Mills "
        "requested months earlier",
    ),
    # a sentence opening with "Other" is a subject (PolNeAR train)
    (
        "Other recent polls from Monmouth University and CNN/ORC respectively show a 56% and 54% "
        "approval rating.",
        "recent polls from Monmouth University and CNN/ORC",
        "show",
        "a 56% and 54% approval rating",
    ),
    # "who" announced, described, expressed, questioned or criticized: the relative speaks, to
    # its comma (PolNeAR train)
    (
        "Finally, there's the Giving Pledge table in the very front: Mark Zuckerberg, who "
        "announced plans to give away 99 percent of his Facebook stock, just as his role models "
        "Warren Buffett and Bill and Melinda Gates did.",
        "who",
        "announced",
        "plans to give away 99 percent of his Facebook stock",
    ),
    (
        "Clinton, who announced a $275 billion infrastructure spending plan on Monday, plans to "
        "focus on jobs and the economy throughout December.",
        "who",
        "announced",
        "a $275 billion infrastructure spending plan on Monday",
    ),
    # a story, a tale or a joke told (PolNeAR train)
    (
        "Exit polls told a tale of two parties, with Republicans exhibiting more dissatisfaction "
        "and unrest than the Democrats.",
        "Exit polls",
        "told",
        "a tale of two parties",
    ),
    (
        "In something of a valedictory, he told the story of an older supporter in the Miami "
        "area who despite recently undergoing surgery was holding a Rubio sign outside an "
        "early-polling center.",
        "he",
        "told",
        "the story of an older supporter in the Miami area who despite recently undergoing "
        "surgery was holding a Rubio sign outside an early-polling center",
    ),
    # a clause after "said" behind a late or early day, a gerund subject holding an
    # abbreviation, a clause of three words before "he said" (PolNeAR train)
    (
        "Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although "
        'he tweeted that he "rejects Donald Trump\'s latest comments about Muslims."',
        "Netanyahu",
        "said",
        "he would go ahead with the Trump meeting",
    ),
    (
        "Mr. Trump said having Mr. Putin treat him with respect is a positive development if he "
        "becomes president.",
        "Mr. Trump",
        "said",
        "having Mr. Putin treat him with respect is a positive development if he becomes president",
    ),
    ("Sales were great, he said, wiping sweat off his face.", "he", "said", "Sales were great"),
    # "called" + the one called + a one-word label (PolNeAR train)
    (
        "He called the actions lawful, and said there was no attempt to circumvent the "
        "reporting requirements.",
        "He",
        "called",
        "the actions lawful",
    ),
    (
        "In the past, Trump had voiced support for a single-payer health system and called "
        "himself pro-choice, stances that he has since disavowed.",
        "Trump",
        "called",
        "himself pro-choice",
    ),
    # "what X calls Y": the label, unquoted (PolNeAR train)
    (
        "Roof should have been prevented from buying the .45-caliber weapon used in "
        "Charleston, S.C., in what officials called a hate crime.",
        "officials",
        "called",
        "a hate crime",
    ),
    (
        "Trump and other Republicans pointed at what they called President Obama's failure to "
        "understand and counter Islamic State militants.",
        "they",
        "called",
        "President Obama's failure to understand and counter Islamic State militants",
    ),
    # the one urged or asked and the act after an opening phrase: no trailing adverbial
    # ends the attribution at the object (PolNeAR train)
    (
        "Addressing the topic on Monday, the White House urged Silicon Valley to find a "
        "compromise.",
        "the White House",
        "urged",
        "Silicon Valley to find a compromise",
    ),
    (
        "In two other instances, Clinton had asked Sullivan to send sensitive information.",
        "Clinton",
        "asked",
        "Sullivan to send sensitive information",
    ),
    # a "that" after the cue's time or occasion opens the clause, though a gerund, a
    # preposition or a subordinating word follows it (PolNeAR train)
    (
        "John Kasich said Saturday that allowing undocumented immigrants to stay in the U.S. "
        "was not out of step with Americans -- but it clearly was out of step with much of the "
        "debate stage.",
        "John Kasich",
        "said",
        "allowing undocumented immigrants to stay in the U.S. was not out of step with "
        "Americans -- but it clearly was out of step with much of the debate stage",
    ),
    (
        "Win Htein, a member of the NLD's central executive committee, said Tuesday morning "
        "that according to its analysis, the NLD has won 82 percent of the nationwide vote.",
        "Win Htein",
        "said",
        "according to its analysis, the NLD has won 82 percent of the nationwide vote",
    ),
    # a second attribution after "and" or "while" and a quantity's "more than" or "only" opens
    # a clause of its own (PolNeAR train)
    (
        "Even so, three-quarters of the voters said they were very worried about the direction "
        "of the nation’s economy, and more than 4 in 10 said billionaire Donald Trump would be "
        "best at handling the economy.",
        "three-quarters",
        "said",
        "they were very worried about the direction of the nation’s economy",
    ),
    (
        "And a full 79 percent of Democrats say they would be satisfied with Clinton as the "
        "party’s nominee in November, while only 49 percent of Republicans say the same of Trump.",
        "49 percent of Republicans",
        "say",
        "the same of Trump",
    ),
    # a thing promised, vowed or urged (PolNeAR train)
    (
        "Rattling off promises to lower student debt, reform the immigration system, combat "
        "systemic racism and improve education, Clinton promised a country of new opportunities.",
        "Clinton",
        "promised",
        "a country of new opportunities",
    ),
    (
        "It has seized large parts of Iraqi and Syrian territory, beheaded Americans and others, "
        "and vowed a wider war against Western thought.",
        "It",
        "vowed",
        "a wider war against Western thought",
    ),
    # a request refused is what is declined (PolNeAR train)
    (
        "Earlier Sunday, Gore declined an interview request from POLITICO.",
        "Gore",
        "declined",
        "an interview request from POLITICO",
    ),
    (
        "Fiorina, 61, declined multiple requests for an interview for this article.",
        "Fiorina",
        "declined",
        "multiple requests for an interview for this article",
    ),
    # "tweeted" with its object: what was tweeted (PolNeAR train)
    (
        "Clinton tweeted her thanks to the president.",
        "Clinton",
        "tweeted",
        "her thanks to the president",
    ),
    (
        "Fields later tweeted a photograph of her bruised forearm and said she had been yanked "
        "backward.",
        "Fields",
        "tweeted",
        "a photograph of her bruised forearm",
    ),
    # "called X a Y" with no quotation: a reflexive, "this" or a noun phrase called (PolNeAR
    # train)
    (
        "Sanders  calls himself a democratic socialist.",
        "Sanders",
        "calls",
        "himself a democratic socialist",
    ),
    (
        "Ben Carson, speaking with The Des Moines Register editorial board, called the incident "
        "a reason for the U.S. to reinvest in its space program.",
        "Ben Carson",
        "called",
        "the incident a reason for the U.S. to reinvest in its space program",
    ),
    # "told X to VP": the act told (PolNeAR train)
    (
        "Real estate mogul Donald Trump drew boos from the audience when he told Jeb Bush to "
        "quiet down during a heated exchange on the issue of eminent domain.",
        "he",
        "told",
        "to quiet down during a heated exchange on the issue of eminent domain",
    ),
    (
        "Donald, then in college, did not approve, haranguing his older brother about wasting his "
        "time on frivolous pursuits and telling him to come back to real estate.",
        "Donald",
        "telling",
        "to come back to real estate",
    ),
    # "asked X about Y": what the question is about (PolNeAR train)
    (
        "In the same debate, CNBC moderator Carl Quintanilla asked Carson about his relationship "
        "with a nutritional-supplement-maker called Mannatech.",
        "Carl Quintanilla",
        "asked",
        "his relationship with a nutritional-supplement-maker called Mannatech",
    ),
    (
        "The AP interview was conducted in Carson’s home, and when the AP asked Bennett about "
        "Carson’s comments, the campaign manager said he needed to speak to the candidate first.",
        "the AP",
        "asked",
        "Carson’s comments",
    ),
    # the one told, in lower-case words of an audience (PolNeAR train, west-journal_2016-06-23
    # and usa-today_2015-12-14)
    (
        "Best-selling thriller writer Brad Thor told TheBlaze founder Glenn Beck he would "
        "consider running as a third-party candidate if he could earn 15 percent of the vote in "
        "the polls.",
        "Brad Thor",
        "told",
        "he would consider running as a third-party candidate if he could earn 15 percent of the "
        "vote in the polls",
    ),
    (
        "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter "
        "told a Senate panel Wednesday.",
        "Defense Secretary Ash Carter",
        "told",
        "This includes a special force to assist Kurdish Peshmerga",
    ),
    # a parenthesis in dashes between a subject and its cue (PolNeAR train,
    # breitbart_2016-06-05, politico_2016-02-04, nyt_2015-11-09)
    (
        "Many speakers at the service — including Muslims, Christians, Catholics, Jews — said "
        "Ali’s death is particularly painful at a time when political rhetoric is dividing the "
        "country further.",
        "Many speakers at the service",
        "said",
        "Ali’s death is particularly painful at a time when political rhetoric is dividing the "
        "country further",
    ),
    (
        "Even if Clinton can’t catapult over Sanders in New Hampshire, insiders in the next two "
        "states — Nevada and South Carolina — said it’s important that she close the gap "
        "somewhat to generate momentum into the second half of February.",
        "insiders in the next two states",
        "said",
        "it’s important that she close the gap somewhat to generate momentum into the second "
        "half of February",
    ),
    (
        "Even so, some liberal economists - including a minority of the Fed's own policy-making "
        "committee - warn that the central bank could undermine growth by raising rates "
        "prematurely.",
        "some liberal economists",
        "warn",
        "the central bank could undermine growth by raising rates prematurely",
    ),
    # a phrase cue in the progressive ("is calling for") is no passive (PolNeAR train,
    # breitbart_2016-03-01 and west-journal_2016-06-13)
    (
        "Ted Cruz, who won Oklahoma and his home state of Texas, is calling for some of his "
        "Republican rivals to drop out.",
        "Ted Cruz",
        "calling for",
        "some of his Republican rivals to drop out",
    ),
    (
        "Just after Omar Mateen carried out his murderous attack on club goers at the Pulse "
        "nightclub in Orlando, Donald Trump was calling for change.",
        "Donald Trump",
        "calling for",
        "change",
    ),
    # "asked" with a longer object before its question (PolNeAR train, huff-post_2015-12-17)
    (
        "During an interview this week on a jam-packed day of campaign events around the New "
        "Hampshire Seacoast region, HuffPost asked the 2016 Democratic White House contender if "
        "he’s been preparing himself mentally for the possibility that he could become president.",
        "HuffPost",
        "asked",
        "if he’s been preparing himself mentally for the possibility that he could become "
        "president",
    ),
    # a share of those polled takes the base form: "one in five say", "those surveyed say"
    # (PolNeAR train, usa-today_2016-03-16 and usa-today_2016-01-12)
    (
        "Nearly a third say they don't know, a higher level of uncertainty than on other "
        "economic questions, and one in five say it's not an improvement.",
        "one in five",
        "say",
        "it's not an improvement",
    ),
    (
        "By double digits, those surveyed say stricter gun laws would help prevent gun violence, "
        "though they blame failures in the mental health system, not gun laws, for mass "
        "shootings.",
        "those surveyed",
        "say",
        "stricter gun laws would help prevent gun violence",
    ),
    # "reported" takes an act, an amount or a thing with no "that" (PolNeAR train: 18 claims,
    # 16 matching gold, 18 right by reading)
    (
        "The online retail giant reported a profit of $1.78 per share, well above the $1.11 a "
        "share that analysts expected.",
        "The online retail giant",
        "reported",
        "a profit of $1.78 per share, well above the $1.11 a share that analysts expected",
    ),
    (
        "Mr. Trump reported raising and spending about $9 million during the month, most of it "
        "money he lent to his campaign.",
        "Mr. Trump",
        "reported",
        "raising and spending about $9 million during the month, most of it money he lent to "
        "his campaign",
    ),
    # a relative pronoun whose clause attributes words of its own ends the content before it,
    # and the clause makes its own claim (PolNeAR train: 13 places, 7 new claims in gold)
    (
        "DeSantis said he has supported legislation that would target the power of regional "
        "accreditation bodies, which he called “a cartel for higher education.”",
        "DeSantis",
        "said",
        "he has supported legislation that would target the power of regional accreditation bodies",
    ),
    (
        "DeSantis said he has supported legislation that would target the power of regional "
        "accreditation bodies, which he called “a cartel for higher education.”",
        "he",
        "called",
        "a cartel for higher education",
    ),
    (
        "Amnesty International spokesman Eric Ferrero said groups of observers were dispatched "
        'with the marchers, whom he described as "peaceful," for the length of the route.',
        "he",
        "described",
        "peaceful",
    ),
    (
        "I urged the judge to give me a fair sentence, which I said was not a prison sentence.",
        "I",
        "said",
        "was not a prison sentence",
    ),
    (
        "Walker also appeared on Trump’s Celebrity Apprentice. The NFL legend said people "
        "misunderstand Trump.",
        "The NFL legend",
        "said",
        "people misunderstand Trump",
    ),
    (
        "And until the announcement of the eventual shutdown, most of them said they had loved "
        "working for Carrier.",
        "most of them",
        "said",
        "they had loved working for Carrier",
    ),
    (
        "Schlafly then discussed Trump’s proposed wall and explained its importance.",
        "Schlafly",
        "discussed",
        "Trump’s proposed wall",
    ),
    (
        "Even before Francis' remarks about him, Mr. Trump had criticized the pope as ''a "
        "political person'' and accused him of visiting the United States-Mexico border as a "
        "favor to the Mexican government.",
        "Mr. Trump",
        "criticized",
        "the pope as ''a political person''",
    ),
    # a participle opening its sentence: the content to the comma, said by the main
    # clause's subject (PolNeAR train: 15 of 19 such participles are gold cues)
    (
        "Noting that both Reagan and Trump battled staunch opposition from the media, Schlafly "
        "put her finger on one facet of Trump’s campaign that, to her, invokes Reagan.",
        "Schlafly",
        "Noting",
        "both Reagan and Trump battled staunch opposition from the media",
    ),
    # a participle in lower case after a time word opening its sentence, the same (train: 8
    # of 9 such participles are gold cues, whose source is the main clause's subject)
    (
        "After suggesting on Wednesday that he regretted lobbing juvenile insults at Mr. Trump "
        "last month, Mr. Rubio only occasionally disagreed with him.",
        "Mr. Rubio",
        "suggesting",
        "he regretted lobbing juvenile insults at Mr. Trump last month",
    ),
    (
        "Since announcing in October that he would not seek the presidency, Mr. Biden has been "
        "a loyal Democratic lieutenant, taking care to praise Mrs. Clinton in public.",
        "Mr. Biden",
        "announcing",
        "he would not seek the presidency",
    ),
    # an order with its object (PolNeAR train: 20 of 26 "ordered" and "ordering" are gold cues)
    (
        "A judge last month ordered the city to make the video public.",
        "A judge",
        "ordered",
        "the city to make the video public",
    ),
    # "pointing to" after a comma, said by the clause's subject (train: 15 of 21 "pointing
    # to" and "points to" are gold cues)
    (
        "Clinton sought to brush aside her Michigan loss, pointing to a big victory in "
        "Mississippi and the fact that she emerged with more total delegates on Tuesday than "
        "her opponent.",
        "Clinton",
        "pointing to",
        "a big victory in Mississippi and the fact that she emerged with more total delegates "
        "on Tuesday than her opponent",
    ),
    # an attitude shown, "shows no sign of" / "shows little interest in" (train: 19 of 21
    # outside quotations and other contents are gold cues)
    (
        "Mr. Sanders's supporters showed no sign of backing down on Tuesday.",
        "Mr. Sanders's supporters",
        "showed",
        "backing down on Tuesday",
    ),
    (
        "He shows little personal interest in the need for the kind of data and analytics now "
        "considered a requirement of modern campaigns.",
        "He",
        "shows",
        "little personal interest in the need for the kind of data and analytics now "
        "considered a requirement of modern campaigns",
    ),
    # "who" opposing is a speaker (train: 10 of 10 outside quotations are gold cues), and a
    # target ends before "and" and its subject's next act ("and once again did not like")
    (
        "The Oklahoma legislature passed a measure that would ban almost all abortions; "
        "Republican Gov. Mary Fallin, who opposes abortion, vetoed the bill because she said it "
        "was unconstitutional.",
        "who",
        "opposes",
        "abortion",
    ),
    (
        "But one naysayer remained - Senator Bernie Sanders of Vermont, who had opposed a "
        "similar effort in 2007 and once again did not like provisions in the new bill that he "
        "thought would displace American workers.",
        "who",
        "opposed",
        "a similar effort in 2007",
    ),
    # an aim, "sought/seeks to" and its act (train: 37 of 58 "seeks/sought to" outside
    # quotations and other contents are gold cues, the others aims by reading)
    (
        "Nonetheless, he sought to reassure his investors.",
        "he",
        "sought",
        "to reassure his investors",
    ),
    (
        "Jones argued it was both a terrorist attack and an anti-gay hate crime, while the "
        "program's host sought to make a distinction between the two.",
        "host",
        "sought",
        "to make a distinction between the two",
    ),
    # a wish, "would like to" / "would love to" and its act (train: 14 of 15 outside quotations
    # and other contents are gold cues)
    (
        "All five of the Republican candidates would like to shrink the federal education "
        "department and limit its influence over policymaking, although some wouldn’t get rid "
        "of it entirely.",
        "the Republican candidates",
        "would like",
        "to shrink the federal education department and limit its influence over policymaking",
    ),
    (
        "But tonight, I would like to do something other than reciting what is wrong with the "
        "other side.",
        "I",
        "would like",
        "to do something other than reciting what is wrong with the other side",
    ),
    # what is agreed with or on (train: 17 of 22 "agree(s/d) with/on" outside quotations and
    # other contents are gold cues), or the clause after its object
    (
        "Former President Bill Clinton agreed with the analysis.",
        "Former President Bill Clinton",
        "agreed",
        "the analysis",
    ),
    (
        "The three Democratic candidates broadly agreed on a moral responsibility for U.S. "
        "leadership to confront the al-Qaeda offshoot, which French President François Hollande "
        "blamed for the coordinated attacks.",
        "The three Democratic candidates",
        "agreed",
        "a moral responsibility for U.S. leadership to confront the al-Qaeda offshoot",
    ),
    (
        "Media Research Center’s Bozell agrees with Viguerie that Cruz is the GOP’s best "
        "candidate.",
        "Media Research Center’s Bozell",
        "agrees",
        "Cruz is the GOP’s best candidate",
    ),
    # what is offered, a noun phrase or an act in an infinitive (PolNeAR train)
    (
        'At a Chamber of Commerce summit in Hilton Head, S.C., Rubio offered a defense of the  "Gang '
        'of Eight" bill.',
        "Rubio",
        "offered",
        'a defense of the  "Gang of Eight" bill',
    ),
    (
        "She has praised her husband's economic record as president and offered to put him in "
        "charge of reviving some of the hardest-hit regions.",
        "She",
        "offered",
        "to put him in charge of reviving some of the hardest-hit regions",
    ),
    # an act named by its gerund, the object of a verb that takes a noun phrase (PolNeAR train)
    (
        "Senator Sheldon Whitehouse, a Democrat from Rhode Island, in the name of curbing climate "
        "change and enhancing growth, has proposed taxing carbon emissions.",
        "Senator Sheldon Whitehouse",
        "proposed",
        "taxing carbon emissions",
    ),
    (
        "Sanders supports raising the minimum wage to $15 by 2020.",
        "Sanders",
        "supports",
        "raising the minimum wage to $15 by 2020",
    ),
    # what a warning, a complaint or a boast is of or about (PolNeAR train)
    (
        "Hollande denounced Trump’s remarks as “hurtful and humiliating” and warned of the global "
        "implications a Trump presidency would have.",
        "Hollande",
        "warned of",
        "the global implications a Trump presidency would have",
    ),
    (
        "Biden complained about the dour tone of the Democratic presidential primary but "
        "defended Bernie Sanders as a mainstream candidate.",
        "Biden",
        "complained about",
        "the dour tone of the Democratic presidential primary",
    ),
    (
        "Trump has made his wealth a centerpiece of his campaign and has boasted of his "
        "willingness to spend “whatever it takes” from his own fortune to win the White House.",
        "Trump",
        "boasted of",
        "his willingness to spend “whatever it takes” from his own fortune to win the White House",
    ),
    # what is highlighted, applauded, hailed or voiced (PolNeAR train)
    (
        "Republican opponents have highlighted Mr. Trump's previously fawning comments about Mr. "
        "Clinton.",
        "Republican opponents",
        "highlighted",
        "Mr. Trump's previously fawning comments about Mr. Clinton",
    ),
    (
        "Muslim advocates hailed Qureshi’s nomination.",
        "Muslim advocates",
        "hailed",
        "Qureshi’s nomination",
    ),
    # what is congratulated, downplayed or called out (PolNeAR train)
    (
        "She also congratulated Bernie Sanders for competing hard in several states.",
        "She",
        "congratulated",
        "Bernie Sanders for competing hard in several states",
    ),
    (
        "But the star journalist, who is promoting his 12th book, “Sin Miedo” (Without Fear), "
        "downplayed his influence among Hispanics.",
        "the star journalist",
        "downplayed",
        "his influence among Hispanics",
    ),
    (
        "Ryan has previously called out Trump, slamming his proposed ban on Muslims and other "
        "controversial statements.",
        "Ryan",
        "called out",
        "Trump",
    ),
    # a stand taken for or against a person or a plan, what it is for or against to a time,
    # a place, "with", a dash or the means of the stand (PolNeAR train)
    (
        "Bolton distanced himself from the NeverTrump movement by saying he would be willing to "
        "bring his expertise to the Trump Administration if asked.",
        "Bolton",
        "distanced himself from",
        "the NeverTrump movement",
    ),
    (
        "After fierce backlash from conservatives and Tea Party supporters, though, Mr. Rubio "
        "quickly distanced himself from the bill and moved to emphasize border security.",
        "Mr. Rubio",
        "distanced himself from",
        "the bill",
    ),
    (
        "It’s not just Democrats in Congress: Hillary Clinton came out against the Cadillac tax "
        "in September.",
        "Hillary Clinton",
        "came out against",
        "the Cadillac tax",
    ),
    (
        "But Thursday night at the Democratic National Convention in Philadelphia, he spoke out "
        "in favor of Democrat nominee Hillary Clinton.",
        "he",
        "spoke out in favor of",
        "Democrat nominee Hillary Clinton",
    ),
    (
        "The initiative highly galvanized Swiss politics and resulted in 58.9 percent voting "
        "against the SVP initiative with a turnout of 63.1 percent.",
        "58.9 percent",
        "voting against",
        "the SVP initiative",
    ),
    (
        "Clinton has aligned herself closely with the president on most policy issues -- "
        "although she has come out against the Trans-Pacific Partnership trade deal he is "
        "pushing -- and the two were literally arm in arm at the convention.",
        "she",
        "come out against",
        "the Trans-Pacific Partnership trade deal he is pushing",
    ),
    (
        "In the end, Sanders voted in support of the ACA.",
        "Sanders",
        "voted in support of",
        "the ACA",
    ),
    # a knowledge with no "that", a noun phrase and its auxiliary opening the clause (PolNeAR
    # train)
    (
        "Clinton knows Sanders will run to the end of the primaries; she did the same against "
        "Obama in 2008 when she was the underdog and trying to close the gap.",
        "Clinton",
        "knows",
        "Sanders will run to the end of the primaries; she did the same against Obama in 2008 "
        "when she was the underdog and trying to close the gap",
    ),
    (
        "Crane, Kibbe and other libertarians knew some of this was coming.",
        "libertarians",
        "knew",
        "some of this was coming",
    ),
    # a suspicion, an assumption or a demonstration, with its "that" clause (PolNeAR train)
    (
        "Bob said he first heard gunfire about 9:42 p.m. and suspected immediately that the "
        "diplomatic compound was under attack.",
        "Bob",
        "suspected",
        "the diplomatic compound was under attack",
    ),
    (
        "But it assumes that a majority of convention delegates would then suddenly swarm to "
        "Rubio’s side.",
        "it",
        "assumes",
        "a majority of convention delegates would then suddenly swarm to Rubio’s side",
    ),
    (
        "Over decades in business, through his well-publicized romantic entanglements, and now "
        "as a presidential candidate, Trump has demonstrated that those who rise up to "
        "criticize him do so at their own peril.",
        "Trump",
        "demonstrated",
        "those who rise up to criticize him do so at their own peril",
    ),
    # a belief, as a participle after a comma (PolNeAR train)
    (
        "Sanders supporters have long called for her ouster, believing she was tipping the "
        "scales toward Clinton in the primary.",
        "Sanders supporters",
        "believing",
        "she was tipping the scales toward Clinton in the primary",
    ),
    (
        "Donald Trump’s supporters erupted into cheers as they learned their candidate had won "
        "South Carolina’s GOP primary.",
        "they",
        "learned",
        "their candidate had won South Carolina’s GOP primary",
    ),
    # an attitude, with what it bears on or the clause it holds (PolNeAR train)
    (
        "The head of the Service Employees International Union is worried about what Donald "
        "Trump is stirring up in her 2.1 million members, because she thinks he can win.",
        "The head",
        "worried about",
        "what Donald Trump is stirring up in her 2.1 million members",
    ),
    (
        "Republicans have been critical of Clinton’s use of personal email during her bid for "
        "the Democratic presidential nomination.",
        "Republicans",
        "critical of",
        "Clinton’s use of personal email",
    ),
    (
        "Earlier Sunday, Trump was critical of Obama’s leadership.",
        "Trump",
        "critical of",
        "Obama’s leadership",
    ),
    (
        "The senator's advisers were optimistic that he would perform strongly in next Tuesday's "
        "primaries in Pennsylvania as well as in Rhode Island and Connecticut.",
        "advisers",
        "optimistic that",
        "he would perform strongly in next Tuesday's primaries in Pennsylvania as well as in "
        "Rhode Island and Connecticut",
    ),
    # a backing to come or insisted on, with its modal or "do" (PolNeAR train)
    (
        "TALLAHASSEE — If he were elected to the U.S. Senate, Lt. Gov. Carlos Lopez-Cantera would "
        "support doling out federal higher education funding based on performance metrics.",
        "Lt. Gov. Carlos Lopez-Cantera",
        "would support",
        "doling out federal higher education funding based on performance metrics",
    ),
    (
        "While he does support Clinton, Groberg admits there is a faction of her party he does "
        "not see eye to eye with, most specifically the anti-war crowd.",
        "he",
        "does support",
        "Clinton",
    ),
    # a backing under way, with its "be" (PolNeAR train)
    (
        "Minnesota Gov. Mark Dayton is backing Hillary Clinton, but he’s not predicting she’ll "
        "win Minnesota’s caucuses.",
        "Minnesota Gov. Mark Dayton",
        "is backing",
        "Hillary Clinton",
    ),
    (
        "But, so far, only two Democrats, both of whom opposed the Iran deal, are backing the "
        "measure.",
        "two Democrats",
        "are backing",
        "the measure",
    ),
    # a worry with what it is about (PolNeAR train)
    (
        "At the same time, though, American officials have long worried about Saudi Arabia's "
        "suspected role in promoting a hard-line strain of Islam, which has some adherents who "
        "have been linked to violence.",
        "American officials",
        "worried about",
        "Saudi Arabia's suspected role in promoting a hard-line strain of Islam",
    ),
    (
        "These days, many residents worry about derogatory portrayals of Muslims during the "
        "political campaign cycle.",
        "many residents",
        "worry about",
        "derogatory portrayals of Muslims",
    ),
    # a view of someone or something as what it is, by a subject no speaker rule reads: the
    # sentence's opening or a quantity of people (PolNeAR train)
    (
        "Majorities in many European countries see immigrants as an economic burden and as "
        "people who refuse to assimilate.",
        "Majorities in many European countries",
        "see",
        "immigrants as an economic burden and as people who refuse to assimilate",
    ),
    (
        "However, some saw Beck’s comments as simply part of his long opposition to Trump.",
        "some",
        "saw",
        "Beck’s comments as simply part of his long opposition to Trump",
    ),
    # a lower-case subject after a subordinating conjunction (PolNeAR train)
    (
        "Though executives who have worked with Lachlan Murdoch say they assume he shares some of "
        "his father's conservatism, they also say he does not readily advertise his views.",
        "executives who have worked with Lachlan Murdoch",
        "say",
        "they assume he shares some of his father's conservatism",
    ),
    # a clause between commas after a name is no appositive of it: the speaker follows the cue
    (
        "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
        "pressure from Asian imports, said the company's chief executive, John J. Ferriola.",
        "the company's chief executive",
        "said",
        "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
        "pressure from Asian imports",
    ),
]


# criticisms with a person or a plan as their object, to the target's end (PolNeAR train:
# gold cues in 62 of 74)
CRITICISMS: list[tuple[str, str, str, str]] = [
    (
        "In New Hampshire, Rubio has railed against Christie, taking aim at his past support "
        "for Supreme Court Justice Sonia Sotomayor.",
        "Rubio",
        "railed against",
        "Christie",
    ),
    (
        "During the Democratic presidential primary, Sanders assailed eventual nominee Hillary "
        "Clinton’s paid speeches to Goldman Sachs.",
        "Sanders",
        "assailed",
        "eventual nominee Hillary Clinton’s paid speeches to Goldman Sachs",
    ),
    (
        "Mr. Putin drew applause from the crowd of journalists on Thursday when he lashed out at "
        "Turkey for having shot down a Russian bomber, and dared the Turks to try it again with "
        "Russia's advanced air defense system in place.",
        "he",
        "lashed out at",
        "Turkey for having shot down a Russian bomber",
    ),
    (
        "Rubio also bemoaned the current political climate in which people “literally hate "
        "each other” because they differ politically.",
        "Rubio",
        "bemoaned",
        "the current political climate in which people “literally hate each other”",
    ),
    # the same acts as participles after a comma, "while", "after" or "before"
    # (COMMA_PARTICIPLES): a claim of the clause's subject, which ends the content before it
    # (PolNeAR train: 22 claims made, 21 match a gold attribution)
    (
        "Trump denied the accusations through a spokeswoman, dismissing O'Donnell as \"a "
        'disgruntled former employee."',
        "Trump",
        "dismissing",
        'O\'Donnell as "a disgruntled former employee."',
    ),
    (
        "He has called China ''provocative and expansionist,'' accusing it of ''creating a "
        "Great Wall of sand'' and ''clearly militarizing'' the disputed waters of the Western "
        "Pacific.",
        "He",
        "accusing",
        "it of ''creating a Great Wall of sand'' and ''clearly militarizing'' the disputed "
        "waters of the Western Pacific",
    ),
    (
        "Trump began the day in a hole with this crowd after questioning Israel’s commitment "
        "to making peace with Palestine in an interview ahead of the summit.",
        "Trump",
        "questioning",
        "Israel’s commitment to making peace with Palestine in an interview ahead of the summit",
    ),
]


def test_an_act_after_by_is_the_means_of_the_verb_before() -> None:
    # "attacked Christie by accusing him of ...": one claim of "attacked" (PolNeAR train gold)
    sentence = (
        "Tuttle’s article also attacked Christie by accusing him of endorsing Trump in an "
        "attempt to gain a position in the Trump administration."
    )
    found = [(c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (
        "attacked",
        "Christie by accusing him of endorsing Trump in an attempt to gain a position in the "
        "Trump administration",
    ) in found, found


@pytest.mark.parametrize("sentence, speaker, cue, text", CRITICISMS)
def test_criticism(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


# a name in apposition to the role noun that ends a target or an infinitive goes on with it,
# when the target goes on past the name (PolNeAR train: 5 contents changed, 5 inside gold;
# the Curiel target matches its gold only so)
APPOSITIVE_NAMES: list[tuple[str, str, str, str]] = [
    (
        "In some respects, the confrontation between Mr. Trump and the Khan family echoes a "
        "controversy in June when Mr. Trump assailed a federal judge, Gonzalo P. Curiel, for "
        "his ''Mexican heritage.''",
        "Mr. Trump",
        "assailed",
        "a federal judge, Gonzalo P. Curiel, for his ''Mexican heritage.''",
    ),
    (
        "“Even the former Chairwoman’s computer had been hacked by a foreign government, likely "
        "the Chinese,” the congressional report said, referring to Gruenberg’s predecessor, "
        "Sheila Bair, who headed the FDIC from 2006 until 2011 when Gruenberg took over as "
        "acting chairman.",
        "the congressional report",
        "referring to",
        "Gruenberg’s predecessor, Sheila Bair",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", APPOSITIVE_NAMES)
def test_appositive_name_in_target(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


def test_appositive_name_before_a_verb_ends_the_target() -> None:
    # the name is the subject's appositive, and a verb of the sentence follows it
    sentence = (
        "Clinton’s allies have long been concerned that the main super PAC supporting her, "
        "Priorities USA Action, will not be able to match the fundraising of big-money "
        "conservative groups opposing her."
    )
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert not any(t.startswith("her, Priorities") for t in texts), texts


# verbs of stress and disclosure take a plain object as content: lament, emphasize,
# caution, disclose, reveal, make clear (PolNeAR train: 39 of 42 such objects lie inside a
# gold content, 38 match one)
STRESSED_OBJECTS: list[tuple[str, str, str, str]] = [
    (
        "In her pursuit of the Democratic nomination for president, Hillary Rodham Clinton has "
        "emphasized her ties to President Obama.",
        "Hillary Rodham Clinton",
        "emphasized",
        "her ties to President Obama",
    ),
    (
        "On immigration, Clinton lamented Sanders’ past vote in opposition to immigration "
        "reform legislation that she supported in 2007.",
        "Clinton",
        "lamented",
        "Sanders’ past vote in opposition to immigration reform legislation that she "
        "supported in 2007",
    ),
    (
        "Several Democrats cautioned against drawing too many lessons from the Brexit vote, "
        "saying mass immigration and economic malaise were peculiar to Britain.",
        "Several Democrats",
        "cautioned",
        "against drawing too many lessons from the Brexit vote",
    ),
    (
        "But in 2000, researchers disclosed a cache of smoking-gun documents that compelled the "
        "bureau to admit some culpability.",
        "researchers",
        "disclosed",
        "a cache of smoking-gun documents that compelled the bureau to admit some culpability",
    ),
    (
        "During his 2008 campaign for president, Barack Obama made clear his aim to "
        "“fundamentally transform” the United States.",
        "Barack Obama",
        "made clear",
        "his aim to “fundamentally transform” the United States",
    ),
    (
        "The debate revealed a stark contrast between a status quo vision of pragmatism "
        "represented by Clinton and the lofty aspirations of the most leftward wing of the party "
        "represented by Sanders.",
        "The debate",
        "revealed",
        "a stark contrast between a status quo vision of pragmatism represented by Clinton and "
        "the lofty aspirations of the most leftward wing of the party represented by Sanders",
    ),
    (
        "But Rubio only briefly explained the general utility of increasing the number of H-1B "
        "visas, citing Canada's efforts to lure American companies who want more hiring freedom.",
        "Rubio",
        "explained",
        "the general utility of increasing the number of H-1B visas",
    ),
    (
        "Discussing the show’s success and political tones in a Fox411 interview, the actor "
        "explained the similarities and differences between him and his highly opinionated "
        "on-screen character.",
        "the actor",
        "explained",
        "the similarities and differences between him and his highly opinionated on-screen "
        "character",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", STRESSED_OBJECTS)
def test_stressed_object(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


def test_orders_as_a_noun_are_no_cue() -> None:
    # PolNeAR train: "orders" is a noun more often than a verb (2 of its 9 are gold cues)
    sentence = (
        "Rubio did not blame the collapse of the process on the 2014 migrant crisis or "
        "President Obama's executive orders, but he quickly did so in a news conference after "
        "the event."
    )
    assert all(c.cue != "orders" for c in extract(Article.from_text(sentence)))


# a work that shows or finds, opening its clause after a conjunction or a comma, with a long
# name ("Audit files from NGP VAN", "A review by The Times"), and what it finds opening with a
# quantity ("virtually nothing ... that"); PolNeAR train
WORK_FINDINGS: list[tuple[str, str, str, str]] = [
    (
        "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at "
        "the outset of the party’s convention Monday, offering “a deep and sincere apology” to "
        "Sen. Bernie Sanders after leaked emails showed DNC staff favoring Hillary Clinton.",
        "leaked emails",
        "showed",
        "DNC staff favoring Hillary Clinton",
    ),
    (
        "And while a Marquette Law School poll released last week showed Clinton poised to "
        "carry the state over Trump, the race was neck-and-neck among less-educated voters.",
        "a Marquette Law School poll released last week",
        "showed",
        "Clinton poised to carry the state over Trump",
    ),
    (
        "Audit files from NGP VAN show that four different Sanders-linked accounts conducted 24 "
        "separate searches of Clinton data during a 40-minute period, searching for lists of "
        "voters most and least likely to support her campaign.",
        "Audit files from NGP VAN",
        "show",
        "four different Sanders-linked accounts conducted 24 separate searches of Clinton data "
        "during a 40-minute period, searching for lists of voters most and least likely to "
        "support her campaign",
    ),
    (
        "A review by The Times shows most of the hours logged were for campaign travel.",
        "A review by The Times",
        "shows",
        "most of the hours logged were for campaign travel",
    ),
    (
        "Polls there show Trump is trailing Ted Cruz just ahead of Tuesday's vote.",
        "Polls there",
        "show",
        "Trump is trailing Ted Cruz just ahead of Tuesday's vote",
    ),
    (
        "News footage from the scene of the Nice incident showed the truck's windshield riddled "
        "with bullet holes.",
        "News footage from the scene of the Nice incident",
        "showed",
        "the truck's windshield riddled with bullet holes",
    ),
    (
        "The inquiry found virtually nothing about Clinton's actions that had not been "
        "previously reported.",
        "The inquiry",
        "found",
        "virtually nothing about Clinton's actions that had not been previously reported",
    ),
    # "shown" after a work only (PolNeAR train)
    (
        "New Hampshire polls have shown Cruz, Rubio, Kasich and Bush in a jumble for second place "
        "behind Trump, with Christie, the New Jersey governor, lagging in sixth place.",
        "New Hampshire polls",
        "shown",
        "Cruz, Rubio, Kasich and Bush in a jumble for second place behind Trump, with Christie, "
        "the New Jersey governor, lagging in sixth place",
    ),
    (
        "The survey marks the third week in a row that the Rasmussen poll has shown Trump in the "
        "lead.",
        "the Rasmussen poll",
        "shown",
        "Trump in the lead",
    ),
]


# a view of someone or something as what it is: the one who sees says it, the object and
# what it is seen as are the content, up to a comma; an expectation of someone's act, or a
# clause after "expect that"; PolNeAR train
VIEWS: list[tuple[str, str, str, str]] = [
    # a depiction: what is portrayed, cast or framed, and what as
    (
        "He portrayed undocumented immigrants as criminals with victims.",
        "He",
        "portrayed",
        "undocumented immigrants as criminals with victims",
    ),
    (
        "And Cruz has cast him as weak on immigration.",
        "Cruz",
        "cast",
        "him as weak on immigration",
    ),
    (
        'Stein has framed herself as the Plan B for the "Bernie or Bust" crowd.',
        "Stein",
        "framed",
        'herself as the Plan B for the "Bernie or Bust" crowd',
    ),
    # (a depiction ends at an "and" before the subject's next verb, no clause after "as";
    # usa-today_2016-05-09)
    (
        "Sen. Bernie Sanders has cast former secretary of State Hillary Clinton as unqualified "
        'and accused her of making racist remarks by using the term "superpredator" in the 1990s.',
        "Sen. Bernie Sanders",
        "cast",
        "former secretary of State Hillary Clinton as unqualified",
    ),
    # a memory: what is remembered, or when
    (
        "Tennis great Billie Jean King remembered Ali as fun to be around.",
        "Billie Jean King",
        "remembered",
        "Ali as fun to be around",
    ),
    (
        "She remembers when military officers showed up at her family's door and tried to "
        "arrest her sister, who had given speeches criticizing the government.",
        "She",
        "remembers",
        "when military officers showed up at her family's door and tried to arrest her sister",
    ),
    # an expectation under way: what is expected, or the act; after its noun, the participle
    # is a relative whose object ends at the noun's predicate
    (
        "Florida elections officials are expecting a record turnout of more than 4 million voters.",
        "Florida elections officials",
        "expecting",
        "a record turnout of more than 4 million voters",
    ),
    (
        "The campaign is expecting to air a new ad, which paints rival Hillary Clinton as a "
        "job-killer, as soon as Monday in nine states.",
        "The campaign",
        "expecting",
        "to air a new ad",
    ),
    (
        "But investors expecting a big deal at a LinkedIn premium in the next few months may "
        "want to think twice.",
        "investors",
        "expecting",
        "a big deal at a LinkedIn premium in the next few months",
    ),
    (
        "Officials expect it to raise rates by roughly one percentage point over the next year.",
        "Officials",
        "expect",
        "it to raise rates by roughly one percentage point over the next year",
    ),
    (
        "But many Republicans expect that if Mr. Trump prevails, Mr. Ryan will avoid directly "
        "helping him, choosing instead to shore up vulnerable House Republicans, particularly "
        "those who may be running away from Mr. Trump.",
        "many Republicans",
        "expect",
        "if Mr. Trump prevails, Mr. Ryan will avoid directly helping him, choosing instead to "
        "shore up vulnerable House Republicans, particularly those who may be running away from "
        "Mr. Trump",
    ),
    (
        "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress.",
        "Mr. Obama",
        "sees",
        "Mr. Netanyahu as captured by a hard-line philosophy that blocks progress",
    ),
    (
        "In South Florida, where buildable land is fast disappearing, developers see golf "
        "courses as wasted space.",
        "developers",
        "see",
        "golf courses as wasted space",
    ),
    (
        "In recent weeks, Rubio has also been attacked from several sides as various rivals see "
        "him as a threat, running more than $22 million in negative ads against him.",
        "various rivals",
        "see",
        "him as a threat",
    ),
    (
        "Jolly, who was elected to Congress in 2014, doesn’t see the department’s role in "
        "enforcing anti-discrimination laws as antiquated.",
        "Jolly",
        "see",
        "the department’s role in enforcing anti-discrimination laws as antiquated",
    ),
    (
        "Germany views itself as a leader in the push against climate change.",
        "Germany",
        "views",
        "itself as a leader in the push against climate change",
    ),
    (
        "Israel regards all of Jerusalem as its indivisible capital, a claim not recognized "
        "internationally.",
        "Israel",
        "regards",
        "all of Jerusalem as its indivisible capital",
    ),
]


# a seeming before a cue verb opens the cue, and the subject says what the verb takes;
# PolNeAR train
SEEMING_ACTS: list[tuple[str, str, str, str]] = [
    (
        "In a two-minute response on the issue, Cruz mentioned CNN five times and seemed to "
        "blame the network for its reporting more than his own campaign for spreading false "
        "information.",
        "Cruz",
        "seemed to blame",
        "the network for its reporting more than his own campaign for spreading false information",
    ),
    (
        "Carson seems to recognize his credibility problem on national security — he told the "
        "AP that his task is to prove to voters that he’s tough and has what it takes to be "
        "commander in chief.",
        "Carson",
        "seems to recognize",
        "his credibility problem on national security",
    ),
    (
        "After the Republican seemed to confirm critiques of his candidacy, the question was "
        "not whether he had harmed his campaign but by how much.",
        "the Republican",
        "seemed to confirm",
        "critiques of his candidacy",
    ),
    (
        "Trump continued to question whether Cruz's birth in Canada makes him ineligible for "
        "the White House.",
        "Trump",
        "continued to question",
        "Cruz's birth in Canada makes him ineligible for the White House",
    ),
    (
        "Caucus-goers were slightly more likely to say they preferred Clinton than Sanders to "
        "handle Supreme Court nominations.",
        "Caucus-goers",
        "more likely to say",
        "they preferred Clinton than Sanders to handle Supreme Court nominations",
    ),
]


# a wish: what is wanted, a noun phrase or someone and the act wanted of them, up to a
# comma; PolNeAR train
WISHES: list[tuple[str, str, str, str]] = [
    (
        "Patrick Murphy wants more funding for teacher pay and classroom supplies.",
        "Patrick Murphy",
        "wants",
        "more funding for teacher pay and classroom supplies",
    ),
    (
        "Other Republicans want Obama to push for new laws that would help government "
        "investigators penetrate encrypted Internet messages.",
        "Republicans",
        "want",
        "Obama to push for new laws that would help government investigators penetrate "
        "encrypted Internet messages",
    ),
    (
        "Party leaders want no repeat of the 1980 Democratic convention, when President Jimmy "
        "Carter faced a rebellion from Sen. Edward M. Kennedy of Massachusetts.",
        "Party leaders",
        "want",
        "no repeat of the 1980 Democratic convention",
    ),
    # a wish to act, by a subject that opens its clause: the infinitive to its comma
    (
        "Hillary Clinton wants to bring back the 1990s.",
        "Hillary Clinton",
        "wants",
        "to bring back the 1990s",
    ),
    (
        "DeSantis wants to see both programs administered like a voucher, where families are "
        "able to access the dollars and direct them toward whichever educational programs they "
        "want, including ones offered by private schools.",
        "DeSantis",
        "wants",
        "to see both programs administered like a voucher",
    ),
    # an attitude beside a wish to act is read as before ("they do not want to" is the
    # writer's "they", no claim)
    (
        "Democratic leaders are wary of steering the party too far left, but they do not want to "
        "alienate the Sanders supporters whose votes Mrs. Clinton needs in November.",
        "Democratic leaders",
        "wary of",
        "steering the party too far left",
    ),
    # the target of a stand's participle after its noun ends at the noun's own predicate
    (
        "Democrats supporting Mrs. Clinton have pointed to Senators Harry Reid of Nevada, "
        "Elizabeth Warren of Massachusetts and Chuck Schumer of New York as potential "
        "peacemakers, should the Sanders campaign keep up its pointed attacks on Mrs. Clinton.",
        "Democrats",
        "supporting",
        "Mrs. Clinton",
    ),
]


# a preference: the one or the thing favored or preferred, or the act preferred; PolNeAR train
PREFERENCES: list[tuple[str, str, str, str]] = [
    (
        "Independents strongly favored Mr. Sanders over Mrs. Clinton, but could not vote in the "
        "many closed primaries, where only registered Democrats could participate.",
        "Independents",
        "favored",
        "Mr. Sanders over Mrs. Clinton",
    ),
    (
        "The Clintons preferred the Dominican Republic.",
        "The Clintons",
        "preferred",
        "the Dominican Republic",
    ),
    (
        "Union leaders have never trusted him, in part because he favors right-to-work laws and "
        "opposes a federal minimum wage increase.",
        "he",
        "favors",
        "right-to-work laws",
    ),
    (
        "As for Mr. Trump's personal travel, he prefers to fly private.",
        "he",
        "prefers",
        "to fly private",
    ),
]


# a stand or a judgement in the passive: the subject is the content, the agent the speaker;
# PolNeAR train
PASSIVE_STANDS: list[tuple[str, str, str, str]] = [
    (
        "Trump was supported by 42 percent of the Republicans surveyed in the CBS poll, a "
        "four-point dip from March.",
        "42 percent of the Republicans surveyed",
        "was supported by",
        "Trump",
    ),
    (
        "This proposal was rejected by 64 percent of the electorate.",
        "64 percent of the electorate",
        "was rejected by",
        "This proposal",
    ),
    (
        "Her death was confirmed by the Eagle Forum, the conservative organization she founded "
        "in 1975.",
        "the Eagle Forum",
        "was confirmed by",
        "Her death",
    ),
    (
        "After Johnson refused to rule out a tax on carbon - only if it were revenue-neutral and "
        "it replaced income taxes - he was criticized by libertarians on social media.",
        "libertarians",
        "was criticized by",
        "he",
    ),
]


# an act agreed to: the infinitive is the content, to its comma; PolNeAR train
AGREEMENTS: list[tuple[str, str, str, str]] = [
    (
        "Eight months later, when Mr. Trump swept a series of primaries, Grand Central agreed to "
        "republish the book as a paperback with a new introduction by Mr. O'Brien.",
        "Grand Central",
        "agreed",
        "to republish the book as a paperback with a new introduction by Mr. O'Brien",
    ),
    (
        "Kasich agreed to effectively end his bid for Indiana in order to direct the anti-Trump "
        "vote in the state toward Cruz.",
        "Kasich",
        "agreed",
        "to effectively end his bid for Indiana in order to direct the anti-Trump vote in the "
        "state toward Cruz",
    ),
]


# a headline's endorsement, wish, view or finding, in title case, as its speech verb reads
# it (lexicon.HEADLINE_VERBS, TITLE_CUES); PolNeAR train headlines
HEADLINES: list[tuple[str, str, str, str]] = [
    # a label in single quotation marks after "calls" and its object (PolNeAR train,
    # breitbart_2016-02-08 and nyt_2016-06-09)
    (
        "Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’, ‘useless.’",
        "Former Mexico leader Calderon",
        "calls",
        "Trump’s idea for border wall ‘stupid’, ‘useless.’",
    ),
    (
        "Ryan calls Trump line 'racist,' but backs him; ",
        "Ryan",
        "calls",
        "Trump line 'racist,' but backs him",
    ),
    (
        "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.",
        "Carly Fiorina",
        "Endorses",
        "Ted Cruz: I Am ‘Horrified’ By Donald Trump",
    ),
    (
        "Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays.",
        "Pastor",
        "Wants",
        "Girl Scout Leaders To Be Executed For Supporting Gays",
    ),
    (
        "France’s Marine Le Pen Backs Trump And Denounces Clinton.",
        "France’s Marine Le Pen",
        "Backs",
        "Trump And Denounces Clinton",
    ),
    (
        "New Poll Shows Large Gap Emerging Between Presidential Candidates.",
        "New Poll",
        "Shows",
        "Large Gap Emerging Between Presidential Candidates",
    ),
    (
        "Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling.",
        "Hillary Clinton",
        "Slams",
        "Donald Trump On Abortion After SCOTUS Ruling",
    ),
    # a headline's revealing, announcing or thinking, a capitalised "Just" no part of its
    # speaker (PolNeAR train, west-journal_2016-05-02, west-journal_2016-01-25, huff-post
    # 2016-02-07)
    (
        "Newly Released Document Reveals State Department Knew Benghazi Security Inadequate.",
        "Newly Released Document",
        "Reveals",
        "State Department Knew Benghazi Security Inadequate",
    ),
    (
        "Rick Perry Just Announced His Official Endorsement Of A BIG Name Candidate.",
        "Rick Perry",
        "Announced",
        "His Official Endorsement Of A BIG Name Candidate",
    ),
    (
        "Rubio Thinks Joe Biden Was A Really Effective Senator.",
        "Rubio",
        "Thinks",
        "Joe Biden Was A Really Effective Senator",
    ),
    (
        "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to "
        "‘Turn Away’ from ‘Boasters’ and ‘Blasphemers’ Like Trump.",
        "Glenn Beck",
        "Blasts",
        "Drudge for Mocking His Fast",
    ),
    (
        "Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle: ‘Very Good "
        "Reporter.’",
        "Donald Trump",
        "Praises",
        "Breitbart’s Washington Political Editor Matthew Boyle: ‘Very Good Reporter.’",
    ),
]


# the speaker's second verb after an object, with no comma: it ends what was attacked,
# praised or confirmed (PolNeAR train: huff-post_2015-12-22, wash-post_2016-03-30,
# usa-today_2016-03-21, wash-post_2016-06-28)
SECOND_VERBS: list[tuple[str, str, str, str]] = [
    (
        "Gina Rodriguez became the victim of cyberbullying this year, after some of her "
        "followers\u00a0attacked\u00a0her\u00a0Spanish-language skills and even questioned the "
        "star’s Latino identity.",
        "some of her followers",
        "attacked",
        "her\u00a0Spanish-language skills",
    ),
    (
        "She praised Fields for pursuing charges in the case but stopped short of calling for "
        "Lewandowski to be fired.",
        "She",
        "praised",
        "Fields for pursuing charges in the case",
    ),
    (
        "His campaign confirmed that Trump would be meeting with top Republican officials but "
        "would not offer details of the attendees or the agenda.",
        "His campaign",
        "confirmed",
        "Trump would be meeting with top Republican officials",
    ),
    (
        "Presumptive Democratic presidential nominee Hillary Clinton has vowed to keep abortion "
        "legal and celebrated the ruling Monday.",
        "Presumptive Democratic presidential nominee Hillary Clinton",
        "vowed",
        "to keep abortion legal",
    ),
    # and the second verb may be a cue of its own: what is held back from (a decline)
    (
        "She praised Fields for pursuing charges in the case but stopped short of calling for "
        "Lewandowski to be fired.",
        "She",
        "stopped short of",
        "calling for Lewandowski to be fired",
    ),
]


# what is said again, as its object ("reiterated his support for"; PolNeAR train,
# nyt_2016-06-09, wash-post_2016-06-09)
RESTATEMENTS: list[tuple[str, str, str, str]] = [
    (
        "But Mr. Ryan reiterated his support for Mr. Trump, the presumptive Republican "
        "presidential nominee.",
        "Mr. Ryan",
        "reiterated",
        "his support for Mr. Trump, the presumptive Republican presidential nominee",
    ),
    (
        "In the interview, Reid, who endorsed Clinton in February, reiterated those feelings and "
        "stressed the need to treat both Sanders and his followers respectfully.",
        "Reid",
        "reiterated",
        "those feelings",
    ),
]


# a vote to come and an aim under way, their modal or "is" in the cue (PolNeAR train,
# breitbart_2015-12-13, politico_2016-03-10, usa-today_2016-01-22)
MODAL_FORMS: list[tuple[str, str, str, str]] = [
    (
        "Among Republicans, 27 percent would vote for Trump, followed closely by Cruz with 22 "
        "percent.",
        "27 percent",
        "would vote for",
        "Trump",
    ),
    (
        "If Cruz looks to build on his momentum, Rubio is seeking to stop the bleeding.",
        "Rubio",
        "is seeking",
        "to stop the bleeding",
    ),
    (
        'The non-profit is seeking "groundbreaking ideas" for how to house and support adults on '
        "the autism spectrum.",
        "The non-profit",
        "is seeking",
        '"groundbreaking ideas" for how to house and support adults on the autism spectrum',
    ),
]


# a request with what is asked for, a reminder with what the one reminded is reminded of
# (PolNeAR train, wash-post_2016-02-05, wash-post_2016-09-03, nyt_2016-02-25,
# breitbart_2016-04-12)
REQUESTS_AND_REMINDERS: list[tuple[str, str, str, str]] = [
    (
        "Other news organizations have asked for copies as well.",
        "news organizations",
        "asked for",
        "copies as well",
    ),
    (
        "In court documents, Lazar's public defense counsel asked for a sentence of three years, "
        'calling his hacking expeditions "an addiction of sorts."',
        "Lazar's public defense counsel",
        "asked for",
        "a sentence of three years",
    ),
    (
        "In Nevada, he constantly reminded voters of the six years his family had lived in Las "
        "Vegas.",
        "he",
        "reminded",
        "the six years his family had lived in Las Vegas",
    ),
    (
        "When he interviewed Clinton or moderated a Democratic debate, Ramos reminded viewers "
        "about his daughter’s job in order to show there was “no conflict of interest.”",
        "Ramos",
        "reminded",
        "his daughter’s job in order to show there was “no conflict of interest.”",
    ),
    # the one urged or asked may be a phrase of up to six words before the act's "to"; a
    # question word before the "to" makes it no act asked ("asked workers if they planned to")
    (
        "On Sunday, Mr. Rubio and Senator Ted Cruz urged the rest of the party to coalesce "
        "around their campaigns and tried to make the case that the nominating fight was still "
        "in its early stages.",
        "Mr. Rubio and Senator Ted Cruz",
        "urged",
        "the rest of the party to coalesce around their campaigns",
    ),
    (
        "Each week since early September we have asked a group of 30 political experts to rank "
        "who is the strongest candidate in the field.",
        "we",
        "asked",
        "a group of 30 political experts to rank who is the strongest candidate in the field",
    ),
    (
        "He shook hands and posed for photos and asked workers if they planned to attend the "
        "caucuses.",
        "He",
        "asked",
        "if they planned to attend the caucuses",
    ),
]


# a pronoun that is all of the object, before an adverbial of the speaker's act, whom the
# speaker spoke through, and a clause of the act's time (PolNeAR train: huff-post_2016-07-18,
# politico_2015-11-30, breitbart_2016-03-15, wash-post_2016-07-15, nyt_2016-08-01)
OBJECT_ENDS: list[tuple[str, str, str, str]] = [
    # what is laid out, as an outline is (politico_2016-06-14, usa-today_2015-11-20)
    (
        "But Sanders also laid out a political reform agenda at a surprise news conference "
        "Tuesday outside his Capitol Hill campaign office right after meeting with the rest of "
        "the Senate Democratic caucus at Senate Minority Leader Harry Reid’s invitation, and "
        "just hours before his meeting with Clinton.",
        "Sanders",
        "laid out",
        "a political reform agenda",
    ),
    (
        "He also laid out his plan for fighting the Islamic State, stating that the United "
        "States should formally declare war on the organization that has declared a "
        '"caliphate" in portions of Syria and Iraq.',
        "He",
        "laid out",
        "his plan for fighting the Islamic State",
    ),
    (
        "Marco Rubio (R), a co-sponsor of the bill in that chamber, reversed himself and opposed "
        "it as he positioned himself for his presidential run.",
        "a co-sponsor",
        "opposed",
        "it",
    ),
    (
        "The compromise would restore more local control, albeit not enough for some House "
        "conservatives who have vehemently opposed it on those grounds.",
        "who",
        "opposed",
        "it",
    ),
    (
        "But in Michigan a week ago, they supported her by a smaller 40 percentage point margin.",
        "they",
        "supported",
        "her",
    ),
    (
        "Trump denied the accusations through a spokeswoman, dismissing O'Donnell as \"a "
        'disgruntled former employee."',
        "Trump",
        "denied",
        "the accusations",
    ),
    ("Mr. Ailes denied the charges through his lawyer.", "Mr. Ailes", "denied", "the charges"),
    # a clause of the time of the act after the object (huff-post_2016-06-17, nyt_2016-07-29)
    (
        "Sexton tweeted his observations of the rally as he lined up with other attendees outside.",
        "Sexton",
        "tweeted",
        "his observations of the rally",
    ),
    (
        "And he expressed solidarity for her even as he alluded to her failings, and to his own.",
        "he",
        "expressed",
        "solidarity for her",
    ),
    # not the time of an act the object names (wash-post_2016-05-29)
    (
        "Two class action lawsuits being considered in San Diego have accused Trump University "
        "of using deceptive practices as it brought in millions of dollars from customers who "
        "were told they would learn Trump's techniques to become successful in the world of "
        "real estate.",
        "San Diego",
        "accused",
        "Trump University of using deceptive practices as it brought in millions of dollars "
        "from customers who were told they would learn Trump's techniques to become successful "
        "in the world of real estate",
    ),
    # the pronoun opens a clause: it is no object of its own (breitbart_2016-05-18)
    (
        "“I will never eat them again,” Trump said in August after Nabisco announced it was "
        "laying off 600 bakery workers in Chicago and building a new facility in Mexico.",
        "Nabisco",
        "announced",
        "it was laying off 600 bakery workers in Chicago and building a new facility in Mexico",
    ),
]


@pytest.mark.parametrize(
    "sentence, speaker, cue, text",
    MORE_FORMS
    + WORK_FINDINGS
    + VIEWS
    + SEEMING_ACTS
    + WISHES
    + PREFERENCES
    + PASSIVE_STANDS
    + AGREEMENTS
    + HEADLINES
    + SECOND_VERBS
    + OBJECT_ENDS
    + RESTATEMENTS
    + MODAL_FORMS
    + REQUESTS_AND_REMINDERS,
)
def test_more_forms(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


@pytest.mark.parametrize(
    "sentence, text",
    [
        # PolNeAR train, politico_2016-02-19: the verb after "but" is the relative clause's
        (
            "After Deputy Secretary of State Tom Nides chimed in with an attaboy for Biden, "
            "Clinton offered a somewhat more reserved response about the man who considered "
            "challenging her for the Democratic presidential nomination in 2016 but ultimately "
            "stepped aside.",
            "a somewhat more reserved response about the man who considered challenging her "
            "for the Democratic presidential nomination in 2016 but ultimately stepped aside",
        ),
    ],
)
def test_a_verb_of_the_objects_own_clause_ends_nothing(sentence: str, text: str) -> None:
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert text in texts, texts


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR train, breitbart_2016-02-18 and wash-post_2016-06-14: a lone adverb is no
        # content
        "The full poll can be found here.",
        "As I mentioned above, Trump got more than 13 million votes in the Republican primary "
        "process - 13.",
        # wash-post_2016-07-06: "reasons" with no "that" is the noun, no cue
        "One of the reasons Perez is not widely recognized is that the highest elected office "
        "he has held was in Maryland as president of the Montgomery County Council - and that "
        "was a decade ago.",
    ],
)
def test_no_claim_of_a_filler_or_a_noun(sentence: str) -> None:
    found = [(c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert found == [], found


def test_reasoning_that_is_a_cue() -> None:
    # PolNeAR train, huff-post_2016-02-02: the verb before "that" stays a cue
    sentence = (
        "“The Candidate is a natural born citizen by virtue of being born in Canada to his "
        "mother who was a U.S. citizen at the time of his birth,” the board said, reasoning "
        "that Cruz met the criteria because he “did not have to take any steps or go through a "
        "naturalization process at some point after birth.”"
    )
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "reasoning" in cues, cues


def test_what_is_stopped_short_of_is_declined() -> None:
    # PolNeAR train, wash-post_2016-03-30
    sentence = (
        "She praised Fields for pursuing charges in the case but stopped short of calling for "
        "Lewandowski to be fired."
    )
    stances = [
        c.stance for c in extract(Article.from_text(sentence)) if c.cue == "stopped short of"
    ]
    assert stances == [Stance.DECLINES], stances


def test_a_question_after_an_infinitive_is_not_what_was_asked() -> None:
    # PolNeAR train, nyt_2016-04-20: "to see" stands between "asking" and "how"
    sentence = (
        "Google long had a reputation for putting job candidates through multiple interviews "
        "and asking potential employees brain-teaser-type questions to see how they responded."
    )
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert "how they responded" not in texts, texts


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR train, huff-post_2016-07-18 and politico_2016-02-19: the object of "to" and
        # "about" stands before them, in a relative clause
        "The federal judge Trump was referring to is\u00a0Gonzalo Curiel, who was born and "
        "raised in Indiana to parents who emigrated from Mexico.",
        "A: Look, what Bernie is talking about now is mainstream.",
    ],
)
def test_a_preposition_before_a_verb_opens_no_content(sentence: str) -> None:
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert not {"referring to", "talking about"} & set(cues), cues


def test_a_clause_reported_keeps_the_attribution_inside_it() -> None:
    # PolNeAR train, breitbart_2015-12-07: "reported" before "the" and a clause is read as
    # before, and Trump's proposal stays a claim of its own
    sentence = (
        "The New York Times reported the email came hours after Donald Trump proposed a ban on "
        "Muslims trying to enter the U.S."
    )
    found = [(c.speaker_mention, c.cue) for c in extract(Article.from_text(sentence))]
    assert ("Donald Trump", "proposed") in found, found


def test_a_work_says_no_quotation() -> None:
    # the sentence's subject offers the apology, not the emails of the clause after it
    sentence = WORK_FINDINGS[0][0]
    claims = extract(Article.from_text(sentence))
    quoted = [c.speaker for c in claims if c.text == "a deep and sincere apology"]
    assert quoted == ["Democratic National Committee"]


# a view is no claim when it is to come ("will see"), when "as" opens a clause ("as they
# left") or when "view" is a noun ("the view that"); PolNeAR train
NOT_VIEWS: list[tuple[str, str]] = [
    # the depiction cues' other senses: "as" opening a clause ("as the polls opened"), a vote,
    # a doubt, a photo's frame (election news, as train's "Only 367,491 people cast a ballot
    # for either Clinton or Sanders on Saturday")
    ("Sanders supporters cast their ballots as the polls opened in California.", "cast"),
    ("Mr. Kaine cast the deciding vote as the Senate adjourned.", "cast"),
    (
        "Comey's letter cast doubt on her candidacy as early voting began in several states.",
        "cast",
    ),
    ("He framed the photo as a gift for his mother.", "framed"),
    # a depiction's participle after a comma is the clause subject's, not the noun's before it
    (
        "MYRTLE BEACH, S.C. - Sen. Ted Cruz (R-Tex.) continued his rhetorical onslaught against "
        "Donald Trump on Saturday, casting him as a false conservative and questioning the real "
        "estate mogul's temperament and judgment.",
        "casting",
    ),
    # (an expectation of one's own act is "expects to" of RAISING_CUES or none)
    (
        "The Clinton campaign is now braced for a fight it expects to last into the spring.",
        "expects",
    ),
    (
        "The senator is betting that Republican voters will see her choice to avoid the "
        "Trump campaign as a sign of independence - representing duty to her party without "
        "the enthusiasm and vigor of embracing the campaign.",
        "see",
    ),
    (
        "Maryam Violet, an Iranian journalist visiting Nice on vacation, told the Guardian "
        "that she saw the truck running into people as they left the fireworks show.",
        "saw",
    ),
    (
        "In court filings, Cruz’s lawyers relied on Supreme Court precedent, legal history and "
        "articles from noted constitutional scholars to defend the view that he is in fact "
        "“natural born” within the meaning of the Constitution.",
        "view",
    ),
]

# no wish: a relative's gap, the writer's own, one after another cue of the sentence (part of
# its content); no wish to act of a relative, of the subject of a relative whose object is the
# gap, in a question, or stressed by "did"; PolNeAR train
NOT_WISHES: list[tuple[str, str]] = [
    (
        "And a rich supporter who wants to give more could shell out as much as $449,400 to the "
        "joint committee, whose proceeds are split between the Trump campaign and the party.",
        "wants",
    ),
    (
        "The things he wants to accomplish appeal to the people, but he has no clear vision of "
        "how to get things done.",
        "wants",
    ),
    (
        "Once ratings come into the picture, will reporters still want to pursue those smaller "
        "stories?",
        "want",
    ),
    (
        "He did want to make me sweat, however, and that accounts for the tongue-lashing he "
        "administered at the outset.",
        "want",
    ),
    (
        "Many Millennials want what they want without any common sense or realistic "
        "understanding that Sanders simply can't do what he promises to do.",
        "want",
    ),
    ("We want the most evangelical choice.", "want"),
    (
        "Weaver said that only people such as David and Charles Koch wanted “open borders.”",
        "wanted",
    ),
]

# an act agreed to is the content, a thing agreed to is none ("agreed to a 10-month
# moratorium"), nor is an agreement to come ("could agree to work"); PolNeAR train
NOT_AGREEMENTS: list[tuple[str, str]] = [
    (
        "Mr. Netanyahu finally agreed to a 10-month moratorium, but when Vice President Joseph "
        "R. Biden Jr. visited Israel in March 2010, he was caught off guard by the announcement "
        "of a new housing project in East Jerusalem.",
        "agreed",
    ),
    (
        "Prospective physicians could agree to work in the public sector for a certain period "
        "of time after graduation and get government tuition assistance.",
        "agree",
    ),
]


# an act's noun makes no claim beside another attribution, whose content it is part of, nor
# does "support" as a noun or after "who", nor a view of a phrase inside a clause; PolNeAR
# train
NOT_ACTS: list[tuple[str, str]] = [
    (
        "During a campaign stop in Onawa, Iowa, the Republican presidential candidate "
        "repeated his promise to repeal all of Obama’s executive actions, including the "
        "latest ones on guns.",
        "promise to",
    ),
    (
        "Snyder, for his part, has denied that Clinton and her appearance on Maddow had "
        "anything to do with his decision to ask for federal funds.",
        "decision to",
    ),
    # "support" as a noun, and a share's relative clause
    (
        "According to July's Washington Post/ABC News polling, more than half of Clinton's "
        "support (57 percent) comes from women, and almost half of her support (44 percent) "
        "comes from nonwhite voters.",
        "support",
    ),
    (
        "The poll showed a majority of registered Ohio voters say the Senate should take up "
        "President Obama's nomination of Merrick Garland to fill the Supreme Court vacancy: "
        "56% of Buckeye State voters want action compared with 38% who support the GOP's "
        "refusal to hold hearings or a vote on Garland.",
        "support",
    ),
    # a view of a phrase inside the clause, after an open preposition
    (
        "Even as he accused the Justice Department of giving Clinton special treatment, "
        "Giuliani wouldn’t directly speculate about Comey’s motives for, in his view, "
        "dropping a slam-dunk case.",
        "in his view",
    ),
]


# a measure compared to another, a noun's modifier, the means of the verb before (PolNeAR
# train: politico, wash-post_2016-05-19, huff-post_2016-05-02)
NOT_COMPARISONS: list[tuple[str, str]] = [
    (
        "Trump so far has won 758 pledged delegates, compared to Cruz’s 538 and Ohio Governor "
        "John Kasich’s 145, according to a CNN tally.",
        "compared",
    ),
    (
        "Increasingly, Sanders's most passionate supporters claim that the primary has been "
        "rigged. A Reddit user's chart comparing the first wave of exit polls with Clinton's "
        "stronger-than-expected performances has been circulated - most famously by Sanders "
        "surrogate and actor Tim Robbins - as evidence of election fraud.",
        "comparing",
    ),
    (
        "What the report doesn’t mean - Pew’s research focuses on comparing online panels to "
        "various known government “benchmarks” (the numbers generally considered the most "
        "accurate).",
        "comparing",
    ),
]


# an aim inside another cue's content, or the formula of anonymity, is no aim of the subject's
# (PolNeAR train, breitbart_2016-04-14, wash-post_2016-01-24)
# a nominal cue said again is the nominal's own claim, no second one of "reiterated"
# (PolNeAR train, wash-post)
NOT_RESTATEMENTS: list[tuple[str, str]] = [
    ("Sanders reiterated his belief that there will be a contested convention.", "reiterated"),
]

# a vote whose object is a relative's gap, an aim of a relative clause, and an aim whose
# object is a relative's gap (PolNeAR train, usa-today_2016-05-18, wash-post_2016-06-29,
# wash-post_2016-01-28)
NOT_MODAL_FORMS: list[tuple[str, str]] = [
    (
        "Two others have not said who they would vote for, and a fifth superdelegate has not "
        "been named.",
        "would vote for",
    ),
    (
        "Marco Rubio (R), who is seeking reelection, and Bill Nelson (D) have both pushed for "
        "Zika funding, although Nelson voted against Tuesday's package because of the "
        "Republican provisions.",
        "is seeking",
    ),
    (
        "With five days remaining until the Iowa caucuses, Democratic presidential candidate "
        "Bernie Sanders took a brief detour from the campaign trail Wednesday to meet one on one "
        "at the White House with the man he is seeking to succeed.",
        "is seeking",
    ),
]

# a likeness, a pronoun reminded of it, a request whose object stands before it, and a
# reaction, no speaker, that reminds (PolNeAR train, breitbart_2015-11-11, nyt_2016-08-18,
# nyt_2015-11-18)
NOT_REQUESTS_OR_REMINDERS: list[tuple[str, str]] = [
    ("Meanwhile, John Kasich reminds us of the Houseguest Who Won’t Leave.", "reminds"),
    (
        "Mr. Obama's reaction to the attacks in France reminded foreign policy experts of the "
        "gulf between the president and Mrs. Clinton, which first emerged in their 2008 primary "
        "contest as Mr. Obama contrasted his antiwar message with Mrs. Clinton's 2002 vote to "
        "authorize the use of force in Iraq.",
        "reminded",
    ),
    (
        "But it indicates that the candidate - who has chafed at making the types of changes his "
        "current aides have asked for, even though he had acknowledged they would need to occur "
        "- has decided to embrace his aggressive style for the duration of the race.",
        "asked for",
    ),
]

NOT_AIMS: list[tuple[str, str]] = [
    (
        "He barely mentioned his campaign or political platform at the start of his speech, "
        "joking that it’s boring to discuss politics all the time.",
        "discuss",
    ),
    (
        "One attendee, who like others spoke on the condition of anonymity to discuss the private "
        'meeting, said the message was that "this is not going to be over in February or March '
        'as much as we would all like it to be."',
        "discuss",
    ),
]


# a raiser across a comma is the name nearest the cue, not the subject (the seeds); a
# participle echoes what follows it, not the quotation before it (PolNeAR train,
# west-journal_2016-08-03)
NOT_RAISED: list[tuple[str, str]] = [
    (
        "When Trump used the words, “I’m not quite there yet,” he was echoing Ryan, who used "
        "the same words when asked in May if he would endorse Trump.",
        "echoing",
    ),
    (
        "For many, the idea of a former president engaging in back-channel communications with "
        "foreign leaders, especially amid a high-stakes conflict like the one in Ukraine, raises "
        "concerns about national security and the potential for mixed messages or unintended "
        "consequences.",
        "raises concerns about",
    ),
]


@pytest.mark.parametrize(
    "sentence, cue",
    NOT_SEEMINGS
    + NOT_VIEWS
    + NOT_WISHES
    + NOT_AGREEMENTS
    + NOT_ACTS
    + NOT_COMPARISONS
    + NOT_RAISED
    + NOT_AIMS
    + NOT_RESTATEMENTS
    + NOT_MODAL_FORMS
    + NOT_REQUESTS_OR_REMINDERS,
)
def test_no_claim_of_the_cue(sentence: str, cue: str) -> None:
    assert all(c.cue != cue for c in extract(Article.from_text(sentence)))


def test_a_vote_asked_about_is_no_claim_and_its_subject_answers() -> None:
    # PolNeAR train, wash-post_2016-06-01: the writer asks; Garcia's answer is a "no"
    text = 'Did that mean Garcia would vote for Trump?\n\n"No, no, no, no," he said, laughing.\n'
    found = [(c.speaker, c.cue, c.text) for c in extract(Article.from_text(text))]
    assert found == [("Garcia", "said", "No, no, no, no")]


def test_a_participle_of_several_words_is_not_said_inside_a_relative_clause() -> None:
    # PolNeAR train, huff-post_2016-08-23: the member asks for anonymity, and says both
    # quotations; Trump, inside "who supports Trump", says nothing
    text = (
        "“If I was a donor, I’d want answers,” said a prominent Republican National Committee "
        "member who supports Trump, asking for anonymity to speak freely. “If they don’t have "
        "any more staff, and they’re paying five times more? That’s the kind of stuff I’d read "
        "and try to make an (attack) ad out of it.”"
    )
    claims = extract(Article.from_text(text))
    assert [c.speaker_mention for c in claims if c.cue == "asking for"] == [
        "a prominent Republican National Committee member who supports Trump"
    ]
    assert all(c.speaker is None and c.speaker_mention != "Trump" for c in claims)


# an opening participle needs a name or a pronoun after its clause ("the RNC began" is no
# speaker of it: no gold cue), a capitalised participle is read only as opening its
# sentence (a headline's "By Saying" is no cue), and one in lower case only after a time
# word; PolNeAR train
@pytest.mark.parametrize(
    "sentence, cue",
    [
        (
            "Recalling the pitfalls of the previous presidential election, the RNC began "
            "spending money much earlier in the process ahead of the 2016 election.",
            "Recalling",
        ),
        (
            "Marco Rubio Responds To Question About Minimum Wage By Saying We Need Fewer "
            "Philosophers",
            "Saying",
        ),
        # "In" is no time word before a participle in lower case: no gold cue
        (
            "In writing her beautiful speech, Melania's team of writers took notes on her "
            "life's inspirations.",
            "writing",
        ),
    ],
)
def test_no_opening_participle_claim(sentence: str, cue: str) -> None:
    assert all(c.cue != cue for c in extract(Article.from_text(sentence)))


# a poll opening makes no claim when it is no poll ("a memo released as polls closed"), when
# a cue after it says the clause ("Democratic voters ... were asked"), or when a word or two
# follow it; PolNeAR train
@pytest.mark.parametrize(
    "sentence",
    [
        "In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook "
        "acknowledged the former secretary of State and Sanders had split the first two "
        "contests.",
        "In a survey published by NBC News, Democratic voters in West Virginia were asked a "
        "series of questions upon leaving the polls Tuesday, and the results are alarming for "
        "Clinton.",
        "In the polls, anyway.",
    ],
)
def test_no_poll_opening_claim(sentence: str) -> None:
    assert all(c.cue != "In" for c in extract(Article.from_text(sentence)))


# nor does a poll closing the sentence with no name ("in the polls"), nor one the subject
# runs on after; PolNeAR train
@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Bush has struggled to gain traction with his party's base and sits at single "
        "digits in the polls.",
        "Mrs. Clinton's six-percentage-point lead over the presumptive Republican nominee, "
        "Donald J. Trump, in a CBS News poll last month has evaporated.",
    ],
)
def test_no_poll_closing_claim(sentence: str) -> None:
    assert all(c.cue != "in" for c in extract(Article.from_text(sentence)))


# "To" opening a sentence with no one after it makes no claim; PolNeAR train
@pytest.mark.parametrize(
    "sentence",
    [
        "To be sure, the big banks do all this and more.",
        "To date, Clinton remains far ahead in the overall delegate count due to early "
        "endorsements from superdelegates, or party leaders who can support the candidate of "
        "their choice, no matter whom voters back in primaries and caucuses.",
    ],
)
def test_no_to_opening_claim(sentence: str) -> None:
    assert all(c.cue != "To" for c in extract(Article.from_text(sentence)))


@pytest.mark.parametrize("sentence, speaker, cue, text", FORMS)
def test_form(sentence: str, speaker: str, cue: str, text: str) -> None:
    claims = extract(Article.from_text(sentence))
    found = [(c.speaker_mention, c.cue, c.text) for c in claims]
    assert (speaker, cue, text) in found, found


# a promise or a threat negated before its "to" is still one, from "not" (PolNeAR train: both
# such claims made match a gold content)
NEGATED_INFINITIVES: list[tuple[str, str, str, str]] = [
    (
        "Mr. Trump vows not to take Carrier's calls until it agrees to change course.",
        "Mr. Trump",
        "vows",
        "not to take Carrier's calls until it agrees to change course",
    ),
    (
        "Curbelo, in particular, has slammed Trump's comments about immigrants and Muslims, "
        "and vowed not to vote for him even if he wins the nomination.",
        "Curbelo",
        "vowed",
        "not to vote for him even if he wins the nomination",
    ),
]


# a promise dated between its cue and its "to": the content opens at "to" (PolNeAR train: 2
# claims made, 2 matching gold; "pledged Saturday to rid the world" loses its "Saturday")
TIMED_INFINITIVES: list[tuple[str, str, str]] = [
    (
        "The Independent Vermont senator vowed last month to take his campaign all the way to "
        "the convention.",
        "vowed",
        "to take his campaign all the way to the convention",
    ),
    (
        "Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California "
        "primary on June 7, and perhaps until the party's convention in July.",
        "vowed",
        "to remain in the fight through the California primary on June 7, and perhaps until "
        "the party's convention in July",
    ),
    (
        'Sanders pledged Saturday to rid the world of "this barbarous organization" but said '
        "little about how.",
        "pledged",
        'to rid the world of "this barbarous organization"',
    ),
]


@pytest.mark.parametrize("sentence, cue, text", TIMED_INFINITIVES)
def test_timed_infinitive(sentence: str, cue: str, text: str) -> None:
    found = [(c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (cue, text) in found, found


@pytest.mark.parametrize("sentence, speaker, cue, text", NEGATED_INFINITIVES)
def test_negated_infinitive(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


def test_a_subordinate_clause_after_the_cue_is_no_inverted_speaker() -> None:
    # "says despite being a Stanford alumna": what follows the cue is the content, the
    # subject with its appositive is before it (PolNeAR train)
    sentence = (
        "One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford "
        "alumna, she plans to root for Iowa."
    )
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (
        "Carly Fiorina",
        "says",
        "despite being a Stanford alumna, she plans to root for Iowa",
    ) in found, found


# a proposal with an infinitive: what is proposed, from its "to" (PolNeAR train: both such
# claims made match a gold content; "proposed a ban" keeps its object)
PROPOSALS: list[tuple[str, str, str, str]] = [
    (
        "For one thing, Mrs. Clinton, the presumptive Democratic nominee and strong favorite to "
        "win the presidential election come November, proposed to draft Mr. Clinton as an "
        "economic adviser.",
        "Mrs. Clinton",
        "proposed",
        "to draft Mr. Clinton as an economic adviser",
    ),
    (
        "Sanders proposes to pay for his plan through a combination of premiums paid by "
        "employers and households, new income tax rates and other changes to the tax code, and "
        "savings from current health-care spending that he says the plan would achieve.",
        "Sanders",
        "proposes",
        "to pay for his plan through a combination of premiums paid by employers and "
        "households, new income tax rates and other changes to the tax code",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", PROPOSALS)
def test_proposal(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


# a clause with its own subject joined after the comma that ends an attribution is the
# writer's, not what was said (PolNeAR train: 3 such claims, none inside gold)
@pytest.mark.parametrize(
    "sentence, wrong",
    [
        (
            "The network did not respond to the request, and Trump appeared at the September "
            "debate anyway.",
            "and Trump appeared at the September debate anyway",
        ),
        (
            "Manafort did not directly respond to AP's requests to discuss the work, but he was "
            "copied on the AP's questions and Gates said he spoke to Manafort before providing "
            "answers to them.",
            "but he was copied on the AP's questions",
        ),
        (
            "Jeb Bush, too, instructed the Washington Speakers Bureau to stop booking paid "
            "appearances seven months before he announced, and he gave his last paid speeches "
            "in early 2015 before he launched his presidential bid.",
            "and he gave his last paid speeches in early 2015",
        ),
    ],
)
def test_a_clause_joined_after_the_comma_is_not_said(sentence: str, wrong: str) -> None:
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert not any(t.startswith(wrong) for t in texts), texts


def test_a_named_subjects_participle_after_with_ends_the_content() -> None:
    # PolNeAR train: ", with" and a name with its participle is the writer's absolute clause,
    # which ends the content before it in the gold (7 of 7), a content of two words too
    denied = (
        "Even after several videos and recordings of the incident surfaced, the Trump campaign "
        "has denied it happened, with Lewandowski taking to Twitter to call Fields “totally "
        "delusional” for the accusation."
    )
    claims = extract(Article.from_text(denied))
    assert [(c.cue, c.text, c.stance) for c in claims if c.cue == "denied"] == [
        ("denied", "it happened", Stance.DENIES)
    ]
    # the McCain clause makes its own claim
    menu = (
        "Republicans who agree that the prison should be closed were irritated about the lack "
        "of detail, with Sen. John McCain calling it a “Chinese menu.”"
    )
    texts = {c.text: c.speaker_mention for c in extract(Article.from_text(menu))}
    assert texts.get("it a “Chinese menu.”") == "Sen. John McCain", texts
    assert not any("McCain" in t for t in texts), texts
    # not a quantity of people after "with": what the poll showed goes on
    poll = (
        "Her inability to move past the scandals and pseudo-scandals is sapping her support — a "
        "Washington Post/ABC poll in Wednesday showed Clinton with the lowest personal approval "
        "rating of her 25-year career, with a staggering 56 percent of Americans saying they "
        "don’t like her."
    )
    shown = [c.text for c in extract(Article.from_text(poll)) if c.cue == "showed"]
    assert shown and shown[0].endswith("saying they don’t like her"), shown


def test_a_gerund_subject_after_an_attribution_goes_on_with_the_clause() -> None:
    # "..., she added, revoking clearances would be ...": the attribution interrupts one
    # sentence, whose clause goes on with a gerund as its subject (PolNeAR train)
    sentence = (
        "While some low-level State employees could get a slap on the wrist, she added, "
        "revoking clearances would be “really very aggressive considering the facts that have "
        "emerged.”"
    )
    found = [(c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert ("added", sentence) in found, found


# sentences that hold a cue word but no attribution the rule may take
NOT_CLAIMS: list[str] = [
    # a comma after the one called: what follows in single marks is said, not a label
    # (PolNeAR train, usa-today_2016-08-09)
    "She called me, 'Auntie, I'm so disturbed because all I have heard in Pakistan.'",
    # "tweets" is a noun
    "The tweets originated from Trump's account, @realDonaldTrump, and no other users were "
    "mentioned in them.",
    # "reported" as an adjective, or dated by a time alone, reports nothing after it
    "Nearly 60 percent of Mrs. Clinton's reported contributions, totaling $70 million, have "
    "come from women.",
    "Forty-three percent of all reported contributions to federal candidates for this election "
    "have come from women.",
    "As Breitbart reported a few days later.",
    # a state heading a list of names, with a colon, is no speaker (PolNeAR train, politico)
    "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris.",
    # a plain subject is a speaker only before a clause: no clause follows "argued"
    "The two senators argued again over health care.",
    "The band said goodbye to the crowd after the encore.",
    # an opening with a clause verb of its own is no subject
    "The debate was over before anyone said a word.",
    # an intention with no infinitive, and a possessive before the cue, attribute nothing
    "Trump plans major ad buy after weeks of being outspent.",
    "Right afterward, Ted Cruz talked up his plans to force undocumented immigrants out.",
    # a negated passive is still a passive: Tyson is asked, he asks nothing
    "Iron Mike Tyson was not asked to speak at the Convention though I'm sure he would do a "
    "good job if he was.",
    # a passive "asked to" asks for an act, not a question: no question to claim
    "Marco Rubio was asked to name a single legislative achievement he had achieved in the "
    "U.S. Senate.",
    # a report with no reporter named is no passive report
    "(Donations are typically reported in broad ranges, not specific amounts.)",
    # "discussed" as a passive names no one who discussed it
    "The proposal was discussed at length during the meeting.",
    # "who believe in": no clause right after a base form after "who", so nothing it says
    "Horrible as this might sound to economists -- who believe in taxing polluters, not "
    "rewarding them -- the energy transition may require paying the dirtiest generators, as "
    "Germany has done, to stick around.",
    # a passive "was questioned" doubts nothing of the subject's
    "When Trump was questioned about the dispute on ABC News, his response focused on how "
    "Khan’s wife, Ghazala, remained silent during the DNC speech.",
    # "said no to" is a refusal of the Iraq war, not the answer "no"
    "He said no to the Iraq war.",
    # a contracted negation before a verb whose clause does not follow at once
    "I'm a very emotional person, if you can't already tell.",
    "The BATs didn’t endorse a candidate.",
    # a quantity that opens no clause, or with a participle and no "be", is no speaker
    "Scarborough is one of many slamming Trump for the move.",
    # "it" and a determiner in -s is no clause ("this" is no verb)
    "Singh explained it this way.",
    # "it" moves no one to act, and "encouraging" is an adjective (PolNeAR train, nyt
    # 2016-03-03, nyt_2015-11-09)
    "It encouraged people to drive somewhat less and be more careful about heating and cooling "
    "their homes.",
    "October's uptick in workers' earnings made the month's data encouraging, especially after "
    "the downbeat showing in September.",
    # a passive stand to come is no stand taken, and a subject with its appositive between
    # commas is left out (PolNeAR train)
    "They will be backed by prodigious amounts of research - polling data, focus group "
    "findings, voter data, analytics and modeling.",
    "Mr. Bush, the former governor of Florida, had been soundly rejected by an electorate he "
    "no longer recognized, hobbling his campaign.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_no_claim(sentence: str) -> None:
    assert extract(Article.from_text(sentence)) == []


def test_a_refusal_to_speak_declines() -> None:
    # PolNeAR train, politico_2015-12-15
    (claim,) = extract(Article.from_text("The Carson campaign declined to comment for this story."))
    assert claim.stance is Stance.DECLINES


# a question put to the speaker, with a place or an adverb before it, or one word long:
# sentence, cue, the question as claimed (the asker is unnamed: no speaker)
QUESTIONS: list[tuple[str, str, str]] = [
    # a day or a time between "asked" and its question, "whenever" before it (PolNeAR train)
    (
        "Asked Tuesday about Sullivan, Feinstein said \"I don't know anything about Jake Sullivan "
        'and the emails," she said.',
        "Asked",
        "Sullivan",
    ),
    (
        "Whenever asked about her weaknesses, they shifted topics to how differently Republicans "
        "are reacting to their likely nominee.",
        "asked",
        "her weaknesses",
    ),
    (
        "Asked on Fox News who leads the party in his view, he said Ryan.",
        "Asked",
        "who leads the party in his view",
    ),
    (
        'When asked why, Sembler responded in a text message: "Trump will be the Republican '
        "Party's nominee.\"",
        "asked",
        "why",
    ),
    # inside a sentence, after "when" or a passive (PolNeAR train: 30 of 38 such questions
    # are gold); "about" is no part of what was asked
    (
        "\"He'll monitor everything; that's how he is. It's not just on Twitter but on his "
        'smartphone and television and articles," Sam Nunberg, a former Trump aide, said when '
        "asked how Trump digests major news events.",
        "asked",
        "how Trump digests major news events",
    ),
    (
        "In a telephone interview with Fox News’ Jenna Lee, Pence was asked about the “not there "
        "yet” comment.",
        "asked",
        "the “not there yet” comment",
    ),
]


@pytest.mark.parametrize("sentence, cue, text", QUESTIONS)
def test_question(sentence: str, cue: str, text: str) -> None:
    found = [(c.speaker, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (None, cue, text) in found, found


def test_a_preposition_opens_no_inverted_speaker() -> None:
    # PolNeAR train, huff-post_2016-08-03: "asked about X" names what was asked, not who said
    sentence = (
        "Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Republican presidential nominee "
        "Donald Trump, President Barack Obama said he expected that Americans will say “no” to "
        "Trump’s policy measures."
    )
    mentions = {c.speaker_mention for c in extract(Article.from_text(sentence))}
    assert "about Republican presidential nominee Donald Trump" not in mentions


def test_a_reference_to_a_question_is_no_claim() -> None:
    # the seeds: Trump neither asserts nor denies the calls; "whether ..." is only the topic
    sentence = (
        "“I don’t comment on that,” Trump said, referring to whether he had communicated with "
        "Putin post-presidency."
    )
    claims = extract(Article.from_text(sentence))
    assert [c.text for c in claims] == ["I don’t comment on that"]


# an expectation no one is said to hold: the clause, subject and infinitive, with no speaker
# (PolNeAR: "Trump … to deliver a victory speech later tonight", with no source):
# sentence, cue, text
UNSOURCED: list[tuple[str, str, str]] = [
    (
        "Trump is expected to deliver a victory speech later tonight.",
        "is expected",
        "Trump is expected to deliver a victory speech later tonight",
    ),
    (
        "The results of the caucus are the first step in determining delegates who are expected "
        "to support candidates at the national convention.",
        "are expected",
        "who are expected to support candidates at the national convention",
    ),
    # a seeming after "it", before its clause: the clause, with no one as its source
    (
        "In this case, it appears that Trump and Lewandowski had helped bring on this criminal "
        "investigation by publicly denying that Fields was telling the truth.",
        "appears",
        "Trump and Lewandowski had helped bring on this criminal investigation by publicly "
        "denying that Fields was telling the truth",
    ),
    (
        "When it comes to Swanson’s wrath, it seems like no American icon will be spared.",
        "seems",
        "no American icon will be spared",
    ),
    # a view held by no one named, after "be": the subject and what it is seen as (train: 21 of
    # 23 "be seen/viewed/regarded as" after no relative, "being", "to be" or "can" are gold)
    (
        "Twitter is increasingly seen as a source of news and information more than user "
        "interaction.",
        "is increasingly seen",
        "Twitter is increasingly seen as a source of news and information more than user "
        "interaction",
    ),
    (
        "But his decision to work for Obama in 2008 was seen as an act of disloyalty.",
        "was seen",
        "But his decision to work for Obama in 2008 was seen as an act of disloyalty",
    ),
    # a name or a fame held by no one named, after "be": the subject and what it is known as
    # or for, to the subject's next predicate (train: 18 of 19 "be known as/for" are gold)
    (
        "It is highly unusual for a sitting justice to weigh in so publicly on a political "
        "campaign, though Ginsburg is known for speaking her mind on other issues and is "
        "celebrated as a liberal icon known to fans as Notorious RBG.",
        "is known",
        "Ginsburg is known for speaking her mind on other issues",
    ),
    (
        "Allergan is best known for making the wrinkle-smoothing treatment Botox, while Pfizer is "
        "well known for making a wide variety of iconic drugs, including cholesterol-lowering "
        "Lipitor, the anti-impotence pill Viagra and the pain reliever Celebrex.",
        "is best known",
        "Allergan is best known for making the wrinkle-smoothing treatment Botox",
    ),
    # a readiness or a likelihood that seems, with no one to seem: the subject and what it
    # seems ready or likely to do (PolNeAR train)
    (
        "Before Mr. Ailes left, Ms. Kelly seemed certain to leave.",
        "seemed",
        "Ms. Kelly seemed certain to leave",
    ),
    (
        "Democrats, too, appeared headed for a prolonged and spirited contest.",
        "appeared",
        "Democrats, too, appeared headed for a prolonged and spirited contest",
    ),
    # what reports say: the clause "reportedly" stands in, or that follows "Reportedly,"
    (
        "The FBI is reportedly making arrangements to interview Hillary Clinton.",
        "reportedly",
        "The FBI is reportedly making arrangements to interview Hillary Clinton",
    ),
    (
        "He gained acclaim prosecuting drug traffickers along the Tijuana corridor and was "
        "reportedly targeted for assassination by the Felix cartel; he joined the federal bench "
        "in 2012.",
        "reportedly",
        "was reportedly targeted for assassination by the Felix cartel",
    ),
    (
        "Reportedly, he made ISIS-sympathetic comments to co-workers and had been under "
        "investigation by the FBI for having terrorist ties.",
        "Reportedly",
        "he made ISIS-sympathetic comments to co-workers and had been under investigation by the "
        "FBI for having terrorist ties",
    ),
]


def test_reportedly_after_a_closed_tweet_is_a_report() -> None:
    # PolNeAR train: a tweet closed by "</tweet>" (breitbart_2015-12-04), then a report
    # (west-journal_2016-05-05): the tweet is over, the report is the article's
    text = (
        '<tweet id="672139201337532417" author="@MissDBunker" datetime="2015-12-02">scanner: '
        "FAROOD SAYED named #sanbernadino #California</tweet>\n\n"
        "The FBI is reportedly making arrangements to interview Hillary Clinton."
    )
    cues = [c.cue for c in extract(Article.from_text(text))]
    assert "reportedly" in cues, cues


def test_reportedly_opens_a_paragraph_too() -> None:
    # PolNeAR train, west-journal_2016-06-13, its two sentences set as two paragraphs: no
    # space stands before "Reportedly" after the line break (a word starts there all the same)
    text = (
        "According to Sperry, while Mateen’s role within the company was limited to "
        "transporting prisoners, it is unclear what security clearances he held.\n"
        "Reportedly, he made ISIS-sympathetic comments to co-workers and had been under "
        "investigation by the FBI for having terrorist ties."
    )
    cues = [c.cue for c in extract(Article.from_text(text))]
    assert "Reportedly" in cues, cues


# no view held: a relative's, a gerund's, one to come after "to be", one that "can" be taken
# (PolNeAR train)
@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Trump, who is regarded as something of a germaphobe.",
        "She has a 13-point advantage on being viewed as at least somewhat decisive, and a "
        "15-point advantage on being viewed as competent.",
        "The travails of his presidential campaign can be seen as perhaps the last, wheezing gasp "
        "of the WASP power structure.",
    ],
)
def test_no_view_held(sentence: str) -> None:
    cues = [c.cue or "" for c in extract(Article.from_text(sentence))]
    assert not [cue for cue in cues if cue.endswith(("seen", "viewed", "regarded"))], cues


@pytest.mark.parametrize("sentence, cue, text", UNSOURCED)
def test_unsourced(sentence: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (None, cue, text) in found, found


@pytest.mark.parametrize(
    "sentence, cue",
    [
        # PolNeAR train, wash-post_2015-12-12: "know or are" opens no clause
        (
            "Erroneous information passed from peer to peer on Facebook or elsewhere often has an "
            "equal or even greater degree of credibility than a news report because people tend "
            "to trust those they know or are acquainted with compared with an anonymous media "
            "story.",
            "know",
        ),
        # PolNeAR train, wash-post_2016-01-07: "views" after an article is a noun
        (
            "The offensive views include an online post of a hangman's noose as one solution to "
            "the refugee crisis, a quip by a right-wing politician about the breeding habits of "
            "Africans.",
            "views",
        ),
    ],
)
def test_no_knowledge_or_view(sentence: str, cue: str) -> None:
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert cue not in cues, cues


def test_a_readiness_of_no_plain_subject_is_no_claim() -> None:
    # PolNeAR train, wash-post_2016-02-09: the subject of "and appeared poised to" is not read
    sentence = (
        "Donald Trump held a sizable lead in the Republican race and appeared poised to win his "
        "first contest of the 2016 campaign after finishing second in Iowa a week ago."
    )
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "appeared" not in cues, cues


@pytest.mark.parametrize(
    "sentence, cue, text",
    [
        # PolNeAR train, nyt_2016-02-09: an attitude beside another cue is that cue's content
        (
            "Several of the men were not pleased with her approach, Ms. Gedrich said.",
            "said",
            "Several of the men were not pleased with her approach",
        ),
        # PolNeAR train, west-journal_2016-06-20: "reportedly" is alone beside an attitude
        (
            "Hewlett Packard’s CEO Meg Whitman is a Republican, but has reportedly been critical "
            "of Trump throughout the campaign.",
            "reportedly",
            "has reportedly been critical of Trump throughout the campaign",
        ),
    ],
)
def test_an_attitude_beside_another_cue(sentence: str, cue: str, text: str) -> None:
    found = [(c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert found == [(cue, text)], found


def test_backing_down_or_up_is_no_backing() -> None:
    # PolNeAR train, wash-post_2015-12-24: "backing them up" backs no one's cause
    sentence = (
        "The Cruz campaign calls this a false narrative that the base won't buy, especially "
        "because conservative thought leaders such as Rush Limbaugh are backing them up."
    )
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "are backing" not in cues, cues


def test_shown_after_a_person_is_no_cue() -> None:
    # PolNeAR train, politico_2016-02-05: "shown" is a cue after a work only
    sentence = (
        "Carson has shown little signs of stemming his seething fury toward Ted Cruz's "
        "campaign, slamming the Texas senator on multiple occasions for failing to act "
        "proactively to stem the tide of misinformation."
    )
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "shown" not in cues, cues


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR train: a time known for, and a fame of no plain subject
        "While it has been known for some time that this book was in the works, what was not "
        "entirely known was how extensive the research would be.",
        "A gregarious and active figure on campus, he rooted for the Philadelphia Eagles and the "
        "Cleveland Cavaliers, campaigned door-to-door for Barack Obama in 2008 and was known as "
        "one of the best squash players on the Bucknell faculty.",
    ],
)
def test_no_fame_held(sentence: str) -> None:
    cues = [c.cue or "" for c in extract(Article.from_text(sentence))]
    assert not [cue for cue in cues if cue.endswith("known")], cues


def test_an_expectation_of_someone_else_is_no_unsourced_claim() -> None:
    # PolNeAR train (the D'Souza excerpt): "he expected me to read" has no "is" before it
    sentence = (
        "When I began to speak I saw Brafman’s surprise—naturally he expected me to read my "
        "prepared statement—and the judge inter- rupted me."
    )
    assert all(c.cue != "expected" for c in extract(Article.from_text(sentence)))


# a short lower-case quotation that a cue before it governs, with only words between
# them, is part of what the cue reports (PolNeAR train: 129 of 142 lie in a gold content)
QUOTED_PHRASES: list[tuple[str, str, str, str]] = [
    # the cue's claim stopped short of the quotation: it reaches it now
    (
        "Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”",
        "Cruz",
        "blamed",
        "the anti-fracking law on “knuckleheaded Democratic politicians.”",
    ),
    # no claim of the cue: one runs from the cue to the quotation's end
    (
        "Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that "
        "urges voters in New York to “send a message” to Wall Street banks and billionaires.",
        "Democratic presidential candidate Bernie Sanders",
        "urges",
        "voters in New York to “send a message”",
    ),
    # "who" right before the cue names the speaker
    (
        "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires "
        "a settled alternative to succeed.",
        "who",
        "calls",
        "Trump a “sociopath,”",
    ),
    (
        "The Republican leaders who implicitly rebuked Trump by publicly expressing sympathy "
        "and respect included Trump's running mate, Indiana Gov. Mike Pence, who called their "
        'son "an American hero."',
        "who",
        "called",
        'their son "an American hero."',
    ),
    # a phrase between doubled apostrophes (the NYT's marks) opens lower-case after them
    (
        "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky do it most explicitly by "
        "proposing variations on ''value-added tax'' systems used by European countries.",
        "Senator Ted Cruz",
        "proposing",
        "variations on ''value-added tax''",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", QUOTED_PHRASES)
def test_quoted_phrase(sentence: str, speaker: str, cue: str, text: str) -> None:
    claims = extract(Article.from_text(sentence))
    found = [(c.speaker_mention, c.cue, c.text) for c in claims]
    assert (speaker, cue, text) in found, found


# quoted phrases no cue governs: a title, a name in capitals (a passive cue, by whom?, gives
# a name said by nobody named: NAMED_QUOTES)
UNGOVERNED_PHRASES: list[tuple[str, str]] = [
    (
        "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about "
        "his Democratic presidential rival, Hillary Clinton, saying “on her worst day” she’d be "
        "“an infinitely better president” than any of the Republican 2016 hopefuls.",
        "Today",
    ),
    # a capitalised name between doubled apostrophes is no lower-case phrase either
    (
        "In a memo on Tuesday, Noah Oppenheim, the NBC executive in charge of ''Today,'' "
        "reminded his staff about Mr. Bush's early television work.",
        "Today",
    ),
]


@pytest.mark.parametrize("sentence, phrase", UNGOVERNED_PHRASES)
def test_ungoverned_phrase_is_no_claim(sentence: str, phrase: str) -> None:
    claims = extract(Article.from_text(sentence))
    assert not [c.text for c in claims if phrase in c.text]


def test_a_cue_noun_before_that_is_no_fallback_claim() -> None:
    # PolNeAR train, west-journal: "a claim that" names the claim of the sentence before; the
    # office disputes it, the sentence's subject does not make it
    sentence = (
        "Podliska further alleges that he was fired for taking time off to fulfill his "
        "military duties, a claim that Gowdy’s office strongly disputes."
    )
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "claim" not in cues, cues


# a quotation no cue reached starts its claim where the words leading to it do: after the
# subject's verb (or a cue) when only words stand between them (PolNeAR train)
LOOSE_QUOTE_OBJECTS: list[tuple[str, str, str]] = [
    (
        "Jacobs credited Merkel with holding “the entire continent together” through the "
        "immigration crisis, the troubles in the Eurozone, and the fears over terrorism.",
        "Jacobs",
        "Merkel with holding “the entire continent together”",
    ),
    (
        "Sanders credited Clinton's victory to \"a closed primary, something I am not all that "
        'enthusiastic about, where independents are not allowed to vote."',
        "Sanders",
        "Clinton's victory to \"a closed primary, something I am not all that enthusiastic "
        'about, where independents are not allowed to vote."',
    ),
]


@pytest.mark.parametrize("sentence, speaker, text", LOOSE_QUOTE_OBJECTS)
def test_loose_quote_object(sentence: str, speaker: str, text: str) -> None:
    claims = extract(Article.from_text(sentence))
    found = [(c.speaker_mention, c.text) for c in claims if c.cue is None]
    assert (speaker, text) in found, found


def test_a_preposition_after_the_verb_opens_no_quoted_words() -> None:
    # PolNeAR train, huff-post: "during an interview" is where Sanders spoke, not what
    sentence = (
        "“Of course we’re going to release our medical records,” Sanders said during an "
        "interview on CNN’s “State of the Union” Sunday."
    )
    claims = extract(Article.from_text(sentence))
    assert claims and not [c.text for c in claims if c.text.startswith("during")]


def test_a_refusal_to_be_named_is_no_claim() -> None:
    # PolNeAR train, wash-post: the owner's words are quoted; declining to be named says nothing
    sentence = (
        '"After we came here, we realized it was all lies," said one owner of a shop that sells '
        "women's underwear who declined to be named for fear of trouble with the authorities."
    )
    assert all(c.cue != "declined" for c in extract(Article.from_text(sentence)))


# a quotation going on after its attribution is one claim ('"A," he said. "B."'), unless a
# question put to the speaker stands between: then each piece answers it (PolNeAR train); or
# a second verb of saying, "adding", "going on to": what follows is what was added
QUESTION_BETWEEN_PIECES: list[tuple[str, str, str]] = [
    (
        "“Be very conservative, because it could be very rough out there,” Trump said, adding a "
        "plug for himself as president. “And who can fix things better than me?”",
        "Be very conservative, because it could be very rough out there",
        "And who can fix things better than me?",
    ),
    (
        "“No government is ever going to get it perfect,” Lopez-Cantera said when asked about "
        "the Florida Standards, which were developed under the Scott administration. “The job "
        "of policymakers is to continue seeking perfection and making it better and constantly "
        "reassessing to ensure that the students and the parents are getting the most out of "
        "the education system.”",
        "No government is ever going to get it perfect",
        "The job of policymakers is to continue seeking perfection and making it better and "
        "constantly reassessing to ensure that the students and the parents are getting the "
        "most out of the education system",
    ),
    (
        '"I was involved in an effort in 2013 to try to fix our immigration issue," Rubio said, '
        "in response to a friendly question about how immigration policies affected "
        'agriculture. "There was a powerful lesson from 2013. The American people do not trust '
        "the federal government to enforce our immigration policies. That exists even if you "
        "pass a law that says we're going to build more walls, we're going to have e-verify, "
        "we're going to have an entry/exit tracking system.\"",
        "I was involved in an effort in 2013 to try to fix our immigration issue",
        "There was a powerful lesson from 2013. The American people do not trust the federal "
        "government to enforce our immigration policies. That exists even if you pass a law "
        "that says we're going to build more walls, we're going to have e-verify, we're going "
        "to have an entry/exit tracking system",
    ),
]


@pytest.mark.parametrize("sentence, first, second", QUESTION_BETWEEN_PIECES)
def test_a_question_between_pieces_keeps_two_claims(sentence: str, first: str, second: str) -> None:
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert first in texts and second in texts, texts


def test_an_attribution_with_a_cue_between_pieces_keeps_one_claim() -> None:
    # PolNeAR train, nyt: "estimated" between the pieces asks the speaker nothing
    sentence = (
        "''There seems to be a lot of name-calling going on, but I want to remind you what our "
        "good dad told me one time - labels are for soup cans,'' the former president told a "
        "crowd that the campaign estimated at 3,000 people at a civic center here. ''The "
        "presidency is a serious job that requires sound judgment and good ideas, and there's "
        "no doubt in my mind that Jeb Bush has the experience and the character to be a great "
        "president.''"
    )
    texts = [c.text for c in extract(Article.from_text(sentence)) if c.cue == "told"]
    assert any(t.startswith("There seems") and t.endswith("a great president") for t in texts)


# what is chanted, shouted or read on a sign is someone's words, capitals or not (PolNeAR
# train: 45 of 49 quotations after such a word lie in a gold content): sentence, cue, text
CRIED_QUOTES: list[tuple[str, str, str]] = [
    (
        "Outside the sports arena in downtown Washington, about 200 protesters congregated in "
        'three clusters, holding anti-Trump signs and chanting "Dump Trump."',
        "chanting",
        "Dump Trump",
    ),
    (
        "Casting himself as her prosecutor in a mock trial, Mr. Christie roused the crowd to "
        "spontaneous chants of ''Lock her up!''",
        "chants",
        "Lock her up!",
    ),
    (
        "The day before, at a Johnson-Weld rally in Concord, N.H., 14-year-old Aubrey Pelletier "
        'hoisted a sign that read "15%!"',
        "read",
        "15%!",
    ),
]


@pytest.mark.parametrize("sentence, cue, text", CRIED_QUOTES)
def test_cried_quote(sentence: str, cue: str, text: str) -> None:
    claims = extract(Article.from_text(sentence))
    found = [(c.cue, c.text) for c in claims]
    assert (cue, text) in found, found


def test_chants_of_name_no_chanter() -> None:
    # PolNeAR train, nyt: the crowd chants, not Mr. Christie, the sentence's subject
    sentence = CRIED_QUOTES[1][0]
    assert [c.speaker for c in extract(Article.from_text(sentence)) if c.cue == "chants"] == [None]


def test_a_book_read_is_no_sign() -> None:
    # PolNeAR train, nyt: "his recent reads" are books, and the title no one's words
    sentence = (
        "One of his recent reads, ''This Kind of War,'' by T.R. Fehrenbach, about the Korean "
        "War, drove that point home."
    )
    assert extract(Article.from_text(sentence)) == []


# a title, a slogan or a name given in quotation marks is what someone calls the thing
# (PolNeAR train: 25 of 30 quotations after such a word, no other rule reaching them, lie
# in a gold content): sentence, speaker mention (None: nobody named), cue, text
NAMED_QUOTES: list[tuple[str, str | None, str, str]] = [
    (
        'On Monday night, Clinton campaign manager Robby Mook released a memo titled "The '
        'Facts on Where the Race Stands."',
        "Clinton campaign",
        "titled",
        "The Facts on Where the Race Stands",
    ),
    (
        'Richard Nixon ran on the slogan "Experience Counts" in 1960 after eight years as '
        "vice president for President Eisenhower.",
        "Richard Nixon",
        "slogan",
        "Experience Counts",
    ),
    (
        "Also, a lot of people didn’t like the phrase “self-deportation.”",
        "a lot of people",
        "phrase",
        "self-deportation",
    ),
    # (the train sentence without its relative clause: "Our Principles PAC, which was
    # founded by former Mitt Romney staffer Katie Packer and is dedicated to stopping Trump,")
    (
        "Our Principles PAC launched a television and radio ad in Indiana on Saturday afternoon "
        "titled, “Scam.”",
        "Our Principles PAC",
        "titled",
        "Scam",
    ),
    # a passive name is given by nobody named, whatever the sentence's subject
    (
        "Robert Mercer, the GOP mega-donor and co-founder of Renaissance Technologies hedge "
        "fund who once backed Texas Senator Ted Cruz, is launching a super-PAC with a novel "
        "twist to get establishment-minded donors off the sidelines. The new project will "
        "informally be dubbed the “Defeat Crooked Hillary PAC” and, despite its Trumpian "
        "name, will focus solely on attacking Clinton, not boosting Trump.",
        None,
        "dubbed",
        "Defeat Crooked Hillary PAC",
    ),
    (
        "A Sanders win, on the other hand, creates an awkward situation for Clinton, who could "
        "be celebrating being dubbed the “presumptive nominee” even as she loses the nation’s "
        "largest state — and one of its most diverse.",
        None,
        "dubbed",
        "presumptive nominee",
    ),
    # "what ... called": a name someone gives, where "called" alone names a thing
    (
        "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits and military spending "
        "at Tuesday’s Republican debate, shaking up what is called a “debate” but usually "
        "turns into isolated questions asked of the candidates with little engagement between "
        "them.",
        None,
        "called",
        "debate",
    ),
]


# a verb, its object and "as" before a quotation no other rule reaches: the subject's words
# from the object on (PolNeAR train: 19 of 23 such claims match a gold content, two more lie
# inside one, one more is right by reading): sentence, speaker mention (None: nobody named),
# cue, text
DESCRIBED_QUOTES: list[tuple[str, str | None, str, str]] = [
    (
        "Germany’s Chancellor Angela Merkel heralded the European Union’s deal with Turkey "
        "as a “breakthrough.”",
        "Germany’s Chancellor Angela Merkel",
        "heralded",
        "the European Union’s deal with Turkey as a “breakthrough.”",
    ),
    (
        "First, Trump identified the judge as “Spanish,” which is what some erroneously call "
        "people who they believe speak Spanish.",
        "Trump",
        "identified",
        "the judge as “Spanish,”",
    ),
    # a quotation closed with no punctuation of its own modifies a noun that goes on
    (
        "Declaring that he alone has the leadership strength to secure the homeland and "
        "rejuvenate the economy, the billionaire real estate mogul offered himself as a "
        '"law and order" candidate and made a direct appeal to blue-collar Americans who have '
        "felt left behind in the 21st century.",
        "the billionaire real estate mogul",
        "offered",
        'himself as a "law and order" candidate',
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", NAMED_QUOTES + DESCRIBED_QUOTES)
def test_named_or_described_quote(sentence: str, speaker: str | None, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


# "called" alone and "known as" name things more often than they give a name someone uses
# (PolNeAR train: 9 of 20), and "so-called" is the writer's own distance
@pytest.mark.parametrize(
    "sentence",
    [
        "Such is the latest Mexican revenge against the Republican presidential candidate: A "
        'group of Mexican comedians is performing a popular play called "Los Hijos de '
        'Trump," or "Sons of Trump," in Mexico City\'s Aldama Theater.',
        "''Opening Belle,'' which will be in bookstores on Tuesday, is a twist on a subgenre of "
        "contemporary women's fiction known as ''chick lit.''",
        "Hillary Clinton defeated Bernie Sanders in Delaware’s Democratic presidential primary "
        "Tuesday, in another demonstration of how difficult it is for the independent senator "
        "from Vermont to win so-called “closed” primaries where only registered Democrats are "
        "allowed to cast a ballot.",
    ],
)
def test_a_thing_called_by_its_name_is_no_claim(sentence: str) -> None:
    claims = extract(Article.from_text(sentence))
    assert [c.text for c in claims if c.cue in {"called", "known as"}] == []


@pytest.mark.parametrize(
    "sentence, verb",
    [
        # examples, not a description
        (
            'Officials searched their records for terms containing words such as "ambassador," '
            '"attack," "Benghazi," "Libya" and "talking points."',
            "containing",
        ),
        # a dash between the verb and its "as"
        (
            "But as often as not he seemed to be in line with Mr. Ailes, at least based on how "
            "he portrayed himself on Twitter -- as a ''climate change skeptic''; as a fan of Dr. "
            "Ben Carson, ''a real black president who can properly address the racial "
            "divide''; and as one who believes: ''Maybe most Moslems peaceful, but until they "
            "recognize and destroy their growing jihadist cancer they must be held "
            "responsible.''",
            "portrayed",
        ),
        # a passive with no one named: described by nobody
        (
            "In 2008, Walsh’s predecessor, the late Mayor Tom Menino, contributed to Clinton’s "
            "New Hampshire primary win against Barack Obama by sending what has been described "
            "as a “political army” into the first-in-the-nation primary state to fight for "
            "Clinton.",
            "described",
        ),
    ],
)
def test_no_description_before_as(sentence: str, verb: str) -> None:
    assert verb not in [c.cue for c in extract(Article.from_text(sentence))]


# a quotation after a colon that ends its sentence is the words of what stands before the
# colon, a noun or a verb (PolNeAR train: 9 of the 11 such quotations no other rule reaches
# lie in a gold content); with no subject named, the last name before the colon says them:
# sentence, speaker mention (None: nobody named), text
COLON_QUOTES: list[tuple[str, str | None, str]] = [
    (
        "In his emotional seven-minute farewell to a Republican Party that elevated his father "
        "and brother to the White House, there were two words that a choked-up Jeb Bush could "
        "not bring himself to utter: ''Donald Trump.''",
        "Jeb Bush",
        "Donald Trump",
    ),
    (
        "Clinton top aide Huma Abedin emailed the then secretary of state in December 2011, "
        "informing her of the death of the American soldiers, who were serving in the Middle "
        "East. Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Dalton Brody "
        "is a Washington, DC, gifts and accessories store, which sells such items as leather "
        "goods, crystal, and pottery, according to its website.",
        "Clinton",
        "Is Dalton Brody off Conn or Wisconsin?",
    ),
]


@pytest.mark.parametrize("sentence, speaker, text", COLON_QUOTES)
def test_colon_quote(sentence: str, speaker: str | None, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, ":", text) in found, found


# the last name before a described quotation, when no subject is found: never the object of
# a verb or a preposition, nor the owner of a thing (PolNeAR train)
NAMED_BEFORE: list[tuple[str, str, str | None]] = [
    (
        "For instance: That Clinton also misjudged Syrian President Bashar Assad, having "
        'referred to him as a "reformer."',
        'him as a "reformer."',
        "Hillary Clinton",
    ),
    (
        "Donald Trump's latest victories in the race for the Republican nomination unleashed a "
        "wave of surprisingly positive comments across Chinese social media, from admiration of "
        'his credentials as a "strongman" to hopes he would be good for China.',
        'as a "strongman" to hopes he would be good for China',
        None,
    ),
]


@pytest.mark.parametrize("sentence, text, speaker", NAMED_BEFORE)
def test_named_before_a_described_quotation(sentence: str, text: str, speaker: str | None) -> None:
    article = "Hillary Clinton spoke on Monday in Iowa to a crowd of voters.\n\n" + sentence
    found = {c.text: c.speaker for c in extract(Article.from_text(article))}
    assert found.get(text, "no claim") == speaker, found


def test_a_colon_quotation_inside_its_sentence_is_no_claim() -> None:
    # PolNeAR train, west-journal: the retweeted words go on after the quotation, so the
    # colon introduces no one's words at the end of a sentence
    sentence = (
        "“@ilduce2016: “It is better to live one day as a lion than 100 years as a sheep.” – "
        "@realDonaldTrump #MakeAmericaGreatAgain“"
    )
    assert [c.text for c in extract(Article.from_text(sentence)) if c.cue == ":"] == []


# an office before a surname is no woman's the article names without it
OFFICES: list[tuple[str, str, str, str | None]] = [
    # PolNeAR train, nyt 2015-12-15 (White House photo lines): the president of the
    # article is not the first lady, the only Obama it names in full
    (
        "It was one of hundreds of seconds-long interactions that the president and the first "
        "lady, Michelle Obama, are having with guests at some of the 20 holiday receptions "
        "that crowd their lives each December.\n\nAs President Obama faced public criticism "
        "over his Oval Office address on terrorism this month, one lawmaker took a private "
        "moment during a holiday party at the White House to reassure the commander in chief.",
        "President Obama",
        "Obama",
        None,
    ),
    # PolNeAR train, wash-post 2016-08-26 (Kelly Ayotte): a woman the article gives the
    # office keeps it
    (
        "At a rally here last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan "
        "awkwardly trying to defend Hillary Clinton's honesty.\n\n\"Governor Hassan, let me "
        "help you out - the answer's no,\" the Republican vice-presidential nominee riffed.",
        "Governor Hassan",
        "Maggie Hassan",
        None,
    ),
    # PolNeAR train, west-journal 2016-01-04 (Texas governor): a man's office fits him
    (
        "During his 2008 campaign for president, Barack Obama made clear his aim to "
        "“fundamentally transform” the United States.\n\nAs President Obama announces that "
        "he is ready for the fight against legal guns, he is set to release a series of "
        "Executive Orders.",
        "President Obama",
        "Barack Obama",
        "he is ready for the fight against legal guns",
    ),
]


@pytest.mark.parametrize("text, mention, name, claim", OFFICES)
def test_an_office_fits_whom_the_article_gives_it(
    text: str, mention: str, name: str, claim: str | None
) -> None:
    resolver = Resolver.build(text)
    assert resolver.canonical_name(mention) == name
    if claim is not None:
        found = {c.text: c.speaker for c in extract(Article.from_text(text))}
        assert found.get(claim) == name, found


# a content that opens a quotation runs on to its closing mark: a boundary found inside
# the quoted words (a comma, a dash, "on") is none (PolNeAR train: 18 claims run on, +4
# gold contents matched, none lost); sentence, speaker mention, cue, content
THROUGH_QUOTATION: list[tuple[str, str, str, str]] = [
    (
        "Romney fired back in March, attacking Trump for “the greed, the showing off, the "
        "misogyny, the absurd third grade theatrics” of his campaign and generally impugning "
        "Trump’s character and qualifications for the position.",
        "Romney",
        "attacking",
        "Trump for “the greed, the showing off, the misogyny, the absurd third grade theatrics",
    ),
    (
        'Obama described the attack as "a sobering reminder that attacks on any American - '
        "regardless of race, ethnicity, religion or sexual orientation - is an attack on all "
        "of us and on the fundamental values of equality and dignity that define us as a "
        'country."',
        "Obama",
        "described",
        'the attack as "a sobering reminder that attacks on any American - regardless of '
        "race, ethnicity, religion or sexual orientation - is an attack on all of us and on "
        "the fundamental values of equality and dignity that define us as a country",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", THROUGH_QUOTATION)
def test_a_content_runs_through_its_quotation(
    sentence: str, speaker: str, cue: str, text: str
) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


def test_two_contents_in_one_quotation_stay_two() -> None:
    # PolNeAR train, nyt 2016-06-07 (Germany): "that A, and that B" inside one quotation
    sentence = (
        "The policy-making elite, on the other hand, know that ''strategic thinking includes "
        "the notion that you have to build a force in order to be taken seriously, and that "
        "you have to spend on this dimension,'' Ms. Tempel said."
    )
    texts = [c.text for c in extract(Article.from_text(sentence))]
    assert "you have to spend on this dimension" in texts, texts
    assert not any(
        t.endswith("taken seriously, and that you have to spend on this dimension") for t in texts
    ), texts


# "reportedly" in a relative clause, after a comma, in a headline or inside a tweet is no
# report of the sentence's own (PolNeAR train)
@pytest.mark.parametrize(
    "sentence",
    [
        "For the president, who reportedly has been itching to get off the sidelines in the race, "
        "the key question is whether voters will follow.",
        "But Cruz, an ultra-conservative senator from Texas, has been on a poaching mission, "
        "reportedly winning over enough Trump delegates.",
        "Anthony Weiner Reportedly Caught In Yet Another Sext Scandal.",
        '<tweet id="747970077610352640" author="@TwitchyTeam">Rape conviction? No problem! Team '
        "Trump reportedly wants Mike Tyson at GOP convention<tweet/>.",
    ],
)
def test_no_report_of_its_own(sentence: str) -> None:
    cues = [c.cue for c in extract(Article.from_text(sentence))]
    assert "reportedly" not in cues and "Reportedly" not in cues, cues


@pytest.mark.parametrize("noun", ["total", "tougher", "top"])
def test_a_wish_of_a_thing_opening_with_to_is_no_infinitive(noun: str) -> None:
    # no PolNeAR sentence has it: "wants" + an object whose first word begins with "to" was
    # read as "wants to" + a verb, and a wish to act after "who" is dropped
    text = f"Sanders, who wants {noun} control of the banks, spoke Monday."
    claims = extract(Article.from_text(text))
    assert [(c.cue, c.text) for c in claims] == [("wants", f"{noun} control of the banks")]


@pytest.mark.parametrize("participle", ["predicting", "stressing", "saying"])
def test_a_participle_of_saying_after_an_attribution_is_no_gerund_subject(participle: str) -> None:
    # no PolNeAR sentence has it: "predicting" and "stressing" were missing from the list of
    # participles of saying that _GERUND_SUBJECT wrote for itself, so the sentence went on as
    # a gerund's clause and the said claim took all of it
    text = f"Sales were great last year, he said, {participle} the economy would grow again."
    claims = extract(Article.from_text(text))
    assert [(c.cue, c.text) for c in claims] == [
        ("said", "Sales were great last year"),
        (participle, "the economy would grow again"),
    ]


# speakers headed by a noun of the lexicon's groups that it lacked: an airline, a camp, a panel
# (PolNeAR train: 6 claims made, 4 matching gold, 6 right by reading)
SPEAKER_NOUNS: list[tuple[str, str, str, str]] = [
    (
        "Assem, the plane’s co-pilot, had logged 2,766 flying hours with EgyptAir, the airline "
        "said Thursday.",
        "the airline",
        "said",
        "Assem, the plane’s co-pilot, had logged 2,766 flying hours with EgyptAir",
    ),
    (
        "Clinton camp plans to roll out Washington Post's anti-Sanders editorial.",
        "Clinton camp",
        "plans",
        "to roll out Washington Post's anti-Sanders editorial",
    ),
]


@pytest.mark.parametrize("sentence, speaker, cue, text", SPEAKER_NOUNS)
def test_speaker_noun(sentence: str, speaker: str, cue: str, text: str) -> None:
    found = [(c.speaker_mention, c.cue, c.text) for c in extract(Article.from_text(sentence))]
    assert (speaker, cue, text) in found, found


def test_a_panel_concludes() -> None:
    # (PolNeAR train; the gold content runs on both sides of the cue, as the claim does)
    claims = extract(
        Article.from_text(
            "But to hit its long-term target, the advisory panel concluded, the tax must start "
            "increasing again in 2018, at a rate of 10 Canadian dollars a ton a year, perhaps "
            "all the way to midcentury."
        )
    )
    found = [(c.speaker_mention, c.cue) for c in claims if "the tax must start" in c.text]
    assert found == [("the advisory panel", "concluded")], found


def test_a_camp_one_is_in_is_no_speaker() -> None:
    # the camp named inside the quotation (PolNeAR train) says nothing: the one signing does
    claims = extract(
        Article.from_text(
            "\"I want people to see this as a fair process, because I'm not in the 'Bernie or "
            "Bust' camp,\" said Russell, the Sanders supporter from Maine."
        )
    )
    assert [c.speaker_mention for c in claims] == ["Russell"]
