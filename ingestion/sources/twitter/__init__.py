"""twitter source: see connector.py."""

from ingestion.sources.twitter.connector import TwitterConnector

__all__ = ["TwitterConnector"]
