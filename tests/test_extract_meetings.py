"""Meetings: two named people (or states) who met, held talks or a summit, with the place."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def meetings(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "meeting")


def places(ex: Extractor, text: str) -> set[str]:
    return {
        f.roles["place"].label for f in ex.facts(text) if f.kind == "meeting" and "place" in f.roles
    }


P = ("Emmanuel Macron", "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday.",
        "Emmanuel Macron met with Olaf Scholz in Berlin.",
        "Emmanuel Macron and Olaf Scholz met in Berlin on Monday.",
        "Emmanuel Macron held talks with Olaf Scholz in Berlin.",
        "Emmanuel Macron held four rounds of talks in Berlin with Olaf Scholz.",
        "Olaf Scholz hosted Emmanuel Macron in Berlin.",
        "The meeting between Emmanuel Macron and Olaf Scholz took place in Berlin.",
        "Emmanuel Macron's meeting with Olaf Scholz in Berlin lasted two hours.",
        "Emmanuel Macron and Olaf Scholz signed a defence pact in Berlin.",
        "Emmanuel Macron received Olaf Scholz in Berlin on Friday.",
    ],
)
def test_meeting_shapes(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {"Berlin"}


def test_pronoun_participant(ex: Extractor) -> None:
    text = "Olaf Scholz flew south on Sunday. He then proceeded to meet Emmanuel Macron in Paris."
    assert meetings(ex, text) == {P}


def test_after_receiving(ex: Extractor) -> None:
    text = "Olaf Scholz spoke to reporters after receiving Emmanuel Macron in Berlin."
    assert meetings(ex, text) == {P}


def test_place_from_an_earlier_sentence(ex: Extractor) -> None:
    text = (
        "At a summit in Rome, leaders discussed trade. "
        "The meeting between Emmanuel Macron and Olaf Scholz was cordial."
    )
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {"Rome"}


def test_seat_of_government_places_the_meeting_in_the_capital(ex: Extractor) -> None:
    text = "Vladimir Putin met Recep Tayyip Erdogan in the Kremlin on Tuesday."
    assert places(ex, text) == {"Moscow"}


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron will meet Olaf Scholz in Berlin next week.",
        "Emmanuel Macron and Olaf Scholz are expected to meet again in Rome.",
        "Emmanuel Macron plans to meet Olaf Scholz in Berlin.",
        "Emmanuel Macron did not meet Olaf Scholz during the visit.",
        "An upcoming summit between Emmanuel Macron and Olaf Scholz was announced.",
    ],
)
def test_planned_or_denied_meetings_are_not_facts(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text,place",
    [
        ("Emmanuel Macron was welcomed by Olaf Scholz at the chancellery in Berlin.", "Berlin"),
        ("Emmanuel Macron visited Berlin, where he met Olaf Scholz.", "Berlin"),
        (
            "Emmanuel Macron arrived in Berlin on Monday. During the visit he met Olaf Scholz.",
            "Berlin",
        ),
        ("Emmanuel Macron sat down with Olaf Scholz in Berlin.", "Berlin"),
    ],
)
def test_more_meeting_shapes(ex: Extractor, text: str, place: str) -> None:
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {place}


def test_leader_by_verb_then_the_demonym_president(ex: Extractor) -> None:
    text = (
        "Kassym Tokayev has led Kazakhstan since 2019. "
        "The Kazakh president met Emmanuel Macron in Astana on Friday."
    )
    assert meetings(ex, text) == {("Emmanuel Macron", "Kassym Tokayev")}


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron spoke by phone with Olaf Scholz on Monday.",
        "Emmanuel Macron held talks by video link with Olaf Scholz.",
    ],
)
def test_calls_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


def test_welcomed_to_a_place(ex: Extractor) -> None:
    text = "Latvian President Tomas Varga welcomed Estonian President Lena Hoff to Riga on Tuesday."
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}
    assert places(ex, text) == {"Riga"}


@pytest.mark.parametrize(
    "text",
    [
        # a state or official visit meets the host state's leader the article names
        "Latvian President Tomas Varga said the talks were useful. Estonian President Lena Hoff "
        "paid a state visit to Latvia in July.",
        "Estonian President Lena Hoff visited Riga in July and held talks with Latvian President "
        "Tomas Varga.",
        "Estonian President Lena Hoff paid an official visit to Latvian President Tomas Varga.",
    ],
)
def test_visits_meet_the_host(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}


@pytest.mark.parametrize(
    "text",
    [
        # being in a country is not meeting its leader
        "Latvian President Tomas Varga said the talks were useful. Estonian President Lena Hoff "
        "visited Latvia in July.",
        "Latvian President Tomas Varga opened the fair. Lena Hoff's visit to Latvia ended on "
        "Friday.",
        "Estonian President Lena Hoff will visit Latvian President Tomas Varga next month.",
    ],
)
def test_visits_that_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Latvian President Tomas Varga hosted a dinner for Estonian President Lena Hoff in Riga.",
        "Latvian President Tomas Varga hosted talks with Estonian President Lena Hoff in Riga.",
        "Latvian President Tomas Varga held talks in Riga with his Estonian counterpart, Lena "
        "Hoff.",
        "After meeting Latvian President Tomas Varga in Riga, Estonian President Lena Hoff flew "
        "home.",
        "Estonian President Lena Hoff, who met Latvian President Tomas Varga in Riga last week, "
        "said the border was safe.",
    ],
)
def test_hosting_and_clause_shapes(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}
    assert places(ex, text) == {"Riga"}


def test_a_dinner_for_unnamed_guests_is_no_meeting(ex: Extractor) -> None:
    assert meetings(ex, "Latvian President Tomas Varga hosted a dinner for diplomats.") == set()


def test_received_by_after_arriving(ex: Extractor) -> None:
    text = (
        "Estonian President Lena Hoff arrived in Riga on Monday and was received at the airport "
        "by Foreign Minister Tomas Varga."
    )
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}


def test_a_states_unknown_name_that_meets_is_a_person(ex: Extractor) -> None:
    text = "Latvia's Varga met Estonia's Hoffmann in Riga."
    assert meetings(ex, text) == {("Hoffmann", "Varga")}


def test_a_planned_meetings_place_is_not_carried_to_later_meetings(ex: Extractor) -> None:
    text = (
        "At a summit in Astana, Emmanuel Macron spoke about trade. "
        "Emmanuel Macron and Olaf Scholz will meet again at a forum in Rome next month. "
        "The meeting between Emmanuel Macron and Olaf Scholz lasted two hours."
    )
    assert places(ex, text) == {"Astana", "Rome"}  # Rome only on the planned meeting
    factual = [
        f.roles["place"].label
        for f in ex.facts(text)
        if f.kind == "meeting" and f.modality == "Asserted" and "place" in f.roles
    ]
    assert factual and set(factual) == {"Astana"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Kenyan President William Ruto, who hosted Ethiopian Prime Minister "
                "Daniel Tesfaye in Nairobi on Tuesday, praised the talks."
            ),
            [("Daniel Tesfaye", "William Ruto")],
        ),
        (
            (
                "The plan came from Samuel Okoye, Tinubu's chief of staff, who met Ghanaian "
                "President"
                " John Mahama in Accra."
            ),
            [("John Mahama", "Samuel Okoye")],
        ),
        (
            (
                "Indonesian President Prabowo Subianto, who received Malaysian Prime "
                "Minister Anwar "
                "Ibrahim in Jakarta, called the visit historic."
            ),
            [("Anwar Ibrahim", "Prabowo Subianto")],
        ),
        (
            (
                "Ghanaian President John Mahama met Togolese President Faure Gnassingbe in "
                "Lome. The "
                "two men discussed border security."
            ),
            [("Faure Gnassingbe", "John Mahama")],
        ),
        (
            (
                "Senegalese President Bassirou Diomaye Faye and Mauritanian President Mohamed Ould "
                "Ghazouani launched the gas project. Gambian President Adama Barrow later "
                "hosted the "
                "two presidents in Banjul."
            ),
            [("Adama Barrow", "Bassirou Diomaye Faye"), ("Adama Barrow", "Mohamed Ould Ghazouani")],
        ),
        (
            (
                "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
                "arrived in Washington. Donald Trump welcomed the pair at the White House."
            ),
            [("Donald Trump", "Ilham Aliyev"), ("Donald Trump", "Nikol Pashinyan")],
        ),
        (
            (
                "Indian Prime Minister Narendra Modi flew to Tokyo, where he held talks with"
                " Japanese"
                " Prime Minister Shigeru Ishiba."
            ),
            [("Narendra Modi", "Shigeru Ishiba")],
        ),
        (
            (
                "Brazilian President Luiz Inacio Lula da Silva travelled to Santiago, where he met "
                "Chilean President Gabriel Boric."
            ),
            [("Gabriel Boric", "Luiz Inacio Lula da Silva")],
        ),
        (
            (
                "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi signed the "
                "agreement in Washington, alongside US Secretary of State Marco Rubio."
            ),
            [
                ("Felix Tshisekedi", "Marco Rubio"),
                ("Felix Tshisekedi", "Paul Kagame"),
                ("Marco Rubio", "Paul Kagame"),
            ],
        ),
        (
            (
                "Norwegian Prime Minister Jonas Gahr Store handed the signed treaty to "
                "Swedish Prime "
                "Minister Ulf Kristersson at a ceremony in Oslo."
            ),
            [("Jonas Gahr Store", "Ulf Kristersson")],
        ),
        (
            (
                "Finnish President Alexander Stubb presented the award to Estonian Prime Minister "
                "Kristen Michal in person in Helsinki."
            ),
            [("Alexander Stubb", "Kristen Michal")],
        ),
        (
            "Helen Park, South Korea's special envoy, who held talks with Shigeru Ishiba in "
            "Tokyo, returned on Friday.",
            [("Helen Park", "Shigeru Ishiba")],
        ),
    ],
)
def test_relative_clauses_groups_trips_signings_and_ceremonies(
    ex: Extractor, text: str, expected: list
) -> None:
    """The subject of "who" is the noun it hangs on (or the person an apposition describes);
    "the two men", "both ministers", "the pair" are the last people named other than the
    verb's own subject; a signing "alongside C" and a handover at a ceremony are meetings."""
    assert meetings(ex, text) == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kenyan President William Ruto will host Ethiopian Prime Minister Daniel Tesfaye"
            " in Nairobi "
            "next week."
        ),
        (
            "Indian Prime Minister Narendra Modi is due to hold talks with Japanese Prime Minister "
            "Shigeru Ishiba in Tokyo."
        ),
        (
            "Ghanaian President John Mahama spoke by phone with Togolese President Faure"
            " Gnassingbe. "
            "The two men discussed border security."
        ),
        (
            "Prime Minister Mark Carney handed the letter to an aide of Secretary-General Antonio "
            "Guterres."
        ),
        (
            "Norwegian Prime Minister Jonas Gahr Store sent the signed treaty to Swedish Prime "
            "Minister Ulf Kristersson."
        ),
        "Ghana and Togo agreed to expand trade. The two countries' trade rose by 10 percent.",
    ],
)
def test_planned_remote_and_unattended_handovers_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


