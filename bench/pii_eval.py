"""Strict, span-by-span evaluation of PII redaction: the project's redactor against stock presidio.

Usage: .venv/bin/python bench/pii_eval.py [--limit N] [--sets presidio,synth]
                                          [--splits dev,heldout,fresh] [--no-stock]
                                          [--fresh-seed 90417] [--unseen-seed 5051]
                                          [--throughput-n 1500] [--show-leaks 0]

Data sets (a dev split used while tuning; the others are only reported):
- `presidio`: ../shared/data/pii_presidio_synth/data.jsonl (skipped when absent), split by
  template id (held out: template_id % 4 == 3, so no sentence shape is in both). Its 210
  templates are all in one split or the other: it has no `fresh` split;
- `synth`: bench/pii_synth.py, our own social posts and support tickets of many locales (dev:
  seed 7, even templates; held out: seed 1011, odd templates; fresh: its own people, streets,
  scripts and templates from bench/pii_synth_fresh.py, drawn with `--fresh-seed`), with the
  tenant's brands in them. The fresh seed changes after every tuning pass, so the fresh figures
  are of texts no pass has seen: 2027 before the third pass, 20261204 after it, 61204 after the
  fourth, 90417 after the fifth (all 2026-12-04). The held-out splits' leaks were read during
  the third pass: they are no longer untouched. No pass has read the fresh split's leaks.
- `unseen` (only with `--sets unseen`): bench/pii_synth_unseen.py, written 2026-12-05 by someone
  who had not read the redactor or the other generators (78 templates of 13 genres, 20 locales,
  21 countries' addresses). Measured once whole before any tuning (seed 5050: 12.3 % of texts
  leaking). Then split by template: `unseen/dev` (even templates, seed 5050) may be tuned on,
  `unseen/test` (odd templates, `--unseen-seed`, default 5051) is only reported. After that
  one pass: 5.5 % on seed 5051, 5.7 % on seed 5052 (drawn once, for docs/ingestion.md). The
  next pass must draw `unseen/test` with a seed of its own, and read no test leaks. Seeds used
  so far: 5051, 5052, 5053, 5054, 5055 (unseen/test); 6061–6064 (blind/test, `--sets blind`);
  5055 and 6064 by the token probe (now `pii_token_train.py`); 5056 and 6065 once for the
  token layer's first version, 5057 and 6066 once for its second, 5058 and 6067 once for
  its last change, 5059 and 6068 once with the phone forms, 5060 and 6069 once
  with the readable copy, 5061 and 6070 once for the final code (docs/ingestion.md), 5062 and
  6071, 5063 and 6072 for the next two passes (5073, 7006: % 4 == 0 rows read). Next: 5064+, 6073+.
- `third` and `fourth` (`--sets third,fourth`): bench/pii_synth_third.py and pii_synth_fourth.py,
  written 2026-12-05 by two more people who read neither the redactor nor the other generators
  (genres and locales the first two do not have). Split as above: even templates with seeds
  8100 / 9100 (`dev`; the token layer trains on templates % 4 == 0 and chooses its thresholds
  on % 4 == 2, never with the rules' help), odd templates only reported (`test`, `--third-seed`,
  `--fourth-seed`; seeds used so far: 8101, 9101, 8103, 9103; next 8104+ (8104 read on % 4 == 0
  only), 9104+).
- `fifth` (`--sets fifth`): bench/pii_synth_fifth.py, written 2026-12-06 by a fifth person blind
  to the redactor and the other generators (140 templates of 35 genres, 57 locales). Split as
  the third and fourth (tuned seed 10100, `--fifth-seed` for the odd templates). Its first
  figures were drawn before anything was tuned or trained on it (seed 10101; next 10103+:
  10102 trains the token layer).
- `sixth` (`--sets sixth`): bench/pii_synth_sixth.py, written 2026-12-06 by a sixth blind author
  (128 templates of 32 genres: witness quotes in news prose, obituaries, rotas, quoted e-mail
  threads, voicemail transcripts, OCR'd letters, git logs, config snippets…; 47 locales). Tuned
  seed 11100, `--sixth-seed` (default 11101) for the odd templates; measured first before
  anything was tuned or trained on it.
- `seventh` and `eighth` (`--sets seventh,eighth`): bench/pii_synth_seventh.py (an organisation's
  inside world: tickets, CRM notes, chat and call transcripts, e-mail threads, Slack exports, logs,
  claims, bookings, KYC notes, CSV/JSON exports; 128 templates of 32 genres, 48 locales) and
  pii_synth_eighth.py (the outside world: posts, comments, reviews, appeals, listings, rescue
  requests), written 2026-12-06 by two more authors blind to the redactor, its docs and tests
  and the other generators, and without Faker's lists. Tuned seeds 12100 / 13100,
  `--seventh-seed` / `--eighth-seed` (defaults 12101 / 13101) for the odd templates; measured
  whole before anything was tuned or trained on them.
- Seeds drawn in the session of 2026-12-06 (later): test 5065–5066, 6074–6075, 8107–8108,
  9105–9106, 10107–10108, 11105–11106; tunable reads (templates % 4 == 0 only) 5074, 7007–7008,
  8200–8201, 9200–9201, 10200–10201, 11200–11201 (11107: the postcode change).
- Seeds drawn on 2026-12-06 (third session): test 5067–5069, 6076–6078, 8109–8111, 9107–9109,
  10109–10111, 11108–11110; tunable reads 5075–5078, 7009–7012, 8202–8206, 9202–9206,
  10202–10206, 11202–11206; counted only (leaks by shape, no text read) 6300, 8300, 9300. Next
  test seeds: 5070+ (5070–5074 are tunable reads of an earlier session: use 5079+), 6079+,
  8112+, 9110+, 10112+, 11111+.
- Seeds drawn on 2026-12-06 (fourth session): test 5080, 6079, 8112, 9110, 10112, 11111, 12103,
  13103 (drawn once, docs/ingestion.md); the seventh's and eighth's whole-set blind figures 12100 /
  12101, 13100 / 13101; tunable reads (templates % 4 == 0 only) 5079, 7013, 8207, 9207, 10207,
  11207, 12150, 13150. Next test seeds: 5081+, 6080+, 8113+, 9111+, 10113+, 11112+, 12104+, 13104+.
- Seeds drawn on 2026-12-06 (fifth session): test 5081–5083, 6080–6082, 8113–8115, 9111–9113,
  10113–10115, 11112–11114, 12104–12106, 13104–13106; tunable reads 12151–12153, 13151–13153,
  8208, 10208, 11208, 6061.
- Seeds drawn on 2026-12-06 (sixth session): test 5084, 6083, 8116, 9114, 10116, 11115, 12107,
  13107 (drawn once, after the last change); tunable reads 12154–12155 and 13154–13155 (the
  seventh's and eighth's templates % 4 == 0 and, for the first time, % 4 == 2), 9209 and 13156
  (a regression check); false-positive checks only (no leak read) 8209, 9208, 10209, 11209.
  Next test seeds: 5085+, 6084+, 8117+, 9115+, 10117+, 11116+, 12108+, 13108+.
- Seeds drawn on 2026-12-06 (seventh session): test 5085, 6084, 8117, 9115, 10117, 11116, 12108,
  13108 (drawn once, after the last change); tunable reads 12156 (% 4 == 0 and 2), 13157 (% 4 ==
  0 and 2); false-positive checks only (no leak read) 6090, 8210, 9210, 10210, 11210, 12157,
  13158. Next test seeds: 5086+, 6085+, 8118+, 9116+, 10118+, 11117+, 12109+, 13109+.
- Seeds drawn on 2026-12-07 (eighth session): test 5086, 6085, 8118, 9116, 10118, 11117, 12109,
  13109; tunable reads 12156, 12160–12161, 13157, 13160–13161, 6095–6096, 9220, 8160, 8165, 10160,
  10165, 11160.
- `ninth` (`--sets ninth`): bench/pii_synth_ninth.py, written 2026-12-07 by a ninth author blind
  to the redactor, its docs and tests and the other generators, without Faker's lists (crisis
  operations: dispatch narratives, shelter intake, family tracing, casualty lists, evacuation
  rosters, breach forensics, phishing and takeover reports, hotline transcripts, speech-to-text,
  OCR'd letters; 96 templates of 24 genres, 42 locales, many rarely benchmarked: Mongolia,
  Central Asia, the Caucasus, Myanmar, Cambodia, Laos, Sri Lanka, the Pacific, Central Africa).
  Tuned seed 14100, `--ninth-seed` (default 14101) for the odd templates; measured whole before
  anything was tuned on it (14100 / 14101).
- Seeds drawn on 2026-12-07 (ninth session): test 5087, 6086, 8119, 9117, 10119, 11118, 12110,
  13110, 14102 (measured once, mid-session), then 5088, 6088, 8120, 9118, 10121, 11119, 12111,
  13111, 14103 (drawn once, after the last change); counted only, to find a regression, never
  read: 6087, 10120; tunable reads 12170, 13170, 14150 (% 4 == 0 and 2), 8170; false-positive
  checks 12171, 13171, 8171, 10171–10172, 14151, 6171–6172, 11171, 9171, 5171. Next test seeds:
  5089+, 6089+, 8121+, 9119+, 10122+, 11120+, 12112+, 13112+, 14104+.
- `tenth` (`--sets tenth`): bench/pii_synth_tenth.py, written 2026-12-07 by a tenth author blind to
  the redactor, its docs and tests and the other generators: the platform's own traffic and what
  sits next to it (on-call chat and Slack exports, pager acks, escalation mail, post-mortems,
  code-mixed support chats, HR, courier, clinic, bank-fraud, ride-hailing, hotel, airline, utility,
  school and tenancy notes, posts, pasted CSV/JSON, sshd logs); 112 templates of 28 genres, 54
  locales. Tuned seed 15100, `--tenth-seed` (default 15101) for the odd templates; measured whole
  before anything was tuned on it (15100 / 15101).
- Seeds drawn on 2026-12-07 (tenth session): test 5089, 6089, 8121, 9119, 10122, 11120, 12112,
  13112, 14104, 15102 (mid-session), then 5090, 6090, 8122, 9120, 10123, 11121, 12113, 13113,
  14105, 15103 (once, after the last change); counted only, never read. Tunable reads: 15100
  (the tenth's even templates), 11100 (the sixth's, for one regression). Next test seeds: 5091+,
  6091+, 8123+, 9121+, 10124+, 11122+, 12114+, 13114+, 14106+, 15104+.
- Seeds drawn on 2026-12-07 (eleventh session): test 5091, 6091, 8123, 9121, 10124, 11122,
  12114, 13114, 14106, 15104 (once, before and after the session's changes; counted only, never
  read). Tunable reads (templates % 4 == 0): 13170, 15110, 12170, 14110, 11170, 8170, 9170,
  10170; (% 4 == 2): 13170, 15110. Next test seeds: 5092+, 6092+, 8124+, 9122+, 10125+, 11123+,
  12115+, 13115+, 14107+, 15105+.
- `eleventh` (`--sets eleventh`): bench/pii_synth_eleventh.py, written 2026-12-07 (twelfth session)
  by an eleventh author blind to the redactor, its docs and tests and the other generators: genres
  none of the others has (veterinary records, funeral homes, daycare pick-ups, visa consultancy,
  dating-app safety, consular cases, coworking access, movers, pawn and repair shops, lottery
  claims, crowdfunding, podcast mail, sports clubs, car-dealer service, farm co-ops, faith
  notices, tutoring, blood drives, prison visits, mortgage brokers, warranty claims, library holds,
  wedding RSVPs, elder-care logs, scholarships, towing, pet adoption, translation jobs, fishing
  licences, hackathons); 120 templates of 30 genres, 53 locales. Tuned seed 16100,
  `--eleventh-seed` (default 16101) for the odd templates; measured whole before anything was
  tuned on it (16100 / 16101).
- `twelfth` (`--sets twelfth`): bench/pii_synth_twelfth.py, written 2026-12-07 (twelfth session) by a
  twelfth author, blind the same way: mountain rescue, lifeguard logs, ambulance handovers,
  telehealth intake, dental lab orders, optician prescriptions, driving schools, exam invigilation,
  notaries, customs declarations, freight forwarders, warehouse exceptions, temp-agency timesheets,
  payroll disputes, pension claims, tax preparers, private investigators, locksmiths, pest control,
  boiler tickets, solar surveys, EV chargers, short-let hosts, student housing, genealogy matches,
  civil registry, food banks, festival welfare, ferry check-in, referee reports, esports check-ins,
  cemetery plots; 128 templates of 32 genres, 67 locales. Tuned seed 17100, `--twelfth-seed`
  (default 17101) for the odd templates; measured whole before anything was tuned on it.
- Seeds drawn on 2026-12-07 (twelfth session): test 5092, 6092, 8124, 9122, 10125, 11123, 12115,
  13115, 14107, 15105 (once, before and after the session's changes; counted only, never read);
  counted by shape only (no text printed): 13116; then 5093, 6093, 8125, 9123, 10126, 11124,
  12116, 13117, 14108, 15106, 16103, 17103 (start, refit and end of the session; read once for the
  retrained layer before it was committed). Tunable reads: 13171 (% 4 == 0), 12171, 15111, 17110,
  17111 (even), 14100 (the ninth's even half, for one regression). Next test seeds: 5094+, 6094+,
  8126+, 9124+, 10127+, 11125+, 12117+, 13118+, 14109+, 15107+, 16104+, 17104+.
- `thirteenth` and `fourteenth` (`--sets thirteenth,fourteenth`): bench/pii_synth_thirteenth.py and
  pii_synth_fourteenth.py, written 2026-12-07 (thirteenth session) by two more authors blind the
  same way. The thirteenth: civic and home life and records pasted into tickets (marinas,
  allotments, strata councils, parking appeals, jury service, polling volunteers, census notes,
  choirs, box office, tattoo consent, salons, carpools, babysitting, home nursing, sign
  interpreters, courier accidents, road works, bins, noise, building sites, bike share, car-rental
  damage, taxi licensing, beekeepers, amateur radio, scouts, hearing clinics, remittances,
  microfinance, SIM-swap fraud, e-signature trails, vCard/LDIF/SQL/HL7; 128 templates of 32
  genres, 73 locales). The fourteenth: phone-typed chat (flatmates, a sick relative, ride-share
  lost items, mobile-money agents, street food, informal loans, parents' groups, code-mixed
  landlords, crypto support, gaming and streaming accounts, delivery riders, visitor logbooks,
  condolences, birthdays, language exchange, couch surfing, recruiter DMs, pet sitting, tool
  lending, hometown associations, funeral contributions, savings circles, phone-repair stalls,
  cyber cafés, water tankers, gas cylinders, minibus incidents; landmark directions, odd phone
  spacing; 112 templates of 28 genres, 70 locales). Tuned seeds 18100 / 19100, `--thirteenth-seed`
  / `--fourteenth-seed` (defaults 18101 / 19101) for the odd templates; measured whole before
  anything was read (18100 / 18101, 19100 / 19101).
- Seeds drawn on 2026-12-07 (thirteenth session): test 5094, 6094, 8126, 9124, 10127, 11125, 12117,
  13118, 14109, 15107, 16104, 17104 (and 18101, 19101), counted only after each change, never read;
  then 5095, 6095, 8127, 9125, 10128, 11126, 12118, 13119, 14110, 15108, 16105, 17105, 18103, 19103
  (drawn once, the session's start against its end). Tunable reads: 19100 and 18100 (templates
  % 4 == 0); fresh tunable draws for the layer's deployment (even templates, counted only): each
  set's tuned seed + 20000. Next test seeds: 5096+, 6096+, 8128+, 9126+, 10129+, 11127+, 12119+,
  13120+, 14111+, 15109+, 16106+, 17106+, 18104+, 19104+.
- `fifteenth` (`--sets fifteenth`): bench/pii_synth_fifteenth.py, written 2026-12-07 (fourteenth
  session) by another author blind the same way: text written wholly or mostly in other languages
  than English, as a multinational's monitoring receives it (posts, replies, tickets, complaint
  letters, press enquiries, works-council mail, regulator letters, courier chats, fraud reports,
  insurance claims, outage reports…; 128 templates of 32 genres, 38 languages in 54 locales, mostly
  Latin script, some Cyrillic, Greek, Arabic and Hebrew). Measured whole before anything was read
  (seeds 20100 / 20101: 8.8 % / 6.5 % of texts leaking, **0.727 / 0.764 of non-PII words kept**).
  Its even half (20100) was read for false positives only; its odd half is only reported.
- Seeds drawn on 2026-12-07 (fourteenth session): test 5096, 6096, 8128, 9126, 10129, 11127, 12119,
  13120, 14111, 15109, 16106, 17106, 18104, 19104 and 20101 (the session's start against its end,
  counted only). Next test seeds: 5097+, 6097+, 8129+, 9127+, 10130+, 11128+, 12120+, 13121+,
  14112+, 15110+, 16107+, 17107+, 18105+, 19105+, 20102+.

False positives: "non-PII words kept" is the share of words outside every gold span that no
redaction touches; 1 minus it is the false-positive rate per word.

Strict scoring: a gold span is caught only if nothing identifying of its value survives —
- numbers (card, phone, IBAN, SSN, IP, driver's licence): fewer than 4 of its digits left
  (all of them for shorter values); an email: none of its local part left;
- a person: every word of the name redacted (a surname left after the first name is gone is a
  leak; titles and initials do not count); an @handle: the handle redacted;
- a street address: every token with a digit (house and flat numbers, postcodes) and every word
  of a line holding a number (the street name), except street-type and unit words ("Apt 725"
  left after the street is gone is a leak).
A text leaks if any of its target spans leaks. Non-PII words kept: the share of words outside
target spans that no redaction touches. Brands kept: the share of the tenant's watch terms in
the texts left whole (they are passed as the allow list, as ingestion does).

Stock presidio: `AnalyzerEngine()` with its default recognizers and context enhancement on the
same spaCy model (loaded whole, as presidio loads it), every result redacted (what a default
deployment does). Throughput: the project's `redact_texts` over
the texts in batches of 64, in this one process, with a fixed pure-Python reference workload
timed before and after (a busy machine shows as a drop of the reference).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
PRESIDIO_DATA = ROOT.parent / "shared" / "data" / "pii_presidio_synth" / "data.jsonl"

STRUCTURED = (
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_DRIVER_LICENSE",
)
TARGETS = (*STRUCTURED, "PERSON", "STREET_ADDRESS")
DIGIT_TYPES = {"CREDIT_CARD", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mx", "jr", "sr"}
# Words of an address line that identify nothing on their own.
_GENERIC_WORDS = """
    street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl square
    sq terrace parkway pkwy highway hwy circle cir crescent close gardens row alley plaza apt
    apartment apartments suite ste unit flat floor fl room box po no nr house bis ter rue
    avenue allée allee boulevard chemin impasse via viale piazza corso calle avenida plaza piso
    c av travessa rua apto nº ul al ulica lgh appt int wohnung str straße strasse weg gasse
    platz am an der den de del la le les du des da das do dos di dei delle van von the of and m
    b a n s e w north south east west nagar colony cross main mg nan
