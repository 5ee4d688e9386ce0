"""Renders the Helm chart without the `helm` binary (no package registry here ships it): the
subset of Go templates and Sprig functions deploy/helm/crisisops uses, translated to Jinja2.

Supported: `{{ pipeline }}` with `|`, parentheses, `.`/`$`/`$var` field chains, string/number
literals; `if`/`else if`/`else`/`end`, `range $k, $v := …` (maps in key order, as Go), `$x := …`,
`define`/`include`, comments, and the `{{-`/`-}}` trim markers; functions include, toYaml,
nindent, indent, quote, printf, mul, gt, lt, eq, ne, and, or, not, default, dict, index.
Anything else raises, so the chart cannot silently use what this does not render.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2
import yaml

ACTION = re.compile(r"\{\{(-?)(.*?)(-?)\}\}", re.S)
TOKEN = re.compile(r'\s*("(?:\\.|[^"\\])*"|\(|\)|\||:=|,|[^\s()|,]+)')


def _go_str(value: Any) -> str:
    if value is None:
        return "<no value>"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _truthy(value: Any) -> bool:
    return not (value is None or value is False or value == 0 or value == "" or value == {} or value == [])


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        if obj is None:
            return None
        obj = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
    return obj


def _printf(fmt: str, *args: Any) -> str:
    return fmt.replace("%v", "%s") % tuple(_go_str(a) if not isinstance(a, int) else a for a in args)


def _indent(n: int, text: Any) -> str:
    return "\n".join((" " * n + line) if line else line for line in _go_str(text).split("\n"))


FUNCS: dict[str, Any] = {
    "toYaml": lambda v: yaml.safe_dump(v, default_flow_style=False, sort_keys=True).rstrip("\n"),
    "nindent": lambda n, text: "\n" + _indent(n, text),
    "indent": _indent,
    "quote": lambda v: json.dumps(_go_str(v)),
    "printf": _printf,
    "mul": lambda a, b: int(a) * int(b),
    "gt": lambda a, b: a > b,
    "lt": lambda a, b: a < b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "and": lambda *a: next((x for x in a if not _truthy(x)), a[-1]),
    "or": lambda *a: next((x for x in a if _truthy(x)), a[-1]),
    "not": lambda a: not _truthy(a),
    "default": lambda d, v=None: v if _truthy(v) else d,
    "dict": lambda *kv: {kv[i]: kv[i + 1] for i in range(0, len(kv), 2)},
    "index": lambda obj, *keys: _get(obj, *keys),
}


class Chart:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.meta = yaml.safe_load((path / "Chart.yaml").read_text())
        self.env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, finalize=_go_str)
        self.defines: dict[str, jinja2.Template] = {}
        self.templates: dict[str, jinja2.Template] = {}
        for file in sorted((path / "templates").iterdir()):
            source = self._translate(file.read_text(), file.name)
            if not file.name.startswith("_"):
                self.templates[file.name] = source

    # --- translation --------------------------------------------------------------------------

    def _translate(self, text: str, name: str) -> jinja2.Template:
        pieces: list[tuple[str, str]] = []  # ("text", s) or ("action", s)
        pos = 0
        for m in ACTION.finditer(text):
            before = text[pos : m.start()]
            if m.group(1):
                before = before.rstrip()
            if pieces and pieces[-1][0] == "trim":
                pieces.pop()
                before = before.lstrip()
            pieces.append(("text", before))
            pieces.append(("action", m.group(2).strip()))
            if m.group(3):
                pieces.append(("trim", ""))
            pos = m.end()
        rest = text[pos:]
        if pieces and pieces[-1][0] == "trim":
            pieces.pop()
            rest = rest.lstrip()
        pieces.append(("text", rest))

        out: list[list[str]] = [[]]
        texts: list[list[str]] = [[]]
        stack: list[tuple[str, str]] = []
        for kind, body in pieces:
            if kind == "text":
                if body:
                    texts[-1].append(body)
                    out[-1].append(f"{{{{ T[{len(texts[-1]) - 1}] }}}}")
                continue
            if body.startswith("/*"):
                continue
            word = body.split(None, 1)[0] if body else ""
            arg = body[len(word) :].strip()
            if word == "define":
                stack.append(("define", json.loads(arg)))
                out.append([])
                texts.append([])
            elif word == "if":
                stack.append(("if", ""))
                out[-1].append(f"{{% if truthy({self._pipeline(arg)}) %}}")
            elif word == "else":
                cond = arg[2:].strip() if arg.startswith("if") else ""
                out[-1].append(f"{{% elif truthy({self._pipeline(cond)}) %}}" if cond else "{% else %}")
            elif word == "range":
                m = re.fullmatch(r"(\$\w+)(?:\s*,\s*(\$\w+))?\s*:=\s*(.+)", arg, re.S)
                if not m:
                    raise ValueError(f"{name}: only `range $k, $v := …` is supported: {body!r}")
                key, value = (m.group(1), m.group(2)) if m.group(2) else ("$_", m.group(1))
                stack.append(("range", ""))
                out[-1].append(
                    f"{{% for {self._var(key)}, {self._var(value)} in go_range({self._pipeline(m.group(3))}) %}}"
                )
            elif word == "end":
                block, define = stack.pop()
                if block == "define":
                    source, strings = "".join(out.pop()), texts.pop()
                    self.defines[define] = self._compile(source, strings)
                else:
                    out[-1].append("{% endif %}" if block == "if" else "{% endfor %}")
            elif re.match(r"\$\w+\s*:=", body):
                var, expr = body.split(":=", 1)
                out[-1].append(f"{{% set {self._var(var.strip())} = {self._pipeline(expr.strip())} %}}")
            else:
                out[-1].append(f"{{{{ {self._pipeline(body)} }}}}")
        if stack:
            raise ValueError(f"{name}: unclosed {stack}")
        return self._compile("".join(out[0]), texts[0])

    def _compile(self, source: str, strings: list[str]) -> jinja2.Template:
        return self.env.from_string(source, globals={"T": strings})

    @staticmethod
    def _var(name: str) -> str:
        return "v_" + name[1:] if name != "$" else "root"

    def _pipeline(self, text: str) -> str:
        tokens = [t for t in TOKEN.findall(text) if t.strip()]
        expr, rest = self._parse_pipeline(tokens)
        if rest:
            raise ValueError(f"cannot parse {text!r}")
        return expr

    def _parse_pipeline(self, tokens: list[str]) -> tuple[str, list[str]]:
        value, tokens = self._parse_command(tokens, None)
        while tokens and tokens[0] == "|":
            value, tokens = self._parse_command(tokens[1:], value)
        return value, tokens

    def _parse_command(self, tokens: list[str], piped: str | None) -> tuple[str, list[str]]:
        args: list[str] = []
        while tokens and tokens[0] not in ("|", ")"):
            token, tokens = tokens[0], tokens[1:]
            if token == "(":
                inner, tokens = self._parse_pipeline(tokens)
                if not tokens or tokens[0] != ")":
                    raise ValueError("unbalanced parentheses")
                tokens = tokens[1:]
                args.append(f"({inner})")
            else:
                args.append(token)
        if not args:
            raise ValueError("empty command")
        head, rest = args[0], args[1:]
        if head in FUNCS or head == "include":
            call_args = [self._term(a) for a in rest] + ([piped] if piped is not None else [])
            fn = "include" if head == "include" else f"F[{head!r}]"
            return f"{fn}({', '.join(call_args)})", tokens
        if rest or piped is not None:
            raise ValueError(f"unknown function {head!r}")
        return self._term(head), tokens

    def _term(self, token: str) -> str:
        if token.startswith("(") or token.startswith('"'):
            return token
        if re.fullmatch(r"-?\d+(\.\d+)?", token):
            return token
        if token in ("true", "false"):
            return "True" if token == "true" else "False"
        if token in FUNCS:
            raise ValueError(f"function {token!r} used as a value")
        if token.startswith("."):
            base, path = "dot", token[1:]
        elif token.startswith("$"):
            head, _, path = token.partition(".")
            base = self._var(head)
        else:
            raise ValueError(f"unsupported term {token!r}")
        names = [p for p in path.split(".") if p]
        return f"get({base}, {', '.join(map(repr, names))})" if names else base

    # --- rendering ----------------------------------------------------------------------------

    def render(
        self, values: dict, *, release: str = "crisisops", namespace: str = "crisisops"
    ) -> list[tuple[str, dict]]:
        """(template file, manifest) for every document the chart renders with `values`."""
        root = {
            "Values": values,
            "Release": {"Name": release, "Namespace": namespace, "Service": "Helm", "Revision": 1},
            "Chart": {
                "Name": self.meta["name"],
                "Version": self.meta["version"],
                "AppVersion": self.meta["appVersion"],
            },
        }
        docs: list[tuple[str, dict]] = []
        for name, template in self.templates.items():
            text = template.render(**self._scope(root, root))
            for doc in yaml.safe_load_all(text):
                if doc:
                    docs.append((name, doc))
        return docs

    def _scope(self, dot: Any, root: Any) -> dict[str, Any]:
        def include(name: str, ctx: Any) -> str:
            return self.defines[name].render(**self._scope(ctx, ctx))

        return {
            "dot": dot,
            "root": root,
            "F": FUNCS,
            "get": _get,
            "truthy": _truthy,
            "include": include,
            "go_range": lambda v: sorted(v.items()) if isinstance(v, dict) else list(enumerate(v or [])),
        }


def merged(base: dict, override: dict) -> dict:
    """Helm's values merge: maps merge key by key, anything else replaces."""
    out = dict(base)
    for key, value in override.items():
        out[key] = (
            merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
        )
    return out