KU = ("William Ruto", "Yoweri Museveni")
KE = "Kenyan President William Ruto"
UG = "Ugandan President Yoweri Museveni"


@pytest.mark.parametrize(
    ("text", "expected", "place"),
    [
        # hosting and receiving
        (f"{KE} hosted {UG} in Nairobi on Monday.", [KU], "Nairobi"),
        (f"{UG} was welcomed by {KE} in Nairobi.", [KU], "Nairobi"),
        (f"{KE} greeted {UG} on the tarmac in Mombasa.", [KU], "Mombasa"),
        (f"{KE} played host to {UG} in Nairobi.", [KU], "Nairobi"),
        (f"{UG} played host to his Kenyan counterpart, William Ruto, in Entebbe.", [KU], "Entebbe"),
        (f"{UG} received a delegation led by {KE} in Kampala.", [KU], "Kampala"),
        (f"{UG} hugged {KE} as he arrived in Kampala.", [KU], "Kampala"),
        (f"{KE} received {UG} in the capital on Monday.", [KU], "Nairobi"),
        (f"NAIROBI - {KE} met {UG} here on Monday.", [KU], "Nairobi"),
        # talks, summits, meetings
        (f"{KE} and {UG} held a bilateral meeting in Kampala.", [KU], "Kampala"),
        (f"Talks between {KE} and {UG} in Kampala focused on energy.", [KU], "Kampala"),
        (f"After meeting {UG} in Kampala, {KE} said the road would open.", [KU], "Kampala"),
        (f"On the sidelines of the AU summit in Addis Ababa, {KE} met {UG}.", [KU], "Addis Ababa"),
        (f"{KE} sat down with {UG} in Kampala on Friday.", [KU], "Kampala"),
        (f"{KE} and {UG} shook hands in Kampala on Monday.", [KU], "Kampala"),
        (f"{KE} and {UG} had dinner in Kampala.", [KU], "Kampala"),
        (f"In Kampala on Friday, {KE} and {UG} discussed the pipeline.", [KU], "Kampala"),
        (f"{KE} and {UG} discussed trade in Kampala.", [KU], "Kampala"),
        (f"{KE} and {UG} discussed Somalia at State House in Kampala.", [KU], "Kampala"),
        # a leader's title of two words after a demonym: the leader, not the state
        (
            "Ethiopian Prime Minister Abiy Ahmed flew to Nairobi. The Ethiopian prime minister "
            "sat down with Kenyan President William Ruto at State House.",
            [("Abiy Ahmed", "William Ruto")],
            "Nairobi",
        ),
        # "On Friday X met Y", parsed as "On [Friday X]": X is the subject, not "Friday X"
        (f"{KE} flew to Kampala. On Friday Ruto had met {UG} in Entebbe.", [KU], "Entebbe"),
        (
            "On Tuesday Odinga welcomed Yoweri Museveni to Kisumu.",
            [("Odinga", "Yoweri Museveni")],
            "Kisumu",
        ),
        # an untagged surname that a person receives is a person
        (
            "Odinga was received by Yoweri Museveni in Kampala.",
            [("Odinga", "Yoweri Museveni")],
            "Kampala",
        ),
        (
            "Tshisekedi was hosted by Paul Kagame in Kigali.",
            [("Paul Kagame", "Tshisekedi")],
            "Kigali",
        ),
        (f"{KE} and {UG} attended the summit in Arusha.", [KU], "Arusha"),
        (f"{KE} joined {UG} for the launch of the pipeline in Hoima.", [KU], "Hoima"),
        (
            f"{UG} and his Kenyan counterpart William Ruto inspected a guard of honour in Kampala.",
            [KU],
            "Kampala",
        ),
        (f"{KE} and {UG} addressed a joint press conference in Kampala.", [KU], "Kampala"),
        (
            f"{KE}, speaking alongside {UG} at a joint news conference in Kampala, said the road "
            "would open.",
            [KU],
            "Kampala",
        ),
        (f"The meeting, held in Kampala, brought together {KE} and {UG}.", [KU], "Kampala"),
        (f"{UG} told {KE} at their meeting in Kampala that the road would open.", [KU], "Kampala"),
        (
            f"{UG} said he discussed trade with {KE} when they met in Kampala.",
            [KU],
            "Kampala",
        ),
        (
            f"{KE} paid a state visit to Uganda in May. He held talks with {UG} in Entebbe.",
            [KU],
            "Entebbe",
        ),
        # groups: every pair met
        (
            "The leaders of Ghana, Senegal and Togo met in Accra on Friday.",
            [("Ghana", "Senegal"), ("Ghana", "Togo"), ("Senegal", "Togo")],
            "Accra",
        ),
        (
            "Ghanaian President Kofi Mensah, Senegalese President Awa Ndiaye and Togolese "
            "President Koffi Agbo signed the accord in Accra.",
            [
                ("Awa Ndiaye", "Kofi Mensah"),
                ("Awa Ndiaye", "Koffi Agbo"),
                ("Kofi Mensah", "Koffi Agbo"),
            ],
            "Accra",
        ),
        (
            "Finnish President Alexander Stubb hosted Estonian President Alar Karis and "
            "Lithuanian President Gitanas Nauseda in Helsinki.",
            [
                ("Alar Karis", "Alexander Stubb"),
                ("Alar Karis", "Gitanas Nauseda"),
                ("Alexander Stubb", "Gitanas Nauseda"),
            ],
            "Helsinki",
        ),
        (
            f"{UG} hosted a summit with {KE} and Rwandan President Paul Kagame in Kampala.",
            [KU, ("Paul Kagame", "William Ruto"), ("Paul Kagame", "Yoweri Museveni")],
            "Kampala",
        ),
    ],
)
def test_unseen_meeting_shapes(ex: Extractor, text: str, expected: list, place: str) -> None:
    """Hosting, talks, joint appearances, group meetings (every pair) and the place: "in the
    capital" is the host state's, "here" is the dateline's city."""
    assert meetings(ex, text) == {tuple(sorted(pair)) for pair in expected}
    assert {p.lower() for p in places(ex, text)} == {place.lower()}  # "NAIROBI -" as written


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} and {UG} held a phone call on Tuesday.",
        f"{KE} held talks with {UG} by video link.",
        f"{KE} and {UG} discussed the pipeline by phone from Kampala.",
        f"{KE} and {UG} discussed the pipeline in a video call.",
        f"{KE} and {UG} have often discussed the pipeline in Uganda.",
        f"{KE} and {UG} discussed the situation in Gaza.",
        f"{KE} will host {UG} in Nairobi next week.",
        f"{KE} joined {UG} in calling for a ceasefire.",
        f"{KE} and {UG} attended different summits in May.",
        f"{KE} and {UG} addressed the nation on Monday.",
        "Ugandan President Yoweri Museveni hosted a dinner for diplomats in Kampala.",
    ],
)
def test_unseen_shapes_that_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        f"The summit in Arusha, attended by {KE} and {UG}, ended on Friday.",
        f"{UG}, flanked by {KE}, cut the ribbon in Kampala.",
        f"{KE} and {UG} jointly opened the new border post at Busia.",
        f"{KE} was hosted by {UG} at State House in Entebbe.",
        f"{KE} told reporters after his meeting with {UG} that the talks were useful.",
        f"In talks with {UG} in Kampala, {KE} agreed to extend the pipeline.",
        f"{KE} flew to Kampala on Sunday. There, he met {UG}.",
    ],
)
def test_side_by_side_and_attended(ex: Extractor, text: str) -> None:
    """ "attended by X and Y", "flanked by Y", "jointly opened": they were together."""
    assert meetings(ex, text) == {KU}


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} had hoped to meet {UG} in Kampala.",
        f"{KE} sent his foreign minister to meet {UG}.",
        f"{KE} wrote a letter to {UG}.",
        f"{KE} and {UG} spoke on the phone on Monday.",
    ],
)
def test_wishes_envoys_and_letters_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