"""
ADDRESS_GENERIC = set(_GENERIC_WORDS.split())
WORD = re.compile(r"\w+", re.UNICODE)


# --- data ------------------------------------------------------------------------------------------


FRESH_SEED = 90417


# The independent sets (bench/pii_synth_<name>.py): name, the seed of their tunable (even)
# templates, the default seed of their test (odd) templates (`--<name>-seed`).
INDEPENDENT = (
    ("unseen", 5050, 5051),
    ("blind", 6060, 6061),
    ("third", 8100, 8101),
    ("fourth", 9100, 9101),
    ("fifth", 10100, 10101),
    ("sixth", 11100, 11101),
    ("seventh", 12100, 12101),
    ("eighth", 13100, 13101),
    ("ninth", 14100, 14101),
    ("tenth", 15100, 15101),
    ("eleventh", 16100, 16101),
    ("twelfth", 17100, 17101),
    ("thirteenth", 18100, 18101),
    ("fourteenth", 19100, 19101),
    ("fifteenth", 20100, 20101),
)


def load_sets(
    names: list[str],
    splits: list[str],
    limit: int,
    fresh_seed: int = FRESH_SEED,
    test_seeds: dict[str, int] | None = None,
) -> dict[str, list[dict]]:
    from pii_synth import BRANDS, HANDLE_BRANDS, generate

    out: dict[str, list[dict]] = {}
    if "presidio" in names:
        if PRESIDIO_DATA.exists():
            rows = [json.loads(line) for line in PRESIDIO_DATA.open()]
            for split in (s for s in splits if s in ("dev", "heldout")):
                held = split == "heldout"
                part = [r for r in rows if (r["template_id"] % 4 == 3) == held]
                out[f"presidio/{split}"] = part[:limit] if limit else part
        else:
            print(f"(no {PRESIDIO_DATA}: presidio set skipped)")
    if "synth" in names:
        for split in splits:
            seed = {"dev": 7, "heldout": 1011, "fresh": fresh_seed}[split]
            out[f"synth/{split}"] = generate(n=limit or 1500, seed=seed, split=split)
    # The independent sets' templates are split like pii_synth's: even ones may be tuned on
    # (fixed seeds), the odd ones are only reported, drawn with their own seed option.
    for name, tuned_seed, default_test_seed in INDEPENDENT:
        test_seed = (test_seeds or {}).get(name, default_test_seed)
        if name in names:
            module = importlib.import_module(f"pii_synth_{name}")
            for split, seed, parity in (("dev", tuned_seed, 0), ("test", test_seed, 1)):
                rows = [
                    r
                    for r in module.generate(n=2 * (limit or 1500), seed=seed)
                    if r["template_id"] % 2 == parity
                ]
                out[f"{name}/{split}"] = rows[: limit or 1500]
    for rows in out.values():
        for r in rows:
            r.setdefault("brands", [])
    load_sets.allow_list = [*BRANDS, *HANDLE_BRANDS]  # type: ignore[attr-defined]
    return out


# --- scoring ---------------------------------------------------------------------------------------


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is [start, end) entirely inside the union of the redacted spans?"""
    pos = start
    for s, e in spans:  # sorted by start
        if s <= pos < e:
            pos = e
            if pos >= end:
                return True
        elif s > pos:
            break
    return pos >= end


