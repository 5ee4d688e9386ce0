"""rss source: see connector.py."""

from ingestion.sources.rss.connector import RSSConnector

__all__ = ["RSSConnector"]
