"""The crisis summary spends from the tenant's one LLM ledger (classification.LLMCall, purpose
`summary`): its AIUsage rows move there and the second ledger, with its second cap
(DetectorConfig.ai_daily_budget_usd), goes."""

from django.db import migrations


def move_to_ledger(apps, schema_editor):
    AIUsage = apps.get_model("crisis", "AIUsage")
    LLMCall = apps.get_model("classification", "LLMCall")
    LLMCall.objects.bulk_create(
        [
            LLMCall(
                purpose="summary",
                crisis_ref=row.crisis_id,
                model=row.model,
                status="ok" if row.ok else ("refused_pii" if row.error.startswith("refused") else "error"),
                attempts=1 if row.ok or not row.error.startswith("refused") else 0,
                input_tokens=row.input_tokens,
                output_tokens=row.output_tokens,
                cost_usd=row.cost_usd,
                error=row.error,
                created_at=row.at,
            )
            for row in AIUsage.objects.all().iterator()
        ],
        batch_size=500,
    )


def move_back(apps, schema_editor):
    AIUsage = apps.get_model("crisis", "AIUsage")
    LLMCall = apps.get_model("classification", "LLMCall")
    Crisis = apps.get_model("crisis", "Crisis")
    crises = set(Crisis.objects.values_list("pk", flat=True))
    rows = LLMCall.objects.filter(purpose="summary", crisis_ref__in=crises)
    AIUsage.objects.bulk_create(
        [
            AIUsage(
                crisis_id=row.crisis_ref,
                at=row.created_at,
                model=row.model,
                input_tokens=row.input_tokens,
                output_tokens=row.output_tokens,
                cost_usd=row.cost_usd,
                ok=row.status == "ok",
                error=row.error[:300],
            )
            for row in rows
        ]
    )
    rows.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0004_timeline_response_kind"),
        ("classification", "0004_llm_ledger_purpose"),
    ]

    operations = [
        migrations.RunPython(move_to_ledger, move_back),
        migrations.RemoveField(model_name="detectorconfig", name="ai_daily_budget_usd"),
        migrations.DeleteModel(name="AIUsage"),
    ]
