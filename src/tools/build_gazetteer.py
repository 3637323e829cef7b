#!/usr/bin/env python3
"""Builds the embedded gazetteer of ArabicEventExtraction.

Inputs
  --opensyria DIR   the OpenSyria geography release (governorates.json, districts.json,
                    subdistricts.json; CC BY 4.0). Optional: without it the Syrian admin rows of
                    the current gazetteer.tsv are kept as they are.
  --ner FILE...     optional ANERcorp-style files ("token TAG" per line). Only statistics are
                    derived from them: a name that the corpus mostly uses as a common word or a
                    person's name is written to context_names.tsv (a place only in place context).
  src/tools/gazetteer/*.txt
                    places written by us (see the format below).

Outputs (src/ArabicEventExtraction/Resources/Places/)
  gazetteer.tsv      id, name, variants (|), kind, parent id, admin1, country, lat, lon
  context_names.tsv  generated ambiguous names (merged with the hand-written ones kept there)

Hand-written source format (one place per line, tab-separated, '#' comments):
  ARABIC[|VARIANT...]  ENGLISH[|VARIANT...]  LAT  LON  [KIND]  [PARENT-ID]  [ID]
Directives set defaults for the following lines:
  @country XX    ISO2 country of the places ("-": none, e.g. seas)
  @kind KIND     default kind
  @parent ID     default parent id
Empty KIND/PARENT/ID columns take the defaults; the id defaults to "<cc>-<slug of ENGLISH>"
(with "-<kind>" appended when that id is taken).

Run from the repository root:
  python3 src/tools/build_gazetteer.py --opensyria /path/to/opensyria [--ner ANERcorp_train.txt ...]
"""
import argparse
import glob
import json
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "src", "ArabicEventExtraction", "Resources", "Places")
SRC_DIR = os.path.join(ROOT, "src", "tools", "gazetteer")
KINDS = {"country", "region", "governorate", "district", "subdistrict", "city", "town", "village",
         "camp", "neighbourhood"}
ARABIC = re.compile("[\u0600-\u06ff]")
DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
HEADS = ("محافظة ", "منطقة ", "ناحية ", "مدينة ")
# OpenSyria aliases that are not names of the place in news text (a person's name, a prison, a
# whole region given as an alias of one of its sub-districts): left out.
DROPPED_ALIASES = {"السجن", "الحصان", "الوعرة", "أبو هريرة", "الغوطة الشرقية", "الغوطة الغربية", "الصور",
                   "حديدة", "كريمة", "دالية"}


def fold(s):
    s = DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"\s+", " ", s).strip()


def slug(english):
    s = re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")
    return s or "x"


def spelling_variants(name):
    """Hamza-free and ha-for-ta-marbuta spellings writers commonly use."""
    out = []
    bare = re.sub("[أإآ]", "ا", name)
    if bare != name:
        out.append(bare)
    for v in [name, bare]:
        if v.endswith("ة"):
            out.append(v[:-1] + "ه")
        if v.endswith("ى"):
            out.append(v[:-1] + "ي")
    return out


class Entry:
    def __init__(self, id_, name, kind, parent, country, lat, lon, variants, english):
        self.id, self.name, self.kind, self.parent = id_, name, kind, parent
        self.country, self.lat, self.lon = country, lat, lon
        self.variants, self.english = variants, english

    def all_variants(self):
        seen, out = {self.name}, []
        for v in self.variants + [x for v in [self.name] + self.variants for x in spelling_variants(v)] + self.english:
            v = v.strip()
            if v and v not in seen:
                seen.add(v)
                out.append(v)
        return out


def strip_head(name):
    for h in HEADS:
        if name.startswith(h):
            return name[len(h):]
    return name


def load_opensyria(folder):
    entries = []

    def aliases(x):
        ar = [strip_head(a["value"]) for a in x.get("aliases", []) if a["language"] == "ar"]
        ar = [a for a in ar if a not in DROPPED_ALIASES]
        en = [x["name"]["en"]] + [a["value"] for a in x.get("aliases", []) if a["language"] == "en"
                                  and a["value"].isascii() and not a["value"].islower()
                                  and not re.search(r"(?i)nahiyat|mantiqat|district|governorate", a["value"])]
        return ar, en

    def add(x, kind, parent):
        ar, en = aliases(x)
        name = x["name"]["ar"]
        c = x.get("centroid") or {}
        entries.append(Entry(x["id"], name, kind, parent, "SY", c.get("latitude"), c.get("longitude"),
                             [a for a in ar if a != name], en))

    for x in json.load(open(os.path.join(folder, "governorates.json"), encoding="utf-8")):
        add(x, "governorate", "sy")
    for x in json.load(open(os.path.join(folder, "districts.json"), encoding="utf-8")):
        add(x, "district", x["governorateId"])
    for x in json.load(open(os.path.join(folder, "subdistricts.json"), encoding="utf-8")):
        add(x, "subdistrict", x["districtId"])
    return entries


