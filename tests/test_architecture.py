"""The import rules of docs/architecture.md, read from the source with `ast` (no app is imported).

Data moves forward only: ingestion → classification → crisis → escalation. A later stage may import
an earlier one; an earlier one hands off by enqueuing a Celery task by name. Above the stages stand
the command center, response and the demo: no stage imports them, and the command center does not
import the demo. The command center imports what it shows plainly (no dotted-string lookups).
Every import counts: module level, inside functions and under `if TYPE_CHECKING:`. Tests (the
`tests/` folders inside apps too) and migrations are not checked.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = (
    "tenants",
    "ingestion",
    "classification",
    "crisis",
    "escalation",
    "response",
    "command_center",
    "demo",
)
STAGES = ("tenants", "ingestion", "classification", "crisis", "escalation")
TOP_FLOOR = ("command_center", "demo", "response")
# app -> apps it must not import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    **{stage: TOP_FLOOR for stage in STAGES},
    "ingestion": ("classification", "crisis", "escalation", *TOP_FLOOR),
    "classification": ("crisis", "escalation", *TOP_FLOOR),
    "crisis": ("escalation", *TOP_FLOOR),
    "command_center": ("demo",),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


@cache
def app_modules() -> dict[str, Path]:
    """Every module of the apps: dotted name -> file (tests and migrations left out)."""
    out = {}
    for app in APPS:
        base = ROOT / app
        if not base.is_dir():
            continue
        for path in base.rglob("*.py"):
            rel = path.relative_to(base).parts
            if "tests" in rel or "migrations" in rel or path.name.startswith("test_"):
                continue
            out[_module_name(path)] = path
    return out


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".")
    is_package = app_modules()[module].name == "__init__.py"
    base = package if is_package else package[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str) -> list[tuple[str, int]]:
    """(imported module, line) for every import statement in `module`; `from a import b` names
    `a.b` when that is a module of the apps, else `a`."""
    known = app_modules()
    out = []
    for node in ast.walk(_tree(known[module])):
        if isinstance(node, ast.Import):
            out += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node)
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.append((sub if sub in known else target, node.lineno))
    return out


def _app(module: str) -> str:
    return module.split(".", 1)[0]


def violations() -> list[str]:
    found = []
    for module, path in sorted(app_modules().items()):
        banned = FORBIDDEN.get(_app(module), ())
        for target, line in imports_of(module):
            if _app(target) in banned:
                found.append(f"{path.relative_to(ROOT)}:{line}: {_app(module)} imports {target}")
    return found


def test_every_stage_imports_only_earlier_stages_and_nothing_above_them():
    assert app_modules(), "no app modules found"
    problems = violations()
    assert not problems, "forbidden imports:\n" + "\n".join(problems)


def test_the_rules_see_an_import_inside_a_function(tmp_path, monkeypatch):
    # The checker itself: a lazy import of a later stage is still an import of it.
    app_modules.cache_clear()
    fake = tmp_path / "crisis"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "sneaky.py").write_text("def f():\n    from escalation import services\n    return services\n")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    try:
        assert violations() == ["crisis/sneaky.py:2: crisis imports escalation"]
    finally:
        monkeypatch.undo()
        app_modules.cache_clear()


def _string_lookups(path: Path) -> list[str]:
    """Calls of importlib.import_module / apps.get_model (or get_model) with a string argument."""
    out = []
    for node in ast.walk(_tree(path)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in ("import_module", "get_model") and isinstance(node.args[0], ast.Constant):
            out.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({node.args[0].value!r})")
    return out


def test_the_command_center_looks_nothing_up_by_dotted_string():
    found = [
        hit
        for module, path in sorted(app_modules().items())
        if _app(module) == "command_center"
        for hit in _string_lookups(path)
    ]
    assert not found, "\n".join(found)


def import_cycles() -> list[list[str]]:
    """Strongly connected groups of app modules that import each other (Tarjan), largest first."""
    graph: dict[str, set[str]] = defaultdict(set)
    known = app_modules()
    for module in known:
        graph[module] |= {t for t, _ in imports_of(module) if t in known and t != module}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(known):
        if v not in index:
            visit(v)
    return sorted(groups, key=lambda g: (-len(g), g))


def test_no_import_cycles_between_modules_of_the_apps():
    cycles = import_cycles()
    assert not cycles, "\n".join(" ↔ ".join(group) for group in cycles)
