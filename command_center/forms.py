"""Forms of the command center (validation only; writes go through the stages' services)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from classification.models import Category, Severity


class _UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        name = obj.get_full_name()
        return f"{name} <{obj.email}>" if name else obj.email


class AssignForm(forms.Form):
    """`users`: who may own a crisis (the view decides; the form only validates the choice)."""

    owner = _UserChoiceField(queryset=get_user_model().objects.none(), label="Owner")

    def __init__(self, *args, users: QuerySet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = users


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Note",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "What do we know?"}),
    )


class ResolveForm(forms.Form):
    note = forms.CharField(
        label="Resolution note",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "What happened and what fixed it"}),
    )


class AlertResolveForm(forms.Form):
    note = forms.CharField(label="Resolution note", max_length=4000, required=False)


class ReviewDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("confirm", "Confirm"), ("correct", "Correct")])
    severity = forms.ChoiceField(choices=Severity.choices, required=False)
    category = forms.ChoiceField(choices=Category.choices, required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "correct" and not (data.get("severity") and data.get("category")):
            raise forms.ValidationError("a correction needs a severity and a category")
        return data
