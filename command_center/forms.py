"""Forms of the command center (validation only; writes go through the stages' services)."""

from __future__ import annotations

from typing import cast

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
        cast(forms.ModelChoiceField, self.fields["owner"]).queryset = users


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
        data = super().clean() or {}
        if data.get("decision") == "correct" and not (data.get("severity") and data.get("category")):
            raise forms.ValidationError("a correction needs a severity and a category")
        return data


class _CrisisChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"#{obj.pk} {obj.title} ({', '.join(obj.story_subjects)})"


class MergeForm(forms.Form):
    """Merge another unresolved crisis into this one (`crises`: the candidates the view allows)."""

    source = _CrisisChoiceField(queryset=None, label="Crisis to merge into this one")
    reason = forms.CharField(label="Why they are one story", max_length=500, required=False)

    def __init__(self, *args, crises: QuerySet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["source"]).queryset = crises


class SplitForm(forms.Form):
    """Split some of this crisis' subjects off into an incident of their own."""

    subjects = forms.MultipleChoiceField(
        label="Subjects that are another story", widget=forms.CheckboxSelectMultiple, choices=()
    )
    reason = forms.CharField(label="Why", max_length=500, required=False)

    def __init__(self, *args, subjects: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.subject_choices = [(s, s) for s in subjects]
        cast(forms.ChoiceField, self.fields["subjects"]).choices = self.subject_choices

    def clean_subjects(self):
        chosen = self.cleaned_data["subjects"]
        if len(chosen) >= len(self.subject_choices):
            raise forms.ValidationError("at least one subject must stay with this crisis")
        return chosen


class FeedbackForm(forms.Form):
    note = forms.CharField(label="Why it is not a crisis (optional)", max_length=1000, required=False)
