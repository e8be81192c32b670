"""Statements: quotations of five words or more, and who said them."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def statements(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "statement")


Q = "We will never accept this unjust arrangement"


@pytest.mark.parametrize(
    "text",
    [
        f"“{Q},” Ahmed Karimi said.",
        f"“{Q},” said Ahmed Karimi.",
        f'"{Q}," Ahmed Karimi told reporters on Monday.',
        f"Ahmed Karimi said: “{Q}.”",
        f"Ahmed Karimi pledged: “{Q}.”",
        f"“{Q},” Ahmed Karimi noted in a speech.",
        f"“{Q},” Ahmed Karimi warned.",
        f"Ahmed Karimi wrote on X: “{Q}.”",
        f"Ahmed Karimi added that “{Q}.”",
    ],
)
def test_attribution_shapes(ex: Extractor, text: str) -> None:
    assert statements(ex, text) == {("Ahmed Karimi", Q)}


def test_pronoun_speaker_is_the_previous_subject(ex: Extractor) -> None:
    text = f"Foreign Minister Ahmed Karimi met Lena Vogel in Vienna on Friday. “{Q},” he said."
    assert statements(ex, text) == {("Ahmed Karimi", Q)}


def test_pronoun_skips_people_named_inside_quotes(ex: Extractor) -> None:
    text = (
        "Colonel Ana Ruiz briefed reporters. "
        "“First findings point to Omani Falcon drones,” she said."
    )
    found = statements(ex, text)
    assert {speaker for speaker, _ in found} == {"Ana Ruiz"}


def test_quote_split_by_attribution_is_two_rows(ex: Extractor) -> None:
    text = (
        "“The region cannot afford another war,” said Ahmed Karimi, "
        "“and we will work with every partner to prevent it.”"
    )
    assert statements(ex, text) == {
        ("Ahmed Karimi", "The region cannot afford another war"),
        ("Ahmed Karimi", "and we will work with every partner to prevent it"),
    }


def test_next_sentence_quote_continues_the_speaker(ex: Extractor) -> None:
    text = (
        "“The deal is good for both of our countries,” Ahmed Karimi said. "
        "“We expect more agreements to follow soon.”"
    )
    assert statements(ex, text) == {
        ("Ahmed Karimi", "The deal is good for both of our countries"),
        ("Ahmed Karimi", "We expect more agreements to follow soon"),
    }


def test_appositive_person_beats_the_state(ex: Extractor) -> None:
    text = f"“{Q},” said Norway's defence minister, Tore Sandvik, who also attended."
    assert statements(ex, text) == {("Tore Sandvik", Q)}


def test_leader_noun_speaker(ex: Extractor) -> None:
    text = (
        "Brazilian President Lula da Silva arrived in Rome. "
        "The Brazilian president said: “We came here to build bridges with Europe.”"
    )
    assert statements(ex, text) == {("Lula da Silva", "We came here to build bridges with Europe")}


def test_short_fragments_are_not_statements(ex: Extractor) -> None:
    assert statements(ex, "Ahmed Karimi called the deal “a disgrace.”") == set()


def test_stray_quote_mark_does_not_shift_pairs(ex: Extractor) -> None:
    text = f'He warned of "external forces in the region.\n"{Q}," Ahmed Karimi said.'
    assert statements(ex, text) == {("Ahmed Karimi", Q)}


def test_organization_speaker_when_no_person(ex: Extractor) -> None:
    text = "“All attacks on shipping must stop at once,” the European Union said in a statement."
    assert statements(ex, text) == {("European Union", "All attacks on shipping must stop at once")}


def test_the_title_names_the_last_person_holding_it(ex: Extractor) -> None:
    text = (
        "Prime Minister Aiko Mori toured the port. "
        "“Every family will get help before winter,” the prime minister said."
    )
    assert statements(ex, text) == {("Aiko Mori", "Every family will get help before winter")}


R = "Kenya will defend every inch of its territory"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'According to William Ruto, "{R}."', [("William Ruto", R)]),
        (f'"{R}," according to William Ruto.', [("William Ruto", R)]),
        (f'William Ruto wrote on Telegram: "{R}."', [("William Ruto", R)]),
        (f'William Ruto told the Daily Nation newspaper: "{R}."', [("William Ruto", R)]),
        (f'"{R}," said Kenyan President William Ruto.', [("William Ruto", R)]),
        (f'William Ruto spoke in Nairobi. "{R}," he added.', [("William Ruto", R)]),
        (f'William Ruto spoke in Nairobi. He added: "{R}."', [("William Ruto", R)]),
        (f'"{R}," William Ruto posted on X.', [("William Ruto", R)]),
        (f'William Ruto said in a statement on Monday that "{R}."', [("William Ruto", R)]),
        (
            f'"{R}," William Ruto said, "and we will never let anyone take our land."',
            [
                ("William Ruto", R),
                ("William Ruto", "and we will never let anyone take our land"),
            ],
        ),
        (f'The statement quoted William Ruto as saying: "{R}."', [("William Ruto", R)]),
        (f'William Ruto was quoted by the Daily Nation as saying: "{R}."', [("William Ruto", R)]),
        (
            'William Ruto described the deal as "a victory for every Kenyan family and business."',
            [("William Ruto", "a victory for every Kenyan family and business")],
        ),
        (
            f'"{R}," the Kenyan president, William Ruto, said, adding: "Our doors remain open to '
            'all of them."',
            [("William Ruto", R), ("William Ruto", "Our doors remain open to all of them")],
        ),
        (
            f'The Kenyan foreign ministry summoned the envoy. "{R}," the ministry said.',
            [("Kenyan foreign ministry", R)],
        ),
        (f'"{R}," the Kenyan defence ministry said.', [("Kenyan defence ministry", R)]),
    ],
)
def test_unseen_statement_shapes(ex: Extractor, text: str, expected: list) -> None:
    """ "according to X", social posts, "told the Y newspaper", inverted "said X", a pronoun
    after a named speaker, a split quote (two rows), "quoted X as saying", and an
    organization ("the ministry" named before) when no person speaks."""
    assert statements(ex, text) == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        f'"{R}," Kenyan President William Ruto and Ugandan President Yoweri Museveni said in a '
        "joint statement.",
        f"Kenyan President William Ruto and Ugandan President Yoweri Museveni said in a joint "
        f'statement: "{R}."',
    ],
)
def test_a_joint_statement_is_one_row_per_speaker(ex: Extractor, text: str) -> None:
    assert statements(ex, text) == {("William Ruto", R), ("Yoweri Museveni", R)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{R}," Kenya\'s foreign ministry said in a statement.', "Kenya's foreign ministry"),
        (f'"{R}," Kenya\'s mission to the UN said on Monday.', "Kenya's mission to the UN"),
        (f'"{R}," Kenya said on Monday.', "Kenya"),
    ],
)
def test_a_states_institution_speaks_for_itself(ex: Extractor, text: str, speaker: str) -> None:
    assert statements(ex, text) == {(speaker, R)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kaja Kallas was clear: "There can be no peace without justice for the victims."',
            {
                ("Kaja Kallas", "There can be no peace without justice for the victims"),
            },
        ),
        (
            'Kaja Kallas, speaking at the UN, said "the world is watching what happens next".',
            {
                ("Kaja Kallas", "the world is watching what happens next"),
            },
        ),
        (
            'In a post on Telegram, Dmitry Medvedev said "the decision will have consequences '
            'for Europe".',
            {
                ("Dmitry Medvedev", "the decision will have consequences for Europe"),
            },
        ),
        (
            '"We will never recognise the annexation of our land," Volodymyr Zelensky told '
            "the BBC in an interview.",
            {
                ("Volodymyr Zelensky", "We will never recognise the annexation of our land"),
            },
        ),
        (
            'Volodymyr Zelensky said: "We need more air defence now." He added: "Every day '
            'of delay costs lives."',
            {
                ("Volodymyr Zelensky", "We need more air defence now"),
                ("Volodymyr Zelensky", "Every day of delay costs lives"),
            },
        ),
        (
            "The Kremlin's spokesman, Dmitry Peskov, said: \"There are no plans for such a "
            'meeting yet."',
            {
                ("Dmitry Peskov", "There are no plans for such a meeting yet"),
            },
        ),
        (
            '"There are no plans for such a meeting yet," Kremlin spokesman Dmitry Peskov '
            "told reporters on a conference call.",
            {
                ("Dmitry Peskov", "There are no plans for such a meeting yet"),
            },
        ),
        (
            '"Ukraine will not give up its territory," Zelensky said in his nightly video address.',
            {
                ("Zelensky", "Ukraine will not give up its territory"),
            },
        ),
        (
            '"The door to negotiations remains open," the foreign ministry of Qatar said in '
            "a statement on Sunday.",
            {
                ("foreign ministry of Qatar", "The door to negotiations remains open"),
            },
        ),
        (
            'Asked whether talks would resume, Dmitry Peskov said: "It is too early to talk '
            'about that."',
            {
                ("Dmitry Peskov", "It is too early to talk about that"),
            },
        ),
        (
            '"It is too early to talk about that," Peskov said when asked whether talks '
            "would resume.",
            {
                ("Peskov", "It is too early to talk about that"),
            },
        ),
        (
            '"We are not at war with Russia," insisted Olaf Scholz.',
            {
                ("Olaf Scholz", "We are not at war with Russia"),
            },
        ),
        (
            'Olaf Scholz struck a cautious tone, saying that "escalation must be avoided at '
            'all costs".',
            {
                ("Olaf Scholz", "escalation must be avoided at all costs"),
            },
        ),
        (
            'Olaf Scholz, who spoke after the summit, said the talks had been "open, '
            'constructive and very useful".',
            {
                ("Olaf Scholz", "open, constructive and very useful"),
            },
        ),
        (
            '"We have no intention of leaving," Maria Zakharova, the ministry\'s spokeswoman, '
            "told a briefing in Moscow.",
            {
                ("Maria Zakharova", "We have no intention of leaving"),
            },
        ),
        (
            'Kaja Kallas said the bloc was united. "Europe will not abandon Ukraine under any '
            'circumstances," she said.',
            {
                ("Kaja Kallas", "Europe will not abandon Ukraine under any circumstances"),
            },
        ),
        (
            '"The attack was a grave violation of international law," the Qatari foreign '
            "ministry said in a statement.",
            {
                (
                    "Qatari foreign ministry",
                    "The attack was a grave violation of international law",
                ),
            },
        ),
        (
            'Kaja Kallas wrote on X that "the EU stands firmly with the people of Armenia".',
            {
                ("Kaja Kallas", "the EU stands firmly with the people of Armenia"),
            },
        ),
        (
            '"There will be no negotiations under fire," Kallas insisted at a news '
            "conference in Brussels.",
            {
                ("Kallas", "There will be no negotiations under fire"),
            },
        ),
        (
            'Speaking in Brussels, Kaja Kallas said: "We must do more to protect civilians in '
            'Gaza."',
            {
                ("Kaja Kallas", "We must do more to protect civilians in Gaza"),
            },
        ),
        (
            '"Our patience is not unlimited," Kallas warned, adding that "time is running '
            'out for a deal".',
            {
                ("Kallas", "Our patience is not unlimited"),
                ("Kallas", "time is running out for a deal"),
            },
        ),
        (
            'Kaja Kallas called the strike "an unacceptable escalation by the regime".',
            {
                ("Kaja Kallas", "an unacceptable escalation by the regime"),
            },
        ),
        (
            '"This is a historic day for our two nations," said Kaja Kallas.',
            {
                ("Kaja Kallas", "This is a historic day for our two nations"),
            },
        ),
        (
            'In an interview with the BBC, Kaja Kallas said that "sanctions are working '
            'better than expected".',
            {
                ("Kaja Kallas", "sanctions are working better than expected"),
            },
        ),
        (
            '"We are ready to talk," Kaja Kallas said on Tuesday. "But we will not be '
            'blackmailed by anyone."',
            {
                ("Kaja Kallas", "We are ready to talk"),
                ("Kaja Kallas", "But we will not be blackmailed by anyone"),
            },
        ),
        (
            'Kaja Kallas described the talks as "frank, difficult but ultimately productive".',
            {
                ("Kaja Kallas", "frank, difficult but ultimately productive"),
            },
        ),
        (
            'Asked about the deal, Kaja Kallas replied: "It is far too early to say anything."',
            {
                ("Kaja Kallas", "It is far too early to say anything"),
            },
        ),
        (
            'According to Pedro Sanchez, "Europe cannot afford to look away from this."',
            {
                ("Pedro Sanchez", "Europe cannot afford to look away from this"),
            },
        ),
        (
            '"We are ready for talks," Pedro Sanchez said, "but not at any price for Spain."',
            {
                ("Pedro Sanchez", "We are ready for talks"),
                ("Pedro Sanchez", "but not at any price for Spain"),
            },
        ),
        (
            'Pedro Sanchez told reporters: "Spain will keep its promises to its partners."',
            {
                ("Pedro Sanchez", "Spain will keep its promises to its partners"),
            },
        ),
        (
            'Dmitry Medvedev wrote on Telegram: "The West will regret every single one of '
            'these decisions."',
            {
                ("Dmitry Medvedev", "The West will regret every single one of these decisions"),
            },
        ),
        (
            'In a statement, the Kenyan foreign ministry said: "Kenya condemns the attack in '
            'the strongest terms."',
            {
                ("Kenyan foreign ministry", "Kenya condemns the attack in the strongest terms"),
            },
        ),
        (
            'Pedro Sanchez spoke in Madrid. "We will not be intimidated by anyone at all," '
            "he said.",
            {
                ("Pedro Sanchez", "We will not be intimidated by anyone at all"),
            },
        ),
        (
            '"This is a dark day for democracy in our region," Pedro Sanchez added.',
            {
                ("Pedro Sanchez", "This is a dark day for democracy in our region"),
            },
        ),
    ],
)
def test_unseen_attribution_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert statements(ex, text) == expected


def test_a_relative_pronoun_speaks_for_its_antecedent(ex: Extractor) -> None:
    text = (
        'Marcos also met Prime Minister Pham Minh Chinh, who told him Vietnam "will always '
        'stand side by side with our Filipino friends".'
    )
    assert statements(ex, text) == {
        ("Pham Minh Chinh", "will always stand side by side with our Filipino friends")
    }


def test_a_speaker_described_by_an_apposition(ex: Extractor) -> None:
    text = (
        "Turkey, Azerbaijan's closest ally, called on Armenia to \"stop its provocations "
        'immediately and respect the peace process".'
    )
    assert statements(ex, text) == {
        ("Turkey", "stop its provocations immediately and respect the peace process")
    }


def test_the_two_presidents_said_gives_a_row_for_each(ex: Extractor) -> None:
    text = (
        "Kenyan President William Ruto and South African President Cyril Ramaphosa issued a "
        "joint statement on Tuesday about trade. "
        '"We remain committed to a lasting peace in the region," the two presidents said.'
    )
    quote = "We remain committed to a lasting peace in the region"
    assert statements(ex, text) == {
        ("Cyril Ramaphosa", quote),
        ("William Ruto", quote),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dmitry Peskov dismissed the report as "yet another fabrication by Western media".',
         {("Dmitry Peskov", "yet another fabrication by Western media")}),
        ('Kaja Kallas branded the vote "a shameful day for European democracy".',
         {("Kaja Kallas", "a shameful day for European democracy")}),
        ('Kaja Kallas spoke after the meeting.\n\n"We cannot accept a ceasefire that rewards '
         'aggression," she said, adding that Europe would keep up pressure.',
         {("Kaja Kallas", "We cannot accept a ceasefire that rewards aggression")}),
        ('"We are ready," Peskov said of the proposal, "to discuss every single point with our '
         'partners."', {("Peskov", "to discuss every single point with our partners")}),
    ],
)  # fmt: skip
def test_characterisations_and_split_quotes(ex: Extractor, text: str, expected: set) -> None:
    assert statements(ex, text) == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            'Foreign Minister Anna Berg praised the two sides "for the courage they showed at the '
            'table," and Norway welcomed the deal.',
            "Anna Berg",
        ),
        (
            'Foreign Minister Anna Berg congratulated both countries "on the bold steps taken in '
            'Geneva," and Norway welcomed the accord.',
            "Anna Berg",
        ),
        (
            'Anna Berg told reporters that it was "a historic day for both of our countries," '
            "and Norway welcomed the accord.",
            "Anna Berg",
        ),
    ],
)
def test_a_quotation_inside_a_speech_verbs_clause_is_its_speakers(
    ex: Extractor, text: str, speaker: str
) -> None:
    assert {row[0] for row in statements(ex, text)} == {speaker}
