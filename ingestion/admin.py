"""Admin for ingestion: watch terms, sources (credentials write-only), the inbox, events."""

from __future__ import annotations

import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from ingestion import services
from ingestion.models import Event, RawEvent, Source, WatchTerm
from tenants.audit import access_log_record
from tenants.roles import ADMIN, has_role


class TenantAdminRoleMixin:
    """The tenant's admin role manages ingestion (roles are groups, not per-model permissions)."""

    def has_module_permission(self, request):
        return has_role(request.user, ADMIN)

    def has_view_permission(self, request, obj=None):
        return has_role(request.user, ADMIN)

    def has_add_permission(self, request):
        return has_role(request.user, ADMIN)

    def has_change_permission(self, request, obj=None):
        return has_role(request.user, ADMIN)

    def has_delete_permission(self, request, obj=None):
        return has_role(request.user, ADMIN)


class ReadOnlyMixin(TenantAdminRoleMixin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# --- watch terms ------------------------------------------------------------------------------


class WatchTermForm(forms.ModelForm):
    aliases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="one alias per line or comma separated: @handle, #hashtag, $TICKER, product names",
    )

    class Meta:
        model = WatchTerm
        fields = ["name", "slug", "kind", "aliases", "enabled"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["aliases"] = "\n".join(self.instance.aliases)

    def clean_aliases(self) -> list[str]:
        raw = self.cleaned_data.get("aliases") or ""
        parts = [p.strip() for line in raw.splitlines() for p in line.split(",")]
        out: list[str] = []
        for p in parts:
            if p and p.lower() not in {o.lower() for o in out}:
                if len(p) > 200:
                    raise forms.ValidationError(f"alias too long: {p[:40]}…")
                out.append(p)
        return out


@admin.register(WatchTerm)
class WatchTermAdmin(TenantAdminRoleMixin, admin.ModelAdmin):
    form = WatchTermForm
    list_display = ["name", "slug", "kind", "alias_list", "enabled"]
    list_filter = ["kind", "enabled"]
    list_editable = ["enabled"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="aliases")
    def alias_list(self, obj: WatchTerm) -> str:
        return ", ".join(obj.aliases)


# --- sources ----------------------------------------------------------------------------------


class SourceForm(forms.ModelForm):
    """Credentials are write-only: the stored value is never rendered; a blank field keeps it."""

    new_credentials = forms.CharField(
        label="Credentials",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off", "placeholder": "(unchanged)"}),
        help_text='JSON object, e.g. {"bearer_token": "…"}. Stored encrypted, never shown again. '
        "Leave blank to keep the current credentials; enter {} to remove them.",
    )

    class Meta:
        model = Source
        fields = ["name", "slug", "kind", "enabled", "config", "poll_interval_seconds", "credibility"]

    def clean_new_credentials(self):
        raw = (self.cleaned_data.get("new_credentials") or "").strip()
        if not raw:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            raise forms.ValidationError("not valid JSON") from None  # never echo the secret back
        if not isinstance(value, dict):
            raise forms.ValidationError("credentials must be a JSON object")
        return value

    def save(self, commit: bool = True):
        creds = self.cleaned_data.get("new_credentials")
        if creds is not None:
            self.instance.credentials = creds or None
        return super().save(commit=commit)


@admin.register(Source)
class SourceAdmin(TenantAdminRoleMixin, admin.ModelAdmin):
    form = SourceForm
    list_display = [
        "name",
        "slug",
        "kind",
        "enabled",
        "has_credentials",
        "has_api_key",
        "last_polled_at",
        "attention",
        "short_error",
    ]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [
        "has_credentials",
        "has_api_key",
        "cursor",
        "last_polled_at",
        "next_poll_at",
        "last_error",
    ]
    actions = ["create_api_key"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                attention_count=Count(
                    "raw_events",
                    filter=Q(raw_events__status__in=[RawEvent.Status.HELD_PII, RawEvent.Status.NEEDS_REVIEW]),
                )
            )
        )

    @admin.display(boolean=True, description="credentials")
    def has_credentials(self, obj: Source) -> bool:
        return bool(obj.credentials)

    @admin.display(boolean=True, description="API key")
    def has_api_key(self, obj: Source) -> bool:
        return bool(obj.api_key_hash)

    @admin.display(description="held / review", ordering="attention_count")
    def attention(self, obj: Source):
        count = getattr(obj, "attention_count", 0)
        if not count:
            return "0"
        url = reverse("admin:ingestion_rawevent_changelist") + f"?source__id__exact={obj.pk}&attention=1"
        return format_html('<a href="{}" style="color:#b00;font-weight:bold">{}</a>', url, count)

    @admin.display(description="last error")
    def short_error(self, obj: Source) -> str:
        return (obj.last_error or "")[:80]

    @admin.action(description="Create a new push API key (shown once; replaces the old key)")
    def create_api_key(self, request: HttpRequest, queryset):
        for source in queryset:
            key = services.source_api_key_create(source=source)
            self.message_user(
                request,
                f"New API key for {source.slug} (copy it now, it is not stored): {key}",
                messages.WARNING,
            )


