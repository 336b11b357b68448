"""The dashboard in a real browser: headless Chromium (Debian's) driven by Selenium.

Skips with a message when Chromium or its driver is absent; ``bash .ci/run`` installs both and
sets WIRECODER_REQUIRE_BROWSER, which turns that skip into a failure.
Set WIRECODER_SCREENSHOTS=DIR to keep the screenshots (docs/ holds the README's).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from webdata import build_database
from wirecoder.api.app import create_app
from wirecoder.api.deps import ApiConfig

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,1000",
)

MISSING = (
    "chromium and chromium-driver are not installed: "
    "`apt-get install chromium chromium-driver` (bash .ci/run does it) to run the browser test"
)
HAVE_BROWSER = Path(CHROMIUM).exists() and Path(DRIVER).exists()
if not HAVE_BROWSER and os.environ.get("WIRECODER_REQUIRE_BROWSER"):
    raise RuntimeError(f"WIRECODER_REQUIRE_BROWSER is set but {MISSING}")
pytestmark = pytest.mark.skipif(not HAVE_BROWSER, reason=MISSING)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the hand-written database, served by uvicorn on a free loopback port."""
    import uvicorn

    db = build_database(tmp_path_factory.mktemp("browser") / "web.db")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(ApiConfig(db=str(db))), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start within 30 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("WIRECODER_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def wait_for(browser, script: str, timeout: float = 30.0):
    """Poll a JavaScript expression until it is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = browser.execute_script(f"return {script}")
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for: {script}")


def test_filter_events_then_open_the_article_with_the_highlighted_event(
    server, browser, shots
) -> None:
    browser.get(server + "/")
    wait_for(browser, "document.querySelectorAll('table.events tbody tr').length === 5")
    browser.execute_script(
        "const f = document.getElementById('filters');"
        "f.elements.type.value = 'ACCUSE';"
        "f.elements.since.value = '1987-03-01';"
        "f.elements.until.value = '1987-03-31';"
    )
    browser.find_element("css selector", "#filters button[type=submit]").click()
    wait_for(browser, "document.querySelectorAll('table.events tbody tr').length === 2")
    rows = browser.find_elements("css selector", "table.events tbody tr")
    assert all("ACCUSE" in row.text and "Pakistan" in row.text for row in rows)
    assert "type=ACCUSE" in browser.current_url  # the view can be bookmarked
    csv = browser.find_element("css selector", "a.csv").get_attribute("href")
    assert "/api/events.csv?" in csv and "type=ACCUSE" in csv
    browser.save_screenshot(str(shots / "dashboard-events.png"))

    link = browser.find_element("link text", "Pakistan accuses India over troops")
    link.click()
    trigger = wait_for(
        browser, "document.querySelector('#article .text span.ann-event[data-event~=\"v1\"]')"
    )
    assert trigger.text == "accused"
    card = browser.find_element("id", "event-v1")
    assert "active" in card.get_attribute("class")  # opened on the event the row named
    for fact in ("CAMEO 112", "Verbal conflict", "occurred", "1987-03-12", "Islamabad"):
        assert fact in card.text
    assert "a ministry spokesman" in card.text and "accuse.accuse_of.v1" in card.text
    focused = browser.find_elements("css selector", "#article .ann-evidence.focus")
    assert "massing troops" in " ".join(node.text for node in focused)
    browser.save_screenshot(str(shots / "dashboard-article.png"))


def test_script_in_an_article_shows_as_text(server, browser) -> None:
    browser.get(server + "/?view=articles")
    wait_for(browser, "document.querySelectorAll('ol.articles li').length === 5")
    browser.find_element("partial link text", "<b>Protest</b>").click()
    wait_for(browser, "document.querySelector('#article .title').textContent.length > 0")
    title = browser.find_element("css selector", "#article .title").text
    assert title == "<b>Protest</b> in Lagos <script>alert('title')</script>"
    text = browser.find_element("css selector", "#article .text").text
    assert "<script>alert('owned')</script>" in text and "<img src=x" in text
    assert (
        browser.execute_script(
            "return document.querySelectorAll('#article script, #article img, #article b').length"
        )
        == 0
    )
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - no script ran, so no alert is open


def test_timeline_map_and_network_draw(server, browser, shots) -> None:
    browser.get(server + "/?view=timeline")
    wait_for(browser, "document.querySelectorAll('svg.timeline g.bar').length === 3")
    browser.get(server + "/?view=map")
    countries = wait_for(browser, "document.querySelectorAll('svg.map path.country').length")
    assert countries > 150  # the offline world outline
    names = browser.execute_script(
        "return [...document.querySelectorAll('svg.map circle.place')].map(c => c.dataset.name)"
    )
    assert sorted(names) == ["Islamabad", "Nairobi"]
    browser.save_screenshot(str(shots / "dashboard-map.png"))
    browser.get(server + "/?view=network")
    actors = wait_for(
        browser,
        "[...document.querySelectorAll('svg.network g.node')].map(n => n.dataset.actor).join()",
    )
    assert set(actors.split(",")) == {"PAK GOV", "IND", "KEN", "ETH"}
    logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not logs, logs  # no script error, no resource the page could not load


def test_each_happening_once_and_the_story_that_tells_it(server, browser, shots) -> None:
    browser.get(server + "/?view=events&type=ACCUSE&dedup=true")
    wait_for(browser, "document.querySelectorAll('table.events tbody tr').length === 1")
    assert browser.execute_script(
        "return document.getElementById('filters').elements.dedup.checked"
    )
    row = browser.find_element("css selector", "table.events tbody tr")
    assert "told by 2 reports" in row.text

    browser.get(server + "/?view=stories")
    wait_for(browser, "document.querySelectorAll('ol.stories li').length === 3")
    first = browser.find_element("css selector", "ol.stories li button.open")
    assert first.text == "Pakistan accuses India over troops"
    first.click()
    wait_for(browser, "!document.querySelector('article.story').hidden")
    story = browser.find_element("css selector", "article.story")
    clusters = story.find_elements("css selector", "ol.clusters li")
    assert len(clusters) == 1 and "2 reports" in clusters[0].text
    assert "Pakistan" in clusters[0].text and "India" in clusters[0].text
    articles = [a.text for a in story.find_elements("css selector", "ol.articles li a")]
    assert articles == ["Pakistan accuses India over troops", "Fears of a new crisis"]
    browser.save_screenshot(str(shots / "dashboard-stories.png"))
    logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not logs, logs
