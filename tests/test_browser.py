"""The site in a real headless Chromium, served by the preview server (`make serve`).

Screenshots go to test-artifacts/screenshots/ for inspection. Needs Debian's
chromium and chromium-driver (.ci/run installs them).
"""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, make_project

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
SEED_TITLE = "North Korean Forces Reportedly Pulled Back from Kursk Front in Ukraine"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not come up within {timeout} s")


def wait_quiet(log: Path, quiet: float, timeout: float = 120.0) -> None:
    """Until `log` has not grown for `quiet` seconds."""
    deadline, size, since = time.monotonic() + timeout, -1, time.monotonic()
    while time.monotonic() < deadline:
        now = log.stat().st_size if log.exists() else 0
        if now != size:
            size, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.25)
    raise AssertionError(f"{log} kept growing for {timeout} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = make_project(
        tmp_path_factory.mktemp("browser") / "project",
        seeds_from=[*sorted((ROOT / "seeds").glob("*.txt")), *sorted((FIXTURES / "seeds").iterdir()), *sorted((FIXTURES / "html").iterdir())],
    )
    port = free_port()
    code = f"from newsdigest.preview import serve; serve({str(project)!r}, port={port})"
    log = open(project / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-c", code], cwd=project, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{port}/index.html")
        # The watcher may run one more (no-op) rebuild as it starts, and livereload
        # then reloads any open page: wait until the server has been quiet a while.
        wait_quiet(project / "serve.log", quiet=3.0)
        yield project, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver, name):
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 3000)")
    driver.set_window_size(1280, max(800, height))
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000


def test_home_article_entity_and_search(served, browser):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    _, base = served
    browser.get(f"{base}/index.html")
    WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.find_element(By.TAG_NAME, "h1").text == "Latest articles")
    assert browser.find_elements(By.CSS_SELECTOR, ".trending a.entity")
    shot(browser, "home")

    browser.find_element(By.LINK_TEXT, SEED_TITLE).click()
    WebDriverWait(browser, 20).until(EC.title_contains("North Korean Forces"))
    assert browser.find_element(By.TAG_NAME, "h1").text == SEED_TITLE
    body = browser.find_element(By.CSS_SELECTOR, ".entry-content")
    assert body.is_displayed() and "front lines in Ukraine" in body.text
    # Its first entity mention is a link, styled and reachable.
    assert body.find_element(By.CSS_SELECTOR, "a.entity").is_displayed()
    shot(browser, "article")

    body.find_element(By.LINK_TEXT, "Dmitry Peskov").click()
    WebDriverWait(browser, 20).until(EC.title_contains("Dmitry Peskov"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Dmitry Peskov"
    assert browser.find_element(By.LINK_TEXT, SEED_TITLE).is_displayed()
    shot(browser, "entity")

    browser.get(f"{base}/search.html")
    box = WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".pagefind-ui__search-input")))
    box.send_keys("Kindratenko")
    WebDriverWait(browser, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".pagefind-ui__result-link")))
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]
    assert any("North Korean Forces" in t or "Kindratenko" in t for t in titles), titles
    shot(browser, "search")


def test_mobile_layout_has_no_horizontal_scroll(served, browser):
    _, base = served
    browser.set_window_size(390, 844)
    browser.get(f"{base}/index.html")
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    browser.save_screenshot(str(SCREENSHOTS / "home-mobile.png"))


def test_preview_rebuilds_when_a_seed_is_added(served):
    project, base = served
    (project / "seeds" / "late-news.txt").write_text(
        "Ferry Timetable Changes From Monday\n\nThe island ferry will leave thirty minutes earlier from Monday, the operator said on Friday.\n",
        encoding="utf-8",
    )
    wait_for(f"{base}/articles/ferry-timetable-changes-from-monday.html", timeout=120)