# --- the inbox --------------------------------------------------------------------------------


class AttentionFilter(admin.SimpleListFilter):
    title = "needs attention"
    parameter_name = "attention"

    def lookups(self, request, model_admin):
        return [("1", "Held or needs review")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(status__in=[RawEvent.Status.HELD_PII, RawEvent.Status.NEEDS_REVIEW])
        return queryset


@admin.register(RawEvent)
class RawEventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = [
        "id",
        "source",
        "external_id",
        "status",
        "reason",
        "attempts",
        "received_at",
        "processed_at",
    ]
    list_filter = [AttentionFilter, "status", "source"]
    search_fields = ["external_id", "status_reason"]
    date_hierarchy = "received_at"
    list_select_related = ["source"]
    # The payload is unredacted: never on the change page, only through the audited view below.
    fields = [
        "source",
        "external_id",
        "status",
        "status_reason",
        "attempts",
        "received_at",
        "claimed_at",
        "processed_at",
        "event_link",
        "payload_link",
    ]
    readonly_fields = fields  # type: ignore[assignment]  # all of them: nothing here is edited by hand
    actions = ["release_held", "retry_needs_review"]

    def changelist_view(self, request, extra_context=None):
        held = RawEvent.objects.filter(status=RawEvent.Status.HELD_PII).count()
        if held:
            self.message_user(
                request,
                f"{held} event(s) are held because PII redaction failed. Fix the cause, then use "
                '"Release held events".',
                messages.ERROR,
            )
        return super().changelist_view(request, extra_context)

    @admin.display(description="reason")
    def reason(self, obj: RawEvent) -> str:
        return (obj.status_reason or "")[:100]

    @admin.display(description="event")
    def event_link(self, obj: RawEvent):
        event = Event.objects.filter(raw_event=obj).only("pk").first()
        if event is None:
            return "-"
        return format_html(
            '<a href="{}">#{}</a>', reverse("admin:ingestion_event_change", args=[event.pk]), event.pk
        )

    @admin.display(description="unredacted payload")
    def payload_link(self, obj: RawEvent):
        url = reverse("admin:ingestion_rawevent_payload", args=[obj.pk])
        return format_html('<a href="{}">View unredacted payload (admins only, audited)</a>', url)

    def get_urls(self):
        return [
            path(
                "<int:pk>/payload/",
                self.admin_site.admin_view(self.payload_view),
                name="ingestion_rawevent_payload",
            ),
            *super().get_urls(),
        ]

    def payload_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not has_role(request.user, ADMIN):
            raise PermissionDenied("only tenant admins may view unredacted payloads")
        raw = get_object_or_404(RawEvent.objects.select_related("source"), pk=pk)
        access_log_record(
            action="view_unredacted",
            user_email=getattr(request.user, "email", "") or "",
            request=request,
            detail={"raw_event_id": raw.pk, "source": raw.source.slug, "external_id": raw.external_id},
        )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Unredacted payload of {raw}",
            "raw": raw,
            "payload_json": json.dumps(raw.payload, indent=2, ensure_ascii=False, default=str),
            "opts": self.model._meta,
        }
        response = TemplateResponse(request, "ingestion/raw_payload.html", context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description="Release held events (retry PII redaction)")
    def release_held(self, request: HttpRequest, queryset):
        count = services.raw_events_release_held(raw_event_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"{count} held event(s) sent back to processing.", messages.SUCCESS)

    @admin.action(description="Retry events that need review (after a connector fix)")
    def retry_needs_review(self, request: HttpRequest, queryset):
        count = services.raw_events_requeue(
            raw_event_ids=list(queryset.values_list("pk", flat=True)),
            statuses=(RawEvent.Status.NEEDS_REVIEW,),
        )
        self.message_user(request, f"{count} event(s) sent back to processing.", messages.SUCCESS)

    def has_change_permission(self, request, obj=None):
        # Actions need change permission; the fields stay read-only.
        return has_role(request.user, ADMIN)


# --- events -----------------------------------------------------------------------------------


@admin.register(Event)
class EventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = [
        "id",
        "platform",
        "source",
        "short_text",
        "subject_list",
        "reach",
        "duplicate_count",
        "canonical",
        "occurred_at",
    ]
    list_filter = ["platform", "source", ("canonical", admin.EmptyFieldListFilter)]
    search_fields = ["text", "title", "external_id"]
    date_hierarchy = "occurred_at"
    list_select_related = ["source"]
    raw_id_fields = ["raw_event", "canonical"]

    @admin.display(description="text")
    def short_text(self, obj: Event) -> str:
        return (obj.title or obj.text)[:100]

    @admin.display(description="subjects")
    def subject_list(self, obj: Event) -> str:
        return ", ".join(obj.subjects)
