"""A table pasted into a ticket or a post (a CSV or spreadsheet export): the cells of the columns
whose header matches, with their offsets in the text. Used by `names_shapes.table_names` (a
"name" column) and `role_columns`, `structured.table_phones` (a "phone" column),
`structured.table_ids` (a driving licence's or another identity document's column) and
`addresses.table_addresses` (an address column)."""

from __future__ import annotations

import functools
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
        cells = [c.strip().strip("\"'").strip() for _, c in split_cells(head, delimiter)]  # '"name"' too
        columns = [k for k, c in enumerate(cells) if header.match(c)]
        if not columns or len(cells) < 2:
            continue
        for j in range(i + 1, len(lines)):
            parts = split_cells(lines[j], delimiter)
            if len(parts) > len(cells) and delimiter == ",":
                parts = _unsplit(parts, len(cells))
            if len(parts) != len(cells):
                break  # the table ended
            for k in columns:
                at, cell = parts[k]
                value = cell.strip().strip("\"'").strip()  # a quoted CSV cell: its value inside
                if value:
                    yield offsets[j] + at + cell.index(value), value


_THOUSANDS = re.compile(r"\d{3}(?!\d)")


def _unsplit(parts: tuple[tuple[int, str], ...], n: int) -> tuple[tuple[int, str], ...]:
    """A row of an export that wrote a comma without quoting its cell ("$4,509", "Pontoon P, berth
    24"): its cells joined again where a comma cannot be the delimiter — inside a number's
    thousands, or before a space, which prose writes and no export does — until the row has the
    header's number of cells (unchanged when it cannot: the table ends there)."""
    out = list(parts)
    while len(out) > n:
        for k in range(len(out) - 1):
            (at, cell), (_, nxt) = out[k], out[k + 1]
            thousands = cell[-1:].isdigit() and _THOUSANDS.match(nxt) is not None
            if thousands or (nxt.startswith(" ") and cell.strip()):
                out[k : k + 2] = [(at, cell + "," + nxt)]
                break
        else:
            return parts
    return tuple(out)


# (cached: six finders read the columns they want from the same lines)
@functools.lru_cache(maxsize=4096)
def split_cells(line: str, delimiter: str) -> tuple[tuple[int, str], ...]:
    """A line's cells with their offsets. A cell opened by a double quote runs to its closing
    quote ("" inside is a quote), so it may hold the delimiter: `"Patel, Megan"` is one cell, as
    every CSV export writes a name with a comma. A quote inside an unquoted cell is a character."""
    out: list[tuple[int, str]] = []
    start = 0
    while True:
        search_from = start
        opening = len(line) - len(line[start:].lstrip(" "))
        if line.startswith('"', opening):
            close = opening + 1
            while (close := line.find('"', close)) != -1 and line.startswith('""', close):
                close += 2
            search_from = len(line) if close == -1 else close + 1  # unclosed: the rest of the line
        end = line.find(delimiter, search_from)
        if end == -1:
            out.append((start, line[start:]))
            return tuple(out)
        out.append((start, line[start:end]))
        start = end + len(delimiter)
