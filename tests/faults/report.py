"""The fault suite's table: each test records its row (`FaultRow`), the session writes them to
`var/reports/faults.json`, and `python -m tests.faults.report` puts them in docs/reliability.md
between its markers. The table is the suite's output, never written by hand."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "var" / "reports" / "faults.json"
DOC = ROOT / "docs" / "reliability.md"
START, END = "<!-- fault-table:start -->", "<!-- fault-table:end -->"


@dataclass
class FaultRow:
    fault: str
    happened: str
    lost: int
    duplicate_notifications: int
    recovery: str
    test: str = ""


def write_results(rows: list[FaultRow], *, seconds: float) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "suite_seconds": round(seconds, 1),
                "rows": [asdict(r) for r in rows],
            },
            indent=2,
        )
    )


def table(results: dict) -> str:
    lines = [
        f"Run {results['at']}, whole suite {results['suite_seconds']:.0f} s "
        f"(`pytest tests/faults`, then `python -m tests.faults.report`).",
        "",
        "| fault | what happened | data lost | duplicate notifications | recovery |",
        "|---|---|---|---|---|",
    ]
    for row in results["rows"]:
        cells = [
            row["fault"],
            row["happened"],
            str(row["lost"]),
            str(row["duplicate_notifications"]),
            row["recovery"],
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines)


def render(doc: Path = DOC, results_path: Path = RESULTS) -> None:
    results = json.loads(results_path.read_text())
    text = doc.read_text()
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    if not rest:
        raise SystemExit(f"{doc} has no {START} … {END} markers")
    doc.write_text(f"{head}{START}\n{table(results)}\n{END}{tail}")


if __name__ == "__main__":
    render(*(Path(a) for a in sys.argv[1:3]))
    print(f"wrote the fault table into {DOC.relative_to(ROOT)}")
