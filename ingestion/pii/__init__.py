"""PII redaction behind `ingestion.redaction` (the public entry points live there), on presidio:
the engine (`engine`: presidio's analyzer and anonymizer around our one spaCy pass), the
recognizer registry and NLP engine (`recognizers`), our finders (`structured` for numbers and
identifiers, `addresses`, `names`), their word lists (`lexicon`) and span merging (`spans`)."""
