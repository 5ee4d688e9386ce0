"""reddit source: see connector.py."""

from ingestion.sources.reddit.connector import RedditConnector

__all__ = ["RedditConnector"]
