"""The review page in a real browser: headless Chromium from Debian's packages, driven by Selenium.

The seed's findings are highlighted at their text, the filters hide and show them, the
keys move focus from one to the next, and an article's own code never runs: not through
the escaping, and not past the Content-Security-Policy if the escaping ever failed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import chromium, missing, review_page
from selenium.webdriver import Chrome as WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

from conftest import SEED, SEED_KNOWN

HOSTILE = Path(__file__).parents[1] / "review" / "hostile"
NO_BACKGROUND = "rgba(0, 0, 0, 0)"
SEED_ALL = [(5, 6), (13, 70), (25, 19), (25, 255), (27, 231), (47, 25), (47, 46), (47, 57)]


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    problem = missing()
    if problem is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {problem}")
        pytest.skip(problem)
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    return review_page(tmp_path_factory.mktemp("seed") / "review.html", SEED).as_uri()


def _marks(browser: WebDriver) -> list[WebElement]:
    return browser.find_elements(By.CSS_SELECTOR, "mark.finding")


def _at(browser: WebDriver, line: int, column: int) -> WebElement:
    return browser.find_element(By.CSS_SELECTOR, f'mark.finding[data-line="{line}"][data-column="{column}"]')


def _background(browser: WebDriver, mark: WebElement) -> str:
    return str(browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", mark))


def _where(mark: WebElement) -> tuple[int, int]:
    return int(mark.get_attribute("data-line") or 0), int(mark.get_attribute("data-column") or 0)


def _press(browser: WebDriver, key: str) -> tuple[int, int]:
    """Type a key as a reader does; where the focus is then."""
    browser.switch_to.active_element.send_keys(key)
    return _where(browser.switch_to.active_element)


def test_the_seed_findings_are_highlighted_at_their_text(browser: WebDriver, seed_page: str) -> None:
    browser.get(seed_page)
    assert [_where(mark) for mark in _marks(browser)] == SEED_ALL
    for _, _, line, column, text in SEED_KNOWN:
        mark = _at(browser, line, column)
        assert mark.text == text and mark.is_displayed()
        assert _background(browser, mark) != NO_BACKGROUND
    zulifya = _at(browser, 47, 57)
    assert zulifya.get_attribute("data-rule") == "names.misspelled"
    assert zulifya.get_attribute("data-severity") == "error"
    # the tip a reader sees on hover or focus: the pseudo-element's text, outside the mark's own text
    browser.execute_script("arguments[0].focus()", zulifya)
    tip = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", zulifya)
    assert "'Zulifya' is not how the register spells it" in tip and "→ " in tip and "Zulfiya" in tip
    assert browser.find_element(By.ID, "position").text == "8 of 8"
    description = browser.find_element(By.ID, "description").text
    assert description.startswith("error · names.misspelled · line 47, column 57: 'Zulifya' is not how")
    assert description.endswith("→ Zulfiya")


def test_the_filters_hide_and_show_findings(browser: WebDriver, seed_page: str) -> None:
    browser.get(seed_page)
    warning = browser.find_element(By.CSS_SELECTOR, 'input[data-filter="severity"][value="warning"]')
    names = browser.find_element(By.CSS_SELECTOR, 'input[data-filter="family"][value="names"]')
    visible = browser.find_element(By.ID, "visible")

    def highlighted() -> list[tuple[int, int]]:
        return [_where(mark) for mark in _marks(browser) if _background(browser, mark) != NO_BACKGROUND]

    warning.click()
    assert highlighted() == [(13, 70), (25, 255), (47, 46), (47, 57)] and visible.text == "4"
    names.click()
    assert highlighted() == [(13, 70), (25, 255)] and visible.text == "2"
    assert _at(browser, 47, 57).text == "Zulifya"  # the text stays; only the highlight goes
    warning.click()
    names.click()
    assert highlighted() == SEED_ALL and visible.text == "8"


def test_the_keys_move_from_one_finding_to_the_next(browser: WebDriver, seed_page: str) -> None:
    browser.get(seed_page)
    assert _press(browser, "j") == (5, 6)
    assert _press(browser, "j") == (13, 70)
    assert _press(browser, "n") == (25, 19)
    assert _press(browser, "k") == (13, 70)
    assert browser.find_element(By.ID, "position").text == "2 of 8"
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="family"][value="dates"]').click()
    browser.switch_to.active_element.send_keys("p")  # from the filter, back to the finding left
    assert _where(browser.switch_to.active_element) == (5, 6)
    assert _press(browser, "j") == (25, 19)  # the dates are filtered out: skipped
    assert _press(browser, "p") == (5, 6)
    assert _press(browser, "p") == (47, 57)  # round to the last


def test_a_mark_across_a_crlf_holds_exactly_its_match(browser: WebDriver, tmp_path: Path) -> None:
    article = tmp_path / "crlf.txt"
    article.write_bytes(b"Mayor visits\r\n\r\nThe mayor met the\r\nthe council in Narobi.\r\n")
    browser.get(review_page(tmp_path / "review.html", article).as_uri())
    texts = browser.execute_script("return [...document.querySelectorAll('mark.finding')].map((m) => m.textContent)")
    assert texts == ["the\r\nthe", "Narobi"]


def test_a_screenshot_of_the_page(browser: WebDriver, seed_page: str, tmp_path: Path) -> None:
    browser.get(seed_page)
    browser.execute_script("arguments[0].focus()", _at(browser, 47, 46))
    shot = tmp_path / "review.png"
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@pytest.mark.parametrize("name", ["hostile.txt", "hostile.md", "hostile.html"])
def test_an_articles_code_never_runs(browser: WebDriver, tmp_path: Path, name: str) -> None:
    page = review_page(tmp_path / "review.html", HOSTILE / name)
    browser.get(page.as_uri())
    browser.find_element(By.TAG_NAME, "body").send_keys("j")  # the page's own script runs
    assert browser.switch_to.active_element.tag_name == "mark"
    assert browser.find_element(By.ID, "position").text.endswith(" of 4")
    browser.execute_script("document.querySelectorAll('main *').forEach((e) => e.click())")  # any onclick, any link
    assert browser.execute_script("return window.pwned") is None
    assert "window.pwned" in browser.find_element(By.TAG_NAME, "main").text  # shown, as text
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.mark.parametrize("name", ["hostile.txt", "hostile.md", "hostile.html"])
def test_the_articles_code_would_run_in_a_page_that_did_not_escape_it(
    browser: WebDriver, tmp_path: Path, name: str
) -> None:
    """The check above can fail: the same article pasted into a page as markup sets the global."""
    raw = tmp_path / "raw.html"
    raw.write_text(f"<html><body>{(HOSTILE / name).read_text(encoding='utf-8')}</body></html>", encoding="utf-8")
    browser.get(raw.as_uri())
    assert browser.execute_script("return window.pwned") is not None


def test_the_policy_stops_code_that_got_past_the_escaping(browser: WebDriver, tmp_path: Path) -> None:
    """A page whose escaping failed (simulated by editing it) still runs none of the article's code."""
    page = review_page(tmp_path / "review.html", SEED)
    text = page.read_text(encoding="utf-8")
    injected = (
        '<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">'
        '<a href="javascript:window.pwned = 3" id="bad">link</a>'
    )
    page.write_text(text.replace("<main>", "<main>" + injected, 1), encoding="utf-8")
    browser.get(page.as_uri())
    browser.find_element(By.ID, "bad").click()
    assert browser.execute_script("return window.pwned") is None
    violations = [
        entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]
    ]
    assert len(violations) >= 2
    browser.find_element(By.TAG_NAME, "body").send_keys("j")  # the page's own script still runs
    assert _where(browser.switch_to.active_element) == (5, 6)
