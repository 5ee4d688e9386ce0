"""splunk_hec source: see connector.py."""

from ingestion.sources.splunk_hec.connector import SplunkHECConnector

__all__ = ["SplunkHECConnector"]
