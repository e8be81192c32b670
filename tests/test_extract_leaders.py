"""Leaders: heads of state and government, from titles written many ways."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def leaders(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "position")


def titled(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    out = set()
    for fact in ex.facts(text):
        if fact.kind == "position":
            out.add(
                (fact.roles["holder"].label, fact.roles["ofState"].label, fact.literals["title"][0])
            )
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "French President Emmanuel Macron arrived in Berlin.",
            {("Emmanuel Macron", "France", "President")},
        ),
        (
            "Japan's Prime Minister Fumio Kishida spoke on Monday.",
            {("Fumio Kishida", "Japan", "Prime Minister")},
        ),
        (
            "Brazil's new president, Luiz Inacio Lula da Silva, took office.",
            {("Luiz Inacio Lula da Silva", "Brazil", "President")},
        ),
        (
            "Olaf Scholz, the German chancellor, flew to Washington.",
            {("Olaf Scholz", "Germany", "Chancellor")},
        ),
        (
            "North Korean leader Kim Jong Un inspected a factory.",
            {("Kim Jong Un", "North Korea", "Leader")},
        ),
        (
            "President Cyril Ramaphosa of South Africa addressed parliament.",
            {("Cyril Ramaphosa", "South Africa", "President")},
        ),
        (
            "Kazakhstan is ruled by President Kassym-Jomart Tokayev, who took power in 2019.",
            {("Kassym-Jomart Tokayev", "Kazakhstan", "President")},
        ),
        (
            "Iran's Supreme Leader Ali Khamenei gave a speech.",
            {("Ali Khamenei", "Iran", "Supreme Leader")},
        ),
        (
            # the parser hangs "'s" on the first conjunct; the owner is the one that carries it
            "The talks between Lula and Chile\u2019s new president, Gabriel Boric, ran late.",
            {("Gabriel Boric", "Chile", "President")},
        ),
        (
            "Anthony Albanese is the prime minister of Australia.",
            {("Anthony Albanese", "Australia", "Prime Minister")},
        ),
    ],
)
def test_title_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert titled(ex, text) == expected


def test_counterpart_takes_the_other_leaders_title(ex: Extractor) -> None:
    text = "Chinese President Xi Jinping and his Brazilian counterpart, Lula da Silva, met."
    assert titled(ex, text) == {
        ("Xi Jinping", "China", "President"),
        ("Lula da Silva", "Brazil", "President"),
    }


def test_title_without_state_takes_the_sentence_subject_state(ex: Extractor) -> None:
    text = "Prime Minister Mark Carney said Canada would not back down."
    assert leaders(ex, text) == {("Mark Carney", "Canada")}


def test_surname_later_is_the_same_leader(ex: Extractor) -> None:
    text = "Kenyan President William Ruto visited Nairobi. Ruto said the talks went well."
    assert leaders(ex, text) == {("William Ruto", "Kenya")}


@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Minister Sergei Lavrov met reporters.",
        "Vice President Kamala Harris spoke in Ohio about the United States.",
        "Former President Donald Trump criticised Germany.",
        "Hamas leader Khalil al-Hayya gave a speech.",
        "Defence Minister Rustem Umerov of Ukraine visited troops.",
    ],
)
def test_not_leaders(ex: Extractor, text: str) -> None:
    assert leaders(ex, text) == set()


def test_state_named_only_inside_a_quote_is_not_the_leaders(ex: Extractor) -> None:
    text = (
        '"Our pilots destroyed several Russian drones," Prime Minister Keir Starmer said on Monday.'
    )
    assert leaders(ex, text) == set()


def test_capital_in_the_sentence_names_the_state(ex: Extractor) -> None:
    text = '"We will respond firmly to every threat," Prime Minister Keir Starmer said in London.'
    assert leaders(ex, text) == {("Keir Starmer", "United Kingdom")}


def test_two_states_and_no_subject_is_too_vague(ex: Extractor) -> None:
    text = "He met President Gustavo Petro and praised his support for Peru against Chile."
    assert leaders(ex, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Aiko Mori was sworn in as prime minister of Japan on Monday.", {("Aiko Mori", "Japan")}),
        ("Rui Costa was elected president of Portugal in March.", {("Rui Costa", "Portugal")}),
        (
            "Ravi Menon, who became prime minister of India in June, cut taxes.",
            {("Ravi Menon", "India")},
        ),
        ("Emeka Obi, Nigeria's head of state, ordered an inquiry.", {("Emeka Obi", "Nigeria")}),
    ],
)
def test_office_verbs(ex: Extractor, text: str, expected: set) -> None:
    assert leaders(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "President Marco Ruelas spoke about French wine at a dinner.",
        "Chancellor Anna Berger met Italian officials in Rome.",
        "Crown Prince Faisal bin Nasser visited Paris.",
        "King Haakon Olsen opened the session of parliament.",
        "Kenya and Uganda signed a deal. President Joel Mbatha praised it.",
    ],
)
def test_title_without_state_takes_no_unrelated_state(ex: Extractor, text: str) -> None:
    assert leaders(ex, text) == set()


def test_previous_sentence_about_the_storys_state(ex: Extractor) -> None:
    text = (
        "Kenya held a vote on Sunday. Turnout in Kenya was low. Kenya reacted angrily. "
        "President Joel Mbatha said the vote was unfair."
    )
    assert leaders(ex, text) == {("Joel Mbatha", "Kenya")}


def test_previous_sentences_subject_alone_is_not_enough(ex: Extractor) -> None:
    # the story is not about Kenya: the president may be anyone's
    text = "Kenya reacted angrily. President Joel Mbatha said the vote was unfair."
    assert leaders(ex, text) == set()


def test_dateline_after_a_headline(ex: Extractor) -> None:
    text = "Vote disputed as turnout falls\nNAIROBI – President Joel Mbatha said the vote was fair."
    assert leaders(ex, text) == {("Joel Mbatha", "Kenya")}


def test_dateline_capital_gives_the_state(ex: Extractor) -> None:
    text = "NAIROBI – President Joel Mbatha said the vote was fair."
    assert leaders(ex, text) == {("Joel Mbatha", "Kenya")}


def test_dateline_city_that_is_not_a_capital_gives_nothing(ex: Extractor) -> None:
    text = "MOMBASA – President Joel Mbatha said the vote was fair."
    assert leaders(ex, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Emir Tamim Khalid of Qatar arrived in Doha.", {("Tamim Khalid", "Qatar")}),
        ("Supreme Leader Dara Navabi of Iran gave a speech.", {("Dara Navabi", "Iran")}),
        ("Premier Li Wen of China met the Japanese ambassador.", {("Li Wen", "China")}),
        (
            "Colonel Amadou Keita, who seized power in Mali in 2021, met envoys.",
            {("Amadou Keita", "Mali")},
        ),
    ],
)
def test_more_leader_titles(ex: Extractor, text: str, expected: set) -> None:
    assert leaders(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The envoy met Prime Minister Lars Holm in Oslo on Monday.",
            {("Lars Holm", "Norway")},
        ),
        (
            "President Joel Mbatha spoke after receiving the envoy in Nairobi.",
            {("Joel Mbatha", "Kenya")},
        ),
        ("Chancellor Anna Berger met the envoy in Rome.", set()),
        # talks held in a capital with the titled person; a reception at a seat of government
        (
            "Two days later Lula had held talks in Quito with President Daniel Vera.",
            {("Daniel Vera", "Ecuador")},
        ),
        (
            "The envoy held talks with President Daniel Vera in Quito on Monday.",
            {("Daniel Vera", "Ecuador")},
        ),
        (
            "Mr Okello was received at the White House by President Tom Hale in May.",
            {("Tom Hale", "United States")},
        ),
        (
            "The envoy was received in Nairobi by President Joel Mbatha.",
            {("Joel Mbatha", "Kenya")},
        ),
        # the visitor is not at home where they hold talks or are received
        ("President Daniel Vera held talks in Lima with the envoy.", set()),
        ("President Tom Hale was received at the Kremlin by the envoy.", set()),
    ],
)
def test_a_capital_is_home_only_for_the_host(ex: Extractor, text: str, expected: set) -> None:
    assert leaders(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chad's military ruler, Col. Idriss Mahamat, met the envoy.",
            {("Idriss Mahamat", "Chad", "Military Ruler")},
        ),
        (
            "Niger's junta leader, Gen. Moussa Adamou, met the envoy in Niamey.",
            {("Moussa Adamou", "Niger", "Junta Leader")},
        ),
        (
            "Gabon's transitional president Paul Ndong was sworn in on Monday.",
            {("Paul Ndong", "Gabon", "President")},
        ),
        (
            "The coup was led by Col. Sekou Camara, who seized power in Guinea in 2021.",
            {("Sekou Camara", "Guinea", "Leader")},
        ),
        (
            "Crown Prince Faisal bin Nayef, who is also Saudi Arabia's prime minister, received "
            "the delegation.",
            {("Faisal bin Nayef", "Saudi Arabia", "Prime Minister")},
        ),
    ],
)
def test_junta_and_royal_leaders(ex: Extractor, text: str, expected: set) -> None:
    assert titled(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Crown Prince Faisal bin Nayef received the delegation.",  # heir, not head
        "Pierre Lenoir, a former French president, was convicted.",
        "Former president Pierre Lenoir criticized the deal.",
        "King Edmund said the talks would continue.",  # no state anywhere
        "Foreign Minister Kofi Boateng accused Togo of violating the agreement.",
        # a deputy, with "deputy" parsed as a modifier of its own (nmod)
        "Tom Hale, Canada's deputy prime minister and defence minister, and Ann Roy, the "
        "minister for defence industry, looked on.",
    ],
)
def test_no_leader_without_a_clear_state(ex: Extractor, text: str) -> None:
    assert leaders(ex, text) == set()


def test_a_monarchs_title_takes_the_articles_state(ex: Extractor) -> None:
    text = (
        "Jordan has long mediated in the region. Amman hosted the talks, and Jordan's foreign "
        "ministry said Jordan was ready. King Talal said the talks would continue."
    )
    assert leaders(ex, text) == {("Talal", "Jordan")}


def test_the_kingdom_is_the_articles_state(ex: Extractor) -> None:
    text = (
        "The kingdom has long mediated. Saudi Arabia hosted the talks in Riyadh, and Saudi "
        "officials said Saudi Arabia was ready. Crown Prince Faisal bin Nayef, who is also the "
        "kingdom's prime minister, received the delegation."
    )
    assert leaders(ex, text) == {("Faisal bin Nayef", "Saudi Arabia")}


def test_a_monarchs_title_needs_a_dominant_state(ex: Extractor) -> None:
    text = "Qatar, Egypt and the United States mediated. King Talal welcomed the delegations."
    assert leaders(ex, text) == set()


def test_counterpart_of_the_conjoined_leader(ex: Extractor) -> None:
    text = (
        "Officials had spoken to Estonian Prime Minister Lena Hoff and her Latvian counterpart, "
        "Tomas Varga."
    )
    assert titled(ex, text) == {
        ("Lena Hoff", "Estonia", "Prime Minister"),
        ("Tomas Varga", "Latvia", "Prime Minister"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Colonel Oumar Sidibe was named the bloc's first president. The 41-year-old colonel "
            "has led Mali since 2021.",
            {("Oumar Sidibe", "Mali")},
        ),
        ("Ama Serwaa spoke on Monday. She has ruled Togo since 2005.", {("Ama Serwaa", "Togo")}),
    ],
)
def test_has_led_since_by_a_description_or_pronoun(ex: Extractor, text: str, expected) -> None:
    assert leaders(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The party has led Togo since 2005.",
        "Ama Serwaa led Togo to the final in 2006.",  # not an office held up to now
    ],
)
def test_has_led_needs_a_person_and_an_ongoing_tense(ex: Extractor, text: str) -> None:
    assert leaders(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Former Ghanaian president Kofi Atta called the agreement overdue.",
        "The late Ghanaian president Kofi Atta was buried.",
        "Ghana's former president Kofi Atta spoke.",
        "Kofi Atta, the former Ghanaian president, spoke.",
    ],
)
def test_former_before_the_demonym(ex: Extractor, text: str) -> None:
    assert leaders(ex, text) == set()


def test_a_queen_is_not_taken_for_the_head_of_state(ex: Extractor) -> None:
    # most queens in the news are consorts
    assert leaders(ex, "Jordan's Queen Rasha visited the camp.") == set()


def test_who_seized_power_in_a_month_leads_the_state_of_the_story(ex: Extractor) -> None:
    text = (
        "NIAMEY – Niger's military rulers expelled the envoy on Friday.\n"
        "Gen. Omar Tchiani, who seized power in July, said France had interfered."
    )
    assert ("Omar Tchiani", "Niger") in rows(ex.facts(text), "position")


def test_who_seized_power_elsewhere_does_not_lead_the_host(ex: Extractor) -> None:
    text = (
        "MOSCOW – Russian President Pavel Orlov hosted the talks on Friday.\n"
        "Gen. Omar Tchiani, who seized power in July, met Orlov at the Kremlin."
    )
    assert ("Omar Tchiani", "Russia") not in rows(ex.facts(text), "position")


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a leader mostly speaks for their own state, whatever the dateline
            "BERLIN – Germany agreed on Wednesday to send tanks to Ukraine.\n"
            "Hours later, President Tom Hale said at the White House that the United States "
            "would provide Ukraine with 31 tanks.",
            {("Tom Hale", "United States")},
        ),
        (
            "ACCRA – The summit opened on Monday.\n"
            "President Kofi Boateng said Ghana would send observers.",
            {("Kofi Boateng", "Ghana")},
        ),
        (
            "President Kofi Boateng said Togo would face sanctions if it refused.",
            {("Kofi Boateng", "Togo")},
        ),
    ],
)
def test_a_leader_speaks_for_the_state_they_say_will_act(
    ex: Extractor, text: str, expected: set
) -> None:
    assert rows(ex.facts(text), "position") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the title's state after "of", with the name hung on the state
        (
            "The president of Argentina, Javier Milei, visited Israel.",
            {("Javier Milei", "Argentina")},
        ),
        (
            "The prime minister of Spain, Pedro Sanchez, met President Lula in Brasilia.",
            {("Pedro Sanchez", "Spain"), ("Lula", "Brazil")},
        ),
        # acting, interim and transitional leaders lead
        (
            "The acting president of Peru, Jose Jeri, declared a state of emergency.",
            {("Jose Jeri", "Peru")},
        ),
        (
            "Peru's acting president Jose Jeri declared a state of emergency.",
            {("Jose Jeri", "Peru")},
        ),
        (
            "Interim President Mohamed Yunus of Bangladesh visited Beijing.",
            {("Mohamed Yunus", "Bangladesh")},
        ),
        # military rulers
        (
            "Ibrahim Traore, Burkina Faso's military leader, addressed the summit.",
            {("Ibrahim Traore", "Burkina Faso")},
        ),
        (
            "The head of Myanmar's junta, Min Aung Hlaing, attended the summit.",
            {("Min Aung Hlaing", "Myanmar")},
        ),
        (
            "Sudan's army chief and de facto ruler Abdel Fattah al-Burhan flew to Cairo.",
            {("Abdel Fattah al-Burhan", "Sudan")},
        ),
        # datelines and visits: the visitor leads their own state
        (
            "HANOI — U.S. President Joe Biden arrived in Vietnam on Sunday for talks.",
            {("Joe Biden", "United States")},
        ),
        (
            "The visiting Brazilian president, Luiz Inacio Lula da Silva, met Vietnamese "
            "officials in Hanoi.",
            {("Luiz Inacio Lula da Silva", "Brazil")},
        ),
        (
            "Kenyan President William Ruto arrived in Dodoma.\n\nPresident Ruto said Tanzania "
            "was a close friend.",
            {("William Ruto", "Kenya")},
        ),
        # a state written as another leader's is not this one's
        (
            "Prime Minister Ulf Kristersson of Sweden congratulated President Faye on Monday.",
            {("Ulf Kristersson", "Sweden")},
        ),
        (
            "Ghana's president, Nana Akufo-Addo, congratulated President Faye of Senegal.",
            {"Ghana", "Senegal"},
        ),
        # "Y's leader's prime minister": the prime minister of Y
        (
            "NIAMEY — Niger's junta leader, Gen. Abdourahamane Tiani, received a delegation.\n\n"
            "Tiani's prime minister, Ali Lamine Zeine, flew to Moscow.",
            {("Abdourahamane Tiani", "Niger"), ("Ali Lamine Zeine", "Niger")},
        ),
        (
            "Russian President Vladimir Putin chaired the meeting. Putin's prime minister, "
            "Mikhail Mishustin, presented the budget.",
            {("Vladimir Putin", "Russia"), ("Mikhail Mishustin", "Russia")},
        ),
        # the host a visitor flew to see leads the capital's state, not the dateline's
        (
            "KHARTOUM — Sudan's army chief, Gen. Abdel Fattah al-Burhan, flew to Cairo on "
            "Monday for talks with President Abdel Fattah el-Sisi.",
            {("Abdel Fattah el-Sisi", "Egypt")},
        ),
        (
            "Kenyan President William Ruto arrived in Kampala to meet President Yoweri Museveni.",
            {("William Ruto", "Kenya"), ("Yoweri Museveni", "Uganda")},
        ),
        ("President Ruto flew to Addis Ababa.", set()),
        (
            "ABUJA — The summit opened on Sunday.\n\nGhana's president later flew to Bamako "
            "to meet the junta leader, Col. Assimi Goita.",
            {("Assimi Goita", "Mali")},
        ),
        # a junta leader whose junta the sentence before names
        (
            "Mali's military rulers expelled the envoy. The junta leader, Col. Assimi Goita, "
            "signed the decree.",
            {("Assimi Goita", "Mali")},
        ),
        (
            "CONAKRY — The junta leader, Col. Mamady Doumbouya, addressed the nation on Monday.",
            {("Mamady Doumbouya", "Guinea")},
        ),
        (
            "Germany's government agreed to the plan. The junta leader, Col. Assimi Goita, "
            "rejected it.",
            set(),
        ),
        # a party's general secretary is no head of state by that title
        ("Nguyen Van An, Vietnam's general secretary, hosted the delegation.", set()),
        (
            "Hungary's leader Viktor Orban criticised the European Commission.",
            {("Viktor Orban", "Hungary")},
        ),
    ],
)
def test_unseen_leader_shapes(ex: Extractor, text: str, expected: set) -> None:
    found = leaders(ex, text)
    if all(isinstance(e, str) for e in expected):
        found = {state for _, state in found}  # the states led, however the names are cut
    assert found == expected