def _touched(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def span_leaks(text: str, span: dict, red: list[tuple[int, int]]) -> bool:
    label, start, end = span["label"], span["start"], span["end"]
    value = text[start:end]
    if label in DIGIT_TYPES:
        digits = [start + i for i, ch in enumerate(value) if ch.isdigit()]
        left = sum(1 for i in digits if not _covered(i, i + 1, red))
        return left >= min(4, len(digits)) and left > 0
    if label == "EMAIL_ADDRESS":
        local = value.split("@")[0]
        return not _covered(start, start + len(local), red)
    if label == "PERSON":
        for m in WORD.finditer(value):
            w = m.group(0)
            if len(w) < 2 or w.lower() in TITLES:
                continue
            if not _covered(start + m.start(), start + m.end(), red):
                return True
        return False
    if label == "STREET_ADDRESS":
        offset = 0
        for line in re.split(r"([,\n])", value):
            has_number = any(ch.isdigit() for ch in line)
            for m in WORD.finditer(line):
                w = m.group(0)
                identifying = any(ch.isdigit() for ch in w) or (
                    has_number and len(w) >= 3 and w.lower() not in ADDRESS_GENERIC
                )
                a = start + offset + m.start()
                if identifying and not _covered(a, a + len(w), red):
                    return True
            offset += len(line)
        return False
    return False


class Score:
    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)
        self.caught: dict[str, int] = defaultdict(int)
        self.texts = self.leaky_texts = 0
        self.words = self.words_kept = 0
        self.brands = self.brands_kept = 0
        self.leaks: list[tuple[str, str, str]] = []

    def add(self, row: dict, red: list[tuple[int, int]], redacted_text: str = "") -> None:
        text = row["text"]
        red = sorted(red)
        targets = [s for s in row["spans"] if s["label"] in TARGETS]
        self.texts += 1
        leaky = False
        for span in targets:
            self.n[span["label"]] += 1
            if span_leaks(text, span, red):
                leaky = True
                self.leaks.append((span["label"], span["value"], text))
            else:
                self.caught[span["label"]] += 1
        self.leaky_texts += leaky
        for m in WORD.finditer(text):
            if any(s["start"] < m.end() and m.start() < s["end"] for s in targets):
                continue
            self.words += 1
            self.words_kept += not _touched(m.start(), m.end(), red)
        for brand in row.get("brands", []):
            for m in re.finditer(re.escape(brand), text):
                self.brands += 1
                self.brands_kept += not _touched(m.start(), m.end(), red)

    def recall(self, labels: tuple[str, ...]) -> tuple[float, int]:
        n = sum(self.n[lbl] for lbl in labels)
        return (sum(self.caught[lbl] for lbl in labels) / n if n else float("nan")), n

    def summary(self) -> dict[str, float]:
        return {
            "structured": self.recall(STRUCTURED)[0],
            "PERSON": self.recall(("PERSON",))[0],
            "phone": self.recall(("PHONE_NUMBER",))[0],
            "street address": self.recall(("STREET_ADDRESS",))[0],
            "texts leaking": self.leaky_texts / max(1, self.texts),
            "non-PII words kept": self.words_kept / max(1, self.words),
            "brands kept": self.brands_kept / self.brands if self.brands else float("nan"),
        }


