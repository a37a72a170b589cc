"""Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium.

``tests/browser/install-chromium`` installs them where they are missing; ``.ci/run`` and
the README's test command run it first. Nothing is downloaded at run time: Selenium is
given the driver's path, so Selenium Manager never runs.

Run as a script, it takes the README's screenshot of the review page:
``python tests/browser/chromium.py docs/review-page.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver import Chrome as WebDriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).parents[2]
# Chromium as root on a machine with no network: no sandbox, and none of its background connections.
_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for program, package in (("chromium", "chromium"), ("chromedriver", "chromium-driver")):
        if shutil.which(program) is None:
            return f"{program} not found: run tests/browser/install-chromium (Debian package {package})"
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 1000) -> Iterator[WebDriver]:
    with tempfile.TemporaryDirectory(prefix="presslint-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(shutil.which("chromium"))
        for flag in (*_FLAGS, f"--window-size={width},{height}", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(str(shutil.which("chromedriver"))), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def review_page(output: Path, *articles: Path) -> Path:
    """``presslint check --format html`` on the articles, as a user runs it."""
    command = [sys.executable, "-m", "presslint", "check", "--no-config", "--format", "html", "--output", str(output)]
    done = subprocess.run([*command, *map(str, articles)], capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return output


def _screenshot(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        page = review_page(Path(folder) / "review.html", ROOT / "examples" / "astana-times-osce.txt")
        with chromium(1280, 900) as driver:
            driver.get(page.as_uri())
            zulifya = "mark.finding[data-line='47'][data-column='57']"
            driver.execute_script(f"document.querySelector(\"{zulifya}\").scrollIntoView({{block: 'center'}})")
            driver.execute_script(f'document.querySelector("{zulifya}").focus({{preventScroll: true}})')
            driver.save_screenshot(str(target))


if __name__ == "__main__":
    _screenshot(Path(sys.argv[1]))
