"""Open pages in Chromium the way a person does and collect what went wrong on each: the
document's status, console errors (Chromium reports CSP violations there too), uncaught page
errors, subresources that failed or answered >= 400, and `securitypolicyviolation` events."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

# Recorded by an init script (injected by the browser driver, so the page's CSP does not apply
# to it): every CSP violation with its directive and what was blocked.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  (window.__cspViolations = window.__cspViolations || []).push(
    e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber
  );
});
"""


@dataclass
class Visit:
    path: str
    status: int | None
    final_path: str
    problems: list[str] = field(default_factory=list)


class Walker:
    """One signed-in browser tab for one person; `open()` visits a path and reports on it."""

    def __init__(self, context, base: str) -> None:
        self.base = base
        self.context = context
        context.add_init_script(_CSP_LISTENER)
        self.page = context.new_page()
        self._problems: list[str] = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda exc: self._problems.append(f"page error: {exc}"))
        self.page.on("requestfailed", self._on_failed)
        self.page.on("response", self._on_response)

    def _on_console(self, message) -> None:
        if message.type == "error":
            self._problems.append(f"console error: {message.text}")

    def _on_failed(self, request) -> None:
        # Leaving a page aborts its open requests (the websocket, a polling hx-get): that is the
        # browser moving on, not the page failing. Everything else (refused, blocked) counts.
        if request.failure != "net::ERR_ABORTED":
            self._problems.append(f"request failed: {request.method} {request.url} ({request.failure})")

    def _on_response(self, response) -> None:
        if response.status >= 400:
            self._problems.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    def open(self, path: str, *, live: bool = False, settle_ms: int = 400) -> Visit:
        """Go to `path`; with `live`, also wait until the page's websocket is connected."""
        self._problems.clear()
        response = self.page.goto(self.base + path, wait_until="load")
        if live:
            self.page.wait_for_selector("#live-status[data-state=open]", timeout=20_000)
        self.page.wait_for_timeout(settle_ms)  # late console messages and htmx swaps land
        violations = self.page.evaluate("window.__cspViolations || []")
        final_path = self.page.url.removeprefix(self.base)
        problems = [*self._problems, *(f"CSP violation: {v}" for v in violations)]
        return Visit(
            path=path, status=response.status if response else None, final_path=final_path, problems=problems
        )

    def seen(self) -> list[str]:
        """What went wrong on the open page since `open()` (live updates arrive after it)."""
        violations = self.page.evaluate("window.__cspViolations || []")
        return [*self._problems, *(f"CSP violation: {v}" for v in violations)]

    def fetch(self, path: str, *, follow: bool = True) -> httpx.Response:
        """A GET with this person's session cookie, without rendering (downloads, redirects).

        Sent with httpx to 127.0.0.1 and the tenant's Host header: Chromium resolves
        `*.localhost` to the loopback itself, Playwright's own request client does not."""
        url = urlsplit(self.base)
        cookies = {c["name"]: c["value"] for c in self.context.cookies()}
        with httpx.Client(
            base_url=f"http://127.0.0.1:{url.port}",
            headers={"Host": url.netloc},
            cookies=cookies,
            follow_redirects=follow,
            timeout=30,
        ) as client:
            return client.get(path)


def sign_in(browser, base: str, email: str, password: str):
    """A fresh browser context signed in as `email` through the login form."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{base}/")
    page.close()
    return context
