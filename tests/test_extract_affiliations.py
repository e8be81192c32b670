"""Affiliations: a person's role for an organization, a state or another person."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def affiliations(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "affiliation")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iranian Foreign Minister Abbas Araghchi flew to Oman.", {("Abbas Araghchi", "Iran")}),
        (
            "Germany's Defence Minister Boris Pistorius visited Kyiv.",
            {("Boris Pistorius", "Germany")},
        ),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", {("Dmitry Peskov", "Russia")}),
        (
            "Erdogan's chief adviser, Ibrahim Kalin, travelled to Cairo.",
            {("Ibrahim Kalin", "Erdogan")},
        ),
        (
            "Anna Petrova, a senior fellow at the Carnegie Endowment, disagreed.",
            {("Anna Petrova", "Carnegie Endowment")},
        ),
        (
            "Jonas Berg, an analyst at the Stockholm Institute, said the deal was weak.",
            {("Jonas Berg", "Stockholm Institute")},
        ),
        ("Hamas leader Yahya Sinwar was killed in Gaza.", {("Yahya Sinwar", "Hamas")}),
        (
            "Li Wei, a spokesman for the Chinese embassy, rejected the claim.",
            {("Li Wei", "Chinese embassy")},
        ),
        (
            "Maria Zakharova is the spokeswoman of the Russian Foreign Ministry.",
            {("Maria Zakharova", "Russian Foreign Ministry")},
        ),
        (
            "Paolo Rossi of the Institute for Strategic Studies said the talks had stalled.",
            {("Paolo Rossi", "Institute for Strategic Studies")},
        ),
        (
            "Sergei Ivanov, who heads the Federal Security Service, spoke first.",
            {("Sergei Ivanov", "Federal Security Service")},
        ),
        (
            "Nikol Pashinyan met Ararat Mirzoyan, Armenia's foreign minister.",
            {("Ararat Mirzoyan", "Armenia")},
        ),
    ],
)
def test_role_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


def test_possessive_pronoun_principal(ex: Extractor) -> None:
    text = "Cyril Ramaphosa welcomed the accord. His envoy, Sydney Mufamadi, stayed on in Kigali."
    assert ("Sydney Mufamadi", "Cyril Ramaphosa") in affiliations(ex, text)


def test_its_is_the_organization_just_named(ex: Extractor) -> None:
    text = "The strike hit the Houthis in Sanaa, killing Ali Hassan, its military spokesman."
    assert ("Ali Hassan", "Houthis") in affiliations(ex, text)


def test_title_without_state_takes_the_sentence_state(ex: Extractor) -> None:
    text = "Foreign Secretary David Lammy said Britain would keep its embassy open."
    assert affiliations(ex, text) == {("David Lammy", "United Kingdom")}


def test_heads_of_state_are_not_affiliations(ex: Extractor) -> None:
    assert affiliations(ex, "French President Emmanuel Macron spoke.") == set()


def test_demonym_makes_the_ministry_name(ex: Extractor) -> None:
    text = "Chinese Foreign Ministry spokesman Guo Jiakun said Beijing was firm."
    assert affiliations(ex, text) == {("Guo Jiakun", "Chinese Foreign Ministry")}


def test_state_body_with_demonym_is_an_organization(ex: Extractor) -> None:
    text = "Major Lena Ortiz of the Chilean navy told reporters that the drills went well."
    assert affiliations(ex, text) == {("Lena Ortiz", "Chilean navy")}


def test_title_without_state_takes_the_previous_sentences_subject(ex: Extractor) -> None:
    text = "Kenya voiced deep concern. Foreign Minister Musalia Mudavadi urged restraint."
    assert affiliations(ex, text) == {("Musalia Mudavadi", "Kenya")}


def test_counterparts_are_not_given_the_state_nearby(ex: Extractor) -> None:
    text = (
        "Canada hosted the talks. Anita Anand met her counterparts, Foreign Minister "
        "Penny Wong and Defence Minister Richard Marles, in Ottawa."
    )
    found = affiliations(ex, text)
    assert ("Penny Wong", "Canada") not in found and ("Richard Marles", "Canada") not in found


def test_person_at_a_building_is_not_affiliated(ex: Extractor) -> None:
    text = "William Ruto hosted Daniel Tesfaye at State House on Tuesday."
    assert affiliations(ex, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Maj. Gen. Adebayo Okon, the commander of Nigeria's army, said the town was retaken.",
            {("Adebayo Okon", "Nigeria", "commander")},
        ),
        (
            "The attack was condemned by Lt. Gen. Ivan Sorokin, who commands Russia's southern "
            "forces.",
            {("Ivan Sorokin", "Russia", "commander")},
        ),
        (
            "Gen. Musa Bello, who commands the Nigerian army, said the town was retaken.",
            {("Musa Bello", "Nigerian army", "commander")},
        ),
        (
            "Saudi Crown Prince Faisal bin Nayef received the delegation.",
            {("Faisal bin Nayef", "Saudi Arabia", "Crown Prince")},
        ),
        (
            "Omar Farah, a spokesman for the Somali foreign ministry, said the deal was void.",
            {("Omar Farah", "Somali foreign ministry", "spokesman")},
        ),
        (
            "Yusuf Ali, an adviser to President Abdi Nur, said the deal was void.",
            {("Yusuf Ali", "Abdi Nur", "adviser")},
        ),
    ],
)
def test_ranks_and_commands(ex: Extractor, text: str, expected: set) -> None:
    found = {
        (f.roles["affiliate"].label, f.roles["principal"].label, f.literals["role"][0])
        for f in ex.facts(text)
        if f.kind == "affiliation"
    }
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state that is the object of the person's own verb is not theirs
        "Foreign Minister Kofi Boateng accused Togo of violating the border agreement.",
        "Foreign Minister Kofi Boateng warned Togo against closing the border.",
        "Foreign Minister Kofi Boateng met Togo's envoy on Monday.",
    ],
)
def test_object_state_is_not_the_ministers(ex: Extractor, text: str) -> None:
    assert ("Kofi Boateng", "Togo") not in affiliations(ex, text)


def test_a_former_head_of_state_holds_no_office(ex: Extractor) -> None:
    assert affiliations(ex, "Pierre Lenoir, a former French president, was convicted.") == set()


def test_a_retired_official_keeps_the_role(ex: Extractor) -> None:
    text = "Hany Saleh, a retired Egyptian diplomat, said the talks would fail."
    assert affiliations(ex, text) == {("Hany Saleh", "Egypt")}


def test_an_official_keeps_the_state_first_given(ex: Extractor) -> None:
    text = (
        "Ghanaian Foreign Minister Kofi Boateng arrived in Lome. Foreign Minister Boateng said "
        "Togo had closed the border."
    )
    assert affiliations(ex, text) == {("Kofi Boateng", "Ghana")}


def test_the_organization_one_works_at_beats_the_topic(ex: Extractor) -> None:
    text = "Ali Rezaei, Iran project director at the International Crisis Group, said it was risky."
    assert affiliations(ex, text) == {("Ali Rezaei", "International Crisis Group")}


def test_a_ministers_counterpart_holds_the_same_office(ex: Extractor) -> None:
    text = (
        "The Iranian foreign minister, Dara Navabi, met his Omani counterpart, Badr Saif, in "
        "Muscat."
    )
    found = {
        (f.roles["affiliate"].label, f.roles["principal"].label, f.literals["role"][0].lower())
        for f in ex.facts(text)
        if f.kind == "affiliation"
    }
    assert found == {
        ("Dara Navabi", "Iran", "foreign minister"),
        ("Badr Saif", "Oman", "foreign minister"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ana Lopez, Mexico's ambassador to the United Nations, called the vote close.",
            ("Ana Lopez", "Mexico", "ambassador"),
        ),
        (
            "Hamas official Bassem Rafi said the group would respond.",
            ("Bassem Rafi", "Hamas", "official"),
        ),
        (
            "Mark Ellis, chief of staff to President Joel Mbatha, resigned.",
            ("Mark Ellis", "Joel Mbatha", "chief"),
        ),
        (
            "EU foreign policy chief Kaja Tamm said the bloc would act.",
            ("Kaja Tamm", "European Union", "foreign policy chief"),
        ),
        (
            "Ivan Sorokin, who heads Russia's foreign intelligence service, spoke.",
            ("Ivan Sorokin", "Russia", "head of foreign intelligence service"),
        ),
        (
            "The Karu Liberation Front, led by Omar Dalo, seized the town.",
            ("Omar Dalo", "Karu Liberation Front", "leader"),
        ),
    ],
)
def test_more_role_shapes(ex: Extractor, text: str, expected: tuple) -> None:
    found = {
        (f.roles["affiliate"].label, f.roles["principal"].label, f.literals["role"][0])
        for f in ex.facts(text)
        if f.kind == "affiliation"
    }
    assert found == {expected}


def test_a_delegation_led_by_someone_is_no_organization(ex: Extractor) -> None:
    assert affiliations(ex, "A delegation led by Omar Dalo arrived in Riga.") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # the state of the story, not the one the official talks about
        (
            "Ghana's president Kwesi Boateng hosted the summit in Accra.\n"
            "Foreign Minister Ama Owusu said Togo would face sanctions if it refused.",
            {("Ama Owusu", "Ghana")},
        ),
        (
            "Colombia's government welcomed the deal. Defence Minister Luis Carrizo said "
            "Venezuela had to act.",
            {("Luis Carrizo", "Colombia")},
        ),
        (
            "Hungarian Foreign Minister Gabor Kertesz arrived in Minsk. Foreign Minister "
            "Kertesz said Belarus was a partner.",
            {("Gabor Kertesz", "Hungary")},
        ),
        # a demonym before a title with topic words
        (
            "Ukrainian military intelligence chief Kyrylo Budan said Russia had lost the jets.",
            {("Kyrylo Budan", "Ukraine")},
        ),
        (
            "Kyrylo Budan, head of Ukraine's military intelligence, said Russia had lost jets.",
            {("Kyrylo Budan", "Ukraine")},
        ),
        # two states in what was said, no context: nobody's
        (
            "Speaking in Ankara, Foreign Minister Hakan Yilmaz said Greece had violated "
            "Turkish airspace.",
            set(),
        ),
        (
            "Omar Said, a researcher at the Cairo Centre for Strategic Studies, said Egypt "
            "would not intervene.",
            {("Omar Said", "Cairo Centre for Strategic Studies")},
        ),
        (
            "Foreign Minister Ana Beatriz Galvao said Brazil would send aid.",
            {("Ana Beatriz Galvao", "Brazil")},
        ),
        (
            "Interior Minister Tomasz Wrobel said Poland would close the crossing.",
            {("Tomasz Wrobel", "Poland")},
        ),
        (
            "Lena Hoff, an adviser to Chancellor Karl Brenner, said the plan was dead.",
            {("Lena Hoff", "Karl Brenner")},
        ),
        (
            "Pavel Orlov, a senior fellow at the Baltic Security Institute, doubted the plan.",
            {("Pavel Orlov", "Baltic Security Institute")},
        ),
        (
            "Gen. Musa Danjuma, chief of staff of the Nigerian army, said the raid succeeded.",
            {("Musa Danjuma", "Nigerian army")},
        ),
        (
            "The talks were led by Chile's defence minister, Tomas Arrieta.",
            {("Tomas Arrieta", "Chile")},
        ),
        (
            "Finance Minister Oleg Marchenko of Ukraine said the loan would help Kyiv rebuild.",
            {("Oleg Marchenko", "Ukraine")},
        ),
        (
            "Nadia Karimi, the deputy foreign minister of Afghanistan, arrived in Islamabad.",
            {("Nadia Karimi", "Afghanistan")},
        ),
        (
            "Deputy Prime Minister Oksana Levchuk said Ukraine needed more air defence.",
            {("Oksana Levchuk", "Ukraine")},
        ),
        (
            "Farid Hamdan, a spokesman for the Houthi movement, said the ships were targets.",
            {("Farid Hamdan", "Houthis")},
        ),
        (
            "RSF commander Hamid Dagalo said his forces would not withdraw.",
            {("Hamid Dagalo", "Rapid Support Forces")},
        ),
        (
            "Karl Brenner's chief of staff, Mia Lange, said the plan was ready.",
            {("Mia Lange", "Karl Brenner")},
        ),
        (
            "Kazakh Foreign Minister Erlan Nurlanov said Astana would stay neutral.",
            {("Erlan Nurlanov", "Kazakhstan")},
        ),
        (
            "Iran's deputy foreign minister, Kazem Gharibi, said Tehran would respond.",
            {("Kazem Gharibi", "Iran")},
        ),
        (
            "Sheikh Khalid Al Nasser, Qatar's foreign minister, flew to Cairo on Monday.",
            {("Khalid Al Nasser", "Qatar")},
        ),
        # the title first, the name after a comma, however the parser hangs it
        (
            "Peru's ambassador to Chile, Rosa Quispe Mamani, attended the ceremony.",
            {("Rosa Quispe Mamani", "Peru")},
        ),
        (
            "A senior fellow at the Lowy Institute, Maria Lindqvist, said the pact was fragile.",
            {("Maria Lindqvist", "Lowy Institute")},
        ),
    ],
)
def test_affiliations_on_unseen_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # states the official acts on or talks about are not theirs
        ("Foreign Minister Lars Holm criticised Russia's attack on Ukraine.", set()),
        ("Foreign Minister Lars Holm said Sweden and Finland would coordinate.", set()),
        ("Lars Holm, a spokesman, said the talks on Syria had stalled.", set()),
        ("Defence Minister Lars Holm, who visited Ukraine last week, said aid was coming.", set()),
        ("Foreign Minister Lars Holm met Iranian officials in Geneva.", set()),
        ("Hezbollah fired 40 rockets, military spokesman Avi Dror said.", set()),
        ("Tomas Ruiz, an analyst who studies Venezuela, said Maduro was stronger.", set()),
        (
            "Israeli military spokesman Avi Dror said Hezbollah fired 40 rockets.",
            {("Avi Dror", "Israel")},
        ),
        ("UN envoy Maria Lind arrived in Kabul on Monday.", {("Maria Lind", "United Nations")}),
        (
            "Tomas Ruiz, a Venezuela analyst at the Andes Institute, said Maduro was stronger.",
            {("Tomas Ruiz", "Andes Institute")},
        ),
        (
            "Egypt's intelligence chief, Hassan Rashad, flew to Doha for talks with Hamas.",
            {("Hassan Rashad", "Egypt")},
        ),
        (
            "Swedish officials summoned Mikhail Orlov, Russia's ambassador.",
            {("Mikhail Orlov", "Russia")},
        ),
        (
            "Jean Dupont, France's envoy to the Sahel, said Mali had refused.",
            {("Jean Dupont", "France")},
        ),
        (
            "Mia Lange, who advises Chancellor Karl Brenner, said the plan was ready.",
            {("Mia Lange", "Karl Brenner")},
        ),
        (
            "Kenya's foreign ministry rejected the report. The ministry's spokesman Daniel "
            "Kiprop called it false.",
            {("Daniel Kiprop", "Kenya")},
        ),
    ],
)
def test_affiliation_precision_on_unseen_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sudanese army spokesman Brig. Gen. Nabil Abdallah said the drones fell.",
            {("Nabil Abdallah", "Sudanese army")},
        ),
        (
            "Gen. Sir Tom Hale, Britain's defence chief, said the fleet was ready.",
            {("Tom Hale", "United Kingdom")},
        ),
        (
            "Sultan Makenga, the M23 military commander, was sanctioned.",
            {("Sultan Makenga", "M23")},
        ),
        (
            "Corneille Nangaa, the leader of the Congo River Alliance, said the rebels held Goma.",
            {("Corneille Nangaa", "Congo River Alliance")},
        ),
    ],
)
def test_ranks_between_office_and_name(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gregory Poling, director of the Asia Maritime Transparency Initiative at CSIS, "
            "said China was testing Washington's resolve.",
            {("Gregory Poling", "Asia Maritime Transparency Initiative")},
        ),
        (
            "Omar Farah, the Arab League's secretary-general, said the group was ready.",
            {("Omar Farah", "Arab League")},
        ),
        (
            "Nguyen Van Long, Vietnam's deputy defence minister, signed the memorandum.",
            {("Nguyen Van Long", "Vietnam")},
        ),
        (
            "Those present included Defence Minister Lena Hoff of Estonia and Foreign "
            "Minister Tomas Varga of Latvia.",
            {("Lena Hoff", "Estonia"), ("Tomas Varga", "Latvia")},
        ),
        (
            "Saudi Energy Minister Prince Abdulaziz bin Salman met Chinese officials.",
            {("Abdulaziz bin Salman", "Saudi Arabia")},
        ),
        (
            "Dina Farhadi, the Middle East lead at Bloomberg Economics, said Riyadh hedged.",
            {("Dina Farhadi", "Bloomberg Economics")},
        ),
        (
            "Saudi Crown Prince Faisal bin Rashid met the envoy.",
            {("Faisal bin Rashid", "Saudi Arabia")},
        ),
        (
            "Mao Ning, a spokesperson for the Chinese foreign ministry, rejected the claim.",
            {("Mao Ning", "Chinese foreign ministry")},
        ),
    ],
)
def test_organization_names_the_model_cut_short(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kenya sent troops to Haiti. The country's foreign minister, Musalia Mwangi, "
            "defended the mission.",
            {("Musalia Mwangi", "Kenya")},
        ),
        (
            "Niger closed its border. Chad said its foreign minister, Idriss Saleh, would go.",
            {("Idriss Saleh", "Chad")},
        ),
        (
            "Egypt condemned the strike. Its foreign minister, Badr Salem, called Qatar.",
            {("Badr Salem", "Egypt")},
        ),
        (
            "The Mai-Mai militia attacked a camp. The militia's commander, Jean Mutombo, "
            "denied it.",
            {("Jean Mutombo", "Mai-Mai militia")},
        ),
    ],
)
def test_the_country_is_the_one_the_story_is_about(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Chinese Foreign Ministry rejected the report. The ministry's spokeswoman, "
            "Hua Lin, called it false.",
            {("Hua Lin", "Chinese Foreign Ministry")},
        ),
        (
            "The Baltic Security Institute published the study. The institute's director, "
            "Pavel Orlov, presented it.",
            {("Pavel Orlov", "Baltic Security Institute")},
        ),
    ],
)
def test_the_ministry_is_the_one_named_before(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Dana Reyes of the Harbor Institute think tank said the move was risky.",
            {("Dana Reyes", "Harbor Institute")},
        ),
        (
            "Maria Lind, a spokeswoman for the Swedish Foreign Ministry, denied the report.",
            {("Maria Lind", "Swedish Foreign Ministry")},
        ),
        (
            "A spokesman for the RSF, Fares Nour, denied the claim.",
            {("Fares Nour", "Rapid Support Forces")},
        ),
        (
            "Lina Haddad, who heads Jordan's civil defence agency, said rescuers were at work.",
            {("Lina Haddad", "Jordan")},
        ),
        (
            "Oman's ambassador to Iran, Salim al-Harthy, delivered the letter.",
            {("Salim al-Harthy", "Oman")},
        ),
        (
            "Tom Kessler, an analyst at Eurasia Group, said the move was expected.",
            {("Tom Kessler", "Eurasia Group")},
        ),
        ("A senior official who asked not to be named said the talks had stalled.", set()),
        (
            "Ahmed Saleh, who leads the Popular Front faction, rejected the plan.",
            {("Ahmed Saleh", "Popular Front")},
        ),
        (
            "According to Leila Farouk, a researcher with Chatham House, the deal is fragile.",
            {("Leila Farouk", "Chatham House")},
        ),
        (
            "Lt. Gen. Rashid Ali, the chief of staff of Pakistan's army, visited Beijing.",
            {("Rashid Ali", "Pakistan")},
        ),
        (
            "Nguyen Van An, Vietnam's general secretary, hosted the delegation.",
            {("Nguyen Van An", "Vietnam")},
        ),
    ],
)
def test_unseen_affiliation_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert affiliations(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title only one state gives names that state
        ("Secretary of State Tom Hale arrived in Nairobi.", {("Tom Hale", "United States")}),
        ("Defense Secretary Tom Hale said Chile would buy jets.", {("Tom Hale", "United States")}),
        # a title several states give takes the state from the text, as before
        ("Foreign Secretary Ann Roy arrived in Islamabad.", set()),
        ("Peru's Foreign Secretary Ana Ruiz spoke.", {("Ana Ruiz", "Peru")}),
        # "Secretary of State for ..." is a British cabinet post of another name
        ("Secretary of State for Defence Tom Hale spoke.", set()),
    ],
)
def test_national_titles(ex: Extractor, text: str, expected: set) -> None:
    assert {row[:2] for row in affiliations(ex, text)} == expected
