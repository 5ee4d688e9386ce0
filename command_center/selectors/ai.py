"""Whether the LLM features are on, and if not, what is off and how to turn it on.

Both LLM features (the classification tier and the crisis summary) need an Anthropic API key in
the environment of the processes that call the model (the Celery workers); a page that only says
"not yet" would let a newcomer wait for something that never comes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from classification.models import LLMCall
from classification.tiers import llm as llm_tier
from crisis.models import Crisis, DetectorConfig

KEY_HELP = (
    "set ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL for a gateway or proxy) in the environment of "
    "the web and worker processes, then restart them"
)


@dataclass(frozen=True)
class FeatureStatus:
    on: bool
    off_because: str = ""  # what is off, in the user's words ('' when on)
    turn_on: str = ""  # how to turn it on ('' when on)


def llm_tier_status() -> FeatureStatus:
    """The classification tier that asks Claude when the rules and the model are unsure."""
    if not settings.ANTHROPIC_API_KEY:
        return FeatureStatus(
            on=False,
            off_because="The LLM classification tier is off: no Anthropic API key is configured.",
            turn_on=f"To turn it on, {KEY_HELP}.",
        )
    if not llm_tier.enabled():
        return FeatureStatus(
            on=False,
            off_because="The LLM classification tier is switched off on this deployment.",
            turn_on="To turn it on, set CLASSIFICATION_LLM_ENABLED=true and restart the workers.",
        )
    return FeatureStatus(on=True)


@dataclass(frozen=True)
class SummaryStatus:
    status: FeatureStatus
    waiting_for: str = ""  # when it is on: what the summary waits for
    last_error: str = ""  # the crisis's last failed summary call, if any


def crisis_summary_status(*, crisis: Crisis) -> SummaryStatus:
    """Why a crisis has no AI summary (crisis.ai writes one when a crisis opens or rises a level,
    above the detector's AI pre-threshold, within the daily AI budget)."""
    cfg = DetectorConfig.objects.order_by("pk").first() or DetectorConfig()
    if not settings.ANTHROPIC_API_KEY:
        status = FeatureStatus(
            on=False,
            off_because="AI summaries are off: no Anthropic API key is configured on this deployment.",
            turn_on=f"To turn them on, {KEY_HELP}; the next level change of a crisis is then summarised.",
        )
        return SummaryStatus(status=status)
    if not cfg.ai_enabled:
        status = FeatureStatus(
            on=False,
            off_because="AI summaries are turned off for this organisation.",
            turn_on="An admin turns them on in Admin › Detector configuration (“Ai enabled”).",
        )
        return SummaryStatus(status=status)
    last = LLMCall.objects.filter(purpose=LLMCall.Purpose.SUMMARY, crisis_ref=crisis.pk).first()
    failed = last is not None and last.status not in (LLMCall.Status.OK, LLMCall.Status.PENDING)
    return SummaryStatus(
        status=FeatureStatus(on=True),
        waiting_for=(
            f"It is written when the crisis opens or rises a level with a score of at least "
            f"{cfg.ai_pre_threshold:.2f}, within the organisation's daily LLM budget."
        ),
        last_error=(last.error or last.get_status_display()) if last is not None and failed else "",
    )
