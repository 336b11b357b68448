"""Quotations (issue 7): who said what, direct, indirect and mixed, with speaker, cue and rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.config import Settings
from wirecoder.errors import LexiconError
from wirecoder.lexicon import load_table
from wirecoder.model import Extraction, Quote
from wirecoder.pipeline import Pipeline
from wirecoder.stages.entities import Entities
from wirecoder.stages.parse import Parse
from wirecoder.stages.quote_cues import cue_lexicon, inflections
from wirecoder.stages.quote_marks import find_quotations
from wirecoder.stages.quotes import Quotes


@pytest.fixture(scope="module")
def quoting() -> Pipeline:
    """Parse, entities and quotes only: the quotes stage on its own inputs."""
    settings = Settings()
    stages = (Parse(settings=settings), Entities(settings=settings), Quotes(settings=settings))
    return Pipeline(settings=settings, stages=stages)


def _extract(pipe: Pipeline, text: str) -> Extraction:
    return pipe.extract(text, date="2024-03-04")


def _only(result: Extraction) -> Quote:
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    return result.quotes[0]


def _check_offsets(text: str, quote: Quote) -> None:
    assert text[quote.start : quote.end] == quote.text
    if quote.speaker is not None and quote.speaker.start is not None:
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    if quote.cue is not None:
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text


# --- quotation marks, from the text alone --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        ("He said “we will stay” and left.", ["we will stay"]),
        ("He said ‘we will stay’ and left.", ["we will stay"]),
        ("He said «we will stay» and left.", ["we will stay"]),
        ("He said ''we will stay'' and left.", ["we will stay"]),
        ("“Go,” she said, “now.”", ["Go,", "now."]),
    ],
)
def test_every_quote_style_is_paired(text, inner) -> None:
    quotations, warnings = find_quotations(text)
    assert [text[q.inner_start : q.inner_end] for q in quotations] == inner
    assert warnings == []


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "The ministers' plan won't pass in the '90s style, Xi'an officials said."
    assert find_quotations(text) == ([], [])


def test_a_nested_quote_stays_inside_its_quotation() -> None:
    text = "“They will discuss the ‘shared threats’ at length,” the envoy said."
    quotations, _ = find_quotations(text)
    assert len(quotations) == 1
    assert text[quotations[0].inner_start : quotations[0].inner_end].startswith("They will")


def test_a_quote_running_over_paragraphs_is_one_quotation() -> None:
    text = "“The first part ends here.\n\n“The second part ends the quote.”\n\nThen the news."
    quotations, warnings = find_quotations(text)
    assert len(quotations) == 1 and quotations[0].paragraphs == 2
    assert text[quotations[0].inner_start : quotations[0].inner_end].endswith("the quote.")
    assert warnings == []


def test_a_straight_block_mark_does_not_run_into_a_curly_quote() -> None:
    text = '"The council met at noon.\n\n“We will build the school,” the mayor said.'
    quotations, warnings = find_quotations(text)
    inner = [text[q.inner_start : q.inner_end] for q in quotations]
    assert inner == ["The council met at noon.", "We will build the school,"]
    assert len(warnings) == 1


def test_an_unclosed_mark_ends_at_its_paragraph_with_a_warning() -> None:
    text = "The mayor said “we are ready.\n\nThe storm reached the coast on Friday."
    quotations, warnings = find_quotations(text)
    assert len(quotations) == 1 and not quotations[0].closed
    assert text[quotations[0].inner_start : quotations[0].inner_end] == "we are ready."
    assert len(warnings) == 1 and "offset 15" in warnings[0]


# --- direct quotations ---------------------------------------------------------------------------


def test_a_direct_quote_with_the_cue_after_it(quoting) -> None:
    text = "“The border will reopen on Monday,” Foreign Minister Amina Odhiambo said."
    result = _extract(quoting, text)
    quote = _only(result)
    _check_offsets(text, quote)
    assert quote.kind == "direct" and quote.text == "The border will reopen on Monday"
    assert quote.speaker.text == "Foreign Minister Amina Odhiambo"
    assert quote.cue.text == "said" and quote.id == "q1"
    person = next(e for e in result.entities if e.name == "Amina Odhiambo")
    assert quote.speaker.entity == person.id
    assert quote.rule.endswith("quote_cues.v1:say")


def test_a_direct_quote_with_an_inverted_cue(quoting) -> None:
    text = '"We have no plans to raise taxes," said Finance Minister Petra Lindqvist.'
    quote = _only(_extract(quoting, text))
    assert quote.kind == "direct" and quote.text.startswith("We have no plans")
    assert "Petra Lindqvist" in quote.speaker.text


def test_a_direct_quote_after_a_colon_cue(quoting) -> None:
    text = "The general told reporters: “Our troops will leave the valley within a week.”"
    quote = _only(_extract(quoting, text))
    assert quote.kind == "direct" and quote.text.startswith("Our troops will leave")
    assert quote.speaker.text == "The general" and quote.cue.text == "told"


def test_an_interrupted_quote_is_one_quotation(quoting) -> None:
    text = "'The dialogue', she said, 'is aimed at ending the strike before the harvest.'"
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert quote.kind == "direct" and quote.speaker.text == "she"
    assert quote.text.startswith("The dialogue") and quote.text.endswith("harvest.")


def test_a_quote_continued_after_its_attribution_joins_it(quoting) -> None:
    text = (
        "“We will rebuild the bridge,” the governor said. “The money has been found and the "
        "work starts in May.”"
    )
    quote = _only(_extract(quoting, text))
    assert quote.text.startswith("We will rebuild") and quote.text.endswith("in May.")


def test_guillemets_and_nested_quotes(quoting) -> None:
    text = "«The so-called ‘peace plan’ is a trap,» the opposition leader warned on Tuesday."
    quote = _only(_extract(quoting, text))
    assert quote.kind == "direct" and "‘peace plan’" in quote.text
    assert quote.speaker.text == "the opposition leader" and quote.cue.text == "warned"


def test_a_multi_paragraph_quote_is_one_direct_quote(quoting) -> None:
    text = (
        "The commissioner said:\n\n“Prices rose faster than wages for the third year.\n\n"
        "“We expect that to change once the new tariffs lapse.”\n\nMarkets closed higher."
    )
    quote = _only(_extract(quoting, text))
    assert quote.kind == "direct" and quote.text.endswith("lapse.")
    assert quote.speaker.text == "The commissioner"


def test_a_name_and_dash_after_a_quote_is_its_speaker(quoting) -> None:
    text = "“I voted for the first time and it felt like mine.” ― Lucia Mendez\n"
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == "Lucia Mendez" and quote.cue.text == "―"


def test_transcript_turns_are_quotes_of_their_speakers(quoting) -> None:
    text = (
        '"HOST: Will the minister attend the summit?\n\n'
        '"OKAFOR: I will attend it and I will speak there."'
    )
    result = _extract(quoting, text)
    assert [q.speaker.text for q in result.quotes] == ["HOST", "OKAFOR"]
    assert result.quotes[1].text.startswith("I will attend")


# --- indirect and mixed --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The health ministry said that vaccination would resume next week.",
            "vaccination would resume next week",
            "The health ministry",
            "said",
        ),
        (
            "Talks on the dam will resume in Cairo next month, the Egyptian foreign ministry "
            "said on Sunday.",
            "Talks on the dam will resume in Cairo next month",
            "the Egyptian foreign ministry",
            "said",
        ),
        (
            "According to the central bank, inflation fell to four percent in May.",
            "inflation fell to four percent in May",
            "the central bank",
            "According to",
        ),
        (
            "The coach told reporters the team would play without its captain.",
            "the team would play without its captain",
            "The coach",
            "told",
        ),
        (
            "The ministry clarified that the new visa rules apply only to students.",
            "the new visa rules apply only to students",
            "The ministry",
            "clarified",
        ),
        (
            "The agency revealed in a report that the river had been polluted for years.",
            "the river had been polluted for years",
            "The agency",
            "revealed",
        ),
    ],
)
def test_indirect_speech(quoting, text, content, speaker, cue) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert quote.speaker.text == speaker and quote.cue.text == cue


def test_an_inserted_cue_reports_the_clause_around_it(quoting) -> None:
    text = "The new museum, the mayor said, will open its doors in the spring."
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == "the mayor"
    assert quote.text.startswith("The new museum") and quote.text.endswith("spring")


def test_a_paraphrase_with_a_quoted_fragment_is_mixed(quoting) -> None:
    text = "The senator said the budget deal was “dead on arrival” in the lower house."
    quote = _only(_extract(quoting, text))
    assert quote.kind == "mixed" and "“dead on arrival”" in quote.text
    assert quote.speaker.text == "The senator"


def test_a_cue_in_a_clause_of_time_reports_nothing_before_it(quoting) -> None:
    text = "Protesters clashed with police, hours after the president declared a curfew."
    assert _extract(quoting, text).quotes == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The minister said the army would retake the town "within days".',
            'the army would retake the town "within days"',
        ),
        (
            "The envoy said the ceasefire was “holding up well.”",
            "the ceasefire was “holding up well.”",
        ),
    ],
)
def test_a_quoted_fragment_ending_a_paraphrase_keeps_its_closing_mark(
    quoting, text, content
) -> None:
    assert _only(_extract(quoting, text)).text == content


def test_it_was_added_carries_the_previous_speaker(quoting) -> None:
    text = (
        "The Foreign Office said the talks would be held in Geneva.\n"
        "The two-day meeting would also cover trade, it was added."
    )
    result = _extract(quoting, text)
    assert len(result.quotes) == 2
    first, second = result.quotes
    assert second.text.startswith("The two-day meeting")
    assert second.speaker == first.speaker and second.cue.text == "added"
    assert "carry_over" in second.rule


def test_a_passive_with_no_speaker_is_not_an_attribution(quoting) -> None:
    text = "The talks between the two parties are expected to resume in June."
    assert _extract(quoting, text).quotes == ()


def test_an_article_with_no_quotes_has_none(quoting) -> None:
    text = (
        "Heavy rain flooded the lower town on Tuesday. Schools were closed and the river rose "
        "two metres overnight. Volunteers filled sandbags along the embankment."
    )
    result = _extract(quoting, text)
    assert result.quotes == () and result.warnings == ()


# --- speakers as written, nested and continued quotations (issue 7, second round) ----------------


def _quote_with(result: Extraction, words: str) -> Quote:
    return next(q for q in result.quotes if words in q.text)


def test_a_relative_pronoun_is_the_speaker_linked_to_its_noun(quoting) -> None:
    text = (
        "The survey was led by Maria Lopez, who said the old bridge “will not last another "
        "winter.”"
    )
    result = _extract(quoting, text)
    quote = _quote_with(result, "another winter")
    _check_offsets(text, quote)
    assert quote.speaker.text == "who"
    person = next(e for e in result.entities if e.name == "Maria Lopez")
    assert quote.speaker.entity == person.id


def test_that_as_a_relative_gives_way_to_its_noun_phrase(quoting) -> None:
    text = "Engineers published a report that says the dam “cannot hold another flood.”"
    quote = _quote_with(_extract(quoting, text), "another flood")
    assert quote.speaker.text == "a report"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "After saying that the budget was “a disaster for farmers,” the senator left.",
            "the senator",
        ),
        (
            "The mayor opened the meeting by announcing that the park “will stay open all year.”",
            "The mayor",
        ),
    ],
)
def test_a_cue_in_a_gerund_takes_the_subject_of_the_verb_above(quoting, text, speaker) -> None:
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == speaker and "carry_over" not in quote.rule


def test_a_reporting_noun_is_attributed_to_its_possessor(quoting) -> None:
    text = "Reporters checked the mayor's claim that the city had “never been safer.”"
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == "the mayor's" and quote.cue.text == "claim"
    assert quote.text.startswith("the city had “never been safer") and quote.kind == "mixed"
    assert quote.rule.startswith("quotes.noun_cue.v1")


def test_a_reporting_noun_with_no_possessor_is_not_attributed(quoting) -> None:
    text = "The claim that the river was clean was tested by the agency."
    assert _extract(quoting, text).quotes == ()


def test_a_statement_saying_is_attributed_to_who_issued_it(quoting) -> None:
    text = "The ministry issued a statement saying the border “will stay closed until spring.”"
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == "The ministry" and quote.cue.text == "saying"


def test_a_cue_after_a_quote_names_the_speaker_after_the_quote() -> None:
    from wirecoder.stages.quote_marks import Quotation
    from wirecoder.stages.quotes import _found_for

    doc = _parsed(
        [
            ("The", "the", 3, "det", "DET"),
            ("two", "two", 3, "nummod", "NUM"),
            ("“", "“", 3, "punct", "PUNCT"),
            ("reforms", "reform", 15, "nsubj", "NOUN"),  # the parser's subject of "reported"
            ("”", "”", 3, "punct", "PUNCT"),
            ("he", "he", 6, "nsubj", "PRON"),
            ("named", "name", 3, "relcl", "VERB"),
            ("are", "be", 15, "ccomp", "AUX"),
            ("“", "“", 10, "punct", "PUNCT"),
            ("lower", "low", 10, "amod", "ADJ"),
            ("rents", "rent", 7, "attr", "NOUN"),
            (",", ",", 15, "punct", "PUNCT"),
            ("”", "”", 15, "punct", "PUNCT"),
            ("the", "the", 14, "det", "DET"),
            ("Ledger", "Ledger", 15, "npadvmod", "PROPN"),
            ("reported", "report", 15, "ROOT", "VERB"),
            (".", ".", 15, "punct", "PUNCT"),
        ]
    )
    text = doc.text
    assert text == "The two “reforms” he named are “lower rents,” the Ledger reported."
    opening, closing = text.index("“lower"), text.index("”", text.index("rents"))
    quote = Quotation(opening, closing + 1, opening + 1, closing, "double")
    verb = doc[15]
    found = _found_for(quote, verb, cue_lexicon().match(verb), "quotes.cue_after.v1")
    assert text[found.speaker[0] : found.speaker[1]] == "the Ledger"


def _parsed(rows: list[tuple[str, str, int, str, str]]) -> object:
    """A hand-made parse (word, lemma, head, dep, pos; a word followed by a space unless it is
    a line break or punctuation), to pin behaviour on parser errors seen in news text."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [
        not w.isspace() and n + 1 < len(words) and words[n + 1] not in ".,”\n\n" and w != "“"
        for n, w in enumerate(words)
    ]
    return Doc(
        English().vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
    )


