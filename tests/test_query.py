"""SPARQL for people: one-line errors, updates refused, renderers, named queries."""
from __future__ import annotations

import csv
import io
import json
import re
import select
import signal
import subprocess
import sys
import unicodedata

import pytest
from kg_fixtures import PROGRAM, SO_TTTT, UBND, meeting_facts, two_article_store, visit_facts
from rdflib import Graph, Literal

from kg.export import rdflib_dataset
from kg.mapping import facts_to_graph
from kg.query import QueryError, load_named_query, named_queries, run_named_query, run_query
from kg.result_formats import as_csv, as_json, as_table
from kg.store import open_store
from kg.vocab import PREFIXES

NAMED = ("who_directed", "posts_of_person", "holders_of_post", "directives_to",
         "programs_of_province", "firms_partnering", "article_facts")


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(meeting_facts()))
        store.replace_graph(facts_to_graph(visit_facts()))
        later = meeting_facts(name="nam-dinh-sau")  # a later article: the post is now a former one
        later.persons[0].positions[0].status = "nguyên"
        store.replace_graph(facts_to_graph(later))
        yield store


def width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def test_a_syntax_error_is_one_line_with_its_position(store):
    with pytest.raises(QueryError) as caught:
        run_query(store, "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(?x = ) }")
    message = str(caught.value)
    assert "\n" not in message
    assert re.match(r"SPARQL syntax error at line 4, column \d+: ", message)


def test_an_unknown_prefix_is_named(store):
    with pytest.raises(QueryError, match=r"line 2, column \d+: unknown prefix 'kgx:'"):
        run_query(store, "SELECT ?x WHERE {\n  ?x kgx:foo ?y }")


def test_text_that_is_not_sparql_is_refused(store):
    for text in ("", "   ", "who directed the meeting?"):
        with pytest.raises(QueryError) as caught:
            run_query(store, text)
        assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text", ["hello world", "SELEC ?x WHERE {", "PREFIX x: <http://x/>\n# a comment\nSELECTION"])
def test_text_that_starts_no_query_form_is_called_not_sparql(store, text):
    with pytest.raises(QueryError, match=r"^not a SPARQL query: it must start with SELECT, ASK, CONSTRUCT or DESCRIBE"):
        run_query(store, text)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/secret> { ?s ?p ?o } }",
    "select * { service silent ?endpoint { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o .SERVICE# a comment\n<http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p 1SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }",
])
def test_a_query_asking_another_server_is_refused(store, query):
    """The engine would send SERVICE's pattern to any URL (requests forged from this host)."""
    with pytest.raises(QueryError, match=r"^SERVICE is not allowed here"):
        run_query(store, query)


def test_service_as_part_of_a_name_is_no_keyword(store):
    result = run_query(store, "SELECT ?service WHERE { ?service a <http://schema.org/Service> ; schema:Service ?x }")
    assert result.variables == ["service"] and result.rows == []


def test_a_named_query_value_may_hold_the_word_service(store):
    """A value is an escaped literal in a file of ours, never a keyword."""
    result = run_named_query(store, "firms_partnering", {"firm_name": "Service <http://127.0.0.1:9/> {"})
    assert result.rows == []


