"""deploy/helm/crisisops rendered for each tier (tests/deploy/gotemplate.py: no `helm` binary
installs from a package registry here) and every manifest validated against the Kubernetes
JSON schemas of kubernetes-validate (strict: unknown fields fail); KEDA's objects against the
fields this chart uses of KEDA's CRDs."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

from config.pools import POOLS
from config.queues import queue
from tests.deploy.gotemplate import Chart, merged

CHART = Path(__file__).resolve().parents[2] / "deploy" / "helm" / "crisisops"
K8S_VERSION = "1.30.0"
TIERS = ("default", "startup", "enterprise")

SCALED_OBJECT = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "properties": {
        "apiVersion": {"const": "keda.sh/v1alpha1"},
        "spec": {
            "type": "object",
            "required": ["scaleTargetRef", "triggers", "minReplicaCount", "maxReplicaCount"],
            "additionalProperties": False,
            "properties": {
                "scaleTargetRef": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}},
                },
                "minReplicaCount": {"type": "integer", "minimum": 0},
                "maxReplicaCount": {"type": "integer", "minimum": 1},
                "pollingInterval": {"type": "integer"},
                "cooldownPeriod": {"type": "integer"},
                "triggers": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["type", "metadata"],
                        "properties": {
                            "type": {"const": "rabbitmq"},
                            "metadata": {
                                "type": "object",
                                "required": ["queueName", "mode", "value", "protocol"],
                                "additionalProperties": {"type": "string"},
                            },
                            "authenticationRef": {"type": "object", "required": ["name"]},
                        },
                    },
                },
            },
        },
    },
}
TRIGGER_AUTH = {
    "type": "object",
    "required": ["spec"],
    "properties": {
        "spec": {
            "type": "object",
            "required": ["secretTargetRef"],
            "properties": {
                "secretTargetRef": {
                    "type": "array",
                    "items": {"type": "object", "required": ["parameter", "name", "key"]},
                }
            },
        }
    },
}


def values(tier: str) -> dict:
    base = yaml.safe_load((CHART / "values.yaml").read_text())
    if tier == "default":
        return base
    return merged(base, yaml.safe_load((CHART / f"values-{tier}.yaml").read_text()))


@pytest.fixture(scope="module")
def chart() -> Chart:
    return Chart(CHART)


def by_kind(docs, kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for _, d in docs if d["kind"] == kind}


@pytest.mark.parametrize("tier", TIERS)
def test_every_rendered_manifest_is_valid_for_kubernetes(chart, tier):
    docs = chart.render(values(tier))
    assert len(docs) > 20
    for source, doc in docs:
        if doc["apiVersion"].startswith("keda.sh/"):
            schema = SCALED_OBJECT if doc["kind"] == "ScaledObject" else TRIGGER_AUTH
            jsonschema.validate(doc, schema)
        else:
            try:
                kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
            except kubernetes_validate.ValidationError as exc:
                pytest.fail(
                    f"{source} {doc['kind']}/{doc['metadata']['name']}: {exc.message} at {list(exc.path)}"
                )
    names = [(d["kind"], d["metadata"]["name"]) for _, d in docs]
    assert len(names) == len(set(names)), "two objects of one kind share a name"


@pytest.mark.parametrize("tier", TIERS)
def test_one_autoscaled_deployment_per_stage_pool_sized_from_the_measured_memory(chart, tier):
    docs = chart.render(values(tier))
    deployments, scaled = by_kind(docs, "Deployment"), by_kind(docs, "ScaledObject")
    pools = values(tier)["pools"]
    assert set(pools) == set(POOLS)  # the chart's pools are config/pools.py's
    for name, pool in pools.items():
        deploy = deployments[f"crisisops-pool-{name}"]
        [container] = deploy["spec"]["template"]["spec"]["containers"]
        assert container["args"][:4] == ["python", "-m", "config.pools", name]
        requests = container["resources"]["requests"]
        assert requests["memory"] == f"{pool['memoryMi'] * pool['concurrency']}Mi"
        env = {e["name"]: e for e in container["env"]}
        assert env["CELERY_METRICS_PORT"]["value"] == "9808" and "PROMETHEUS_MULTIPROC_DIR" in env
        trigger = scaled[f"crisisops-pool-{name}"]["spec"]["triggers"][0]
        # The queue is named for the release's region, as config/queues.py names it: eu.classify.
        assert trigger["metadata"]["queueName"] == queue(name, region=values(tier)["region"])
        assert trigger["metadata"]["mode"] == "QueueLength"
        assert (
            scaled[f"crisisops-pool-{name}"]["spec"]["scaleTargetRef"]["name"] == deploy["metadata"]["name"]
        )
    classify = deployments["crisisops-pool-classify"]["spec"]["template"]["spec"]["containers"][0]
    assert classify["resources"]["requests"]["memory"] == "850Mi"  # ≈ 0.85 GB per classify process


@pytest.mark.parametrize("tier", TIERS)
def test_web_scheduler_migrations_probes_budgets_policies_and_no_secrets(chart, tier):
    docs = chart.render(values(tier))
    deployments = by_kind(docs, "Deployment")
    web = deployments["crisisops-web"]["spec"]["template"]["spec"]["containers"][0]
    assert web["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert web["livenessProbe"]["httpGet"]["path"] == "/healthz"
    hpa = by_kind(docs, "HorizontalPodAutoscaler")["crisisops-web"]
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    scheduler = deployments["crisisops-scheduler"]["spec"]
    assert scheduler["replicas"] == 1 and scheduler["strategy"]["type"] == "Recreate"
    [job] = by_kind(docs, "Job").values()
    assert "pre-upgrade" in job["metadata"]["annotations"]["helm.sh/hook"]
    assert "migrate_schemas --shared" in job["spec"]["template"]["spec"]["containers"][0]["args"][-1]
    assert "migrate_schemas --tenant" in job["spec"]["template"]["spec"]["containers"][0]["args"][-1]
    assert "crisisops-web" in by_kind(docs, "PodDisruptionBudget")
    assert len(by_kind(docs, "NetworkPolicy")) == 3
    # Secrets come from existing Secrets only: none is rendered, every secret env is a reference.
    assert not by_kind(docs, "Secret")
    secret_env = [e for e in web["env"] if e["name"] in ("SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL")]
    assert len(secret_env) == 3 and all("secretKeyRef" in e["valueFrom"] for e in secret_env)


def test_the_startup_tier_runs_its_stores_in_the_cluster_and_the_enterprise_tier_spreads_over_zones(chart):
    startup, enterprise = chart.render(values("startup")), chart.render(values("enterprise"))
    assert set(by_kind(startup, "StatefulSet")) == {
        "crisisops-postgres",
        "crisisops-redis",
        "crisisops-rabbitmq",
    }
    assert not by_kind(enterprise, "StatefulSet")
    web = by_kind(enterprise, "Deployment")["crisisops-web"]["spec"]["template"]["spec"]
    zones = [c["topologyKey"] for c in web["topologySpreadConstraints"]]
    assert "topology.kubernetes.io/zone" in zones
    big = by_kind(enterprise, "ScaledObject")["crisisops-pool-classify"]["spec"]["maxReplicaCount"]
    small = by_kind(startup, "ScaledObject")["crisisops-pool-classify"]["spec"]["maxReplicaCount"]
    assert big > small
    # Pools with more than one replica keep at least all but one through a node drain.
    assert "crisisops-pool-classify" in by_kind(enterprise, "PodDisruptionBudget")


def test_the_default_pool_sizes_are_config_pools_measured_figures():
    pools = values("default")["pools"]
    for name, pool in POOLS.items():
        assert (pools[name]["memoryMi"], pools[name]["maxMemoryMi"]) == (
            pool.memory_mb,
            pool.max_memory_mb,
        ), name
        assert pools[name]["concurrency"] == pool.concurrency, name