def test_a_timestamp_joined_to_the_sentence_is_not_the_speaker() -> None:
    from wirecoder.stages.quote_syntax import subject

    doc = _parsed(
        [
            ("12:15", "12:15", 1, "nummod", "NUM"),
            ("p.m.", "p.m.", 5, "nsubj", "NOUN"),  # the parser's first subject
            ("\n\n", "\n\n", 1, "dep", "SPACE"),
            ("Maria", "Maria", 4, "compound", "PROPN"),
            ("Lopez", "Lopez", 5, "nsubj", "PROPN"),
            ("says", "say", 5, "ROOT", "VERB"),
            ("prices", "price", 7, "nsubj", "NOUN"),
            ("rose", "rise", 5, "ccomp", "VERB"),
            (".", ".", 5, "punct", "PUNCT"),
        ]
    )
    assert doc.text.startswith("12:15 p.m.\n\nMaria Lopez says")
    head, _ = subject(doc[5])
    assert head.text == "Lopez"


def test_a_show_title_in_quotes_after_the_cue_is_not_the_speaker() -> None:
    from wirecoder.stages.quote_syntax import verb_attributions

    doc = _parsed(
        [
            ("“", "“", 6, "punct", "PUNCT"),
            ("We", "we", 2, "nsubj", "PRON"),
            ("won", "win", 6, "ccomp", "VERB"),
            (",", ",", 6, "punct", "PUNCT"),
            ("”", "”", 6, "punct", "PUNCT"),
            ("Lopez", "Lopez", 6, "npadvmod", "PROPN"),
            ("said", "say", 6, "ROOT", "VERB"),
            ("on", "on", 6, "prep", "ADP"),
            ("“", "“", 6, "punct", "PUNCT"),
            ("Morning", "Morning", 10, "compound", "PROPN"),
            ("Report", "Report", 6, "nsubj", "PROPN"),  # the parser's subject: the show
            (".", ".", 6, "punct", "PUNCT"),
            ("”", "”", 6, "punct", "PUNCT"),
        ]
    )
    assert doc.text == "“We won,” Lopez said on “Morning Report.”"
    (found,) = verb_attributions(doc, cue_lexicon(), {1, 2, 3, 9, 10, 11})
    assert doc.text[found.speaker[0] : found.speaker[1]] == "Lopez"


