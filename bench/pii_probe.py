"""A development probe for street addresses (issue 15): Faker addresses of many locales in a few
sentence shapes, run through the address finder alone. A word of 4+ letters or any number of the
address left outside every found span counts the address as leaking. Use a seed of your own,
never a fresh split's: this is for tuning, the fresh split is for validating.

    .venv/bin/python bench/pii_probe.py [--seed 55501] [--per-locale 25] [--show 3]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "pt_BR",
    "sv_SE",
    "fi_FI",
    "cs_CZ",
    "en_AU",
    "en_CA",
    "da_DK",
    "no_NO",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "id_ID",
    "en_IN",
    "es_MX",
    "fr_CA",
    "de_AT",
]
SENTENCES = (
    "Please send the crew to {a} as soon as possible.",
    "Water is rising near {a}, people trapped.",
    "my aunt lives at {a} and cant get out",
    "Reported by a neighbour of {a}.",
    "{a} - roof collapsed, two injured",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=55501)
    parser.add_argument("--per-locale", type=int, default=25)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()

    import django

    django.setup()
    from faker import Faker

    from ingestion.pii import addresses, lexicon

    lex = lexicon.load(None)
    rng = random.Random(args.seed)
    leaking, total = 0, 0
    misses: dict[str, list[str]] = {}
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(10**6))
        for _ in range(args.per_locale):
            for kind in ("street_address", "address"):
                address = getattr(fake, kind)().replace("\n", ", ")
                sentence = rng.choice(SENTENCES)
                offset = sentence.index("{a}")
                text = sentence.format(a=address)
                covered = [False] * len(address)
                for found in addresses.find(text, lex):
                    for i in range(max(found.start, offset), min(found.end, offset + len(address))):
                        covered[i - offset] = True
                leak = any(
                    not covered[m.start()]
                    for m in re.finditer(r"\w+", address)
                    if re.search(r"\d", m.group()) or len(m.group()) >= 4
                )
                total += 1
                if leak:
                    leaking += 1
                    misses.setdefault(locale, []).append(address)
    print(f"addresses leaking: {leaking}/{total} = {leaking / total:.3f} (seed {args.seed})")
    for locale, missed in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"  {locale:6} {len(missed):3}  {missed[: args.show]}")


if __name__ == "__main__":
    main()
