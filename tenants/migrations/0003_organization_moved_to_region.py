"""Data residency: an organisation being moved to another region's deployment is marked here."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tenants", "0002_llm_budget_500"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="moved_to_region",
            field=models.CharField(
                blank=True,
                choices=[("us", "United States"), ("eu", "European Union"), ("apac", "Asia-Pacific")],
                default="",
                max_length=8,
            ),
        ),
        migrations.AlterField(
            model_name="organization",
            name="region",
            field=models.CharField(
                choices=[("us", "United States"), ("eu", "European Union"), ("apac", "Asia-Pacific")],
                default="eu",
                help_text=(
                    "Data-residency region: the deployment (cell) that holds this organisation's data. "
                    "Read-only: moving an organisation to another region is `manage.py export_tenant` here, "
                    "`import_tenant` on the target region's deployment, then `export_tenant --finish` here."
                ),
                max_length=8,
            ),
        ),
    ]
