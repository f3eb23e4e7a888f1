"""Headless Chromium for the report tests (Debian's chromium package; `make test` installs it):
a fresh profile, no network, and the page's DOM after its scripts ran, or a screenshot."""

from __future__ import annotations

import contextlib
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


class DevTools:
    """Chromium driven over the DevTools protocol on --remote-debugging-pipe (the browser
    reads commands on fd 3 and writes replies and events on fd 4, each JSON ending in a NUL):
    open a page, type into it and click it as a user would, and read the result."""

    def __init__(self, profile: Path, size: str = "1200,900") -> None:
        commands_r, self._commands = os.pipe()
        self._replies, replies_w = os.pipe()

        def to_3_and_4() -> None:  # in the child, before exec: the pipe ends chromium uses
            # Copies first, so neither end is overwritten by the other; dup2 makes them
            # inheritable (os.pipe's ends close on exec).
            ends = os.dup(commands_r), os.dup(replies_w)
            os.dup2(ends[0], 3)
            os.dup2(ends[1], 4)

        cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"]
        self.proc = subprocess.Popen(
            [*cmd, "--remote-debugging-pipe", "about:blank"],
            preexec_fn=to_3_and_4,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands_r)
        os.close(replies_w)
        self._buffer = b""
        self._next = 0
        self.session: str | None = None

    def _message(self, deadline: float) -> dict:
        import json
        import select
        import time

        while b"\0" not in self._buffer:
            if not select.select([self._replies], [], [], max(deadline - time.monotonic(), 0))[0]:
                raise TimeoutError("chromium sent nothing in time")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise ConnectionError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, timeout: float = 30.0, **params: object) -> dict:
        import json
        import time

        self._next += 1
        message: dict = {"id": self._next, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._message(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        attached = self.call("Target.attachToTarget", targetId=target, flatten=True)
        self.session = attached["sessionId"]
        # A headless page has no window focus: without this, typed text goes nowhere.
        self.call("Emulation.setFocusEmulationEnabled", enabled=True)
        self.call("Page.navigate", url=url)
        self.wait_for(f"location.href === {url!r} && document.readyState === 'complete'")

    def evaluate(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> None:
        import time

        deadline = time.monotonic() + timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"never true: {expression}")
            time.sleep(0.05)

    def type(self, text: str) -> None:
        """Text typed into the focused element (input events, as from a keyboard)."""
        self.call("Input.insertText", text=text)

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element."""
        box = self.evaluate(
            f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        x, y = box  # type: ignore[misc]
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, ConnectionError, RuntimeError):
            self.call("Browser.close", timeout=10)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._commands)
        os.close(self._replies)
