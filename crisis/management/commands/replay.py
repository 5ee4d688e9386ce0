"""`manage.py replay stream.jsonl --speed 60x --config A.json [--compare B.json]`

Runs a recorded stream through the real detector (memory stores, simulated clock; see
crisis/replay.py) and prints which crises would open, when, at what level, and the time to detect
after the subject's first event. With --compare, diffs two configurations.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from crisis import replay


def _speed(value: str) -> float | None:
    value = value.strip().lower()
    if value in ("max", "0", ""):
        return None
    try:
        return float(value.rstrip("x"))
    except ValueError as exc:
        raise CommandError(f"--speed: expected e.g. 60x or max, got {value!r}") from exc


def _fmt_td(seconds: float) -> str:
    seconds = int(seconds)
    h, rem = divmod(abs(seconds), 3600)
    m, s = divmod(rem, 60)
    sign = "-" if seconds < 0 else ""
    return f"{sign}{h}h{m:02d}m{s:02d}s" if h else f"{sign}{m}m{s:02d}s"


class Command(BaseCommand):
    help = "Replay a recorded JSONL stream through the detector on a simulated clock."

    def add_arguments(self, parser):
        parser.add_argument("stream", help="JSON lines, one event per line, in time order")
        parser.add_argument("--config", help="detector settings JSON (A)")
        parser.add_argument("--compare", help="second settings JSON (B) to diff against A")
        parser.add_argument(
            "--speed",
            default="max",
            help="'max' (simulated clock, no waiting; default) or e.g. 60x to pace at 60× real time",
        )
        parser.add_argument("--json", dest="json_out", help="also write the results as JSON here")
        parser.add_argument("--no-progress", action="store_true")
        parser.add_argument(
            "--reopen-minutes",
            type=float,
            default=0,
            help="a subject flaring up within this time after its crisis resolved reopens it (the story "
            "window, GroupingConfig.reopen_window_minutes); 0 (default): every opening is a new crisis",
        )

    def handle(self, *args, **opts):
        try:
            rows = list(replay.read_stream(opts["stream"]))
        except (OSError, json.JSONDecodeError) as exc:
            raise CommandError(f"cannot read {opts['stream']}: {exc}") from exc
        if not rows:
            raise CommandError("the stream is empty")
        rows.sort(key=lambda r: replay._ts(r["ts"]))
        speed = _speed(opts["speed"])
        results = {}
        for label, path in (("A", opts["config"]), ("B", opts["compare"])):
            if label == "B" and not path:
                continue
            try:
                conf = replay.load_config(path)
            except (OSError, ValueError) as exc:
                raise CommandError(f"config {label}: {exc}") from exc
            self.stdout.write(f"== {label}: {path or 'default settings'}")
            result = replay.run(
                rows,
                conf.settings,
                overrides=conf.overrides,
                matcher=conf.matcher,
                total=len(rows),
                progress=not opts["no_progress"],
                speed=speed,
                reopen_within_seconds=opts["reopen_minutes"] * 60,
            )
            results[label] = result
            self._print_run(result)
        if "B" in results:
            self._print_diff(results["A"].crises, results["B"].crises)
        if opts["json_out"]:
            out = {k: [c.as_json() for c in r.crises] for k, r in results.items()}
            with open(opts["json_out"], "w") as fh:
                json.dump(out, fh, indent=2)

    def _print_run(self, r: replay.ReplayResult) -> None:
        self.stdout.write(
            f"{r.events} events, {r.subjects} subjects, {r.evaluations} evaluations, "
            f"{r.simulated_seconds / 3600:.1f} h simulated in {r.wall_seconds:.1f} s"
        )
        if not r.crises:
            self.stdout.write("no crisis would open")
            return
        self.stdout.write(f"{len(r.crises)} crisis(es):")
        for c in r.crises:
            alerts = ", ".join(f"{lv}@{replay._iso(t)[11:]}" for t, lv in c.alerts)
            resolved = replay._iso(c.resolved_ts) if c.resolved_ts else "still open"
            self.stdout.write(
                f"  {c.subject:<24} opened {replay._iso(c.opened_ts)} at {c.level if not c.alerts else c.alerts[0][1]}"
                f" (peak {c.peak_level}); time-to-detect {_fmt_td(c.ttd_seconds)} after the burst's first event"
                f" ({_fmt_td(c.opened_ts - c.first_event_ts)} after the subject's first event);"
                f" alerts [{alerts}]; pages {len(c.pages)}, reopened {len(c.reopens)}x; resolved {resolved}"
            )
            self.stdout.write(f"    why: {c.explanation}")

    def _print_diff(self, a, b) -> None:
        diff = replay.compare(a, b)
        self.stdout.write("== A vs B")
        for c in diff["only_a"]:
            self.stdout.write(
                f"  only in A: {c.subject} opened {replay._iso(c.opened_ts)} peak {c.peak_level}"
            )
        for c in diff["only_b"]:
            self.stdout.write(
                f"  only in B: {c.subject} opened {replay._iso(c.opened_ts)} peak {c.peak_level}"
            )
        for ca, cb in diff["both"]:
            delta = cb.opened_ts - ca.opened_ts
            when = (
                "same time"
                if abs(delta) < 1
                else (f"B {_fmt_td(delta)} later" if delta > 0 else f"B {_fmt_td(-delta)} earlier")
            )
            peaks = "" if ca.peak_level == cb.peak_level else f", peak A {ca.peak_level} / B {cb.peak_level}"
            self.stdout.write(f"  both: {ca.subject} opened {replay._iso(ca.opened_ts)} — {when}{peaks}")
        self.stdout.write(
            f"  summary: {len(diff['both'])} in both, {len(diff['only_a'])} only in A, {len(diff['only_b'])} only in B"
        )