@pytest.mark.parametrize("update", [
    'INSERT DATA { <http://a> <http://b> "c" }',
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX x: <http://x/#>\n# clean up\ndrop graph <http://x/g>",
    "CLEAR ALL",
    "LOAD <http://example.org/data.ttl>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused_and_change_nothing(store, update):
    before = store.triple_count()
    with pytest.raises(QueryError, match="not allowed"):
        run_query(store, update)
    assert store.triple_count() == before


def test_ask_gives_true_or_false_and_construct_gives_turtle(store):
    assert as_table(run_query(store, "ASK { ?d a kgo:Directive }")) == "true"
    assert as_csv(run_query(store, "ASK { ?d a kgo:Program ; kgo:documentNumber ?n }")) == "false"
    result = run_query(store, "CONSTRUCT WHERE { ?d a kgo:Directive ; kgo:requestedAction ?a }")
    turtle = as_table(result)
    assert len(Graph().parse(data=turtle, format="turtle")) == 6  # 3 directives × 2 triples
    assert json.loads(as_json(result))["@graph"]
    with pytest.raises(QueryError, match="CSV"):
        as_csv(result)


def test_table_columns_are_aligned_for_vietnamese_and_wide_text(store):
    result = run_query(store, """
        SELECT ?name ?note WHERE {
          VALUES (?name ?note) { ("Nguyễn Văn An" "a") ("漢字" "b") ("Nguye\u0302\u0303n" "c") ("x" "d") }
        }""")
    lines = as_table(result).splitlines()
    assert lines[-1] == "(4 rows)"
    starts = {width(line[: line.rindex(note)]) for line, note in zip(lines[2:-1], "abcd")}
    header_start = width(lines[0][: lines[0].index("note")])
    assert starts == {header_start}


def test_long_cells_are_cut_to_the_width(store):
    result = run_query(store, "SELECT ?s WHERE { ?e kgo:sentence ?s }")
    for line in as_table(result, max_width=30).splitlines()[2:-1]:
        assert width(line) <= 30
    assert any(len(line) > 30 for line in as_table(result, max_width=None).splitlines())


def test_json_and_csv_follow_the_sparql_result_formats(store):
    result = run_query(store, "SELECT ?d ?date WHERE { ?d a kgo:Directive . OPTIONAL { ?d schema:startDate ?date } }")
    document = json.loads(as_json(result))
    assert document["head"]["vars"] == ["d", "date"]
    assert len(document["results"]["bindings"]) == 3
    assert all(b["d"]["type"] == "uri" and "date" not in b for b in document["results"]["bindings"])
    rows = list(csv.reader(io.StringIO(as_csv(result))))
    assert rows[0] == ["d", "date"] and len(rows) == 4
    assert all(row[0].startswith("https://") and row[1] == "" for row in rows[1:])


def test_named_queries_describe_themselves_and_run_with_every_parameter(store):
    queries = {query.name: query for query in named_queries()}
    assert set(NAMED) <= set(queries)
    for query in queries.values():
        assert query.description and query.params, query.name
        everything = run_named_query(store, query.name)
        assert everything.kind == "select" and everything.rows, query.name
        assert not set(query.params) & set(everything.variables)
        nothing = run_named_query(store, query.name, {
            param: "1900-01-01" if param in query.forms else "không có" for param in query.params})
        assert nothing.rows == [], query.name


def test_unknown_named_queries_and_parameters_are_refused(store):
    with pytest.raises(QueryError, match="who_directed"):
        load_named_query("who_chaired")
    with pytest.raises(QueryError, match="person_name"):
        run_named_query(store, "who_directed", {"person": "Nguyễn Văn An"})


def rows_of(result) -> list[dict[str, str | None]]:
    return [
        {var: None if term is None else str(term) for var, term in zip(result.variables, row)}
        for row in result.rows
    ]


def test_who_directed_answers_with_event_date_sentence_and_article(store):
    rows = rows_of(run_named_query(store, "who_directed", {"person_name": "nguyen van AN"}))
    assert {(r["role"], r["article"]) for r in rows} == {
        (role, article) for role in ("chaired", "directed") for article in ("nam-dinh-hoi-nghi", "nam-dinh-sau")
    }
    chaired = next(r for r in rows if r["role"] == "chaired")
    assert chaired["date"] == "2024-03-12"
    assert chaired["sentence"] == "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị."


def test_posts_of_person_gives_each_post_once_with_its_newest_statement_and_status(store):
    rows = rows_of(run_named_query(store, "posts_of_person", {"person_name": "Nguyễn Văn An"}))
    # Two articles of one day state the post; the later by IRI calls it a former post.
    assert [(r["role"], r["organization"], r["articles"], r["article"], r["status"]) for r in rows] == [
        ("Phó Chủ tịch", UBND, "2", "nam-dinh-sau", "nguyên")]


def test_holders_of_post_matches_names_however_typed(store):
    rows = rows_of(run_named_query(
        store, "holders_of_post", {"role_name": "GIÁM ĐỐC", "org_name": "So Thong tin va Truyen thong tinh Nam Dinh"}
    ))
    assert {r["person"] for r in rows} == {"Lê Thị Bình"}


def test_directives_to_an_organization(store):
    rows = rows_of(run_named_query(store, "directives_to", {"org_name": SO_TTTT}))
    assert {(r["by"], r["action"]) for r in rows} == {("Nguyễn Văn An", "khẩn trương hoàn thiện kế hoạch chuyển đổi số")}


def test_programs_of_a_province(store):
    rows = rows_of(run_named_query(store, "programs_of_province", {"province_name": "Nam Định"}))
    # One row per program; of two articles of one day, the one whose IRI sorts last is the example.
    assert [(r["program"], r["kind"], r["period"], r["articles"], r["date"], r["article"]) for r in rows] == [
        (PROGRAM, "Đề án", "2021 - 2025", "2", "2024-03-12", "nam-dinh-sau")]
    assert rows[0]["sentence"].startswith("Sáng 12/3")
    assert run_named_query(store, "programs_of_province", {"province_name": "Ninh Bình"}).rows == []


def test_firms_partnering(store):
    rows = rows_of(run_named_query(store, "firms_partnering", {"firm_name": "viettel"}))
    # One row per agreement that two articles state, with the newest statement.
    assert [(r["firm"], r["partner"], r["articles"], r["date"], r["article"]) for r in rows] == [
        ("Viettel", UBND, "2", "2024-03-12", "nam-dinh-sau")]
    assert rows[0]["sentence"].startswith("Tại hội nghị")
    assert rows_of(run_named_query(store, "firms_partnering", {"province_name": "Nam Định"})) == rows
    assert run_named_query(store, "firms_partnering", {"province_name": "Ninh Bình"}).rows == []


def test_article_facts_lists_what_one_article_states(store):
    rows = rows_of(run_named_query(store, "article_facts", {"article_name": "ninh-binh-lam-viec"}))
    kinds = {r["kind"] for r in rows}
    assert {"person", "directive", "event", "event participation", "membership (post held)"} <= kinds
    assert {r["article"] for r in rows} == {"ninh-binh-lam-viec"}


def test_a_parameter_value_fills_its_slot_as_a_term_never_as_query_syntax(store):
    value = 'Ngô" } ?s ?p ?o } #'
    text = load_named_query("who_directed").bound_text({"person_name": value})
    assert text.count("VALUES ?person_name { UNDEF }") == 0
    assert text.count("VALUES ?person_name {") == 1
    before = store.triple_count()
    assert run_named_query(store, "who_directed", {"person_name": value}).rows == []
    assert store.triple_count() == before


@pytest.mark.parametrize("query, param, value, message", [
    ("event_participants", "period", "2023-1", "parameter period: '2023-1' is not a year, month or day"),
    ("event_participants", "period", "2023-13", "parameter period: '2023-13' is not a year, month or day"),
    ("holders_of_post", "as_of", "2023-02-30", "parameter as_of: '2023-02-30' is not a date, YYYY-MM-DD"),
    ("holders_of_post", "as_of", "2023", "parameter as_of: '2023' is not a date, YYYY-MM-DD"),
])
def test_a_date_parameter_in_another_form_is_refused_not_silently_empty(store, query, param, value, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        run_named_query(store, query, {param: value})


@pytest.mark.parametrize("query, param, value", [
    ("event_participants", "period", "2024"), ("event_participants", "period", "2024-03"),
    ("event_participants", "period", " 2024-03-12 "), ("holders_of_post", "as_of", "2024-12-31"),
])
def test_a_date_parameter_in_its_form_runs(store, query, param, value):
    assert run_named_query(store, query, {param: value}).rows


def test_a_slots_given_patterns_apply_only_when_its_value_is_given():
    query = load_named_query("event_participants")
    assert query.bound_text({}) == query.text
    text = query.bound_text({"province_name": "Ninh Bình"})
    # The value stands for the variable in the given patterns: a planner can start from it.
    assert 'VALUES ?province_name { "ninh binh" } ?province_node kgo:nameKey "ninh binh"' in text
    assert "# given: ?province_node" not in text
    assert "# given: ?event_node kgo:nameKey" in text  # event_words, not given, stays a comment


def test_a_value_in_given_patterns_is_a_term_never_query_syntax(store):
    value = 'họp" , " ")) } ?s ?p ?o } #'
    text = load_named_query("event_participants").bound_text({"event_words": value})
    assert 'CONCAT(" ", "hop\\" , \\" \\")) } ?s ?p ?o } #", " ")' in text
    assert run_named_query(store, "event_participants", {"event_words": value}).rows == []


def test_open_slots_and_bindings_beside_the_text_answer_as_the_bound_text(store):
    """The form the benchmark gives rdflib: slots left open, values as initBindings."""
    copy = Graph()
    copy += store.query("CONSTRUCT WHERE { ?s ?p ?o }").graph
    query, values = load_named_query("event_participants"), {"province_name": "Nam Định", "as_role": "chaired"}
    text = query.bound_text(values, slots_open=True)
    assert 'VALUES ?province_name { UNDEF } ?province_node kgo:nameKey "nam dinh"' in text
    expected = run_named_query(store, "event_participants", values).rows
    answered = copy.query(text, initNs=PREFIXES, initBindings=query.bindings(values))
    assert {row[0] for row in expected} == {Literal("Nguyễn Văn An", lang="vi")}
    assert sorted(tuple(row) for row in answered) == sorted(expected)


# A value for every parameter of every named query, that the `store` fixture answers.
EVERY_PARAMETER = {
    "who_directed": {"person_name": "Nguyễn Văn An"},
    "posts_of_person": {"person_name": "Nguyễn Văn An"},
    "connected_people": {"person_name": "Nguyễn Văn An"},
    "holders_of_post": {"role_name": "Giám đốc", "org_name": SO_TTTT, "as_of": "2030-01-01"},
    "directives_to": {"org_name": SO_TTTT, "person_name": "Nguyễn Văn An"},
    "event_participants": {"org_name": UBND, "province_name": "Nam Định", "as_role": "chaired",
                           "event_words": "hội nghị", "period": "2024"},
    "firms_partnering": {"firm_name": "Viettel", "partner_name": UBND, "province_name": "Nam Định"},
    "programs_of_province": {"province_name": "Nam Định", "program_kind": "Đề án"},
    "article_facts": {"article_name": "ninh-binh-lam-viec"},
}


def test_named_queries_are_standard_sparql_that_another_engine_answers_alike(store, monkeypatch):
    """rdflib, a second SPARQL 1.1 engine, gives the same rows with no parameter and with all
    of them, so the files run on any server `--store URL` points at (no engine extensions).
    Compared as text: GROUP_CONCAT of tagged strings keeps the tag in Oxigraph, not in rdflib,
    and its order is the engine's."""
    monkeypatch.setattr("rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION", False)
    copy = rdflib_dataset(store)
    assert set(EVERY_PARAMETER) == {query.name for query in named_queries()}
    for name, values in EVERY_PARAMETER.items():
        query = load_named_query(name)
        assert set(values) == set(query.params), name
        for given in ({}, values):
            expected = run_named_query(store, name, given)
            answered = copy.query(query.bound_text(given), initNs=PREFIXES)
            assert expected.rows, (name, given)
            assert as_text([str(v) for v in answered.vars], answered) == as_text(
                expected.variables, expected.rows), (name, given)


CONCATENATED = {"kind": ", ", "shared": "; "}  # GROUP_CONCAT columns of the named queries: separator


def test_connected_people_without_evidence_keep_their_row_and_no_sentence(tmp_path):
    facts = meeting_facts()
    for participation in facts.events[0].participations:
        participation.evidence = None
    with open_store(tmp_path / "kg") as store:
        store.replace_graph(facts_to_graph(facts))
        rows = rows_of(run_named_query(store, "connected_people", {"person_name": "Lê Thị Bình"}))
    assert rows == [{"person": "Lê Thị Bình", "other": "Nguyễn Văn An", "connections": "1",
                     "shared": facts.events[0].label, "sentence": None, "article": None}]


def as_text(variables: list[str], rows) -> list[tuple[str | None, ...]]:
    def cell(variable: str, term) -> str | None:
        if term is None or variable not in CONCATENATED:
            return None if term is None else str(term)
        return CONCATENATED[variable].join(sorted(str(term).split(CONCATENATED[variable])))

    return sorted((tuple(cell(v, term) for v, term in zip(variables, row)) for row in rows), key=str)


def test_event_participants_narrow_by_each_parameter_given(store):
    def people(**values):
        return {(r["person"], r["role"], r["article"])
                for r in rows_of(run_named_query(store, "event_participants", values))}

    everyone = people()
    assert ("Phạm Quốc Dũng", "chaired", "ninh-binh-lam-viec") in everyone
    assert people(province_name="Ninh Binh") == {("Phạm Quốc Dũng", "chaired", "ninh-binh-lam-viec")}
    assert people(as_role="directed") == {(p, r, a) for p, r, a in everyone if r == "directed"} != set()
    assert people(org_name=UBND) == {(p, r, a) for p, r, a in everyone if a.startswith("nam-dinh")}
    assert people(event_words="lam viec voi so y te", period="2024-04") == people(province_name="Ninh Bình")
    assert people(event_words="hoi nghi trien khai", period="2023") == set()
    assert people(period="2024-04-05") == people(province_name="Ninh Bình") != people(period="2024-04-06")
    assert people(province_name="Nam Định", as_role="chaired", event_words="hội nghị", period="2024") == {
        ("Nguyễn Văn An", "chaired", article) for article in ("nam-dinh-hoi-nghi", "nam-dinh-sau")}


# A join of every triple with every triple, three times: it would run for hours.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# `kg query` in a process of its own, saying "started" when its query thread starts.
_ANNOUNCING_KG = """
import sys, threading
from kg.cli import main
start = threading.Thread.start
def announce(thread):
    start(thread)
    print("started", flush=True)
threading.Thread.start = announce
sys.exit(main(sys.argv[1:]))
"""


def _kg_query(store_dir, *argv) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _ANNOUNCING_KG, "query", "--store", str(store_dir), *argv],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX's")
def test_ctrl_c_stops_a_long_embedded_query(tmp_path):
    process = _kg_query(two_article_store(tmp_path / "kg"), ENDLESS)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready and process.stdout.readline() == "started\n"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 130
        assert process.stderr.read() == "kg: interrupted\n"
    finally:
        process.kill()
        process.wait()


def test_an_embedded_query_over_its_time_limit_is_stopped(tmp_path):
    process = _kg_query(two_article_store(tmp_path / "kg"), "--timeout", "1", ENDLESS)
    try:
        assert process.wait(timeout=60) == 2
        assert process.stderr.read() == (
            "kg: error: the query ran over the time limit of 1 s (--timeout) and was stopped\n")
    finally:
        process.kill()
        process.wait()
