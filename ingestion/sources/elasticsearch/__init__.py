"""elasticsearch source: see connector.py."""

from ingestion.sources.elasticsearch.connector import ElasticsearchConnector

__all__ = ["ElasticsearchConnector"]
