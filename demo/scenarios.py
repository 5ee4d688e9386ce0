"""The demo's named scenarios, by name: "breach" (demo.scenario: one data-breach story) and
"two_stories" (demo.scenario_stories: a payments outage and a lawsuit over fees at once).
Pure Python like both builders."""

from __future__ import annotations

from demo.scenario import Scenario, _Builder
from demo.scenario_stories import TwoStoriesBuilder

STORIES = ("breach", "two_stories")


def generate(seed: int = 7, *, scale: float = 1.0, run: int = 0, story: str = "breach") -> Scenario:
    """The scenario for `seed`: same seed, same items in the same order. `run` (the start time in
    epoch seconds) goes into the wire ids, so replaying a seed later is new data to the platform."""
    if story not in STORIES:
        raise ValueError(f"unknown scenario {story!r}; one of {', '.join(STORIES)}")
    builder = TwoStoriesBuilder(seed, scale) if story == "two_stories" else _Builder(seed, scale)
    items = builder.build()
    for item in items:
        item.run = run
    return Scenario(seed=seed, items=items, story=story)
