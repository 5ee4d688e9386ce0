"""A table pasted into a ticket or a post (a CSV or spreadsheet export): the cells of the columns
whose header matches, with their offsets in the text. Used by `names_shapes.table_names` (a
"name" column), `structured.table_phones` (a "phone" column) and `structured.table_ids` (a
driving licence's or another identity document's column)."""

from __future__ import annotations

import re
from collections.abc import Iterator

DELIMITERS = (";", "\t", "|", ",")


def column_cells(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """(offset, value) of every non-empty cell under a header cell that `header` matches, from the
    header line to the first line with another number of cells (where the table ends)."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, head in enumerate(lines):
        delimiter = next((d for d in DELIMITERS if d in head), None)
        if delimiter is None:
            continue
        cells = [c.strip() for c in head.split(delimiter)]
        columns = [k for k, c in enumerate(cells) if header.match(c)]
        if not columns or len(cells) < 2:
            continue
        for j in range(i + 1, len(lines)):
            parts = lines[j].split(delimiter)
            if len(parts) != len(cells):
                break  # the table ended
            for k in columns:
                value = parts[k].strip().strip("\"'").strip()  # a quoted CSV cell: its value inside
                if value:
                    start = offsets[j] + sum(len(p) + len(delimiter) for p in parts[:k])
                    yield start + parts[k].index(value), value
