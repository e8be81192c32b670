"""The web page of `kg serve` in headless Chromium: it loads, a named query runs, rows show."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait
from test_remote import dev_store  # noqa: F401  (the dev articles, ingested)
from test_server import start_server, stop_server

from kg.query import names, run_named
from kg.store import open_store

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


@pytest.fixture(scope="module")
def page_url(dev_store: Path) -> Iterator[str]:  # noqa: F811
    process, base = start_server(dev_store)
    yield base
    stop_server(process)


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


def _wait(driver, condition, seconds: float = 30):
    return WebDriverWait(driver, seconds).until(condition)


def test_page_loads_with_editor_health_and_named_queries(browser, page_url: str) -> None:
    browser.get(page_url + "/")
    _wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#editor .CodeMirror")))
    _wait(browser, lambda d: "articles" in d.find_element(By.ID, "health").text)
    buttons = _wait(
        browser,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#queries button[data-query]") or False,
    )
    assert [b.get_attribute("data-query") for b in buttons] == names()
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []  # nothing blocked (no CDN), no script errors


def test_a_named_query_runs_and_its_rows_show(browser, page_url: str, dev_store: Path) -> None:  # noqa: F811
    expected = run_named(open_store(dev_store, read_only=True), "who-supplies-whom")
    assert expected
    browser.get(page_url + "/")
    button = _wait(
        browser,
        ec.element_to_be_clickable(
            (By.CSS_SELECTOR, "#queries button[data-query='who-supplies-whom']")
        ),
    )
    button.click()
    _wait(browser, lambda d: "row" in d.find_element(By.ID, "status").text)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results thead th")]
    assert headers[:3] == ["supplier", "recipient", "item"]
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    shown = [[td.text for td in row.find_elements(By.TAG_NAME, "td")][:3] for row in rows]
    assert sorted(shown) == sorted([r["supplier"], r["recipient"], r["item"]] for r in expected)
    assert "who-supplies-whom" in browser.find_element(By.ID, "editor-title").text.lower()
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "named-query-table.png"))

    browser.find_element(By.CSS_SELECTOR, ".tab[data-view='graph']").click()
    _wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#graph canvas")))
    nodes = browser.execute_script("return network.body.data.nodes.getIds().length")
    suppliers = {r["supplier_iri"] for r in expected} | {r["recipient_iri"] for r in expected}
    assert nodes == len(suppliers)
    browser.save_screenshot(str(SHOTS / "named-query-graph.png"))


def test_the_editor_runs_sparql_and_shows_refusals(browser, page_url: str) -> None:
    browser.get(page_url + "/")
    _wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#editor .CodeMirror")))
    query = "SELECT ?n WHERE { VALUES ?n { 1 2 3 } }"
    browser.execute_script("editor.setValue(arguments[0])", query)
    browser.find_element(By.ID, "run").click()
    _wait(browser, lambda d: d.find_element(By.ID, "status").text.startswith("3 rows"))
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#results tbody td")]
    assert cells == ["1", "2", "3"]
    browser.execute_script("editor.setValue(arguments[0])", "DELETE WHERE { ?s ?p ?o }")
    browser.find_element(By.ID, "run").click()
    error = _wait(browser, lambda d: d.find_element(By.ID, "error").text or False)
    assert error.startswith("403") and "read-only" in error


def test_a_question_shows_answers_with_evidence(browser, page_url: str) -> None:
    browser.get(page_url + "/")
    box = _wait(browser, ec.element_to_be_clickable((By.ID, "ask-input")))
    box.send_keys("Who supplies Russia?")
    browser.find_element(By.CSS_SELECTOR, "#ask-form button").click()
    answers = _wait(
        browser,
        lambda d: d.find_elements(By.CSS_SELECTOR, "#interpretation .answers li b") or False,
    )
    assert all("Russia" in a.text for a in answers)
    assert browser.find_elements(By.CSS_SELECTOR, "#interpretation .evidence")
    assert "who-supplies-whom" in browser.find_element(By.ID, "interpretation").text
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "question.png"))


def test_a_yes_no_question_shows_its_verdict_first(
    browser,
    page_url: str,
    dev_store: Path,  # noqa: F811
) -> None:
    pair = run_named(open_store(dev_store, read_only=True), "conflicts")[0]
    browser.get(page_url + "/")
    box = _wait(browser, ec.element_to_be_clickable((By.ID, "ask-input")))
    box.send_keys(f"Is {pair['party1']} at war with {pair['party2']}?")
    browser.find_element(By.CSS_SELECTOR, "#ask-form button").click()
    items = _wait(
        browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#interpretation .answers li") or False
    )
    assert items[0].text == "Yes."
    assert pair["party1"] in items[1].text and pair["party2"] in items[1].text
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SHOTS / "yes-no-question.png"))
