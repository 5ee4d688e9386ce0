"""LLMCall becomes the tenant's one LLM ledger: the use of each call, the crisis it was for, and
the worst case a call in flight holds against the budget."""

from decimal import Decimal

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("classification", "0003_severity_you_can_trust"),
    ]

    operations = [
        migrations.AddField(
            model_name="llmcall",
            name="purpose",
            field=models.CharField(
                choices=[
                    ("classify", "Classification tier"),
                    ("summary", "Crisis summary and holding statement"),
                    ("plan", "Response planning"),
                ],
                db_index=True,
                default="classify",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="llmcall",
            name="crisis_ref",
            field=models.BigIntegerField(
                blank=True, db_index=True, help_text="the crisis a summary or a plan was for", null=True
            ),
        ),
        migrations.AddField(
            model_name="llmcall",
            name="reserved_usd",
            field=models.DecimalField(
                decimal_places=6,
                default=Decimal("0"),
                help_text="worst-case cost held against the budget while the call is pending",
                max_digits=10,
            ),
        ),
    ]
