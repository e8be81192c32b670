"""Alliances in the shapes real news reports use: appositions ("X, one of Y's backers"), "as"
and "seen as", "described ... as" (also in a relative clause), "whose ally", three or more
parties, "formed a pact with", "raised ties to", backing given to someone, membership and
accession. Each sentence goes through the real extractor; the negatives are the same shapes
with rivals, critics, hedges and denials, which are no alliances."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def alliances(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "alliance")


def _all_pairs(*names: str) -> set[tuple[str, str]]:
    return {tuple(sorted((a, b))) for i, a in enumerate(names) for b in names[i + 1 :]}


# (text, pairs that must all be found)
FOUND = [
    # "X, one of Y's ...", "as one of Y's ...", "among Y's ..."
    ("Chile, one of Peru's steadiest backers, condemned the strikes.", {("Chile", "Peru")}),
    ("Chile arrives as one of Peru's steadiest backers.", {("Chile", "Peru")}),
    ("Ghana, one of Togo's most loyal backers, sent a delegation to Lome.", {("Ghana", "Togo")}),
    ("Latvia, one of Moldova's firmest supporters, hosted the summit.", {("Latvia", "Moldova")}),
    (
        "Uruguay, one of Paraguay's oldest allies in the region, voted against the motion.",
        {("Paraguay", "Uruguay")},
    ),
    ("Gambia, among Senegal's closest allies, closed its border.", {("Gambia", "Senegal")}),
    ("Norway enters the talks as one of Iceland's closest allies.", {("Iceland", "Norway")}),
    (
        "Morocco has emerged as one of Mauritania's key security partners.",
        {("Mauritania", "Morocco")},
    ),
    ("Rwanda, long one of Uganda's closest partners, sent troops.", {("Rwanda", "Uganda")}),
    (
        "Bhutan, among the closest allies of India in the region, abstained.",
        {("Bhutan", "India")},
    ),
    ("Bolivia counts itself among Venezuela's firmest allies.", {("Bolivia", "Venezuela")}),
    ("Cuba has remained one of Nicaragua's most reliable allies.", {("Cuba", "Nicaragua")}),
    (
        "Chile and Bolivia, two of Peru's closest allies, condemned the strikes.",
        {("Chile", "Peru"), ("Bolivia", "Peru")},
    ),
    ("Estonia, seen as one of Latvia's staunchest allies, sent troops.", {("Estonia", "Latvia")}),
    (
        "Peru's allies, among them Chile and Bolivia, condemned the strikes.",
        {("Chile", "Peru"), ("Bolivia", "Peru")},
    ),
    # "seen as", "viewed as", "regarded as", "considered"
    ("Greece considers Cyprus its most important partner.", {("Cyprus", "Greece")}),
    ("Ghana is increasingly seen as a key partner of Togo.", {("Ghana", "Togo")}),
    (
        "Lars Holm is widely seen as Tom Hale's closest partner in Europe.",
        {("Lars Holm", "Tom Hale")},
    ),
    ("Laos is often viewed as Vietnam's most dependable ally.", {("Laos", "Vietnam")}),
    (
        "Lars Holm, long one of Tom Hale's closest partners, visited Oslo.",
        {("Lars Holm", "Tom Hale")},
    ),
    (
        "Senator Mara Velez is widely seen as President Hugo Castan's closest ally.",
        {("Hugo Castan", "Mara Velez")},
    ),
    (
        "Prime Minister Ana Rosales, one of President Tomas Urbina's closest allies, resigned.",
        {("Ana Rosales", "Tomas Urbina")},
    ),
    ("Jamaica is regarded by many as Barbados's closest partner.", {("Barbados", "Jamaica")}),
    ("Kuwait has long been considered Bahrain's staunchest backer.", {("Bahrain", "Kuwait")}),
    # "described ... as": a ministry speaks for its state
    (
        "Japan's Ministry of Defence described Fiji as a regional ally.",
        {("Fiji", "Japan")},
    ),
    (
        "Kenya's defence ministry described Rwanda as a vital security partner.",
        {("Kenya", "Rwanda")},
    ),
    ("Senegal's foreign ministry called Gambia a brotherly ally.", {("Gambia", "Senegal")}),
    (
        "The Brazilian foreign ministry described Angola as a strategic partner.",
        {("Angola", "Brazil")},
    ),
    ("Kenya's foreign ministry hailed Uganda as a steadfast ally.", {("Kenya", "Uganda")}),
    ("Sweden's government called Finland its closest partner.", {("Finland", "Sweden")}),
    ("The ministry in Stockholm described Norway as a trusted ally.", {("Norway", "Sweden")}),
    ("Ghana's defence ministry said Togo was a key security partner.", {("Ghana", "Togo")}),
    ("Fiji is described by Japan as a regional ally.", {("Fiji", "Japan")}),
    ("Guyana was hailed by Brazil as a strategic partner.", {("Brazil", "Guyana")}),
    ("Chile is regarded in Lima as a trusted partner.", {("Chile", "Peru")}),
    ('Peru called Chile "a brother and an ally".', {("Chile", "Peru")}),
    ("For Peru, Chile is the most reliable partner.", {("Chile", "Peru")}),
    ("Chile remains a key partner for Peru.", {("Chile", "Peru")}),
    (
        "Chile, considered one of Peru's closest allies, sent troops.",
        {("Chile", "Peru")},
    ),
    (
        "Peru described its relationship with Chile as a strategic alliance.",
        {("Chile", "Peru")},
    ),
    # relative clauses: "Y, which X described as ..."
    (
        "Moldova, which Romania's president described as a sister nation and close ally, "
        "hosted the summit.",
        {("Moldova", "Romania")},
    ),
    (
        "Azerbaijan, which Ankara has long described as a brotherly nation and ally, hosted "
        "the drills.",
        {("Azerbaijan", "Turkey")},
    ),
    (
        "Morocco, a country Paris regards as a strategic partner, signed the deal.",
        {("France", "Morocco")},
    ),
    ("Qatar, which counts Oman among its allies, mediated.", {("Oman", "Qatar")}),
    (
        'Paraguay, which Brazil\'s foreign ministry called "an indispensable partner", voted yes.',
        {("Brazil", "Paraguay")},
    ),
    (
        "The frigate visited Fiji, which New Zealand considers a vital security partner.",
        {("Fiji", "New Zealand")},
    ),
    ("The aid went to Haiti, which Canada calls a close partner.", {("Canada", "Haiti")}),
    (
        "The ship was sent to Fiji, which Japan's Ministry of Defence described as \"a "
        'regional ally and trusted partner".',
        {("Fiji", "Japan")},
    ),
    (
        "The frigate docked in Tonga, which Australia's defence department described as a "
        "close security partner.",
        {("Australia", "Tonga")},
    ),
    ("Aid flowed to Moldova, which Romania regards as its closest ally.", {("Moldova", "Romania")}),
    ("The envoy flew to Djibouti, which Italy calls a strategic partner.", {("Djibouti", "Italy")}),
    (
        "The jets landed in Lithuania, which Norway's defence ministry described as \"a trusted "
        'ally and close neighbour".',
        {("Lithuania", "Norway")},
    ),
    # "whose ally"
    (
        "The talks were hosted by Bahrain, whose closest ally is Saudi Arabia.",
        {("Bahrain", "Saudi Arabia")},
    ),
    ("Cuba, whose main ally is Venezuela, boycotted the meeting.", {("Cuba", "Venezuela")}),
    ("Serbia, whose staunchest backer is Hungary, refused to sign.", {("Hungary", "Serbia")}),
    (
        "The summit was held in Nicaragua, whose allies include Cuba and Venezuela.",
        {("Cuba", "Nicaragua"), ("Nicaragua", "Venezuela")},
    ),
    ("Cuba's main ally is Venezuela.", {("Cuba", "Venezuela")}),
    ("Qatar, whose closest partner remains Kuwait, stayed silent.", {("Kuwait", "Qatar")}),
    ("Togo, whose main backer has long been Ghana, rejected the plan.", {("Ghana", "Togo")}),
    (
        "Cuba's main allies remain Venezuela and Nicaragua.",
        {("Cuba", "Nicaragua"), ("Cuba", "Venezuela")},
    ),
    # three or more parties, "binding"
    (
        "The leaders of Chile, Peru and Bolivia signed a treaty on Saturday binding their "
        "countries into a confederation.",
        _all_pairs("Bolivia", "Chile", "Peru"),
    ),
    (
        "The presidents of Kenya, Uganda and Tanzania signed a pact on Friday binding their "
        "states into an alliance.",
        _all_pairs("Kenya", "Tanzania", "Uganda"),
    ),
    (
        "The foreign ministers of Norway, Sweden and Denmark signed a treaty binding their "
        "countries to mutual defence.",
        _all_pairs("Denmark", "Norway", "Sweden"),
    ),
    (
        "The heads of state of Guinea, Sierra Leone and Liberia signed a mutual defence pact.",
        _all_pairs("Guinea", "Liberia", "Sierra Leone"),
    ),
    (
        "Estonia, Latvia, Lithuania and Poland signed a defence treaty on Monday.",
        _all_pairs("Estonia", "Latvia", "Lithuania", "Poland"),
    ),
    (
        "Foreign ministers from Chile, Peru and Ecuador signed a security pact on Monday.",
        _all_pairs("Chile", "Ecuador", "Peru"),
    ),
    (
        "Chile, Peru and Bolivia on Friday formed a defence bloc, binding the three states to "
        "mutual defence.",
        _all_pairs("Bolivia", "Chile", "Peru"),
    ),
    (
        "The treaty binding Ghana, Togo and Benin to mutual defence was signed in Lome.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "Kenya, Uganda and Rwanda are bound by a mutual defence treaty.",
        _all_pairs("Kenya", "Rwanda", "Uganda"),
    ),
    (
        "Representatives of Laos, Cambodia and Myanmar signed a security pact in Vientiane.",
        _all_pairs("Cambodia", "Laos", "Myanmar"),
    ),
    (
        "Chile has signed a trilateral defence pact with Peru and Bolivia.",
        _all_pairs("Bolivia", "Chile", "Peru"),
    ),
    (
        "Ghana and Togo, along with Benin, signed a mutual defence pact.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "Together with Togo, Ghana signed a defence pact with Benin.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "A pact uniting Ghana, Togo and Benin came into force.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "Ghana, Togo and Benin are members of the Sahel Defence Alliance.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "Ghana joined Togo and Benin in a defence alliance.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    (
        "Benin joined the alliance formed by Ghana and Togo.",
        _all_pairs("Benin", "Ghana", "Togo"),
    ),
    # "with A and B it formed a pact"
    (
        "Uganda, with Kenya and Rwanda, formed the East African Defence Pact in 2019.",
        _all_pairs("Kenya", "Rwanda", "Uganda"),
    ),
    (
        "Alongside Peru and Ecuador, Colombia established a defence alliance.",
        _all_pairs("Colombia", "Ecuador", "Peru"),
    ),
    (
        "Colombia joined Peru and Ecuador in forming a defence pact.",
        _all_pairs("Colombia", "Ecuador", "Peru"),
    ),
    (
        "Chile hosted the talks. With Peru and Bolivia it formed the Andean Defence League, a "
        "mutual defence pact.",
        _all_pairs("Bolivia", "Chile", "Peru"),
    ),
    (
        "Together with Malawi and Zambia, Mozambique formed a regional defence bloc.",
        _all_pairs("Malawi", "Mozambique", "Zambia"),
    ),
    (
        "Vietnam held elections. With Laos and Cambodia it formed the Mekong Security Pact, a "
        "mutual defence alliance.",
        _all_pairs("Cambodia", "Laos", "Vietnam"),
    ),
    (
        "Along with Ecuador and Bolivia, Peru founded a mutual defence alliance in 1998.",
        _all_pairs("Bolivia", "Ecuador", "Peru"),
    ),
    # "raised/elevated/lifted ties to a partnership"
    (
        "Chile and Peru raised their relationship to a comprehensive strategic partnership on "
        "Sunday.",
        {("Chile", "Peru")},
    ),
    (
        "Vietnam and Indonesia elevated their ties to a comprehensive strategic partnership.",
        {("Indonesia", "Vietnam")},
    ),
    (
        "Greece lifted relations with Cyprus to a strategic partnership in May.",
        {("Cyprus", "Greece")},
    ),
    ("Kuwait and Iraq raised ties to the level of a strategic alliance.", {("Iraq", "Kuwait")}),
    (
        "Mongolia and Kazakhstan took their relationship to a strategic partnership.",
        {("Kazakhstan", "Mongolia")},
    ),
    (
        "Kenya and Uganda upgraded their ties to the level of a comprehensive strategic "
        "partnership.",
        {("Kenya", "Uganda")},
    ),
    (
        "Tanzania lifted its relationship with Zambia to a strategic partnership.",
        {("Tanzania", "Zambia")},
    ),
    (
        "Serbia's ties with Hungary were raised to a strategic partnership in 2021.",
        {("Hungary", "Serbia")},
    ),
    # backing and support given to someone
    ("Cuba pledged Venezuela its solidarity.", {("Cuba", "Venezuela")}),
    ("Poland guaranteed Lithuania its protection.", {("Lithuania", "Poland")}),
    (
        "Nigeria vowed to give Niger its full backing against the insurgents.",
        {("Niger", "Nigeria")},
    ),
    ("Latvia extended Lithuania its backing in the dispute.", {("Latvia", "Lithuania")}),
    (
        "Portugal offered Angola its support in the fight against the rebels.",
        {("Angola", "Portugal")},
    ),
    (
        "Kenyan President Joel Mbatha spoke on Monday. Mbatha promised Somalia his "
        "country's backing in a campaign against militants.",
        {("Kenya", "Somalia")},
    ),
    ("Hungary offered Serbia its full backing on Tuesday.", {("Hungary", "Serbia")}),
    ("Algeria pledged Tunisia its support against the insurgents.", {("Algeria", "Tunisia")}),
    (
        "Kazakhstan gave Kyrgyzstan its unwavering support during the crisis.",
        {("Kazakhstan", "Kyrgyzstan")},
    ),
    ("Nigeria assured Benin of its full support.", {("Benin", "Nigeria")}),
    ("Poland promised Lithuania its unconditional backing.", {("Lithuania", "Poland")}),
    ("Chile is the latest country to pledge Peru its support.", {("Chile", "Peru")}),
    ("Chile became the first state to offer Peru its backing.", {("Chile", "Peru")}),
    ("Chile has provided diplomatic backing to Peru.", {("Chile", "Peru")}),
    ("Chile lent Peru its support during the crisis.", {("Chile", "Peru")}),
    ("Chile's backing of Peru angered Bolivia.", {("Chile", "Peru")}),
    ("Peru counts on Chile's support.", {("Chile", "Peru")}),
    ("Peru relies on Chile's backing in the dispute.", {("Chile", "Peru")}),
    ("With the backing of Chile, Peru rejected the ruling.", {("Chile", "Peru")}),
    ("Peru won Chile's backing for its bid.", {("Chile", "Peru")}),
    ("Peru enjoys the firm support of Chile.", {("Chile", "Peru")}),
    ("Chile came to Peru's aid during the war.", {("Chile", "Peru")}),
    # "security partner of the islands": a description of the state named before
    (
        "The Solomon Islands held elections in April. Canberra has long regarded itself as the "
        "islands' first security partner.",
        {("Australia", "Solomon Islands")},
    ),
    # membership and accession
    ("Chile's membership will make NATO stronger.", {("Chile", "NATO")}),
    ("Chile's accession to NATO was completed in March.", {("Chile", "NATO")}),
    ("Montenegro's accession to NATO angered Belgrade.", {("Montenegro", "NATO")}),
    ("North Macedonia's membership of NATO was ratified in 2020.", {("NATO", "North Macedonia")}),
    ("Croatia's NATO membership has made the alliance stronger.", {("Croatia", "NATO")}),
    ("The accession of Albania to NATO was completed in 2009.", {("Albania", "NATO")}),
    ("Sweden's entry into NATO ended two centuries of neutrality.", {("NATO", "Sweden")}),
    ("NATO admitted Montenegro as its 29th member in 2017.", {("Montenegro", "NATO")}),
    ("Albania is among NATO's newest members.", {("Albania", "NATO")}),
    (
        "With Finland's membership, NATO doubled its border with Russia.",
        {("Finland", "NATO")},
    ),
    ("Montenegro's membership in NATO was confirmed in 2017.", {("Montenegro", "NATO")}),
    (
        "Chile is a member of the Andean Security Pact along with Peru and Bolivia.",
        _all_pairs("Bolivia", "Chile", "Peru"),
    ),
    # alliances kept with others
    (
        "Ecuador has entered only two alliances, besides those it keeps with the United States "
        "and Colombia.",
        {("Ecuador", "United States"), ("Colombia", "Ecuador")},
    ),
    (
        "Peru has signed two defence pacts, besides those it keeps with Brazil and Chile.",
        {("Brazil", "Peru"), ("Chile", "Peru")},
    ),
    (
        "Norway has several partnerships, besides the one it keeps with Denmark.",
        {("Denmark", "Norway")},
    ),
    (
        "Ecuador keeps alliances with Colombia and Peru.",
        {("Colombia", "Ecuador"), ("Ecuador", "Peru")},
    ),
]

# (text, pairs that must not be found; None: no alliance at all)
NOT_FOUND = [
    ("Chile, one of Peru's fiercest critics, condemned the strikes.", None),
    ("Ghana, one of Togo's oldest rivals, sent a delegation.", None),
    ("Bolivia, one of Chile's sharpest opponents, walked out.", None),
    ("Uruguay, one of Paraguay's biggest trading partners, voted against the motion.", None),
    ("Laos is often seen as Vietnam's main rival.", None),
    ("Norway enters the talks as one of Iceland's harshest critics.", None),
    ("The frigate docked in Tonga, which Fiji described as a hostile neighbour.", None),
    ("Armenia, whose main rival is Azerbaijan, boycotted the meeting.", None),
    ("Chile and Peru could raise their relationship to a strategic partnership.", None),
    ("Chile and Peru plan to raise ties to a strategic partnership next year.", None),
    ("Hungary denied offering Serbia its backing.", None),
    ("Algeria would offer Tunisia its support if the insurgents attacked.", None),
    ("Georgia's bid for NATO membership stalled.", None),
    ("Moldova's possible accession to NATO was debated in parliament.", None),
    ("Ecuador has no alliances with Colombia or Peru.", None),
    ("Kenya described Eritrea as a potential ally.", None),
    ("Kenya, a potential ally of Eritrea, voted.", None),
    ("Turkey blocked Sweden's accession to NATO.", None),
    ("Georgia seeks membership of NATO.", None),
    ("Serbia's NATO membership bid failed.", None),
    ("Moldova has signed no alliances, and it keeps none with Romania.", None),
    ("Bolivia counts itself among Venezuela's fiercest critics.", None),
    ("Ghana said Togo was not a reliable partner.", None),
    ("Ghana joined Togo and Benin in condemning the coup.", None),
    (
        "Ghana signed separate defence pacts with Togo and Benin.",
        {("Benin", "Togo")},
    ),
    ("Peru sought Chile's support.", None),
    ("Peru lost Chile's backing.", None),
    ("Chile withdrew its support for Peru.", None),
    ("Peru asked for the support of Chile.", None),
    ("Peru failed to win Chile's backing.", None),
    ("Chile refused to come to Peru's aid.", None),
    ("Chile sent aid to Peru.", None),
    (
        "Peru's closest ally, Chile, and its rival Bolivia condemned the strikes.",
        {("Bolivia", "Peru")},
    ),
    ("Chile and Bolivia, two of Peru's fiercest critics, condemned the strikes.", None),
    ("Chile could become one of Peru's steadiest backers.", None),
    ("Chile, which could become one of Peru's backers, abstained.", None),
    ("Chile denied being one of Peru's backers.", None),
    ("Chile is not among Peru's allies.", None),
    ("Chile hopes to join Peru and Bolivia in a defence alliance.", None),
    ("Chile plans to raise its relationship with Peru to a strategic partnership.", None),
    (
        "The leaders of Chile, Peru and Bolivia are expected to sign a treaty binding their "
        "countries.",
        None,
    ),
    ("Chile's accession to NATO could take years.", None),
    ("Peru may soon count on Chile's support.", None),
    ("Senator Mara Velez is widely seen as President Hugo Castan's fiercest rival.", None),
    ("Fiji is described by Japan as a hostile neighbour.", None),
    ("Guyana is seen in Caracas as a rival.", None),
    ("For Peru, Chile is the biggest threat.", None),
    ("Peru described its relationship with Chile as a strategic rivalry.", None),
    ("Chile, considered one of Peru's harshest critics, sent troops.", None),
    ("Fiji is not regarded by Japan as an ally.", None),
    ("With help from the United Nations, Mali held elections.", None),
    ("Chile did not provide backing to Peru.", None),
    ("Greece might consider Cyprus its most important partner.", None),
    ("Greece considers Cyprus a potential partner.", None),
    ("Albania is not among NATO's members.", None),
    ("Chile has rejected a trilateral defence pact with Peru and Bolivia.", None),
    ("Ghana said Togo could become a key partner.", None),
    ("Poland refused to guarantee Lithuania its protection.", None),
    ("Finland's accession to the European Union changed its trade.", None),
    ("The frigate visited Fiji, which New Zealand considers a potential partner.", None),
    ("Sweden's government might call Finland its closest partner.", None),
    (
        "The leaders of Chile, Peru and Bolivia rejected a treaty binding their countries into "
        "a confederation.",
        None,
    ),
    # a ministry speaks for its state: never an ally of its own
    (
        "Japan's Ministry of Defence described Fiji as a regional ally.",
        {("Fiji", "Ministry of Defence")},
    ),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_alliance_found(ex: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = alliances(ex, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,wrong", NOT_FOUND)
def test_no_alliance(ex: Extractor, text: str, wrong: set[tuple[str, str]] | None) -> None:
    found = alliances(ex, text)
    if wrong is None:
        assert found == set()
    else:
        assert not wrong & found, f"found {wrong & found}"
