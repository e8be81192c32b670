"""`kg ask`: phrasings map to the right named query; answers carry their evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ask import UnknownQuestion, ask, examples, interpret, render
from kg.ask.answer import NO_FACT
from kg.query import open_source

SAMPLE = Path(__file__).parent / "data" / "query-sample.ttl"


@pytest.fixture(scope="module")
def store():
    return open_source(SAMPLE)


PHRASINGS = [
    ("Who leads Russia?", "leaders", {"state": "Russia"}),
    ("who rules russia", "leaders", {"state": "russia"}),
    ("Who is the leader of Russia?", "leaders", {"state": "Russia"}),
    ("Who is in charge of Iran?", "leaders", {"state": "Iran"}),
    ("Who is the president of Iran?", "leaders", {"state": "Iran", "title": "president"}),
    ("Who is Iran's president?", "leaders", {"state": "Iran", "title": "president"}),
    (
        "who's the prime minister of Russia?",
        "leaders",
        {"state": "Russia", "title": "prime minister"},
    ),
    ("Which state does Putin lead?", "leaders", {"leader": "Putin"}),
    ("What country does Vladimir Putin rule?", "leaders", {"leader": "Vladimir Putin"}),
    ("Which country is Pezeshkian the president of?", "leaders", {"leader": "Pezeshkian"}),
    ("Who leads which state?", "leaders", {}),
    ("Who supplies whom?", "who-supplies-whom", {}),
    ("Who supplies what to whom?", "who-supplies-whom", {}),
    ("Who supplies Russia?", "who-supplies-whom", {"recipient": "Russia"}),
    ("Who is supplying weapons to Russia?", "who-supplies-whom", {"recipient": "Russia"}),
    ("Who arms Moscow?", "who-supplies-whom", {"recipient": "Moscow"}),
    ("Who are Russia's suppliers?", "who-supplies-whom", {"recipient": "Russia"}),
    ("Where does Russia get its weapons from?", "who-supplies-whom", {"recipient": "Russia"}),
    ("What does Iran supply?", "who-supplies-whom", {"supplier": "Iran"}),
    ("What has Iran sent?", "who-supplies-whom", {"supplier": "Iran"}),
    (
        "What does Iran supply to Russia?",
        "who-supplies-whom",
        {"supplier": "Iran", "recipient": "Russia"},
    ),
    (
        "What did Tehran send to Moscow?",
        "who-supplies-whom",
        {"supplier": "Tehran", "recipient": "Moscow"},
    ),
    ("Who are Russia's allies?", "alliances", {"party": "Russia"}),
    ("Who is Russia allied with?", "alliances", {"party": "Russia"}),
    ("Who are the allies of Iran?", "alliances", {"party": "Iran"}),
    ("Who is allied with whom?", "alliances", {}),
    ("Who is Russia in conflict with?", "conflicts", {"party": "Russia"}),
    ("Who is Russia at war with?", "conflicts", {"party": "Russia"}),
    ("Who attacked Ukraine?", "conflicts", {"party": "Ukraine"}),
    ("Who is at war with whom?", "conflicts", {}),
    ("Who met whom, and where?", "meetings", {}),
    ("who met whom", "meetings", {}),
    ("Who did Putin meet?", "meetings", {"participant": "Putin"}),
    ("Who has Putin met with?", "meetings", {"participant": "Putin"}),
    ("Who met Pezeshkian?", "meetings", {"participant": "Pezeshkian"}),
    (
        "Where did Putin meet Pezeshkian?",
        "meetings",
        {"participant": "Putin", "with": "Pezeshkian"},
    ),
    ("What did Putin say?", "statements", {"speaker": "Putin"}),
    ("What has President Putin said about Iran?", "statements", {"speaker": "President Putin"}),
    ("Who said what?", "statements", {}),
    ("Who works for Putin?", "affiliations", {"organization": "Putin"}),
    ("Who does Ushakov work for?", "affiliations", {"person": "Ushakov"}),
    ("Can you tell me who leads Russia?", "leaders", {"state": "Russia"}),
]


@pytest.mark.parametrize("question,query,params", PHRASINGS)
def test_phrasings_map_to_named_queries(question, query, params):
    steps = interpret(question).steps
    assert steps[0].query == query
    assert {k: v.lower() for k, v in steps[0].params.items()} == {
        k: v.lower() for k, v in params.items()
    }


def test_who_is_asks_three_queries():
    steps = interpret("Who is Putin?").steps
    assert [s.query for s in steps] == ["leaders", "affiliations", "statements"]
    assert all(next(iter(s.params.values())) == "Putin" for s in steps)


@pytest.mark.parametrize("question", ["Is the sky blue?", "", "   ", "Putin"])
def test_unmappable_questions_list_the_forms(question):
    with pytest.raises(UnknownQuestion) as err:
        interpret(question)
    for example in examples():
        assert example in str(err.value)


def test_every_example_maps_to_its_own_form():
    for example in examples():
        assert interpret(example).form == example


@pytest.mark.parametrize("name", ["Putin", "Vladimir Putin", "President Putin", "PUTIN", "putin's"])
def test_name_variants_give_the_same_answer(store, name):
    reply = ask(store, f"Which state does {name} lead?")
    assert [f.text for f in reply.facts] == ["Vladimir Putin leads Russia as President, since 2000"]


def test_answers_carry_their_evidence_sentences(store):
    reply = ask(store, "Who supplies Moscow?")
    texts = [f.text for f in reply.facts]
    assert texts == [
        "China supplies Russia",
        "Iran supplies Russia with drones",
        "Iran supplies Russia with missiles",
    ]
    drones = reply.facts[1]
    assert [e.sentence for e in drones.evidence] == [
        "Iran has supplied drones and missiles to Russia, according to Western officials."
    ]
    assert drones.evidence[0].document == "summit.txt"
    assert reply.facts[0].evidence[0].document == "treaty.txt"


def test_symmetric_answers_find_evidence_stated_either_way(store):
    reply = ask(store, "Who are Iran's allies?")
    assert [f.text for f in reply.facts] == ["Iran and Russia are allies"]
    assert {e.document for e in reply.facts[0].evidence} == {"summit.txt", "treaty.txt"}


def test_title_is_relaxed_when_no_position_has_it(store):
    reply = ask(store, "Who is the king of Russia?")
    assert [f.text for f in reply.facts] == ["Vladimir Putin leads Russia as President, since 2000"]
    assert len(reply.sparql) == 2


def test_who_is_combines_leadership_affiliation_and_statements(store):
    texts = [f.text for f in ask(store, "Who is Vladimir Putin?").facts]
    assert texts == [
        "Vladimir Putin leads Russia as President, since 2000",
        "Vladimir Putin said: “Our relations with Iran are a priority”",
    ]
    texts = [f.text for f in ask(store, "who is Semenov").facts]
    council = "Russian International Affairs Council"
    assert texts == [f"Kirill Semenov is affiliated with {council} as Middle East expert"]


def test_meeting_of_two_named_people(store):
    reply = ask(store, "Where did Pezeshkian meet Putin?")
    assert [f.text for f in reply.facts] == [
        "Masoud Pezeshkian met Vladimir Putin in Ashgabat on 2024-10-11"
    ]


YES_NO = [
    (
        "Is Lula the president of Brazil?",
        "leaders",
        {"leader": "Lula", "state": "Brazil", "title": "president"},
    ),
    ("Was Lula Brazil's leader?", "leaders", {"leader": "Lula", "state": "Brazil"}),
    (
        "Does Iran supply drones to Russia?",
        "who-supplies-whom",
        {"supplier": "Iran", "recipient": "Russia", "item": "drones"},
    ),
    (
        "Is Iran supplying Russia with missiles?",
        "who-supplies-whom",
        {"supplier": "Iran", "recipient": "Russia", "item": "missiles"},
    ),
    ("Does China arm Russia?", "who-supplies-whom", {"supplier": "China", "recipient": "Russia"}),
    (
        "Is China a supplier of Russia?",
        "who-supplies-whom",
        {"supplier": "China", "recipient": "Russia"},
    ),
    ("Are Iran and Russia allies?", "alliances", {"party": "Iran", "with": "Russia"}),
    ("Is Turkey allied with Ukraine?", "alliances", {"party": "Turkey", "with": "Ukraine"}),
    ("Is Iran Russia's ally?", "alliances", {"party": "Iran", "with": "Russia"}),
    ("Does Ankara back Kyiv?", "alliances", {"party": "Ankara", "with": "Kyiv"}),
    ("Is Israel at war with Hamas?", "conflicts", {"party": "Israel", "with": "Hamas"}),
    (
        "Are Sudan's army and the RSF fighting?",
        "conflicts",
        {"party": "Sudan's army", "with": "the RSF"},
    ),
    ("Did Russia invade Ukraine?", "conflicts", {"party": "Russia", "with": "Ukraine"}),
    ("Did Lula meet Ramaphosa?", "meetings", {"participant": "Lula", "with": "Ramaphosa"}),
    ("Have Lula and Xi met?", "meetings", {"participant": "Lula", "with": "Xi"}),
    ("Does Amorim work for Lula?", "affiliations", {"person": "Amorim", "organization": "Lula"}),
    (
        "Is Kalin a spokesman for Erdogan?",
        "affiliations",
        {"person": "Kalin", "organization": "Erdogan"},
    ),
    (
        "Is Kalin Erdogan's chief adviser?",
        "affiliations",
        {"person": "Kalin", "organization": "Erdogan"},
    ),
]


@pytest.mark.parametrize("question,query,params", YES_NO)
def test_yes_no_questions_narrow_to_both_names(question, query, params):
    interpretation = interpret(question)
    assert interpretation.yes_no
    assert [s.query for s in interpretation.steps] == [query]
    assert interpretation.steps[0].params == params
    assert not interpretation.steps[0].relax  # a yes must be about exactly what was asked


def test_yes_answers_with_the_facts_and_their_evidence(store):
    text = render(ask(store, "Is Tehran allied with Russia?"))
    assert text.splitlines()[:2] == ["Yes.", "Iran and Russia are allies"]
    assert "evidence:" in text
    text = render(ask(store, "Does Iran supply drones to Moscow?"))
    assert text.splitlines()[:2] == ["Yes.", "Iran supplies Russia with drones"]
    assert render(ask(store, "Did Putin meet Pezeshkian?")).startswith("Yes.\n")


@pytest.mark.parametrize(
    "question",
    [
        "Is Iran at war with Russia?",  # allies, not foes
        "Are Iran and China allies?",  # stated only as denied
        "Does Iran supply tanks to Russia?",  # another item
        "Did Putin meet Semenov?",
        "Is Putin the prime minister of Russia?",  # another title
    ],
)
def test_no_fact_is_not_a_no(store, question):
    assert render(ask(store, question)) == NO_FACT


def test_unknown_name_and_no_answer(store):
    assert "No entity named 'Atlantis'" in render(ask(store, "Who leads Atlantis?"))
    assert render(ask(store, "Who supplies China?")) == "No answer in this graph."


def test_show_sparql_includes_the_bound_filter(store):
    reply = ask(store, "Who supplies Russia?")
    text = render(reply, show_sparql=True)
    assert "FILTER(?recipient_iri IN (<https://w3id.org/geokg/id/state/RUS>))" in text


def test_cli_answers_with_evidence(kg):
    result = kg("ask", str(SAMPLE), "Who is Russia in conflict with?")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Russia and Ukraine are in conflict (Ukraine conflict)"
    assert lines[1].strip().startswith("evidence: Putin, who has led Russia since 2000")


def test_cli_show_sparql(kg):
    result = kg("ask", str(SAMPLE), "What did Putin say?", "--show-sparql")
    assert result.returncode == 0, result.stderr
    assert "SELECT" in result.stdout and "speaker_iri IN" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].strip().startswith("evidence:")


def test_cli_unmappable_question_exits_2(kg):
    result = kg("ask", str(SAMPLE), "What is the meaning of life?")
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: cannot map")
    assert "Who supplies Russia?" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_missing_graph_exits_2(kg):
    result = kg("ask", "nowhere.ttl", "Who leads Russia?")
    assert result.returncode == 2
    assert "no such graph file" in result.stderr