def test_a_speaker_the_parse_hung_on_the_quote_is_found_after_it() -> None:
    from wirecoder.stages.quote_syntax import verb_attributions

    doc = _parsed(
        [
            ("“", "“", 3, "punct", "PUNCT"),
            ("Our", "our", 2, "poss", "PRON"),
            ("army", "army", 3, "nsubj", "NOUN"),
            ("is", "be", 12, "ccomp", "AUX"),
            ("tired", "tired", 3, "acomp", "ADJ"),
            (",", ",", 3, "punct", "PUNCT"),
            ("”", "”", 3, "punct", "PUNCT"),
            ("Lopez", "Lopez", 2, "appos", "PROPN"),  # the parser put the speaker in the quote
            (",", ",", 7, "punct", "PUNCT"),
            ("an", "an", 10, "det", "DET"),
            ("ally", "ally", 7, "appos", "NOUN"),
            (",", ",", 12, "punct", "PUNCT"),
            ("said", "say", 12, "ROOT", "VERB"),
            (".", ".", 12, "punct", "PUNCT"),
        ]
    )
    assert doc.text == "“Our army is tired,” Lopez, an ally, said."
    (found,) = verb_attributions(doc, cue_lexicon(), {1, 2, 3, 4, 5})
    assert doc.text[found.speaker[0] : found.speaker[1]] == "Lopez, an ally"
    assert doc.text[found.start : found.end] == "Our army is tired"


