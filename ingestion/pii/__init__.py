"""PII finders behind `ingestion.redaction` (the public entry points live there):
`structured` (numbers and identifiers), `addresses`, `names`, their word lists (`lexicon`),
span merging (`spans`) and the engine that runs them after one spaCy pass (`engine`)."""