def test_side_by_side_wherever_alongside_hangs(ex: Extractor) -> None:
    text = f"Later, {UG} laid a wreath at the war memorial alongside {KE}."
    assert meetings(ex, text) == {KU}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"NAIROBI, Kenya — {KE} hosted {UG} on Tuesday for talks on trade.", "nairobi"),
        # a visitor's dateline is not where a host at home received someone
        (f"KAMPALA — {KE} hosted {UG} on Tuesday for talks on trade.", None),
    ],
)
def test_a_host_at_home_in_the_datelines_capital(ex: Extractor, text: str, place: str) -> None:
    assert meetings(ex, text) == {KU}
    assert {p.lower() for p in places(ex, text)} == ({place} if place else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegations from Russia and Ukraine met in Istanbul on Friday.", ("Russia", "Ukraine")),
        ("Russian and Ukrainian negotiators met in Istanbul on Friday.", ("Russia", "Ukraine")),
        ("Ghana and Togo held talks in Accra on border security.", ("Ghana", "Togo")),
        ("Officials from Ghana and Togo met in Accra.", ("Ghana", "Togo")),
        (
            "Talks between Iran and the United States took place in Muscat.",
            ("Iran", "United States"),
        ),
        (
            "Saudi Arabia hosted talks between the United States and Russia in Riyadh.",
            ("Russia", "United States"),
        ),
    ],
)
def test_states_meet_when_no_person_is_named(ex: Extractor, text: str, expected: tuple) -> None:
    assert meetings(ex, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} flew to Kampala to see {UG}. They met at State House on Monday.",
        f"{KE} thanked {UG}. Officials said they met in Entebbe on Monday.",
    ],
)
def test_they_are_the_two_people_just_named(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {KU}


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} criticised {UG}. They have not met since 2020.",
        # three people before: "they" could be any two
        f"{KE} praised {UG} and Rwandan President Paul Kagame. They met in Kigali.",
    ],
)
def test_they_who_did_not_meet_or_are_unclear(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} paid a courtesy call on {UG} in Kampala.",
        f"{KE} called on {UG} at State House in Entebbe.",
        f"{KE} was the guest of {UG} at a state dinner in Kampala.",
        f"{KE}, accompanied by {UG}, toured the factory in Jinja.",
        f"{KE} met {UG} for lunch in Kampala.",
    ],
)
def test_courtesy_calls_and_guests(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {KU}


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} called on {UG} to end the border dispute.",
        f"{KE} received a call from {UG} on Monday.",
        f"{KE} called {UG} on Monday to discuss trade.",
    ],
)
def test_urging_and_calling_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        f"{KE} and {UG} posed for photographs in Nairobi.",
        f"{KE} dined with {UG} in Nairobi.",
        f"{KE} had lunch with {UG} in Nairobi.",
        f"{KE} travelled with {UG} to Mombasa.",
        f"{KE} welcomed {UG} with a 21-gun salute in Nairobi.",
    ],
)
def test_meals_photographs_and_trips_together(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {KU}


def test_travelling_alone_is_no_meeting(ex: Extractor) -> None:
    assert meetings(ex, f"{KE} travelled to Mombasa with his delegation.") == set()


@pytest.mark.parametrize(
    ("text", "expected", "place"),
    [
        (
            "Luiz Inacio Lula da Silva met Pham Minh Chinh in Hanoi to discuss the war in Gaza.",
            {("Luiz Inacio Lula da Silva", "Pham Minh Chinh")},
            {"Hanoi"},
        ),
        (
            "Cyril Ramaphosa held talks in Pretoria with Bola Tinubu about the fighting in Sudan.",
            {("Bola Tinubu", "Cyril Ramaphosa")},
            {"Pretoria"},
        ),
        (
            "Narendra Modi met Anthony Albanese on the sidelines of the G20 summit in New Delhi, "
            "days after a trip to Jakarta.",
            {("Anthony Albanese", "Narendra Modi")},
            {"New Delhi"},
        ),
        (
            "Viktor Orban met Robert Fico, who was visiting Budapest to discuss the pipeline in "
            "Croatia.",
            {("Robert Fico", "Viktor Orban")},
            {"Budapest"},
        ),
        (
            "Viktor Orban discussed energy with Robert Fico in Bratislava on Monday.",
            {("Robert Fico", "Viktor Orban")},
            {"Bratislava"},
        ),
        (
            "Viktor Orban and Robert Fico, meeting in Bratislava, agreed to cooperate on gas.",
            {("Robert Fico", "Viktor Orban")},
            {"Bratislava"},
        ),
        (
            "Hungarian Prime Minister Viktor Orban hosted a summit in Budapest attended by Robert "
            "Fico and Andrej Babis.",
            {
                ("Andrej Babis", "Robert Fico"),
                ("Andrej Babis", "Viktor Orban"),
                ("Robert Fico", "Viktor Orban"),
            },
            {"Budapest"},
        ),
        (
            "During Indonesian President Prabowo Subianto's visit to Canberra, Australian Prime "
            "Minister Anthony Albanese promised closer ties.",
            {("Anthony Albanese", "Prabowo Subianto")},
            {"Canberra"},
        ),
        (
            "Daniel Noboa was received by Chilean President Gabriel Boric in Santiago.",
            {("Daniel Noboa", "Gabriel Boric")},
            {"Santiago"},
        ),
        (
            "Mahmoud Abbas was welcomed by Abdel Fattah al-Sisi at the Ittihadiya palace in Cairo.",
            {("Abdel Fattah al-Sisi", "Mahmoud Abbas")},
            {"Cairo"},
        ),
        (
            "Talks between Ilham Aliyev and Nikol Pashinyan in Washington produced a draft.",
            {("Ilham Aliyev", "Nikol Pashinyan")},
            {"Washington"},
        ),
        (
            "The two-day summit in Bratislava brought Viktor Orban and Robert Fico together.",
            {("Robert Fico", "Viktor Orban")},
            {"Bratislava"},
        ),
        (
            "Viktor Orban flew to Bratislava on Monday for talks with Robert Fico.",
            {("Robert Fico", "Viktor Orban")},
            {"Bratislava"},
        ),
    ],
)
def test_unseen_meeting_wording_and_places(
    ex: Extractor, text: str, expected: set, place: set
) -> None:
    assert meetings(ex, text) == expected
    assert places(ex, text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Orban spoke by phone with Robert Fico about the war in Ukraine.",
        "Viktor Orban had a telephone conversation with Robert Fico on Monday.",
        "Viktor Orban discussed the pipeline with Robert Fico in a video call.",
        "Viktor Orban is expected to meet Robert Fico in Bratislava next week.",
        "Viktor Orban discussed the pipeline at length in Bratislava.",
    ],
)
def test_calls_plans_and_talk_alone_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    ("text", "expected", "place"),
    [
        (
            "The summit in Brasilia brought together Javier Milei and Gabriel Boric.",
            {("Gabriel Boric", "Javier Milei")},
            {"Brasilia"},
        ),
        (
            "Emmanuel Macron flew to Berlin after talks with Keir Starmer.",
            {("Emmanuel Macron", "Keir Starmer")},
            set(),
        ),
        (
            "After talks with Keir Starmer in London, Emmanuel Macron flew to Berlin.",
            {("Emmanuel Macron", "Keir Starmer")},
            {"London"},
        ),
        (
            "Emmanuel Macron, who arrived in London on Sunday, held talks with Keir Starmer.",
            {("Emmanuel Macron", "Keir Starmer")},
            {"London"},
        ),
        (
            "Keir Starmer held talks with Emmanuel Macron, who had arrived in London from Kyiv.",
            {("Emmanuel Macron", "Keir Starmer")},
            {"London"},
        ),
        (
            "Keir Starmer travelled to Kyiv, where Volodymyr Zelensky greeted him at the station.",
            {("Keir Starmer", "Volodymyr Zelensky")},
            {"Kyiv"},
        ),
        (
            "Keir Starmer met Volodymyr Zelensky at Downing Street.",
            {("Keir Starmer", "Volodymyr Zelensky")},
            {"London"},
        ),
        (
            "Narendra Modi and Xi Jinping met for the first time in five years at the BRICS "
            "summit in Kazan.",
            {("Narendra Modi", "Xi Jinping")},
            {"Kazan"},
        ),
        (
            "Narendra Modi embraced Vladimir Putin at the start of their talks in Moscow.",
            {("Narendra Modi", "Vladimir Putin")},
            {"Moscow"},
        ),
        (
            "The talks in Jeddah between Marco Rubio and Andriy Yermak lasted eight hours.",
            {("Andriy Yermak", "Marco Rubio")},
            {"Jeddah"},
        ),
    ],
)
def test_where_a_meeting_was_among_other_places(
    ex: Extractor, text: str, expected: set, place: set
) -> None:
    assert meetings(ex, text) == expected
    assert places(ex, text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Javier Milei and Luiz Inacio Lula da Silva did not meet during the summit in Rio.",
        "Javier Milei refused to meet Luiz Inacio Lula da Silva in Rio.",
        "Narendra Modi and Vladimir Putin spoke on the phone about the war.",
    ],
)
def test_meetings_refused_or_by_phone(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron was welcomed by Olaf Scholz at the Chancellery in Berlin with honours.",
        "Olaf Scholz received Emmanuel Macron in Berlin at the Chancellery.",
        "Olaf Scholz met Emmanuel Macron at the Bellevue Palace in Berlin on Monday.",
    ],
)
def test_the_city_before_the_building(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {"Berlin"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Macron and Bola Tinubu discussed security in the Sahel during a working lunch.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Emmanuel Macron sat next to Bola Tinubu at the dinner in Abuja.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Emmanuel Macron stood beside Bola Tinubu at the ceremony.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Emmanuel Macron met his Nigerian counterpart Bola Tinubu in Paris.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("In a meeting with Bola Tinubu, Emmanuel Macron pledged support.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Emmanuel Macron, speaking after meeting Bola Tinubu, said France would help.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Bola Tinubu was in Paris for talks with Emmanuel Macron.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Emmanuel Macron and Bola Tinubu co-chaired the summit in Abuja.",
         {("Bola Tinubu", "Emmanuel Macron")}),
        ("Bola Tinubu's meeting with Emmanuel Macron is scheduled for Friday.", set()),
        ("The talks between Bola Tinubu and Emmanuel Macron will take place in Abuja.", set()),
        ("Emmanuel Macron and Bola Tinubu discussed security in the Sahel.", set()),
    ],
)  # fmt: skip
def test_side_by_side_over_meals_and_planned_meetings(
    ex: Extractor, text: str, expected: set
) -> None:
    assert meetings(ex, text) == expected


