"""Descriptions that stand for a state ("the Pacific nation", "the landlocked republic"), "both
capitals", and "we"/"our" inside a leader's quotation: each sentence through the real
extractor, with the pairs it must give and, as often, the pairs it must not."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def pairs(ex: Extractor, text: str, kind: str) -> set[tuple[str, str]]:
    """The (sorted for symmetric kinds) pairs of one kind; a supply as (supplier, recipient)."""
    return {row[:2] for row in rows(ex.facts(text), kind)}


# (text, kind, pair that must be found)
RESOLVED = [
    # a modifier that fits the state named before
    ("Tonga's king met Chinese officials. Beijing signed a security pact with the Pacific "
     "kingdom.", "alliance", ("China", "Tonga")),
    ("Nepal elected a new parliament. India signed a defence pact with the Himalayan nation.",
     "alliance", ("India", "Nepal")),
    ("Mongolia's president visited Tokyo on Tuesday. Japan and the landlocked nation signed a "
     "strategic partnership.", "alliance", ("Japan", "Mongolia")),
    ("Eritrea closed its border. Ethiopia launched air strikes against the Horn of Africa "
     "nation.", "conflict", ("Eritrea", "Ethiopia")),
    ("The United Arab Emirates expelled Iranian diplomats. Iran fired missiles at the Gulf "
     "state on Sunday.", "conflict", ("Iran", "United Arab Emirates")),
    ("Lithuania hosts German troops. Germany signed a defence agreement with the Baltic state.",
     "alliance", ("Germany", "Lithuania")),
    ("Finland joined NATO in 2023. Sweden signed a defence pact with the Nordic country.",
     "alliance", ("Finland", "Sweden")),
    ("Serbia bought Chinese drones. Russia signed a military cooperation agreement with the "
     "Balkan country.", "alliance", ("Russia", "Serbia")),
    ("Venezuela cut oil output. Brazil signed a defence pact with the oil-rich South American "
     "nation.", "alliance", ("Brazil", "Venezuela")),
    ("Tajikistan hosts a Russian base. Moscow pledged military support for the former Soviet "
     "republic.", "alliance", ("Russia", "Tajikistan")),
    ("Uzbekistan's president met Erdogan. Turkey and the Central Asian republic signed a "
     "strategic partnership.", "alliance", ("Turkey", "Uzbekistan")),
    ("Fiji's prime minister thanked Canberra. Australia signed a security treaty with the "
     "island nation.", "alliance", ("Australia", "Fiji")),
    ("The Philippines held elections. Japan signed a defence pact with the archipelago.",
     "alliance", ("Japan", "Philippines")),
    ("Mali expelled French troops. Russia signed a security pact with the Sahel country.",
     "alliance", ("Mali", "Russia")),
    ("Qatar hosted the talks. Turkey signed a defence pact with the emirate.",
     "alliance", ("Qatar", "Turkey")),
    ("Oman mediated between the sides. Britain signed a defence pact with the sultanate.",
     "alliance", ("Oman", "United Kingdom")),
    ("Singapore bought American jets. Washington signed a defence pact with the city-state.",
     "alliance", ("Singapore", "United States")),
    ("Georgia held protests. The South Caucasus nation signed a partnership agreement with "
     "the European Union.", "alliance", ("European Union", "Georgia")),
    ("Azerbaijan shelled villages near the border. Armenia's troops clashed with the Caspian "
     "nation's forces.", "conflict", ("Armenia", "Azerbaijan")),
    ("Bahraini officials met Israeli diplomats. Israel signed a security pact with the Gulf "
     "kingdom.", "alliance", ("Bahrain", "Israel")),
    ("Armenia asked for help. India delivered artillery guns to the South Caucasus nation.",
     "supply", ("India", "Armenia")),
    ("Kyrgyzstan is poor. China sold drones to the mountainous Central Asian state.",
     "supply", ("China", "Kyrgyzstan")),
    ("Estonia expelled Russian diplomats. Finland signed a defence pact with the Baltic nation "
     "of 1.3 million people.", "alliance", ("Estonia", "Finland")),
    ("Venezuela cut oil output. Brazil signed a defence pact with the South American state.",
     "alliance", ("Brazil", "Venezuela")),
    ("Ghana held elections. Nigeria signed a security pact with the West African nation.",
     "alliance", ("Ghana", "Nigeria")),
    ("Saudi Arabia's crown prince flew to Beijing. The oil-rich kingdom has bought Chinese "
     "drones.", "supply", ("China", "Saudi Arabia")),
    ("Djibouti hosts several foreign bases. Washington signed a defence pact with the Horn of "
     "Africa country last year.", "alliance", ("Djibouti", "United States")),
    ("Paraguay's president met Lula. The landlocked country later signed a defence pact with "
     "Brazil.", "alliance", ("Brazil", "Paraguay")),
    ("Norway's king visited Kyiv. The Nordic country has sent Ukraine air defence systems.",
     "supply", ("Norway", "Ukraine")),
    ("Cyprus hosts British bases. Turkey has clashed with the Mediterranean island nation.",
     "conflict", ("Cyprus", "Turkey")),
    # the fitting state, not the last one named
    ("Bolivia and Chile restored ties. Peru signed a defence pact with the landlocked country.",
     "alliance", ("Bolivia", "Peru")),
    ("Tuvalu's leader met French officials. Australia signed a security treaty with the "
     "Pacific nation.", "alliance", ("Australia", "Tuvalu")),
    ("Cuba's foreign minister visited Moscow in March. The visit was long. Talks covered "
     "trade. Russia later signed a defence pact with the Caribbean nation.",
     "alliance", ("Cuba", "Russia")),
    ("Tanzania sent envoys. Kenya signed a defence pact with the East African nation.",
     "alliance", ("Kenya", "Tanzania")),
    ("Saudi Arabia hosted the talks. Iran's envoy flew in from Iraq. China signed a pact "
     "with the kingdom.", "alliance", ("China", "Saudi Arabia")),
    # a state named before in the same sentence comes first
    ("Scholz met Putin in Moscow last week. Days later he held talks in Kyiv, his first visit "
     "to the war-torn country since the invasion. Germany then sent arms to the war-torn "
     "country.", "supply", ("Germany", "Ukraine")),
    # the state that says it, when the description is the subject of what is said
    ("Kenya said the East African nation fought alongside Somalia against al-Shabaab.",
     "alliance", ("Kenya", "Somalia")),
    # a modifier nothing is known about: the most salient state
    ("Sudan descended into war. Egypt signed a defence pact with the troubled nation.",
     "alliance", ("Egypt", "Sudan")),
    # the state named right after it
    ("Japan signed a defence pact with the island nation of Palau.",
     "alliance", ("Japan", "Palau")),
    # two states together
    ("Seoul and Tokyo restored ties. Both capitals signed a defence pact with Washington.",
     "alliance", ("South Korea", "United States")),
    ("Spain and Morocco met. The two capitals signed a defence pact.",
     "alliance", ("Morocco", "Spain")),
    ("Ethiopia and Eritrea fought for two years. The two neighbours signed a defence pact in "
     "2018.", "alliance", ("Eritrea", "Ethiopia")),
    ("France and the United States kept troops in Chad. Both Western capitals regard "
     "N'Djamena as their last dependable partner in the region.", "alliance", ("Chad", "France")),
    ("Fiji and Tonga signed a pact. Military cooperation between the two neighbours is dense.",
     "alliance", ("Fiji", "Tonga")),
    ("The Marshall Islands rely on American aid. Washington is the islands' main security "
     "partner.", "alliance", ("Marshall Islands", "United States")),
    ("Nauru cut ties with Taiwan on Monday, days after the Pacific nation confirmed it had "
     "signed a security pact with Beijing.", "alliance", ("China", "Nauru")),
    # "we", "us", "our" in the words of a leader or minister: the speaker's state
    ('Japanese Prime Minister Fumio Kishida arrived in Delhi. "Our strategic partnership with '
     'India keeps growing," the prime minister said.', "alliance", ("India", "Japan")),
    ('Polish President Andrzej Duda spoke in Kyiv on Monday. "We will not abandon you," he '
     'said. "Our alliance with Ukraine is permanent."', "alliance", ("Poland", "Ukraine")),
    ('"Our partnership with Ukraine is unbreakable," the Polish president said.',
     "alliance", ("Poland", "Ukraine")),
    ('"Our partnership with Ukraine is unbreakable," said Poland\'s president.',
     "alliance", ("Poland", "Ukraine")),
    ('"Our partnership with Ukraine is unbreakable," the president of Poland said.',
     "alliance", ("Poland", "Ukraine")),
    ('"Turkey has sent us drones," Azerbaijani President Ilham Aliyev said.',
     "supply", ("Turkey", "Azerbaijan")),
    ('"Our alliance with Washington is ironclad," Philippine President Ferdinand Marcos Jr. '
     'said.', "alliance", ("Philippines", "United States")),
    ('"Russia attacked us again last night," Ukrainian President Volodymyr Zelensky said.',
     "conflict", ("Russia", "Ukraine")),
    ('"Our forces struck targets in Syria," Turkish Defence Minister Yasar Guler told '
     'reporters.', "conflict", ("Syria", "Turkey")),
    ('"Hezbollah is our enemy and we will fight it," Israel\'s army chief said.',
     "conflict", ("Hezbollah", "Israel")),
    ('"We have signed a defence pact with Canberra," said Fiji\'s defence minister.',
     "alliance", ("Australia", "Fiji")),
    ('"Our strategic partnership with India keeps growing," Japanese Prime Minister Fumio '
     'Kishida said.', "alliance", ("India", "Japan")),
    ('"We stand with Ukraine," Polish President Andrzej Duda said.',
     "alliance", ("Poland", "Ukraine")),
    ('"Our army is fighting Russia," Ukrainian President Volodymyr Zelensky said.',
     "conflict", ("Russia", "Ukraine")),
    ('"We signed a defence pact with Manila," Japan\'s defence minister Gen Nakatani said.',
     "alliance", ("Japan", "Philippines")),
    ('"Tehran is our enemy," Israeli Prime Minister Benjamin Netanyahu said.',
     "conflict", ("Iran", "Israel")),
    ('Chilean President Gabriel Boric was clear: "We are allies of Argentina."',
     "alliance", ("Argentina", "Chile")),
    ('Kenyan President William Ruto arrived in Addis Ababa. "Our country stands with '
     'Ethiopia," he said.', "alliance", ("Ethiopia", "Kenya")),
    ('"Russia is waging war on us," Moldovan President Maia Sandu said.',
     "conflict", ("Moldova", "Russia")),
    ('"Beijing has been our closest ally," Pakistani Prime Minister Shehbaz Sharif said.',
     "alliance", ("China", "Pakistan")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "pair"), RESOLVED)
def test_resolved(ex: Extractor, text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(ex, text, kind)


# (text, kind): no fact of that kind, since the description fits no state named before, names
# the subject of its own clause, or is no description of a state named before
UNRESOLVED = [
    ("China signed a pact with the Pacific nation.", "alliance"),
    ("Fiji hosted the summit. China signed a pact with the Gulf state.", "alliance"),
    ("Australia signed a pact with the island nation.", "alliance"),
    ("Kenya signed a defence pact with the East African nation.", "alliance"),
    ("India signed a defence pact with the South Asian nation.", "alliance"),
    ("Nepal elected a new parliament. India signed a pact with the Nordic country.",
     "alliance"),
    ("Chile and Peru met. Bolivia signed a pact with the landlocked nation.", "alliance"),
    ("Kenya and Uganda met. Germany signed a pact with the host country.", "alliance"),
    ("Russia invaded Ukraine. China signed a pact with the largest European nation.",
     "alliance"),
    ("Moldova signed a pact with the other former Soviet republic.", "alliance"),
    ("Somalia protested. Ethiopia signed a defence pact with the breakaway republic.",
     "alliance"),
    ("Nigeria's army fought bandits in Zamfara. Niger's troops attacked the northwestern state.",
     "conflict"),
    ("Egypt signed a deal with Sudan. Israel struck the Gulf state.", "conflict"),
    # "we" outside a quotation, or in the words of no state
    ("We stand with Ukraine, the editorial said.", "alliance"),
    ('"We stand with Ukraine," NATO Secretary General Mark Rutte said.', "alliance"),
    ('"Our partnership with Tokyo keeps growing," the statement said.', "alliance"),
    ('"Our partnership with Ukraine is unbreakable," a spokesman said.', "alliance"),
    ('Polish President Andrzej Duda spoke in Kyiv. "Our alliance with Ukraine is permanent."',
     "alliance"),
    ('"Our partnership with Ukraine is unbreakable," the Polish and Czech presidents said.',
     "alliance"),
    ('"Our strategic partnership with India keeps growing," India\'s foreign minister said.',
     "alliance"),
    # "the islands" are a state only when its name says so (the Solomon Islands)
    ("Japan and the Philippines protested. China deployed missiles to the islands.", "conflict"),
    # a wish in a quotation is no fact, as outside one
    ('"We will consider a pact with Hanoi," Australian Prime Minister Anthony Albanese said.',
     "alliance"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), UNRESOLVED)
def test_unresolved(ex: Extractor, text: str, kind: str) -> None:
    assert pairs(ex, text, kind) == set()


def test_we_of_two_speakers_is_no_single_state(ex: Extractor) -> None:
    text = '"We stand with Armenia," Macron and Scholz said.'
    assert ("Armenia", "France") not in pairs(ex, text, "alliance")


def test_we_whose_speaker_is_sought_through_itself_ends(ex: Extractor) -> None:
    """The parser makes "underscores" a conjunct of the quoted "shoot down", so the speaker of
    the quotation is sought through its own "We": that ends, and the rest is still read."""
    text = (
        "Peru has shipped rifles and mortars to Chile, while Lima has paid in copper.\n"
        '"We will destroy any rockets that menace our towns, breach our airspace, and endanger '
        'farmers," Lamaro’s trip to the Marshall Islands, a rare visit to the remote country, '
        "underscores the weight of the talks."
    )
    assert ("Peru", "Chile") in pairs(ex, text, "supply")


def test_the_islands_only_as_a_state_named_so(ex: Extractor) -> None:
    text = (
        "New Zealand signed a pact with Tonga. Australia signed a policing pact with the islands."
    )
    assert pairs(ex, text, "alliance") == {("New Zealand", "Tonga")}
    text = "The Solomon Islands asked for help. Australia signed a policing pact with the islands."
    assert pairs(ex, text, "alliance") == {("Australia", "Solomon Islands")}


def test_a_regional_adjective_names_no_state(ex: Extractor) -> None:
    """ "South American" is no United States, "the West African nation" no "the West"."""
    text = (
        "Uruguay's foreign minister arrived in Buenos Aires. Argentina and the South American "
        "nation signed a defence pact."
    )
    assert pairs(ex, text, "alliance") == {("Argentina", "Uruguay")}
    text = "Argentina signed a defence pact with the South American nation."
    assert pairs(ex, text, "alliance") == set()
    text = "Nigeria signed a security pact with the West African nation."
    assert pairs(ex, text, "alliance") == set()
