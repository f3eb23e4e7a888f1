"""Headless Chromium for the report tests (Debian's chromium package; `make test` installs it):
a fresh profile, no network, and the page's DOM after its scripts ran, or a screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def chromium() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing: `make test` installs Debian's chromium package")
    pytest.skip("chromium is not installed (apt-get install chromium); CI always runs this")


def browse(url: str, profile: Path, *args: str) -> str:
    """Open `url`, let its scripts run, return stdout (the DOM with --dump-dom)."""
    cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def dom(url: str, profile: Path) -> str:
    return browse(url, profile, "--dump-dom")


def screenshot(url: str, profile: Path, path: Path, size: str = "1200,1600") -> Path:
    browse(url, profile, f"--screenshot={path}", f"--window-size={size}")
    return path
