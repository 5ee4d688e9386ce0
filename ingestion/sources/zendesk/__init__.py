"""zendesk source: see connector.py."""

from ingestion.sources.zendesk.connector import ZendeskConnector

__all__ = ["ZendeskConnector"]
