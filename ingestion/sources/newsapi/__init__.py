"""newsapi source: see connector.py."""

from ingestion.sources.newsapi.connector import NewsAPIConnector

__all__ = ["NewsAPIConnector"]