HOSTED_TALKS = (
    "KUALA LUMPUR, Malaysia — Thai Prime Minister Somchai Rattanakul and Cambodian Prime "
    "Minister Sok Vanna agreed on Monday to a ceasefire at talks hosted by Malaysian Prime "
    "Minister Anwar Ibrahim.\n\n"
    "Cambodian troops had fired rockets into Thai territory last week.\n\n"
)
HOSTED_PAIRS = {
    ("Anwar Ibrahim", "Sok Vanna"),
    ("Anwar Ibrahim", "Somchai Rattanakul"),
    ("Sok Vanna", "Somchai Rattanakul"),
}


def test_the_host_of_talks_was_at_them_and_a_capital_dateline_is_no_one(ex: Extractor) -> None:
    """Also: with no place in the sentence, the dateline's capital when a participant is at
    home there."""
    assert meetings(ex, HOSTED_TALKS) == HOSTED_PAIRS
    assert places(ex, HOSTED_TALKS) == {"Kuala Lumpur"}


def test_the_meeting_in_z_told_later_places_the_meeting_before(ex: Extractor) -> None:
    text = HOSTED_TALKS + '"This is a first step," Anwar said after the meeting in Putrajaya.'
    assert meetings(ex, text) == HOSTED_PAIRS
    assert places(ex, text) == {"Putrajaya"}