def test_a_programme_title_after_the_cue_stays_out_of_the_quote(quoting) -> None:
    text = (
        "“We will win this district and the next one,” Lopez, the party chairwoman, said "
        "Sunday on “Morning Report.”"
    )
    quote = _only(_extract(quoting, text))
    assert quote.kind == "direct" and quote.text == "We will win this district and the next one"


def test_a_headline_label_says_the_whole_line(quoting) -> None:
    text = "Okafor: Lopez must ‘stop hiding’ from the voters\n\nThe campaign went on."
    quote = _only(_extract(quoting, text))
    assert quote.speaker.text == "Okafor" and quote.cue.text == ":"
    assert quote.kind == "mixed" and quote.text == "Lopez must ‘stop hiding’ from the voters"


def test_an_inverted_cue_before_a_colon_names_its_speaker(quoting) -> None:
    text = "Experts doubt the plan. Said Okafor: “I see no sign that anyone will pay for it.”"
    quote = _quote_with(_extract(quoting, text), "no sign")
    assert quote.speaker.text == "Okafor" and "carry_over" not in quote.rule


def test_a_quoted_phrase_inside_reported_speech_keeps_the_outer_attribution(quoting) -> None:
    text = "Lopez said Garcia once described the trade plan as “the best deal in years.”"
    result = _extract(quoting, text)
    quote = _only(result)
    assert quote.speaker.text == "Lopez" and quote.kind == "mixed"
    assert quote.text.startswith("Garcia once described")


