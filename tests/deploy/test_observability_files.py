"""deploy/grafana and deploy/prometheus: the dashboards and SLO rules are well-formed, and every
metric they query is one /metrics really exports (checked against a real scrape)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.observability.scrape import scrape

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
DASHBOARDS = sorted((DEPLOY / "grafana" / "dashboards").glob("*.json"))
RULES = DEPLOY / "prometheus" / "rules" / "crisisops.yml"
NAME = re.compile(r"\bcrisisops[a-z0-9_:]*")
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created")}
DURATION = r"^[0-9]+(ms|s|m|h|d|w|y)$"

DASHBOARD_SCHEMA = {
    "type": "object",
    "required": ["uid", "title", "schemaVersion", "panels", "templating", "time"],
    "properties": {
        "uid": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,40}$"},
        "title": {"type": "string", "minLength": 1},
        "schemaVersion": {"type": "integer", "minimum": 30},
        "panels": {
            "type": "array",
            "minItems": 4,
            "items": {
                "type": "object",
                "required": ["id", "type", "title", "datasource", "gridPos", "targets"],
                "properties": {
                    "id": {"type": "integer"},
                    "type": {"enum": ["timeseries", "stat", "gauge", "table", "bargauge"]},
                    "gridPos": {
                        "type": "object",
                        "required": ["h", "w", "x", "y"],
                        "properties": {"w": {"type": "integer", "minimum": 1, "maximum": 24}},
                    },
                    "targets": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["refId", "expr"],
                            "properties": {"expr": {"type": "string", "minLength": 3}},
                        },
                    },
                },
            },
        },
        "templating": {"type": "object", "required": ["list"]},
    },
}
RULES_SCHEMA = {
    "type": "object",
    "required": ["groups"],
    "additionalProperties": False,
    "properties": {
        "groups": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "rules"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "interval": {"type": "string", "pattern": DURATION},
                    "rules": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["expr"],
                            "additionalProperties": False,
                            "oneOf": [{"required": ["alert"]}, {"required": ["record"]}],
                            "properties": {
                                "alert": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$"},
                                "record": {"type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$"},
                                "expr": {"type": "string", "minLength": 3},
                                "for": {"type": "string", "pattern": DURATION},
                                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                                "annotations": {"type": "object", "additionalProperties": {"type": "string"}},
                            },
                        },
                    },
                },
            },
        }
    },
}


def _dashboard_queries() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in DASHBOARDS:
        board = json.loads(path.read_text())
        exprs = [t["expr"] for p in board["panels"] for t in p["targets"]]
        exprs += [v["query"] for v in board["templating"]["list"] if v.get("type") == "query"]
        found[path.stem] = exprs
    return found


def _rules() -> list[dict]:
    return [rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]]


def _balanced(expr: str) -> bool:
    depth = {"(": 0, "[": 0, "{": 0}
    closing = {")": "(", "]": "[", "}": "{"}
    for ch in re.sub(r'"[^"]*"', "", expr):
        if ch in depth:
            depth[ch] += 1
        elif ch in closing:
            depth[closing[ch]] -= 1
            if depth[closing[ch]] < 0:
                return False
    return not any(depth.values())


def test_the_dashboards_are_the_ones_build_py_writes():
    built = subprocess.run(
        [sys.executable, str(DEPLOY / "grafana" / "build.py"), "--check"], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stdout


def test_four_dashboards_ops_ml_quality_cost_compliance_match_the_schema():
    assert {p.stem for p in DASHBOARDS} == {"ops", "ml-quality", "cost", "compliance"}
    uids = set()
    for path in DASHBOARDS:
        board = json.loads(path.read_text())
        jsonschema.validate(board, DASHBOARD_SCHEMA)
        uids.add(board["uid"])
        ids = [p["id"] for p in board["panels"]]
        assert len(ids) == len(set(ids)), path
        for expr in _dashboard_queries()[path.stem]:
            assert _balanced(expr), (path.stem, expr)
    assert len(uids) == len(DASHBOARDS)


def test_grafana_provisioning_files_point_at_the_dashboards_and_prometheus():
    providers = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/crisisops.yaml").read_text())
    sources = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yaml").read_text())
    assert providers["apiVersion"] == 1 and providers["providers"][0]["type"] == "file"
    assert providers["providers"][0]["options"]["path"]
    assert sources["apiVersion"] == 1 and sources["datasources"][0]["type"] == "prometheus"


def test_the_slo_rules_match_the_rule_file_schema_and_cover_the_slos():
    doc = yaml.safe_load(RULES.read_text())
    jsonschema.validate(doc, RULES_SCHEMA)
    alerts = {r["alert"]: r for r in _rules() if "alert" in r}
    # detection→alert p95 > 60 s, queue age, error rate, SLA breaches, budget burn 80 % / 100 %
    assert "> 60" in alerts["DetectionToAlertSlow"]["expr"]
    assert "crisisops_queue_age_seconds" in alerts["QueueBacklog"]["expr"]
    assert "task_error_ratio" in alerts["TaskErrorRateHigh"]["expr"]
    assert "crisisops_sla_breaches_total" in alerts["AckSlaBreached"]["expr"]
    assert ">= 0.8" in alerts["LlmBudget80Percent"]["expr"] and ">= 1" in alerts["LlmBudgetExhausted"]["expr"]
    for rule in _rules():
        assert _balanced(rule["expr"]), rule


def test_every_metric_the_dashboards_and_rules_query_is_exported(db, tenant_a):
    exported: set[str] = set()
    for family in scrape().families.values():
        exported.add(family.name)
        exported.update(family.name + s for s in SUFFIXES.get(family.type, ()))
    recorded = {r["record"] for r in _rules() if "record" in r}
    queried: dict[str, set[str]] = {}
    for board, exprs in _dashboard_queries().items():
        queried[board] = {name for e in exprs for name in NAME.findall(e)}
    queried["rules"] = {name for r in _rules() for name in NAME.findall(r["expr"])}
    for where, names in queried.items():
        assert names, where
        assert names <= exported | recorded, (where, sorted(names - exported - recorded))


def _promtool() -> str:
    found = os.environ.get("PROMTOOL") or shutil.which("promtool")
    if not found:
        pytest.skip("promtool is not installed (Debian's `prometheus` package ships it; PROMTOOL=path)")
    return found


def test_promtool_accepts_the_rules_and_the_scrape_config(tmp_path):
    promtool = _promtool()
    rules = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True)
    assert rules.returncode == 0, rules.stdout + rules.stderr
    # The scrape config names a token file that exists only where it is deployed: a copy here.
    (tmp_path / "rules").mkdir()
    shutil.copy(RULES, tmp_path / "rules" / RULES.name)
    token = tmp_path / "token"
    token.write_text("t")
    config = (DEPLOY / "prometheus" / "prometheus.yml").read_text()
    (tmp_path / "prometheus.yml").write_text(
        config.replace("/etc/prometheus/crisisops-metrics-token", str(token))
    )
    checked = subprocess.run(
        [promtool, "check", "config", str(tmp_path / "prometheus.yml")], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