AWAY = (
    "LONDON — Thai Prime Minister Somchai Rattanakul and Cambodian Prime Minister Sok "
    "Vanna agreed on Monday to a ceasefire at talks.\n"
)


def test_a_dateline_places_the_meetings_of_the_lead(ex: Extractor) -> None:
    assert meetings(ex, AWAY) == {("Sok Vanna", "Somchai Rattanakul")}
    assert places(ex, AWAY) == {"London"}


def test_a_dateline_away_from_home_places_no_later_meeting(ex: Extractor) -> None:
    text = AWAY.replace("agreed on Monday to a ceasefire at talks", "traded accusations")
    text += "The border has been tense for months.\n" * 5
    text += "Thai Prime Minister Somchai Rattanakul met Sok Vanna in 2023.\n"
    assert meetings(ex, text) == {("Sok Vanna", "Somchai Rattanakul")}
    assert places(ex, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friedrich Merz was met at the train station by an ambassador before heading to talks "
         "with President Volodymyr Zelensky.", {("Friedrich Merz", "Volodymyr Zelensky")}),
        ('"We are not going to let Ukraine down," Friedrich Merz told a news conference with '
         "Volodymyr Zelensky.", {("Friedrich Merz", "Volodymyr Zelensky")}),
        ("Friedrich Merz gave a news conference with reporters in Kyiv.", set()),
        ("Friedrich Merz, who later held talks with Volodymyr Zelensky, praised Poland.",
         {("Friedrich Merz", "Volodymyr Zelensky")}),
    ],
)  # fmt: skip
def test_talks_and_appearances_of_the_outer_clause(ex: Extractor, text: str, expected: set) -> None:
    assert meetings(ex, text) == expected