def test_a_quote_continued_past_a_nested_attribution_joins_its_quotation(quoting) -> None:
    text = (
        "“We are ready for the vote,” Lopez said, stressing that the party was united. "
        "“The voters will decide the rest.”"
    )
    result = _extract(quoting, text)
    quote = _quote_with(result, "ready for the vote")
    assert quote.text.endswith("decide the rest.") and quote.speaker.text == "Lopez"
    assert sum(q.kind == "direct" for q in result.quotes) == 1


def test_a_quote_continuing_a_mixed_quote_joins_it(quoting) -> None:
    text = "The vote was “a clear win,” the minister added. “Nobody expected it to be so close.”"
    quote = _only(_extract(quoting, text))
    assert quote.kind == "mixed" and quote.text.endswith("so close.”")
    assert quote.speaker.text == "the minister"


def test_content_never_crosses_the_paragraph_of_its_cue() -> None:
    from wirecoder.stages.quote_layout import within_paragraph
    from wirecoder.stages.quote_syntax import Found

    text = "“None of them gave the answer he wanted.”\n\nLater, Ham explained why he left."
    cue = text.index("explained")
    joined = Found(1, len(text) - 1, "quotes.cue_complement.v1", cue=(cue, cue + 9), cue_head=9)
    (kept,) = within_paragraph([joined], text)
    assert kept.start == text.index("Later") and kept.end == len(text) - 1
    wrapped = "The minister said that the rules\nwould change in May."
    said = wrapped.index("said")
    item = Found(said + 5, len(wrapped) - 1, "quotes.cue_complement.v1", cue=(said, said + 4))
    assert within_paragraph([item], wrapped)[0].end == len(wrapped) - 1  # a wrapped line


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Senator Okafor identified rising rents as one of the reasons for the protests.",
            "identified",
        ),
        ("The senator questioned whether the figures were accurate.", "questioned"),
        ("Okafor scolded him: “You have misled this committee for a year.”", "scolded"),
        ("As the Daily Ledger put it, the reform was “too little and far too late.”", "put it"),
    ],
)
def test_the_new_cues_attribute(quoting, text, cue) -> None:
    quote = _only(_extract(quoting, text))
    assert quote.cue.text == cue and quote.speaker is not None


# --- never a crash, never a runaway quote ------------------------------------------------------


def test_unbalanced_marks_give_a_warning_and_a_bounded_quote(quoting) -> None:
    text = (
        "“We are ready for the vote, the commission chairman said on Monday.\n\n"
        "Polling stations open at seven in the morning across the country.\n\n"
        "The interior minister said the police would guard every station."
    )
    result = _extract(quoting, text)
    assert result.status == "ok"
    assert any("unbalanced quotation marks" in w for w in result.warnings)
    paragraph_end = text.index("\n")
    assert all(q.end <= paragraph_end or q.start > paragraph_end for q in result.quotes)
    assert any(q.speaker and q.speaker.text == "The interior minister" for q in result.quotes)


def test_a_stray_mark_does_not_stop_a_batch(quoting) -> None:
    texts = ["He said ” and then “ and ” again “", "The ministry said prices would fall."]
    results = list(quoting.stream(quoting_docs(texts)))
    assert [r.status for r in results] == ["ok", "ok"]
    assert results[1].quotes[0].speaker.text == "The ministry"


