"""generic source: the CrisisOps JSON event format (POST /api/v1/events). See connector.py."""

from ingestion.sources.generic.connector import GenericConnector

__all__ = ["GenericConnector"]
