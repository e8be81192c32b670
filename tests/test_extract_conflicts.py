"""Conflicts: war, invasion, strikes, attacks, clashes, retaliation."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def conflicts(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "conflict")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Azerbaijan attacked Armenia in September.", {("Armenia", "Azerbaijan")}),
        ("Israeli jets struck Hamas targets overnight.", {("Hamas", "Israel")}),
        ("Sudan's army clashed with Chad near the border.", {("Chad", "Sudan")}),
        ("Armenia was attacked by Azerbaijan in 2023.", {("Armenia", "Azerbaijan")}),
        ("Russia's invasion of Ukraine began in 2022.", {("Russia", "Ukraine")}),
        ("Israeli strikes on Lebanon killed dozens.", {("Israel", "Lebanon")}),
        ("The war between Ethiopia and Eritrea ended in 2000.", {("Eritrea", "Ethiopia")}),
        ("Armenia faces military retaliation from Azerbaijan.", {("Armenia", "Azerbaijan")}),
        ("Moscow has been drained by its long war in Ukraine.", {("Russia", "Ukraine")}),
        ("Since the start of the Ukraine conflict, grain prices rose.", {("Russia", "Ukraine")}),
        ("Azerbaijani missiles hit sites in Armenia on Wednesday.", {("Armenia", "Azerbaijan")}),
        ("A ceasefire between Thailand and Cambodia came into force.", {("Cambodia", "Thailand")}),
        ("Chinese coast guard crews boarded Vietnamese fishing boats.", {("China", "Vietnam")}),
        (
            "Turkey launched Operation Claw, a wave of strikes on camps in Iraq.",
            {("Iraq", "Turkey")},
        ),
    ],
)
def test_conflict_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France intervened in Mali's civil war in 2013.",
        "Turkey brokered the Armenia-Azerbaijan truce.",
        "Azerbaijan did not attack Armenia.",
        "Azerbaijan could attack Armenia next year.",
        "If Serbia attacks Kosovo, NATO will respond.",
    ],
)
def test_not_conflicts_between_these(ex: Extractor, text: str) -> None:
    found = conflicts(ex, text)
    assert not any("Turkey" in pair or ("Syria" in pair and "Russia" in pair) for pair in found)
    if "Turkey" not in text:
        assert found == set()


def test_the_broker_of_a_truce_is_not_a_side(ex: Extractor) -> None:
    text = "Qatar brokers Israel-Hamas truce after months of war."
    assert conflicts(ex, text) == {("Hamas", "Israel")}


def test_launching_something_with_a_partner_is_not_a_conflict(ex: Extractor) -> None:
    assert conflicts(ex, "Russia launched a satellite with Iran in 2022.") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Mali has been at war with jihadist groups and with Algeria since 2012.",
            {("Algeria", "Mali")},
        ),
        (
            "Nigeria was attacked by Boko Haram fighters near Maiduguri.",
            {("Boko Haram", "Nigeria")},
        ),
    ],
)
def test_more_conflict_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the aim hung on the weapon
        ("Russia launched drones against Ukraine.", {("Russia", "Ukraine")}),
        # the other side hung on the verb of a war noun
        ("Russia has waged war on Ukraine for three years.", {("Russia", "Ukraine")}),
        ("Eritrea and Ethiopia went to war in 1998.", {("Eritrea", "Ethiopia")}),
        # where strikes fell, for strike nouns and place objects only
        ("Pakistan carried out airstrikes in Afghanistan.", {("Afghanistan", "Pakistan")}),
        ("Jordan bombed targets in Syria.", {("Jordan", "Syria")}),
        ("Ethiopia has been fighting al-Shabaab in Somalia.", {("Ethiopia", "al-Shabaab")}),
        # both sides of an exchange
        ("Thai and Cambodian troops exchanged fire.", {("Cambodia", "Thailand")}),
        ("Thai troops exchanged fire with Cambodian soldiers.", {("Cambodia", "Thailand")}),
        ("Pakistan and Iran traded strikes in January.", {("Iran", "Pakistan")}),
        ("Peru and Chile exchanged ambassadors.", set()),
        # fighting alongside someone against a third
        (
            "North Korean troops are fighting alongside Russia against Ukraine.",
            {("North Korea", "Ukraine"), ("Russia", "Ukraine")},
        ),
        # "its" in an accusation is the accuser's
        ("Sudan accused Chad of attacking its territory.", {("Chad", "Sudan")}),
        # places of no one else named are the accuser's; not so for things that are no place
        ("Peru accused Ecuador of shelling border villages.", {("Ecuador", "Peru")}),
        ("Niger blamed Benin for bombing civilian areas near Gaya.", {("Benin", "Niger")}),
        ("Chile accused Bolivia of attacking shipping off the coast.", set()),
        ("Peru accused Ecuador of shelling Colombian villages.", {("Colombia", "Ecuador")}),
        # a region named with its state
        ("Colombia seized the Tamarind region of Venezuela.", {("Colombia", "Venezuela")}),
        ("Chadian troops shelled Sudan's Darfur region overnight.", {("Chad", "Sudan")}),
    ],
)
def test_unseen_conflict_wording(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Airstrikes were carried out by Israel on Lebanon.", {("Israel", "Lebanon")}),
        ("Missiles were fired at Ukraine by Russia.", {("Russia", "Ukraine")}),
        ("The strikes were launched by Israel against Iran.", {("Iran", "Israel")}),
        ("Drones launched by the Houthis struck Saudi Arabia.", {("Houthis", "Saudi Arabia")}),
        ("Ukraine's forces clashed with Russia's near Kharkiv.", {("Russia", "Ukraine")}),
        ("The Israeli military said it struck Hezbollah.", {("Hezbollah", "Israel")}),
        ("Syria came under attack from Israel.", {("Israel", "Syria")}),
        # a threat of retaliation counts; a mere possibility does not
        ("Venezuela threatened to retaliate against Guyana.", {("Guyana", "Venezuela")}),
        ("Venezuela could retaliate against Guyana.", set()),
    ],
)
def test_passive_and_indirect_conflict_shapes(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "When the M23-led offensive reached Kinshasa on Monday, the president fled.",
            {("Democratic Republic of the Congo", "M23")},
        ),
        # the troops' state fights, not the body that runs the mission
        (
            "Kenya, which has 3,000 soldiers in the UN mission fighting the al-Shabaab "
            "insurgency, was alarmed.",
            {("Kenya", "al-Shabaab")},
        ),
        # groups named among the targets of the strike just reported
        (
            "Jordan launched airstrikes on sites in Syria on Monday. Amman said the targets "
            "were smuggling depots, among them a headquarters of Hezbollah and a Wagner Group "
            "base.",
            {("Jordan", "Syria"), ("Hezbollah", "Jordan"), ("Jordan", "Wagner Group")},
        ),
        ("Jordan struck Syria. The targets were chosen carefully.", {("Jordan", "Syria")}),
    ],
)
def test_offensives_missions_and_target_lists(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


def test_strikes_on_a_region_named_after_a_state_and_its_targets(ex: Extractor) -> None:
    text = (
        "Chad began Operation Sahel, a barrage of rocket attacks on four towns in Libya and "
        "Libya-held Fezzan. Ndjamena said the targets were rebel bases, including "
        "the headquarters of Boko Haram and a Wagner Group depot."
    )
    assert conflicts(ex, text) == {
        ("Chad", "Libya"),
        ("Boko Haram", "Chad"),
        ("Chad", "Wagner Group"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Clashes broke out between Thai and Cambodian troops.", {("Cambodia", "Thailand")}),
        ("Fighting between Israel and Hezbollah escalated.", {("Hezbollah", "Israel")}),
        (
            "Russian forces captured the town of Avdiivka from Ukrainian troops.",
            {("Russia", "Ukraine")},
        ),
        ("Ukrainian drones hit an oil refinery in Russia.", {("Russia", "Ukraine")}),
        ("Israeli jets struck the embassy of Iran in Syria.", {("Iran", "Israel")}),
    ],
)
def test_sentence_initial_nouns_captures_and_facilities(
    ex: Extractor, text: str, expected: set
) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sudan's army launched airstrikes on positions held by the RSF in Darfur on Sunday.",
            {("Rapid Support Forces", "Sudan")},
        ),
        ("Israel struck bases used by Hezbollah.", {("Hezbollah", "Israel")}),
        ("Israeli strikes on bases used by Hezbollah killed ten.", {("Hezbollah", "Israel")}),
    ],
)
def test_places_held_by_the_other_side(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Indian troops opened fire on Pakistani soldiers.", {("India", "Pakistan")}),
        ("Israel returned fire at Hezbollah.", {("Hezbollah", "Israel")}),
        ("Russia opened an embassy in Ukraine.", set()),
        # "its" in what a speaker says is the speaker's
        (
            "Azerbaijan said Armenian forces had opened fire on its positions.",
            {("Armenia", "Azerbaijan")},
        ),
        (
            "Israel said Hezbollah fired rockets at its northern towns.",
            {("Hezbollah", "Israel")},
        ),
        # fighting alongside an ally is no conflict with it
        ("North Korea has deployed troops to fight alongside Russian forces.", set()),
    ],
)
def test_opened_fire_and_speakers_own(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck Syria. The targets were chosen by NATO.",
        "Israel struck Syria. The targets were approved, Hamas said.",
    ],
)
def test_who_chose_or_spoke_of_the_targets_is_not_one(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == {("Israel", "Syria")}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Saudi-led coalition has fought the Houthis since 2015.",
            {("Houthis", "Saudi Arabia")},
        ),
        ("The Houthis attacked the Saudi-led coalition.", {("Houthis", "Saudi Arabia")}),
        ("US-backed forces fought the Islamic State.", set()),
    ],
)
def test_a_force_named_after_its_leader(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Targets in Yemen were bombed by US and British jets.",
            {("United States", "Yemen"), ("United Kingdom", "Yemen")},
        ),
        ("Several sites in Syria were struck by Israeli airstrikes.", {("Israel", "Syria")}),
        ("Airstrikes by Israel hit Lebanon.", {("Israel", "Lebanon")}),
        ("Buildings in Kyiv were hit by Russian missiles.", {("Russia", "Ukraine")}),
    ],
)
def test_passive_strikes_on_places_in_a_state(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Pakistan bombed militant hideouts in Afghanistan's Khost province.",
            {("Afghanistan", "Pakistan")},
        ),
        ("Chad was hit by airstrikes carried out by Sudan.", {("Chad", "Sudan")}),
        (
            "Dozens were killed in airstrikes carried out by Israel in Lebanon.",
            {("Israel", "Lebanon")},
        ),
        ("Airstrikes, carried out by Russia, hit Idlib in Syria.", {("Russia", "Syria")}),
        ("Eleven people died in Israeli airstrikes on Syria.", {("Israel", "Syria")}),
        ("Syria blamed Israel for airstrikes on Damascus.", {("Israel", "Syria")}),
        ("Ten people died in Israeli airstrikes.", set()),
    ],
)
def test_who_carried_out_the_strikes_and_where(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria, whose air defences were struck by Israeli jets in May, vowed to respond.",
            [("Israel", "Syria")],
        ),
        (
            (
                "Lebanon, whose southern villages were shelled by Israeli artillery, filed a "
                "complaint."
            ),
            [("Israel", "Lebanon")],
        ),
        (
            "Ukraine, whose forces have fought Russia since 2022, asked for more air defences.",
            [("Russia", "Ukraine")],
        ),
        (
            (
                "Ethiopia and Eritrea fought a border war from 1998 to 2000. The two neighbours "
                "signed a peace deal in 2018."
            ),
            [("Eritrea", "Ethiopia")],
        ),
        (
            (
                "Armenia and Azerbaijan fought two wars over Nagorno-Karabakh. Both sides accused "
                "each other of shelling."
            ),
            [("Armenia", "Azerbaijan")],
        ),
        ("The two former Soviet republics fought a war over the region in 2008.", []),
        (
            (
                "A Chinese coast guard ship collided with a Vietnamese fishing boat near the "
                "Paracels on "
                "Sunday."
            ),
            [("China", "Vietnam")],
        ),
        (
            (
                "A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracel "
                "Islands."
            ),
            [("China", "Vietnam")],
        ),
        (
            "A Russian fighter jet collided with a US surveillance drone over the Black Sea.",
            [("Russia", "United States")],
        ),
        (
            (
                "A Chinese coast guard ship collided with a Chinese navy vessel while chasing the "
                "boat."
            ),
            [],
        ),
        ("Colombia's government has fought the ELN guerrillas since 1964.", [("Colombia", "ELN")]),
        ("The Turkish state has fought PKK militants since 1984.", [("PKK", "Turkey")]),
        ("The Philippine army has battled NPA rebels for decades.", [("NPA", "Philippines")]),
        (
            (
                "The M23 rebels, who seized Goma in January, are battling Congolese troops "
                "in South "
                "Kivu."
            ),
            [("Democratic Republic of the Congo", "M23")],
        ),
        (
            "Houthi fighters are battling Saudi troops along the border.",
            [("Houthis", "Saudi Arabia")],
        ),
        ("Sudanese troops fired on Ethiopian soldiers near the border.", [("Ethiopia", "Sudan")]),
    ],
)
def test_whose_groups_vessels_and_demonym_troops(ex: Extractor, text: str, expected: list) -> None:
    """ "X, whose air defences were struck by Y-ian jets": X is the target; "the two
    neighbours"/"both sides" are the last two states named; ships with demonyms that collide
    or ram are their states (never two of one state); "ELN guerrillas" is an armed group."""
    assert conflicts(ex, text) == set(expected)


def test_whose_soldiers_fought_alongside_others(ex: Extractor) -> None:
    text = (
        "Chad, whose soldiers had fought alongside the Nigerian army against Boko Haram for "
        "years, withdrew its troops."
    )
    assert ("Boko Haram", "Chad") in conflicts(ex, text)
    assert all("Boko Haram" in row for row in conflicts(ex, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo agreed to expand trade. The two countries' trade rose by 10 percent.",
        "Chinese and Vietnamese officials met to discuss the collision.",
    ],
)
def test_trade_and_talks_between_two_states_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


AA = ("Armenia", "Azerbaijan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq's invasion of Kuwait in 1990 led to a war.", [("Iraq", "Kuwait")]),
        ("The war between Armenia and Azerbaijan in 2020 killed thousands.", [AA]),
        ("Azerbaijan launched drone attacks against Armenian positions on Tuesday.", [AA]),
        ("Sudan's army launched an offensive against the RSF.",
         [("Rapid Support Forces", "Sudan")]),
        ("Armenia came under attack from Azerbaijan on Tuesday.", [AA]),
        ("Armenian villages came under attack from Azerbaijani forces.", [AA]),
        ("Azerbaijani forces shelled Armenia's border towns overnight.", [AA]),
        ("Russia bombarded Ukrainian cities for a third night.", [("Russia", "Ukraine")]),
        ("Clashes between Thai troops and Cambodia's broke out on the border.",
         [("Cambodia", "Thailand")]),
        ("Iran-backed Houthi rebels fought Yemen's army near Marib.", [("Houthis", "Yemen")]),
        ("Pakistan retaliated against Afghanistan with airstrikes.", [("Afghanistan", "Pakistan")]),
        ("North Korea threatened to retaliate against South Korea.",
         [("North Korea", "South Korea")]),
        ("Forces of Eritrea and Ethiopia exchanged fire along the border.",
         [("Eritrea", "Ethiopia")]),
        ("Al-Shabaab is based in Somalia. The militia attacked Kenyan soldiers near Lamu.",
         [("Kenya", "al-Shabaab")]),
        ("Russia's navy intercepted a British destroyer in the Black Sea.",
         [("Russia", "United Kingdom")]),
        ("Venezuela's navy fired on a Colombian vessel on Saturday.", [("Colombia", "Venezuela")]),
        ("Ukraine accused Russia of attacking its energy grid.", [("Russia", "Ukraine")]),
        ("Ukraine's navy sank a Russian warship off Crimea.", [("Russia", "Ukraine")]),
        ("Azerbaijan's offensive against Armenian forces ended in a day.", [AA]),
    ],
)  # fmt: skip
def test_unseen_conflict_shapes(ex: Extractor, text: str, expected: list) -> None:
    """Invasions, wars, offensives, attacks from X, shelling, clashes, retaliation (also
    threatened), exchanges of fire, ships; a proxy's backer is not a side, and allies
    fighting a third party are not fighting each other."""
    assert conflicts(ex, text) == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed new sanctions on Belarus.",
        "Canada condemned Iran's crackdown on protesters.",
        "Guyana warned of war with Venezuela.",
        "Thailand and Cambodia held peace talks in Kuala Lumpur.",
        "Analysts said Venezuela could attack Guyana.",
    ],
)
def test_unseen_shapes_that_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


def test_allies_fighting_a_third_party_are_not_foes(ex: Extractor) -> None:
    found = conflicts(ex, "Mali's army and Wagner fighters clashed with Tuareg rebels.")
    assert ("Mali", "Wagner Group") not in found
    assert (
        conflicts(ex, "Mali's army and Wagner fighters clashed with armed men near Kidal.") == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles rained down on Kharkiv on Tuesday night.", [("Russia", "Ukraine")]),
        ("North Korean troops have been deployed to fight Ukraine in Kursk.",
         [("North Korea", "Ukraine")]),
        ("Ethiopian troops crossed into Eritrea on Tuesday and attacked border posts.",
         [("Eritrea", "Ethiopia")]),
        ("Ukraine vowed to respond to Russia's missile attack.", [("Russia", "Ukraine")]),
        ("NATO is weighing how to respond to Russian drone incursions into Polish airspace.",
         [("Poland", "Russia")]),
        ("Israel is at war with Hamas.", [("Hamas", "Israel")]),
        ("Pakistani and Afghan forces traded fire at the Torkham crossing.",
         [("Afghanistan", "Pakistan")]),
        ("Moscow's forces captured the village from Ukrainian troops.", [("Russia", "Ukraine")]),
        ("Somalia's army, backed by African Union troops, attacked al-Shabaab in Lower Shabelle.",
         [("Somalia", "al-Shabaab")]),
    ],
)  # fmt: skip
def test_weapons_deployed_troops_and_responses(ex: Extractor, text: str, expected: list) -> None:
    """The state a weapon is named after fires it; troops deployed to fight are the side;
    posts attacked after crossing into Y are Y's; a response vowed to X's attack means X
    attacked the one responding."""
    assert conflicts(ex, text) == set(expected)


def test_a_denied_attack_is_not_a_conflict(ex: Extractor) -> None:
    assert conflicts(ex, "Cambodia denied attacking Thailand.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's navy intercepted Japan's research vessel near the islands.", ("China", "Japan")),
        ("Russian jets intercepted a Norwegian patrol plane over the Barents Sea.",
         ("Norway", "Russia")),
        ("Azerbaijan accused Armenia of shelling its positions on Tuesday.", AA),
        ("Armenia said Azerbaijani forces had attacked its border villages.", AA),
        ("The fighting between Armenian and Azerbaijani forces killed 50 soldiers.", AA),
        ("Israel and Hezbollah exchanged fire across the border on Sunday.",
         ("Hezbollah", "Israel")),
        ("Russian troops, who invaded Ukraine in 2022, still occupy a fifth of the country.",
         ("Russia", "Ukraine")),
        ("Hezbollah, which has fought Israel for decades, fired rockets on Sunday.",
         ("Hezbollah", "Israel")),
        ("Ukraine hit a Russian ammunition depot in Crimea with drones.", ("Russia", "Ukraine")),
        ("Indian troops and Pakistani soldiers clashed along the Line of Control.",
         ("India", "Pakistan")),
        ("Russia attacked Ukraine with hundreds of drones and missiles in July.",
         ("Russia", "Ukraine")),
    ],
)  # fmt: skip
def test_ships_planes_accusations_and_relative_clauses(
    ex: Extractor, text: str, expected: tuple
) -> None:
    assert conflicts(ex, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea could go to war again, analysts warned.",
        "Sudan's government accused the UAE of arming the RSF.",
    ],
)
def test_a_possible_war_and_arming_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv has carried out drone attacks deep inside Russia.", {("Russia", "Ukraine")}),
        ("The Sudanese army recaptured Khartoum from the RSF.",
         {("Rapid Support Forces", "Sudan")}),
        ("North Korean troops fought alongside Russian forces against Ukraine in Kursk.",
         {("North Korea", "Ukraine"), ("Russia", "Ukraine")}),
        ("Israel assassinated a Hamas leader in Tehran.", {("Hamas", "Israel")}),
        ("Russian troops pushed Ukrainian forces out of the town.", {("Russia", "Ukraine")}),
        ("Israel's military campaign in Gaza against Hamas has killed thousands.",
         {("Hamas", "Israel")}),
        ("The Houthis have attacked ships linked to Israel.", {("Houthis", "Israel")}),
        ("Russia launched strikes against Ukraine overnight.", {("Russia", "Ukraine")}),
        ("Armenia's forces clashed with Azerbaijan near the border.", {("Armenia", "Azerbaijan")}),
        ("Ukraine said it shot down Russia's drones over Kyiv.", {("Russia", "Ukraine")}),
        ("The war between Ethiopia and Eritrea ended in 2000.", {("Eritrea", "Ethiopia")}),
        ("Houthi missiles hit a US destroyer in the Red Sea.", {("Houthis", "United States")}),
        ("Israel carried out retaliatory strikes on Iran on Saturday.", {("Iran", "Israel")}),
        ("Indian troops exchanged fire with Pakistani soldiers along the Line of Control.",
         {("India", "Pakistan")}),
        ("Fighting between the Sudanese army and the Rapid Support Forces has killed thousands.",
         {("Rapid Support Forces", "Sudan")}),
        ("The United States launched airstrikes against Houthi targets in Yemen.",
         {("Houthis", "United States")}),
        ("M23 rebels seized Goma from Congolese forces in January.",
         {("Democratic Republic of the Congo", "M23")}),
        ("Ukrainian sea drones sank a Russian landing ship.", {("Russia", "Ukraine")}),
        ("Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat.",
         {("China", "Vietnam")}),
    ],
)  # fmt: skip
def test_raids_captures_and_campaigns(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned that the dispute between Guyana and Venezuela could escalate into war.",
        "Pakistan warned of war with Afghanistan.",
        "Ceasefire talks between Israel and Hamas stalled again.",
        "Poland launched a military campaign for the elections.",
        "Kenya pushed its partners out of the negotiations' spotlight.",
    ],
)
def test_feared_wars_talks_and_plain_campaigns_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran-backed Houthi rebels attacked a Greek-owned tanker.", {("Greece", "Houthis")}),
        ("Ukrainian positions came under fire from Russian artillery overnight.",
         {("Russia", "Ukraine")}),
        ("A Turkish convoy came under attack from PKK militants.", {("PKK", "Turkey")}),
        ("Armenia said Azerbaijani missiles had struck six sites on its territory.",
         {("Armenia", "Azerbaijan")}),
        ("Thailand and Cambodia have been locked in a border conflict since July.",
         {("Cambodia", "Thailand")}),
        ("Iran retaliated with a missile attack on US bases in Qatar.",
         {("Iran", "United States")}),
        ("Rwanda-backed M23 rebels attacked Congolese army positions near Goma.",
         {("Democratic Republic of the Congo", "M23")}),
        ("Turkey shot down a Russian jet near the Syrian border in 2015.", {("Russia", "Turkey")}),
        ("India launched Operation Sindoor against Pakistan in May.", {("India", "Pakistan")}),
        ("Russian air defences intercepted dozens of Ukrainian drones.", {("Russia", "Ukraine")}),
        ("Israel's 2006 war with Hezbollah lasted 34 days.", {("Hezbollah", "Israel")}),
        ("Israel and Iran fought a 12-day war in June.", {("Iran", "Israel")}),
    ],
)  # fmt: skip
def test_owned_targets_fire_received_and_wars_one_is_locked_in(
    ex: Extractor, text: str, expected: set
) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Somalia accused Ethiopia of violating its sovereignty.",
        "The minister came under criticism from opposition parties.",
        "Thailand and Cambodia have been locked in talks since July.",
    ],
)
def test_criticism_and_talks_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


def test_a_shared_enemy_makes_no_foes(ex: Extractor) -> None:
    text = (
        "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed. "
        "Both nations face the same enemy, al-Shabaab, in Somalia."
    )
    assert ("Ethiopia", "Kenya") not in conflicts(ex, text)
    assert ("Ethiopia", "Somalia") not in conflicts(ex, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian drones hit an oil depot in Novorossiysk.", {("Russia", "Ukraine")}),
        ("Israeli jets bombed Tyre and Sidon.", {("Israel", "Lebanon")}),
        ("Russian missiles hit Lviv and Dnipro overnight.", {("Russia", "Ukraine")}),
        ("Russian strikes on Lviv killed four people on Tuesday.", {("Russia", "Ukraine")}),
        ("Ukraine's forces clashed with Russia's near Kharkiv.", {("Russia", "Ukraine")}),
        ("Israeli strikes on Khan Younis killed 30 people.", set()),
    ],
)
def test_a_city_struck_stands_for_its_state(ex: Extractor, text: str, expected: set) -> None:
    """Never the city as an organization; a town in a territory of no state stands for none."""
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States and China are locked in a trade war.",
        "Ankara and Athens engaged in a war of words over the islands.",
        "Brazil attacked the United States over its tariffs.",
        "Lula attacked Donald Trump over his trade policy.",
        "Greece and Turkey nearly went to war over Imia in 1996.",
        "Mexico's war on drug cartels has killed thousands.",
        "The European Union imposed sanctions on Iran.",
    ],
)
def test_wars_of_words_and_near_wars_are_not_conflicts(ex: Extractor, text: str) -> None:
    assert conflicts(ex, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel attacked Iran over its nuclear programme.", {("Iran", "Israel")}),
        ("Azerbaijan and Armenia fought a war over Karabakh in 2020.", {("Armenia", "Azerbaijan")}),
        ("The Israeli military said it struck Hamas targets in Gaza.", {("Hamas", "Israel")}),
    ],
)  # fmt: skip
def test_attacks_over_a_cause_are_attacks(ex: Extractor, text: str, expected: set) -> None:
    assert conflicts(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger expelled French troops in 2023.", set()),
        ("Mali, Burkina Faso and Niger, which all expelled French troops after coups, formed "
         "the Alliance of Sahel States.", set()),
        ("Russia expelled Ukrainian forces from the Kursk region.", {("Russia", "Ukraine")}),
    ],
)  # fmt: skip
def test_expelling_troops_is_fighting_only_from_somewhere(
    ex: Extractor, text: str, expected: set
) -> None:
    assert conflicts(ex, text) == expected


SUDAN_STORY = (
    "Sudan's war has killed thousands. Sudan's economy has collapsed. Aid to Sudan has dried up. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SUDAN_STORY + "Fighting between the army and the Rapid Support Forces spread to Darfur.",
         {("Rapid Support Forces", "Sudan")}),
        (SUDAN_STORY + "The army shelled RSF positions in Omdurman.",
         {("Rapid Support Forces", "Sudan")}),
        ("Fighting between the army and the Rapid Support Forces spread to Darfur.", set()),
        (SUDAN_STORY + "The army said it would talk to Chad.", set()),
    ],
)  # fmt: skip
def test_the_army_is_the_story_states(ex: Extractor, text: str, expected: set) -> None:
    """Only when the article is about one state (named three times, twice as often as any)."""
    assert conflicts(ex, text) == expected