def quoting_docs(texts: list[str]):
    from wirecoder.read import from_text

    return [from_text(text, id=f"d{n}") for n, text in enumerate(texts)]


# --- the cue lexicon is validated, versioned data ------------------------------------------------


def test_the_cue_table_is_versioned_and_covers_the_issue_cues() -> None:
    table = load_table("quote_cues")
    assert table.version >= 1
    cues = {row["cue"] for row in table}
    assert {"say", "tell", "add", "according to", "claim", "warn", "deny", "clarify"} <= cues
    assert {"reveal"} <= cues


def test_a_bad_cue_row_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "quote_cues.tsv").write_text(
        "# my cues, version 1\ncue\tpos\tframes\tnote\nopine\tverb\tspeech\t\n", "utf-8"
    )
    with pytest.raises(LexiconError, match=r"quote_cues.tsv:3: frame\(s\) speech unknown"):
        cue_lexicon((str(tmp_path),))


def test_a_user_cue_is_used_and_named(tmp_path: Path) -> None:
    (tmp_path / "quote_cues.tsv").write_text(
        "# my cues, version 1\ncue\tpos\tframes\tnote\nopine\tverb\tquote|clause\tmine\n",
        "utf-8",
    )
    settings = Settings(lexicon_dirs=(str(tmp_path),))
    pipe = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Quotes(settings=settings)),
    )
    quote = _only(pipe.extract("The critic opined that the film was far too long."))
    assert quote.cue.text == "opined" and "quote_cues.user:opine" in quote.rule


# --- the project's reference article -------------------------------------------------------------


def test_the_seed_article_gives_its_must_quotes(shared, pipeline) -> None:
    folder = shared / "examples" / "seed"
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    text = (folder / "article.txt").read_text("utf-8")
    result = pipeline.extract(text, date=gold["document"]["date"], id="seed")
    for want in gold["quotes"]["must"]:
        quote = next((q for q in result.quotes if q.text.startswith(want["starts_with"])), None)
        assert quote is not None, want["starts_with"]
        assert quote.kind == want["kind"], want["starts_with"]
        speaker = quote.speaker.text.lower()
        assert want["speaker"].lower() in speaker or speaker in want["speaker"].lower()
        assert quote.speaker.entity is not None or speaker == "the spokesperson"


def test_the_stage_survives_pickling(quoting) -> None:
    import pickle

    stage = pickle.loads(pickle.dumps(quoting.stages[-1]))
    assert stage.name == "quotes.v1" and stage.requires == ("parsed", "entities")
    assert stage.produces == ("quotes",)


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "The gunman fired into the crowd, shouting: “Don’t forget Goma!”",
            "Don’t forget Goma!",
            "The gunman",
        ),
        (
            "Protesters marched on the palace, chanting “Down with the junta.”",
            "Down with the junta.",
            "Protesters",
        ),
    ],
)
def test_a_participle_cue_before_a_quotation_reports_what_follows(
    quoting, text, said, speaker
) -> None:
    quote = _only(_extract(quoting, text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", said, speaker)


def test_asking_not_to_be_named_is_no_quotation(quoting) -> None:
    text = '"The talks will go ahead," a Kenyan official, who asked not to be named, told AFP.'
    quote = _only(_extract(quoting, text))
    assert quote.text == "The talks will go ahead"


def test_a_translation_in_quotes_is_no_ones_words_and_a_cue_with_a_colon_reports_what_follows(
    quoting,
) -> None:
    text = (
        "The attacker shouted “Allahu akbar,” the Arabic phrase for “God is great,” adding: "
        "“Nobody leaves this room.” Police said he was later arrested."
    )
    result = _extract(quoting, text)
    direct = [(q.text, q.speaker.text if q.speaker else None) for q in result.quotes]
    assert ("Allahu akbar", "The attacker") in direct
    assert ("Nobody leaves this room.", "The attacker") in direct
    assert not any("God is great" in said for said, _ in direct)
    for quote in result.quotes:
        _check_offsets(text, quote)


def test_a_word_quoted_after_the_attribution_stays_apart_from_the_statement(quoting) -> None:
    text = (
        "“We will not give up,” Ruto said, using the Swahili word “harambee,” which means "
        "pulling together."
    )
    quotes = _extract(quoting, text).quotes
    statement = next(q for q in quotes if q.text.startswith("We will"))
    assert (statement.kind, statement.text, statement.speaker.text) == (
        "direct",
        "We will not give up",
        "Ruto",
    )


def test_the_same_reporting_verb_again_keeps_its_speaker(quoting) -> None:
    text = (
        "Mayor Amina Odhiambo said on Friday that she backs the plan but said “the budget comes "
        "first.” Governor Kamau disagreed."
    )
    quotes = _extract(quoting, text).quotes
    words = next(q for q in quotes if "budget" in q.text)
    assert words.speaker is not None and words.speaker.text == "Mayor Amina Odhiambo"


def test_a_line_that_only_wraps_the_sentence_does_not_cut_the_speaker(quoting) -> None:
    text = (
        '"Rain will delay the harvest by a month," said Amina Odhiambo, chief\n'
        "economist at the Nairobi Research Institute."
    )
    (quote,) = _extract(quoting, text).quotes
    assert quote.speaker.text == (
        "Amina Odhiambo, chief\neconomist at the Nairobi Research Institute"
    )
    _check_offsets(text, quote)


# --- broader cues: objects, gerunds, verbs the lemmatizer misreads (issue 7, third round) --------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The auditor mentioned rising repair costs as the main risk.",
            "mentioned",
            "rising repair costs as the main risk",
        ),
        ("The minister noted the fall in grain prices.", "noted", "the fall in grain prices"),
        ("Polls show a close race in the northern districts.", "show", "a close race"),
        (
            "The farmers' union endorsed the mayor's water plan on Friday.",
            "endorsed",
            "the mayor's water plan",
        ),
        (
            "The bishop denounced the eviction of the tenants.",
            "denounced",
            "the eviction of the tenants",
        ),
        (
            "The coach encouraged the players to rest before the final.",
            "encouraged",
            "to rest before the final",
        ),
        (
            "The senator touted her record on rural broadband.",
            "touted",
            "her record on rural broadband",
        ),
    ],
)
def test_reporting_and_stance_verbs_with_an_object_attribute(quoting, text, cue, content) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert quote.cue.text == cue and quote.speaker is not None
    assert quote.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister admitted using the state plane for a family trip.",
            "using the state plane for a family trip",
        ),
        (
            "The planners suggested raising the toll on the bridge.",
            "raising the toll on the bridge",
        ),
    ],
)
def test_a_gerund_object_is_the_content_of_its_cue(quoting, text, content) -> None:
    quote = _only(_extract(quoting, text))
    assert quote.text == content and quote.kind == "indirect"


