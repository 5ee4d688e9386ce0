"""Escalation data (stakeholders, routing, policies, alerts, notifications): see issue 6."""
