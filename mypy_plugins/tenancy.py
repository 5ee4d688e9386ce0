"""mypy: the attributes our configured backend and middleware add to Django's objects.

django-tenants replaces the database backend (`ENGINE = django_tenants.postgresql_backend`), so
every `django.db.connection` has `schema_name`, `tenant` and the `set_*` switches; its middleware sets
`request.tenant`, and django-htmx's sets `request.htmx`. django-stubs types these objects as
plain Django's, so without this plugin each of the ~50 reads of `connection.schema_name` would
need a cast or an ignore. django-tenants and the tenant model it returns are untyped, hence Any.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import MDEF, SymbolTableNode, Var
from mypy.plugin import ClassDefContext, Plugin
from mypy.types import AnyType, Type, TypeOfAny

_VERSION = "2"  # bump when the attributes change, so mypy's cache is rebuilt

_STR = "builtins.str"
_ANY = None
ATTRIBUTES: dict[str, dict[str, str | None]] = {
    "django.db.backends.base.base.BaseDatabaseWrapper": {
        "schema_name": _STR,
        "tenant": _ANY,
        "set_tenant": _ANY,
        "set_schema": _ANY,
        "set_schema_to_public": _ANY,
    },
    "django.http.request.HttpRequest": {"tenant": _ANY, "htmx": _ANY},
}


def _add_attributes(ctx: ClassDefContext) -> None:
    info = ctx.cls.info
    for name, type_name in ATTRIBUTES[info.fullname].items():
        typ: Type = ctx.api.named_type(type_name) if type_name else AnyType(TypeOfAny.explicit)
        var = Var(name, typ)
        var.info = info
        var._fullname = f"{info.fullname}.{name}"
        info.names[name] = SymbolTableNode(MDEF, var, plugin_generated=True)


class TenancyPlugin(Plugin):
    def get_customize_class_mro_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        return _add_attributes if fullname in ATTRIBUTES else None

    def report_config_data(self, ctx: object) -> str:
        return _VERSION


def plugin(version: str) -> type[Plugin]:
    return TenancyPlugin