# --- redactors -------------------------------------------------------------------------------------


def project_spans(rows: list[dict], allow: list[str]) -> list[list[tuple[int, int]]]:
    from ingestion.redaction import redact_texts

    return [r.redacted_spans for r in redact_texts([row["text"] for row in rows], allow_list=allow)]


def stock_presidio():
    from django.conf import settings
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from ingestion.redaction import offline_tldextract

    offline_tldextract()
    model = importlib.import_module(settings.PII_SPACY_MODEL)
    model_name = str(model.model_path()) if hasattr(model, "model_path") else settings.PII_SPACY_MODEL
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])


def stock_spans(analyzer, rows: list[dict]) -> list[list[tuple[int, int]]]:
    return [[(r.start, r.end) for r in analyzer.analyze(text=row["text"], language="en")] for row in rows]


# --- throughput ------------------------------------------------------------------------------------


def reference_ops_per_s(seconds: float = 1.0) -> float:
    """A fixed pure-Python workload (string hashing and integer arithmetic), in Mops/s."""
    ops, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        acc = 0
        for i in range(100_000):
            acc = (acc * 31 + hash(str(i))) & 0xFFFFFFFF
        ops += 100_000
    return ops / (time.perf_counter() - started) / 1e6


def throughput(texts: list[str], allow: list[str]) -> dict[str, float]:
    """The project's redaction over `texts`, and the spaCy pass alone over the same texts (what
    presidio, the recognizers and the anonymizer add is the difference)."""
    from bench.floor import Floor, machine_line
    from ingestion.redaction import get_engine, redact_texts

    engine = get_engine()
    redact_texts(texts[:64], allow_list=allow)  # warm
    print(machine_line("before the throughput run"))
    floor = Floor("reference workload", "Mops/s", reference_ops_per_s)
    before = floor.measure_before()
    started, cpu_started = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), 64):
        redact_texts(texts[i : i + 64], allow_list=allow)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    after = floor.measure_after()
    print(machine_line("after the throughput run"))
    print("\n".join(floor.report()))
    if not floor.trusted:
        print(
            f"(the reference moved {100 * floor.drift:.0f} % during the run: the texts/s below are of a busy machine)"
        )
    cpu_started = time.process_time()
    for i in range(0, len(texts), 64):
        list(engine.nlp.pipe(texts[i : i + 64], batch_size=64))
    spacy_cpu = time.process_time() - cpu_started
    return {
        "texts_per_s": len(texts) / elapsed,
        "texts_per_cpu_s": len(texts) / cpu,
        "spacy_ms": spacy_cpu / len(texts) * 1e3,
        "rest_ms": (cpu - spacy_cpu) / len(texts) * 1e3,
        "ref_before": before,
        "ref_after": after,
    }


