"""One LLM budget per organisation for every LLM use, $500 a day by default (the mission's
figure). Organisations still on the old default of $5 — a figure nobody chose — move to it."""

from decimal import Decimal

from django.db import migrations, models

OLD, NEW = Decimal("5.00"), Decimal("500.00")


def raise_old_default(apps, schema_editor):
    apps.get_model("tenants", "Organization").objects.filter(llm_daily_budget_usd=OLD).update(
        llm_daily_budget_usd=NEW
    )


def restore_old_default(apps, schema_editor):
    apps.get_model("tenants", "Organization").objects.filter(llm_daily_budget_usd=NEW).update(
        llm_daily_budget_usd=OLD
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tenants", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="organization",
            name="llm_daily_budget_usd",
            field=models.DecimalField(decimal_places=4, default=Decimal("500.00"), max_digits=10),
        ),
        migrations.RunPython(raise_old_default, restore_old_default),
    ]
