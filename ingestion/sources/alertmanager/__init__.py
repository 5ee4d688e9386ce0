"""alertmanager source: see connector.py."""

from ingestion.sources.alertmanager.connector import AlertmanagerConnector

__all__ = ["AlertmanagerConnector"]