# --- report ----------------------------------------------------------------------------------------


def _fmt(v: float) -> str:
    return "  -  " if v != v else f"{v:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--sets", default="presidio,synth")
    parser.add_argument("--splits", default="dev,heldout,fresh")
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument("--throughput-n", type=int, default=1500)
    parser.add_argument("--show-leaks", type=int, default=0, help="print N leaked spans per set")
    parser.add_argument("--fresh-seed", type=int, default=FRESH_SEED, help="the fresh split's seed")
    for name, _, test_seed in INDEPENDENT:
        parser.add_argument(f"--{name}-seed", type=int, default=test_seed, help=f"the {name} set's test seed")
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    sets = load_sets(
        args.sets.split(","),
        args.splits.split(","),
        args.limit,
        args.fresh_seed,
        {name: getattr(args, f"{name}_seed") for name, _, _ in INDEPENDENT},
    )
    allow = load_sets.allow_list  # type: ignore[attr-defined]
    stock = None if args.no_stock else stock_presidio()
    columns = list(Score().summary())
    print(f"{'set':<18}{'redactor':<10}" + "".join(f"{c[:14]:>15}" for c in columns) + f"{'sec':>7}")
    per_type: dict[str, Score] = {}
    for name, rows in sets.items():
        redactors = [("project", lambda rows: project_spans(rows, allow))]
        if stock is not None:
            redactors.append(("presidio", lambda rows: stock_spans(stock, rows)))
        for label, run in redactors:
            started = time.perf_counter()
            spans = run(rows)
            elapsed = time.perf_counter() - started
            score = Score()
            for row, red in zip(rows, spans, strict=True):
                score.add(row, red)
            summary = score.summary()
            print(
                f"{name:<18}{label:<10}"
                + "".join(f"{_fmt(summary[c]):>15}" for c in columns)
                + f"{elapsed:>7.1f}"
            )
            if label == "project":
                per_type[name] = score
                for kind, value, text in score.leaks[: args.show_leaks]:
                    print(f"    leak {kind:<15} {value!r:<40} in {text[:120]!r}")
    print("\nproject recall per type (n):")
    for name, score in per_type.items():
        cells = [f"{lbl} {score.recall((lbl,))[0]:.3f} ({score.n[lbl]})" for lbl in TARGETS if score.n[lbl]]
        print(f"  {name:<16} " + ", ".join(cells))

    texts = [row["text"] for rows in sets.values() for row in rows][: args.throughput_n]
    if texts:
        tp = throughput(texts, allow)
        print(
            f"\nthroughput: {tp['texts_per_s']:.0f} texts/s wall, {tp['texts_per_cpu_s']:.0f} per CPU-second, "
            f"over {len(texts)} texts (batches of 64, one process); "
            f"reference workload {tp['ref_before']:.2f} Mops/s before, {tp['ref_after']:.2f} after\n"
            f"CPU per text: spaCy pass {tp['spacy_ms']:.2f} ms, presidio + recognizers + anonymizer "
            f"{tp['rest_ms']:.2f} ms"
        )


if __name__ == "__main__":
    main()
