"""pagerduty source: see connector.py."""

from ingestion.sources.pagerduty.connector import PagerDutyConnector

__all__ = ["PagerDutyConnector"]
