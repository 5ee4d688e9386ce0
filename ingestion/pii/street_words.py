"""Street-type words of many countries, read from Faker's address providers (a maintained PyPI
package; we read its lists, we generate nothing with it).

The USPS and Commonwealth suffixes of its English locales ("Shoals", "Trafficway") come after the
street name; the Romance, Slavic, Greek, Malay and Indonesian types ("Callejón", "Incrocio",
"бул.", "Πάροδος", "Lorong") before it. Types that are also everyday nature words in Portuguese
("Praia", "Lago": a place, not a street) and everyday English words some locales list as types
("put", "end", "top", "run") are left out.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from ingestion.pii.lexicon import words

_PREFIX_LOCALES = ("es_", "pt_", "it_", "ro_", "pl_", "el_", "uk_", "ru_", "fr_", "id_", "en_MS", "mk_", "sk_", "cs_", "hr_")  # fmt: skip
# Locales whose "suffixes" are street types written before the name ("Via", "ул.", "nám.").
_TYPES_FIRST_LOCALES = ("it_", "ru_", "mk_", "sk_", "cs_", "hr_")
_NOT_STREET_TYPES = words("""
    park parks ring villa land vale lago lagoa feira morro trevo vereda setor campo fazenda
    favela sítio recanto residencial distrito colônia chácara aeroporto estação núcleo passarela
    pátio praia jardim parque loteamento trecho condomínio canale gang rang put área follow
    little lower upper front end top turn part line break steps stairs block range reach ground
    stand round sound entrance access formation distributor trailer pocket towers club beach
    gates link rise ride dip gap para sorok mohalla ghat strip basin brace elbow copse tarn lees
    wade brow amble triangle rosebowl run
""")


def faker_street_words() -> tuple[list[str], list[str]]:
    """(types written before a street name, types written after it), lower case, as regex
    alternatives, longest first."""
    import faker.providers.address as address

    before: set[str] = set()
    after: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if not attr.startswith(("street_prefixes", "street_suffixes")):
                continue
            if not isinstance(value, (list, tuple, dict)):
                continue
            suffixes = attr.startswith("street_suffixes")
            if suffixes and module.name.startswith("en_") and module.name != "en_MS":
                target = after
            elif module.name.startswith(_PREFIX_LOCALES if not suffixes else _TYPES_FIRST_LOCALES):
                target = before
            else:
                continue
            for word in value:
                w = str(word).strip().lower()
                bare = w.rstrip(".")
                if len(bare) < 2 or not bare.isalpha() or bare in _NOT_STREET_TYPES:
                    continue
                target.add(re.escape(bare) + (r"\." if w.endswith(".") else ""))
    return sorted(before, key=len, reverse=True), sorted(after, key=len, reverse=True)


def faker_compound_endings() -> list[str]:
    """Street-type endings of the Nordic, Dutch and German locales, glued to the street's name
    ("Sørensenstykket", "Moeengen"), 5 letters or more (shorter ones end ordinary names too)."""
    import faker.providers.address as address

    out: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        if not module.name.startswith(("no_", "sv_", "da_", "nl_", "de_")):
            continue
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if attr.startswith("street_suffixes") and isinstance(value, (list, tuple, dict)):
                for word in value:
                    w = str(word).strip().lower()
                    if len(w) >= 5 and w.isalpha():
                        out.add(re.escape(w))
    return sorted(out, key=len, reverse=True)