def load_hand_written(taken):
    entries = []
    for path in sorted(glob.glob(os.path.join(SRC_DIR, "*.txt"))):
        country, kind, parent = "", "", ""
        for no, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{os.path.relpath(path, ROOT)}:{no}"
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                value = value.strip()
                if key == "country":
                    country = "" if value == "-" else value
                elif key == "kind":
                    kind = value
                elif key == "parent":
                    parent = value
                else:
                    sys.exit(f"{where}: unknown directive @{key}")
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                sys.exit(f"{where}: expected at least 4 tab-separated columns, got {len(cols)}")
            cols += [""] * (7 - len(cols))
            names = [n.strip() for n in cols[0].split("|") if n.strip()]
            english = [n.strip() for n in cols[1].split("|") if n.strip()]
            try:
                lat, lon = float(cols[2]), float(cols[3])
            except ValueError:
                sys.exit(f"{where}: latitude/longitude '{cols[2]}', '{cols[3]}' are not numbers")
            k = cols[4].strip() or kind
            if k not in KINDS:
                sys.exit(f"{where}: unknown kind '{k}'")
            p = cols[5].strip() or parent
            id_ = cols[6].strip() or f"{country.lower()}-{slug(english[0] if english else names[0])}"
            if k == "country":
                id_ = cols[6].strip() or country.lower()
                p = cols[5].strip()
            if id_ in taken:
                id_ = f"{id_}-{k}"
            if id_ in taken:
                sys.exit(f"{where}: id '{id_}' is already used by {taken[id_]}")
            taken[id_] = where
            cc = id_.upper() if k == "country" else country
            entries.append(Entry(id_, names[0], k, p, cc, lat, lon, names[1:], english))
    return entries


def admin1_of(entry, by_id):
    e, seen = entry, set()
    while e is not None and e.id not in seen:
        seen.add(e.id)
        if e.kind == "governorate":
            return e.name
        e = by_id.get(e.parent)
    return ""


def ner_statistics(files, names):
    """For each folded name (1-3 words): (occurrences, occurrences tagged as a location)."""
    wanted = defaultdict(set)
    for n in names:
        words = n.split(" ")
        if len(words) <= 3:
            wanted[words[0]].add(tuple(words))
    total, as_loc = defaultdict(int), defaultdict(int)
    for f in files:
        tokens = []
        for line in open(f, encoding="utf-8"):
            parts = line.strip().replace("\u200e", "").replace("\ufeff", "").split()
            if len(parts) >= 2:
                tokens.append((fold(parts[0]), parts[-1]))
        for i, (tok, tag) in enumerate(tokens):
            for cand in wanted.get(tok, ()):
                if tuple(t for t, _ in tokens[i:i + len(cand)]) == cand:
                    key = " ".join(cand)
                    total[key] += 1
                    if "LOC" in tag or tag.endswith(("Population-Center", "Nation", "State-or-Province",
                                                     "County-or-District", "GPE-Cluster")):
                        as_loc[key] += 1
    return total, as_loc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opensyria")
    ap.add_argument("--ner", nargs="*", default=[])
    args = ap.parse_args()

    out_path = os.path.join(OUT_DIR, "gazetteer.tsv")
    if args.opensyria:
        syria = load_opensyria(args.opensyria)
    else:
        sys.exit("--opensyria DIR is required (the Syrian admin rows are generated from it)")
    taken = {e.id: "opensyria" for e in syria}
    hand = load_hand_written(taken)
    entries = syria + hand
    by_id = {e.id: e for e in entries}
    problems = [f"{e.id}: parent '{e.parent}' is not in the gazetteer" for e in entries
                if e.parent and e.parent not in by_id]
    if problems:
        sys.exit("\n".join(problems))

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by src/tools/build_gazetteer.py: do not edit by hand (edit src/tools/gazetteer/*.txt).\n")
        out.write("# Syrian admin units derived from OpenSyria Data Geography (CC BY 4.0; upstream OCHA/HDX, GeoNames, Wikidata).\n")
        out.write("# id\tname\tvariants\tkind\tparent\tadmin1\tcountry\tlat\tlon\n")
        for e in entries:
            lat = "" if e.lat is None else f"{e.lat:.4f}"
            lon = "" if e.lon is None else f"{e.lon:.4f}"
            out.write("\t".join([e.id, e.name, "|".join(e.all_variants()), e.kind, e.parent,
                                 admin1_of(e, by_id), e.country, lat, lon]) + "\n")

    if args.ner:
        names = {fold(v) for e in entries for v in [e.name] + e.all_variants() if ARABIC.search(v)}
        total, as_loc = ner_statistics(args.ner, names)
        # Single words only: the corpus often tags just part of a multi-word name.
        ambiguous = sorted(n for n in names if " " not in n and total[n] >= 5 and as_loc[n] / total[n] < 0.3)
        with open(os.path.join(OUT_DIR, "context_names_generated.tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write("# Generated by src/tools/build_gazetteer.py from corpus statistics (counts only):\n")
            out.write("# names a news corpus mostly uses as a common word or a person's name; places only in place context.\n")
            out.write("# name\tuses\tuses as a place\n")
            for n in ambiguous:
                out.write(f"{n}\t{total[n]}\t{as_loc[n]}\n")
        print(f"{len(ambiguous)} context-only names from corpus statistics")
    print(f"{len(entries)} entries ({len(syria)} from OpenSyria, {len(hand)} hand-written) -> {os.path.relpath(out_path, ROOT)}")


if __name__ == "__main__":
    main()
