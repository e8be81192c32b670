"""Conflicts in the shapes real reports use: relative clauses ("X, which has fought Y"),
members of a group as the subject ("rebels of the X Front attacked"), wars and insurgencies
waged or led against a side, "the Peruvian state", "end three decades of conflict", "X's war
against Y" anywhere in the sentence, passives, weapons "launched from X", "fighting between
X and Y", "a rebellion against Y". Invented groups and states of no dev article; each
sentence through the real extractor, with the pair it must give, or must not give as a fact
(hedged, threatened, denied, peace talks without a war)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def conflicts(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    """Factual conflict pairs (asserted or reported), each sorted."""
    return rows(ex.facts(text), "conflict")


# (text, pair that must be found as a fact)
FOUND = [
    # "X's war against Y" in any position
    ("Officials discussed arms sales for Peru's war against Chile.", ("Chile", "Peru")),
    ("Funding for Paraguay's war against Bolivia dried up in 1934.", ("Bolivia", "Paraguay")),
    ("Critics of Guyana's war with Suriname gathered in Georgetown.", ("Guyana", "Suriname")),
    ("Zambia's war on the Ruvu Liberation Army has cost thousands of lives.",
     ("Ruvu Liberation Army", "Zambia")),
    ("Bankers worried about the cost of Malawi's war against Zambia.", ("Malawi", "Zambia")),
    ("Few historians have studied Uruguay's war against Paraguay.", ("Paraguay", "Uruguay")),
    ("During Peru's 1879 war against Chile, Lima was occupied.", ("Chile", "Peru")),
    ("Arms sales to Peru during its war against Chile rose.", ("Chile", "Peru")),
    ("Historians still debate the causes of Peru's war with Chile.", ("Chile", "Peru")),
    ("The war of Peru against Chile lasted four years.", ("Chile", "Peru")),
    # relative clauses
    ("Bolivia, which led a military coalition against the Tupac rebels for years, stayed "
     "silent.", ("Bolivia", "Tupac")),
    ("The Tupac Front, which has fought the Peruvian army since April 2023, has not claimed the "
     "attacks.", ("Peru", "Tupac Front")),
    ("The Tupac Front, which has fought Peru since 2023, has not claimed the attacks.",
     ("Peru", "Tupac Front")),
    ("The Ruvu Liberation Army, which has attacked Zambian border posts since 2019, did not "
     "comment.", ("Ruvu Liberation Army", "Zambia")),
    ("Uruguay, which shelled Argentine positions along the river last week, has not "
     "apologised.", ("Argentina", "Uruguay")),
    ("The Sable Brigades, which have shelled Malawian villages for months, refused to attend "
     "the talks.", ("Malawi", "Sable Brigades")),
    ("Namibia, whose troops have fought the Kalahari Freedom Movement since 2021, did not send "
     "a delegation.", ("Kalahari Freedom Movement", "Namibia")),
    ("Bolivia, which fought Paraguay in the 1930s, might send troops against Chile.",
     ("Bolivia", "Paraguay")),
    ("The Chaco Patriotic Front, which has attacked Bolivian police stations since 2022, "
     "denied the report.", ("Bolivia", "Chaco Patriotic Front")),
    # members of a group as the subject
    ("Separatists of the Tupac Front ambushed a convoy of Peruvian soldiers near the border.",
     ("Peru", "Tupac Front")),
    ("Rebels of the Tupac Front attacked the outskirts of Lima after the election.",
     ("Peru", "Tupac Front")),
    ("Fighters of the Ruvu Liberation Army shelled Zambian army positions overnight.",
     ("Ruvu Liberation Army", "Zambia")),
    ("Militants of the Sable Brigades attacked a Malawian police station on Sunday.",
     ("Malawi", "Sable Brigades")),
    ("Gunmen of the Kalahari Freedom Movement raided a Namibian border post.",
     ("Kalahari Freedom Movement", "Namibia")),
    ("Guerrillas of the Chaco Patriotic Front attacked a Bolivian army base.",
     ("Bolivia", "Chaco Patriotic Front")),
    # a capital stands for its state
    ("The Ruvu Liberation Army shelled the suburbs of Lusaka.", ("Ruvu Liberation Army", "Zambia")),
    ("Fighters of the Sable Brigades attacked Lilongwe's airport.", ("Malawi", "Sable Brigades")),
    # waged / led / launched a war, insurgency, campaign, coalition, offensive against
    ("The Tupac Front has waged an insurgency against the Peruvian state since 1984.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front has waged an insurgency against Peru since 1984.", ("Peru", "Tupac Front")),
    ("The Ruvu Liberation Army launched an offensive against Zambian forces in March.",
     ("Ruvu Liberation Army", "Zambia")),
    ("Paraguay waged a long war against Bolivia over the Chaco.", ("Bolivia", "Paraguay")),
    ("The Sable Brigades have led a rebellion against the Malawian government since 2020.",
     ("Malawi", "Sable Brigades")),
    ("Namibia led a coalition against the Kalahari Freedom Movement in 2022.",
     ("Kalahari Freedom Movement", "Namibia")),
    ("The Kalahari Freedom Movement launched a guerrilla campaign against Botswana in 2018.",
     ("Botswana", "Kalahari Freedom Movement")),
    ("The Sable Brigades took up arms against the Malawian government in 2020.",
     ("Malawi", "Sable Brigades")),
    ("The Ruvu Liberation Army fought Zambian government forces near Kasama.",
     ("Ruvu Liberation Army", "Zambia")),
    # ending years of conflict: the conflict was there
    ("The leaders of Peru and Chile committed on Friday to end more than three decades of "
     "conflict.", ("Chile", "Peru")),
    ("Peru and Chile agreed to end three decades of conflict.", ("Chile", "Peru")),
    ("Guyana and Suriname signed a deal ending twenty years of war.", ("Guyana", "Suriname")),
    ("The accord between Paraguay and Bolivia ended decades of hostilities.",
     ("Bolivia", "Paraguay")),
    ("The Tupac Front and Peru vowed to end forty years of fighting.", ("Peru", "Tupac Front")),
    # passives
    ("Peruvian soldiers were ambushed by the Tupac Front near the border.",
     ("Peru", "Tupac Front")),
    ("Zambian border posts were attacked by fighters of the Ruvu Liberation Army.",
     ("Ruvu Liberation Army", "Zambia")),
    ("A Malawian convoy was shelled by the Sable Brigades on Tuesday.",
     ("Malawi", "Sable Brigades")),
    ("Bolivian police were ambushed by gunmen of the Chaco Patriotic Front.",
     ("Bolivia", "Chaco Patriotic Front")),
    # weapons launched from a state
    ("Drones launched from Peru struck the Chilean port of Arica.", ("Chile", "Peru")),
    ("Rockets fired from Suriname hit the Guyanese town of Lethem.", ("Guyana", "Suriname")),
    ("Missiles launched from Bolivian territory struck Paraguayan army positions.",
     ("Bolivia", "Paraguay")),
    # fighting between
    ("Fighting between Guyana and Suriname displaced thousands last year.",
     ("Guyana", "Suriname")),
    ("Heavy fighting between Zambian troops and the Ruvu Liberation Army was reported near "
     "Kasama.", ("Ruvu Liberation Army", "Zambia")),
    ("The UN counted 200 dead in the fighting between the Sable Brigades and the Malawian "
     "army.", ("Malawi", "Sable Brigades")),
    # a rebellion, an insurgency against
    ("The Kalahari Freedom Movement's rebellion against Botswana began in 2018.",
     ("Botswana", "Kalahari Freedom Movement")),
    ("The Sable Brigades' insurgency against Malawi has killed 3,000 people.",
     ("Malawi", "Sable Brigades")),
    ("A rebellion against the Bolivian government by the Chaco Patriotic Front spread to three "
     "provinces.", ("Bolivia", "Chaco Patriotic Front")),
    ("Tajik border guards clashed with Kyrgyz troops on Thursday.", ("Kyrgyzstan", "Tajikistan")),
    ("The Mekong People's Army's rebellion against Laos spread to the north.",
     ("Laos", "Mekong People's Army")),
    # more of the same kinds, other words
    ("Peru's long war against the Tupac Front has cost billions.", ("Peru", "Tupac Front")),
    ("Prices rose after Peru's war against Chile began.", ("Chile", "Peru")),
    ("Peru, whose war against Chile has dragged on for years, asked for loans.",
     ("Chile", "Peru")),
    ("The Tupac Front, which has been fighting the Peruvian government since 1984, rejected "
     "the offer.", ("Peru", "Tupac Front")),
    ("The Tupac Front, which has carried out attacks on Peruvian soldiers, denied involvement.",
     ("Peru", "Tupac Front")),
    ("Bolivian troops were attacked by separatists of the Chaco Patriotic Front.",
     ("Bolivia", "Chaco Patriotic Front")),
    ("Drones fired from Paraguayan territory hit a Bolivian army depot.",
     ("Bolivia", "Paraguay")),
    ("Drones launched by the Tupac Front struck Lima.", ("Peru", "Tupac Front")),
    ("The Mekong People's Army has waged a guerrilla war against the Laotian government since "
     "1975.", ("Laos", "Mekong People's Army")),
    ("Laos launched a military offensive against the Mekong People's Army.",
     ("Laos", "Mekong People's Army")),
    ("Three decades of conflict between Peru and Chile ended with the accord.",
     ("Chile", "Peru")),
    ("Insurgents of the Mekong People's Army killed ten Laotian soldiers.",
     ("Laos", "Mekong People's Army")),
    ("Bolivia and the Chaco Patriotic Front signed an accord to end ten years of fighting.",
     ("Bolivia", "Chaco Patriotic Front")),
    ("Peru and the Tupac Front signed a deal that ended a 30-year insurgency.",
     ("Peru", "Tupac Front")),
    ("Peru and Ecuador agreed to end their decades-long border conflict.", ("Ecuador", "Peru")),
    ("Brazil and Argentina offered to help end decades of conflict between Peru and Chile.",
     ("Chile", "Peru")),
    ("Forces loyal to the Tupac Front attacked Peruvian police.", ("Peru", "Tupac Front")),
    ("The Tupac Front has staged a decades-long insurgency against Lima.",
     ("Peru", "Tupac Front")),
    ("Peru is fighting an insurgency by the Tupac Front.", ("Peru", "Tupac Front")),
    ("Bolivian forces have been fighting rebels of the Chaco Patriotic Front for years.",
     ("Bolivia", "Chaco Patriotic Front")),
    # who claimed an attack made it; the object of a relative clause; counts of fighters
    ("The Tupac Front claimed responsibility for the attack on Peruvian soldiers.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front claimed responsibility for an ambush that killed 12 Peruvian soldiers.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front, which Peru has fought since 1984, rejected the talks.",
     ("Peru", "Tupac Front")),
    ("Hundreds of Tupac Front militants stormed a Peruvian army base.", ("Peru", "Tupac Front")),
    ("The Tupac Front has been fighting for independence from Peru since 1984.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front's armed struggle against Peru began in 1984.", ("Peru", "Tupac Front")),
    ("A Peruvian soldier was killed in a Tupac Front ambush.", ("Peru", "Tupac Front")),
    ("Ecuador's three-decade war with Peru ended in 1998.", ("Ecuador", "Peru")),
    ("The Tupac Front rebels, who have fought Peru since 1984, signed a truce.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front, a group that has attacked Peruvian troops for decades, rejected the "
     "talks.", ("Peru", "Tupac Front")),
    ("Peru's decades-long fight against the Tupac Front has cost billions.",
     ("Peru", "Tupac Front")),
    ("Chile joined the fight against the Tupac Front in 2020.", ("Chile", "Tupac Front")),
    ("Peru's struggle against the Tupac Front has lasted four decades.",
     ("Peru", "Tupac Front")),
    ("Rebels of the Tupac Front, which Chile backs, attacked Lima.", ("Peru", "Tupac Front")),
    # a war that pitted X against Y; a side named by an apposition
    ("The War of the Pacific pitted Chile against Peru and Bolivia.", ("Bolivia", "Chile")),
    ("A border war that pitted Peru against Ecuador ended in 1998.", ("Ecuador", "Peru")),
    ("The war between Peru and its neighbour Chile lasted four years.", ("Chile", "Peru")),
    ("Peru went to war with Chile in 1879.", ("Chile", "Peru")),
    ("The Tupac Front, which is at war with Peru, released two hostages.",
     ("Peru", "Tupac Front")),
    # a state speaking of its own units; repelling an attack by X
    ("Peru's defence ministry said Tupac Front fighters had attacked a patrol near Puno.",
     ("Peru", "Tupac Front")),
    ("Chile said the Tupac Front had attacked a patrol.", ("Chile", "Tupac Front")),
    ("Peru's army said it had repelled an attack by the Tupac Front.",
     ("Peru", "Tupac Front")),
]  # fmt: skip

# (text, pair that must NOT be found as a fact)
NOT_FOUND = [
    ("Chile accused Peru of arming the Tupac rebels after drone attacks on Arica.",
     ("Chile", "Tupac")),
    ("Peru warned that it could attack Chile.", ("Chile", "Peru")),
    ("Chile could launch strikes against Peru, a minister warned.", ("Chile", "Peru")),
    ("Bolivia denied attacking Paraguayan positions.", ("Bolivia", "Paraguay")),
    ("Guyana and Suriname held peace talks in Paramaribo.", ("Guyana", "Suriname")),
    ("Peru and Chile signed a trade agreement to end three decades of tariffs.",
     ("Chile", "Peru")),
    ("Officials discussed a possible war between Peru and Chile.", ("Chile", "Peru")),
    ("The Tupac Front, which has never attacked Chile, condemned the strike.",
     ("Chile", "Tupac Front")),
    ("Uruguay waged a diplomatic campaign against Argentina.", ("Argentina", "Uruguay")),
    ("Paraguay's trade war against Bolivia hurt farmers.", ("Bolivia", "Paraguay")),
    ("Peru and Chile agreed to avoid conflict.", ("Chile", "Peru")),
    ("Peru's war of words with Chile escalated.", ("Chile", "Peru")),
    ("Bolivia, which fought Paraguay in the 1930s, might send troops against Chile.",
     ("Bolivia", "Chile")),
    ("The Tupac Front would wage an insurgency against Peru if talks failed.",
     ("Peru", "Tupac Front")),
    ("Peru and Chile held talks to prevent a war.", ("Chile", "Peru")),
    ("Guyana and Suriname agreed to end two decades of rivalry over fishing rights.",
     ("Guyana", "Suriname")),
    ("Rebels of the Tupac Front threatened to attack Lima.", ("Peru", "Tupac Front")),
    ("Peru led a coalition against Chile's tariffs at the trade talks.", ("Chile", "Peru")),
    ("Peru denied that drones launched from its territory struck Arica.", ("Chile", "Peru")),
    ("Chile said it would end any war with Peru quickly.", ("Chile", "Peru")),
    ("The Tupac Front, which has never fought Peru, joined the talks.", ("Peru", "Tupac Front")),
    ("Rebels of the Tupac Front could attack Lima, officials warned.", ("Peru", "Tupac Front")),
    ("Fighters of the Tupac Front joined the peace talks with Peru.", ("Peru", "Tupac Front")),
    ("Peru hosted a coalition against hunger with Chile.", ("Chile", "Peru")),
    ("The Mekong People's Army's rebellion against Laos could spread, analysts said.",
     ("Laos", "Mekong People's Army")),
    ("Chile threatened to join a coalition against Peru.", ("Chile", "Peru")),
    ("Mali, which battles the al Qaeda-linked JNIM insurgency, voiced alarm.",
     ("JNIM", "al-Qaeda")),
    # mediators who end someone else's conflict are no side
    ("Brazil and Argentina offered to help end decades of conflict between Peru and Chile.",
     ("Argentina", "Brazil")),
    ("Brazil and Argentina pledged to end decades of conflict in Bolivia.",
     ("Argentina", "Brazil")),
    ("The Tupac Front denied responsibility for the attack on Peruvian soldiers.",
     ("Peru", "Tupac Front")),
    ("Hundreds of Tupac Front supporters marched through Lima.", ("Peru", "Tupac Front")),
    ("The Tupac Front, which Peru might fight next year, rejected the talks.",
     ("Peru", "Tupac Front")),
    ("The Tupac Front has campaigned for independence from Peru.", ("Peru", "Tupac Front")),
    ("Peru's legal fight against Chile at the court dragged on.", ("Chile", "Peru")),
    # a backer of the rebels is no side of their fight
    ("Chilean-backed Tupac Front rebels attacked Lima.", ("Chile", "Peru")),
    ("Rebels of the Tupac Front, which Chile backs, attacked Lima.", ("Chile", "Peru")),
    ("Rebels of the Tupac Front, which Chile backs, attacked Lima.", ("Chile", "Tupac Front")),
    ("The Tupac Front, which has fought Peru since 1984, is backed by Chile.",
     ("Chile", "Tupac Front")),
    ("Peru accused Chile of backing the Tupac Front.", ("Chile", "Peru")),
    ("Separatists backed by Chile have fought Peruvian forces since 2014.", ("Chile", "Peru")),
    ("Fighters trained by Chile attacked Peruvian positions.", ("Chile", "Peru")),
    # what pits X against Y must be a war
    ("The final pitted Brazil against Argentina.", ("Argentina", "Brazil")),
    ("The case pitted Peru against Chile at the court.", ("Chile", "Peru")),
    # a unit named as someone else's, or a speaker that is no state
    ("Peru said the Tupac Front had attacked a Chilean patrol.", ("Peru", "Tupac Front")),
    ("The UN said rebels of the Tupac Front attacked a convoy.",
     ("Tupac Front", "United Nations")),
    # leading talks or a body on a war is no part in it
    ("Brazil led the talks on the war in Ukraine.", ("Brazil", "Ukraine")),
    ("Brazil headed a commission on the war with Chile.", ("Brazil", "Chile")),
    ("Brazil formed a committee on the conflict in Sudan.", ("Brazil", "Sudan")),
    ("Peru's fight against Chile over tariffs has hurt exporters.", ("Chile", "Peru")),
    ("The invasion of Peru against the wishes of Chile was condemned.", ("Chile", "Peru")),
    # the new shapes, hedged or denied
    ("Rebels of the Tupac Front may have attacked Lima.", ("Peru", "Tupac Front")),
    ("The Tupac Front would take up arms against Peru if the talks failed.",
     ("Peru", "Tupac Front")),
    ("Drones launched from Peru could strike Arica.", ("Chile", "Peru")),
    ("Peru denied that its troops had ambushed Chilean soldiers.", ("Chile", "Peru")),
    ("The Tupac Front, which could attack Lima, is on alert.", ("Peru", "Tupac Front")),
    ("Peru warned it could join a coalition against Chile.", ("Chile", "Peru")),
]  # fmt: skip


@pytest.mark.parametrize("text,pair", FOUND)
def test_found(ex: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in conflicts(ex, text)


@pytest.mark.parametrize("text,pair", NOT_FOUND)
def test_not_found(ex: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair not in conflicts(ex, text)
