"""`bilag serve` and `bilag report` as a person uses them: the samples' store
served on a free local port and driven in a real headless Chromium
(Debian's, through Playwright's Python API): each canned query shows the
rows it should, a goal's evidence image loads from its page, and the
report's charts are there and not empty.

Set BILAG_SCREENSHOTS=FOLDER to keep a screenshot of each page (docs/ holds
the README's).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from samples_store import canned, samples_store

from bilag.serve import QUERIES
from bilag.store import audit, open_store
from bilag.store.export import records

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = os.environ.get("BILAG_SCREENSHOTS")


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no chromium: .ci/run installs Debian's chromium")
        pytest.skip("no chromium (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, sample_records) -> Path:
    return samples_store(tmp_path_factory.mktemp("browser"), sample_records)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", "from bilag.cli import main; main()", "serve",
                                "--db", str(store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=store.parent)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("bilag serve ended: " + process.stdout.read().decode())
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()


def _shot(page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"))


def _rows(page) -> list[dict[str, str]]:
    """The rows of Datasette's results table, by column name."""
    return page.evaluate("""() => {
        const table = document.querySelector('table.rows-and-columns');
        if (!table) return [];
        const names = [...table.querySelectorAll('thead th')]
            .map(th => th.dataset.column || th.innerText.trim());
        return [...table.querySelectorAll('tbody tr')].map(tr =>
            Object.fromEntries([...tr.querySelectorAll('td')]
                .map((td, i) => [names[i], td.innerText.trim()])));
    }""")


def _text(value: object) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("name", list(QUERIES))
def test_each_canned_query_shows_its_rows(server: str, store: Path, page, name: str) -> None:
    key = records(audit(open_store(str(store))))[0]["series_key"]
    params = {"series": key} if name == "series_over_the_years" else {}
    query = "&".join(f"{k}={v}" for k, v in params.items())
    page.goto(f"{server}/{store.stem}/{name}" + (f"?{query}" if query else ""))
    assert QUERIES[name]["title"] in page.inner_text("body")
    if name == "goals_by_plan_and_year":
        page.goto(f"{server}/{store.stem}/{name}?plan=ekstremisme&year=2025&_hide_sql=1")
        _shot(page, "serve")
        page.goto(f"{server}/{store.stem}/{name}")
    shown = _rows(page)
    expected = canned(store, name, **params)
    assert expected, name
    assert [r["goal"] for r in shown] == [_text(r["goal"]) for r in expected]
    assert [r.get("report_year") for r in shown] == [_text(r.get("report_year")) or None for r in expected]


def test_the_contradicted_row_and_its_evidence(server: str, store: Path, page) -> None:
    page.goto(f"{server}/{store.stem}/stated_vs_numbers")
    (row,) = _rows(page)
    assert row["goal"] == "Etablering af civilsamfundsnetværk med to årlige møder."
    assert (row["status"], row["targets"], row["actuals"]) == \
        ("achieved", "2 møde (annual)", "15 aktør; 1 møde")
    page.click("a.evidence")
    page.wait_for_selector("img#evidence")
    page.wait_for_function("document.querySelector('img#evidence').complete")
    size = page.evaluate("[document.querySelector('img#evidence').naturalWidth,"
                         " document.querySelector('img#evidence').naturalHeight]")
    assert size[0] > 500 and size[1] > 500
    assert "bilag2_negativ_social_kontrol_2024.pdf, page 2, table 1, row 8" in page.inner_text("body")
    assert page.locator(".cells mark.target").all_inner_texts() == ["to årlige møder"]


def test_the_goal_page_links_its_evidence(server: str, store: Path, page) -> None:
    page.goto(f"{server}/{store.stem}/goal_renderings?format=pdf&row_number=8&report_year=2024&table_number=1"
              "&file_name=bilag2_negativ_social_kontrol_2024.pdf")
    (row,) = _rows(page)
    page.goto(f"{server}/{store.stem}/goals/{row['goal_id']}")
    link = page.locator("a.evidence")
    assert link.inner_text() == "evidence on its page"
    link.click()
    page.wait_for_function("document.querySelector('img#evidence').complete")
    assert page.evaluate("document.querySelector('img#evidence').naturalWidth") > 500


def test_the_overview_has_facets_and_descriptions(server: str, store: Path, page) -> None:
    page.goto(f"{server}/{store.stem}/goal_overview")
    facets = page.evaluate("[...document.querySelectorAll('.facet-info')].map(f => f.dataset.column)")
    assert sorted(facets) == ["plan", "publisher", "report_year", "status"]
    body = page.inner_text("body")
    assert "View: each goal of each edition once" in body
    page.goto(f"{server}/{store.stem}/goal_overview.json?_shape=array&report_year=2024&status=not_achieved")
    assert '"status": "not_achieved"' in page.inner_text("body")


def test_the_report_opens_with_its_charts(store: Path, page, tmp_path: Path) -> None:
    from bilag.report import write_report

    report = tmp_path / "report.html"
    write_report(open_store(str(store)), report)
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
               else route.continue_())  # it needs no network
    page.goto(report.as_uri())
    charts = page.evaluate("""() => [...document.querySelectorAll('.series svg')].map(svg => {
        const box = svg.getBoundingClientRect();
        return [box.width, box.height, svg.querySelectorAll('path').length];
    })""")
    assert len(charts) >= 10
    assert all(w > 100 and h > 50 and paths > 3 for w, h, paths in charts)
    seed = page.locator(".series", has_text="Etablering af civilsamfundsnetværk")
    assert "achieved (contradicted)" in seed.inner_text()
    assert page.locator("img.evidence").evaluate("img => img.naturalWidth") > 500
    _shot(page, "report")