def test_a_gerund_that_is_no_cue_object_is_not_reported(quoting) -> None:
    assert _extract(quoting, "The mayor enjoyed visiting the old harbour.").quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        ("The growers hoped the frost would spare the late apples.", "hoped", "hope"),
        ("The council lambasted the plan as a giveaway to builders.", "lambasted", "lambaste"),
    ],
)
def test_a_cue_the_lemmatizer_misreads_is_found_by_its_regular_form(
    quoting, text, cue, lemma
) -> None:
    quote = _only(_extract(quoting, text))
    assert quote.cue.text == cue and quote.rule.endswith(f"quote_cues.v1:{lemma}")


def test_regular_inflections_of_a_cue_verb() -> None:
    assert inflections("hope") == {"hoped", "hopes", "hoping"}
    assert {"admitted", "admitting", "admits"} <= inflections("admit")
    assert inflections("deny") == {"denied", "denies", "denying"}


def test_a_cue_before_a_quotation_of_several_sentences_reports_all_of_it(quoting) -> None:
    text = (
        "The rally ended early, the organisers said.\n\n"
        "According to Okafor, “the council never wanted this road. It was always a favour to "
        "the builders.”"
    )
    result = _extract(quoting, text)
    quote = _quote_with(result, "never wanted")
    assert quote.text.endswith("favour to the builders.") and quote.speaker.text == "Okafor"
    assert [q for q in result.quotes if "builders" in q.text] == [quote]


def test_an_as_clause_cue_reports_the_clause_it_comments_on(quoting) -> None:
    text = "As the governor pointed out, the valley has no hospital of its own."
    quote = _only(_extract(quoting, text))
    assert quote.text == "the valley has no hospital of its own"
    assert quote.speaker.text == "the governor" and quote.rule.startswith("quotes.cue_as_clause")


@pytest.mark.parametrize(
    "text",
    ["As the minister said goodbye, the guests left the hall.", "As expected, the bill passed."],
)
def test_an_as_clause_of_time_or_without_a_speaker_reports_nothing(quoting, text) -> None:
    assert _extract(quoting, text).quotes == ()


def test_a_clause_before_an_inserted_cue_is_part_of_what_it_reports(quoting) -> None:
    text = "If the levy fails, the minister argues, there are other ways to fund the clinics."
    quote = _only(_extract(quoting, text))
    assert "the levy fails" in quote.text and quote.text.endswith("to fund the clinics")
    assert quote.speaker.text == "the minister" and quote.cue.text == "argues"


