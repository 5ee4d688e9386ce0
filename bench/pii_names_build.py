"""Build the world gazetteer of given names and surnames that ingestion's redaction reads beside
Faker's lists (`ingestion/pii/lexicon.py`); writes `ingestion/pii/gazetteer/` (first.txt.gz,
last.txt.gz, meta.json).

Usage: .venv/bin/pip install names-dataset==3.3.1
       .venv/bin/python bench/pii_names_build.py [--max-rank 1000] [--out ingestion/pii/gazetteer]

Source: the `names-dataset` package on PyPI (MIT; 727,556 given names and 983,826 surnames of 105
countries, each with its rank among the names of every country where it is frequent). Faker's
lists hold the names its locales generate (86 locales, a few hundred names each): names of
Botswana, the Philippines, Cameroon, the Gulf, Vietnam, Tanzania… are mostly missing ("Kagiso",
"Rodel", "Amadou", "Shamma", "Trang", "Zuhura", "Pretorius"). A name is kept when it is among the
`--max-rank` most frequent of at least one country; each part of a name of several words is a
name of its own, as in Faker's lists. Dropped: the function words of the languages the lexicon
knows ("para", "con": the dataset holds them, people typed them into a name field) and parts of
one letter. The package is needed only to build; the deployed code reads the files written here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _kept(data: dict, max_rank: int, function: set[str]) -> set[str]:
    from ingestion.pii.lexicon import _letters

    out: set[str] = set()
    for name, info in data.items():
        ranks = info.get("rank") or {}
        if not ranks or min(ranks.values()) > max_rank:
            continue
        for part in name.replace("-", " ").split():
            word = part.lower()
            if len(word) >= 2 and _letters(word) and word not in function:
                out.add(word)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-rank", type=int, default=1000)
    parser.add_argument("--out", default=str(ROOT / "ingestion" / "pii" / "gazetteer"))
    args = parser.parse_args()
    try:
        import names_dataset
    except ImportError:
        sys.exit("names-dataset is not installed: .venv/bin/pip install names-dataset==3.3.1")
    from importlib.metadata import version

    from ingestion.pii.lexicon import _function_words

    source = Path(names_dataset.__file__).parent / "v3"
    function = _function_words()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for kind in ("first", "last"):
        with gzip.open(source / f"{kind}_names.pkl.gz") as f:
            data = pickle.load(f)
        kept = sorted(_kept(data, args.max_rank, function))
        counts[kind] = len(kept)
        # mtime 0: the same input writes the same bytes
        with open(out / f"{kind}.txt.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(("\n".join(kept) + "\n").encode())
        print(f"{kind}: {len(data)} names in the dataset, {len(kept)} words kept")
    meta = {"source": f"names-dataset {version('names-dataset')}", "max_rank": args.max_rank, **counts}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")


if __name__ == "__main__":
    main()
