from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "Organisations"

    def ready(self) -> None:
        from tenants import signals  # noqa: F401 - connects login/audit receivers
        from tenants.auditing import register_audited_models

        # Every configuration change and decision of every app is recorded (before/after).
        register_audited_models()
