"""Reading /metrics as Prometheus does: the OpenMetrics exposition through prometheus_client's
own parser, which refuses a name exported twice (two TYPE lines, or a family split in two)."""

from __future__ import annotations

from collections import Counter

from django.test import Client
from prometheus_client.openmetrics.parser import text_string_to_metric_families

OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8"


class Scrape:
    def __init__(self, text: str) -> None:
        self.text = text
        families = list(text_string_to_metric_families(text))
        twice = [name for name, n in Counter(f.name for f in families).items() if n > 1]
        assert not twice, f"exported more than once: {twice}"
        self.families = {f.name: f for f in families}
        self.samples = {
            (s.name, tuple(sorted(s.labels.items()))): s.value for f in families for s in f.samples
        }

    def value(self, name: str, **labels: str) -> float:
        """The sample's value; 0 for a labelled child that has not been created yet."""
        return self.samples.get((name, tuple(sorted(labels.items()))), 0.0)

    def total(self, name: str, **labels: str) -> float:
        """Sum over every sample of `name` whose labels include `labels`."""
        want = set(labels.items())
        return sum(v for (n, ls), v in self.samples.items() if n == name and want <= set(ls))

    def names(self) -> set[str]:
        return set(self.families)


def scrape() -> Scrape:
    response = Client(HTTP_HOST="localhost").get("/metrics", HTTP_ACCEPT=OPENMETRICS)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/openmetrics-text")
    return Scrape(response.content.decode())