def test_talks_with_their_counterparts_named_after_a_comma(ex: Extractor) -> None:
    """The names hung far off by the parser; "their" is the subject and whom they travelled
    with, who do not meet each other (one delegation)."""
    text = (
        "US Secretary of State Marco Rubio, who flew in with US Defense Secretary Pete "
        "Hegseth, briefed the press following talks with their counterparts, Australian Foreign "
        "Minister Penny Wong and Defence Minister Richard Marles."
    )
    assert meetings(ex, text) == {
        ("Marco Rubio", "Penny Wong"),
        ("Marco Rubio", "Richard Marles"),
        ("Penny Wong", "Pete Hegseth"),
        ("Pete Hegseth", "Richard Marles"),
    }


def test_a_dateline_the_parser_made_the_subject(ex: Extractor) -> None:
    text = (
        "BAMAKO, Mali — Mali's military leader, General Assimi Goita, received a Russian "
        "delegation led by Deputy Defence Minister Yunus-Bek Yevkurov in Bamako on Thursday."
    )
    assert meetings(ex, text) == {("Assimi Goita", "Yunus-Bek Yevkurov")}
    assert places(ex, text) == {"Bamako"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in the "
            "northern city of Arica on Friday.",
            "Arica",
        ),
        (
            "Kenya's William Ruto held talks with Tanzania's Samia Suluhu Hassan in the port "
            "city of Mombasa.",
            "Mombasa",
        ),
        (
            "Recep Tayyip Erdogan met Azerbaijan's Ilham Aliyev in the Black Sea resort of "
            "Sochi on Monday, officials said.",
            "Sochi",
        ),
        (
            "GDANSK, Poland (Wire) — Polish Prime Minister Donald Tusk met Lithuanian President "
            "Gitanas Nauseda on Thursday to discuss air defence.",
            "Gdansk",
        ),
    ],
)
def test_a_place_named_by_city_of_or_a_dateline_that_is_no_capital(
    ex: Extractor, text: str, place: str
) -> None:
    assert places(ex, text) == {place}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "they" received: each of the two the clause before names
        (
            "President Joel Mbatha and President Ivo Rask met at the airport in Arusha, where "
            "they were received by President Samia Hassan.",
            {
                ("Ivo Rask", "Joel Mbatha"),
                ("Joel Mbatha", "Samia Hassan"),
                ("Ivo Rask", "Samia Hassan"),
            },
        ),
        # a signing in the passive, by two people
        (
            "The accord was signed in Geneva by Chile's foreign minister, Ana Ruiz, and her "
            "Peruvian counterpart, Luis Soto.",
            {("Ana Ruiz", "Luis Soto")},
        ),
        ("The accord was signed in Geneva by Ana Ruiz.", set()),
    ],
)
def test_passive_receptions_and_signings(ex: Extractor, text: str, expected: set) -> None:
    assert meetings(ex, text) == expected