def test_an_object_ends_before_a_report_of_its_own(quoting) -> None:
    text = (
        "The mayor criticized the builder who said he was never paid for the bridge, saying, "
        "“He got every cent he asked for.”"
    )
    result = _extract(quoting, text)
    criticized = next(q for q in result.quotes if q.cue.text == "criticized")
    assert criticized.text.endswith("for the bridge") and criticized.kind == "indirect"
    quote = _quote_with(result, "every cent")
    assert quote.kind == "direct" and quote.cue.text == "saying"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The archbishop spoke of the long drought in the southern provinces.",
            "spoke of",
            "the long drought in the southern provinces",
        ),
        ("The fishermen's union opposes the new quota.", "opposes", "the new quota"),
        ("The two parties backed the budget on Thursday.", "backed", "the budget"),
        ("The ministry offered no proof of the plot.", "offered", "no proof of the plot"),
        ("The coalition is seeking to delay the vote.", "seeking", "to delay the vote"),
        ("The court decided to hear the case in May.", "decided", "to hear the case in May"),
    ],
)
def test_stance_and_intention_verbs_attribute(quoting, text, cue, content) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert quote.cue.text == cue and quote.speaker is not None
    assert quote.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The two unions agreed to end the strike.", "agreed", "to end the strike"),
        (
            "The governor pointed to the flooded roads as proof of neglect.",
            "pointed to",
            "the flooded roads as proof of neglect",
        ),
        ("The farmers complained about the price of diesel.", "complained about", "the price"),
        ("The Ledger has learned that the plant will close.", "learned", "the plant will close"),
        ("The senator blamed the drought for the poor harvest.", "blamed", "the drought"),
    ],
)
def test_more_phrasal_and_stance_cues_attribute(quoting, text, cue, content) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert quote.cue.text == cue and quote.speaker is not None
    assert quote.text.startswith(content)


# --- what PolNeAR-like attribution keeps and leaves (seventh round) -------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor said she plans to close the pier in May.", "said"),
        ("The inspector says the audit shows no money went missing.", "says"),
        ("Aides told reporters the senator wants to run again.", "told"),
    ],
)
def test_a_stance_inside_a_report_is_part_of_it(quoting, text, cue) -> None:
    quote = _only(_extract(quoting, text))
    assert quote.cue.text == cue


def test_a_report_inside_a_report_stays_its_own(quoting) -> None:
    text = "Officials said the minister denied that the port was sold."
    cues = sorted(q.cue.text for q in _extract(quoting, text).quotes)
    assert cues == ["denied", "said"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Nobody believed what the mayor said about the bridge.", "the mayor", "said", "what"),
        (
            "The port deal, which the ministry announced in May, was cancelled.",
            "the ministry",
            "announced",
            "which",
        ),
    ],
)
def test_a_cue_whose_object_is_a_wh_pronoun_reports_it(
    quoting, text, speaker, cue, content
) -> None:
    quote = next(q for q in _extract(quoting, text).quotes if q.cue.text == cue)
    _check_offsets(text, quote)
    assert quote.text == content and quote.speaker.text == speaker
    assert quote.rule.startswith("quotes.cue_relative_object.v1")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The senator made the claim that the dam was unsafe.",
            "The senator",
            "claim",
            "the dam was unsafe",
        ),
        (
            "Traders weighed a Morning Ledger report that the mill would close.",
            "Morning Ledger",
            "report",
            "the mill would close",
        ),
        (
            "Farmers cheered the ministry's announcement that the quota would end.",
            "the ministry's",
            "announcement",
            "the quota would end",
        ),
    ],
)
def test_a_reporting_noun_takes_its_source_from_a_name_or_light_verb(
    quoting, text, speaker, cue, content
) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert (quote.speaker.text, quote.cue.text, quote.text) == (speaker, cue, content)
    assert quote.rule.startswith("quotes.noun_cue.v1")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The growers are confident that the harvest will recover.",
            "The growers",
            "confident",
            "the harvest will recover",
        ),
        (
            "The minister remains hopeful the talks will resume.",
            "The minister",
            "hopeful",
            "the talks will resume",
        ),
    ],
)
def test_a_stance_adjective_after_a_copula_attributes(quoting, text, speaker, cue, content) -> None:
    quote = _only(_extract(quoting, text))
    _check_offsets(text, quote)
    assert (quote.speaker.text, quote.cue.text, quote.text) == (speaker, cue, content)
    assert quote.rule.startswith("quotes.adjective_cue.v1")


def test_an_expletive_with_a_stance_adjective_names_no_one(quoting) -> None:
    assert _extract(quoting, "It is certain that prices will rise.").quotes == ()
