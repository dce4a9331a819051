#!/usr/bin/env python3
"""gen_cameo_table.py - write src/knowledge/cameo.c, petrel's own CAMEO event code table.

Run once by a maintainer, not by the build: the generated C file is committed,
so building and testing petrel never needs ../shared. Re-run it only if the
source tables change:

    python3 scripts/gen_cameo_table.py                 # reads ../shared/cameo
    python3 scripts/gen_cameo_table.py --src DIR --out src/knowledge/cameo.c
    python3 scripts/gen_cameo_table.py --check         # exit 1 if cameo.c is stale

Input (GDELT's lookup tables of the CAMEO codebook, tab-separated, one header line):
    CAMEO.eventcodes.txt       code <TAB> name
    CAMEO.goldsteinscale.txt   code <TAB> Goldstein score

Facts written per code: the code, its name, its Goldstein score, its root (the
first two digits, 1..20) and its QuadClass as GDELT assigns it from the root:
01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal
conflict (3), 14-20 material conflict (4). Then its PLOVER event type, mode and
context from the PLOVER table below (facts of the PLOVER project's CAMEO to
PLOVER conversion table, see the comment there).

Names are cleaned: whitespace runs collapse to one blank and are trimmed, and
the few names damaged in the source file (NAME_FIXES) are replaced with the
codebook's wording. The output is plain ASCII.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code -> (name as found in the source, name written to the table). A fix is
# applied only when the source still has the damaged form, so a corrected
# source table is never overridden.
NAME_FIXES = {
    # Mac Roman curly quotes decoded as Latin-1, and the 't' lost with them.
    "044": ("Meet at a \u00d2hird\u00d3location", 'Meet at a "third" location'),
    "033": ("Express intent to provide matyerial aid, not specified below",
            "Express intent to provide material aid, not specified below"),
    "2041": ("Use chemical, biological, or radiologicalweapons",
             "Use chemical, biological, or radiological weapons"),
}


# CAMEO code -> (PLOVER event type, PLOVER mode, PLOVER context), petrel's own
# table of the facts in the PLOVER project's CAMEO-to-PLOVER conversion table,
# CAMEO2PLOVER-2021.txt in github.com/openeventdata/PLOVER (commit e834df5,
# "PLOVER manual version Draft 0.8, 17-September-2021", edited by Philip
# Schrodt). The repository has no LICENSE file; the PLOVER manual it belongs
# to is licensed under Creative Commons Attribution-ShareAlike 4.0
# International (CC BY-SA 4.0), Open Event Data Alliance.
#
# PLOVER's mode says how (CONSULT "phone", ASSAULT "firearms"), its context
# what about ("diplomatic", "economic"); "" when the source gives none. Values
# are the source's with blanks trimmed; several contexts are joined with ";".
# A code missing here takes its parent's entry (0311 from 031, 031 from 03):
# that is how the codes under the dropped roots 01 and 02 get no type.
PLOVER = {
    # PLOVER drops 01 MAKE PUBLIC STATEMENT and 02 APPEAL: no type for them or
    # any code below them.
    "01": ("", "", ""),
    "02": ("", "", ""),
    # 03 EXPRESS INTENT TO COOPERATE
    "03": ("AGREE", "", ""),
    "030": ("AGREE", "", "diplomatic"),
    "031": ("AGREE", "", "diplomatic"),
    "0311": ("AGREE", "", "economic"),
    "0312": ("AGREE", "", "military"),
    "0313": ("AGREE", "", "legal"),
    "0314": ("AGREE", "", "intelligence"),
    "032": ("AGREE", "", "diplomatic"),
    "033": ("AGREE", "", "diplomatic"),
    "0331": ("AGREE", "", "economic"),
    "0332": ("AGREE", "", "military"),
    "0333": ("AGREE", "", "humanitarian"),
    "0334": ("AGREE", "", "peacekeeping"),
    "034": ("AGREE", "", "political_institutions"),
    "0341": ("AGREE", "", "political_institutions"),
    "0342": ("AGREE", "", "executive"),
    "0343": ("AGREE", "", "rights_freedoms"),
    "0344": ("AGREE", "", "political_institutions"),
    "035": ("AGREE", "", ""),
    "0351": ("AGREE", "", "rights_freedoms"),
    "0352": ("AGREE", "", ""),
    "0353": ("AGREE", "", "rights_freedoms"),
    "0354": ("AGREE", "", "economic"),
    "0355": ("AGREE", "", "diplomatic"),
    "0356": ("AGREE", "", "military"),
    "036": ("AGREE", "", "diplomatic"),
    "037": ("AGREE", "", "diplomatic"),
    "038": ("AGREE", "", "diplomatic"),
    "039": ("AGREE", "", "diplomatic"),
    # 04 CONSULT
    "04": ("CONSULT", "", ""),
    "040": ("CONSULT", "", ""),
    "041": ("CONSULT", "phone", ""),
    "042": ("CONSULT", "visit", ""),
    "043": ("CONSULT", "visit", ""),
    "044": ("CONSULT", "third-party", ""),
    "045": ("CONSULT", "", "diplomatic"),
    "046": ("CONSULT", "", "diplomatic"),
    # 05 ENGAGE IN DIPLOMATIC COOPERATION
    "05": ("SUPPORT", "", ""),
    "050": ("SUPPORT", "", "diplomatic"),
    "051": ("SUPPORT", "", "diplomatic"),
    "052": ("SUPPORT", "", "diplomatic"),
    "053": ("SUPPORT", "", "diplomatic"),
    "054": ("SUPPORT", "", "diplomatic"),
    "055": ("SUPPORT", "", "diplomatic"),
    "056": ("SUPPORT", "", "diplomatic"),
    "057": ("SUPPORT", "", "diplomatic"),
    # 06 ENGAGE IN MATERIAL COOPERATION
    "06": ("COOPERATE", "", ""),
    "060": ("COOPERATE", "", ""),
    "061": ("COOPERATE", "", "economic"),
    "062": ("COOPERATE", "", "military"),
    "063": ("COOPERATE", "", "legal"),
    "064": ("COOPERATE", "", "intelligence"),
    # 07 PROVIDE AID
    "07": ("AID", "", ""),
    "070": ("AID", "", ""),
    "071": ("AID", "", "economic"),
    "072": ("AID", "", "military"),
    "073": ("AID", "", "humanitarian"),
    "074": ("AID", "", "peacekeeping"),
    "075": ("AID", "", "asylum"),
    # 08 YIELD, split by PLOVER into verbal CONCEDE and material RETREAT. The
    # source heads both halves "08"; the root takes CONCEDE, like 080 "Yield".
    "08": ("CONCEDE", "", ""),
    "080": ("CONCEDE", "", ""),
    "081": ("CONCEDE", "", "legal"),
    "0811": ("CONCEDE", "", "democracy"),
    "0812": ("CONCEDE", "", "democracy"),
    "0813": ("RETREAT", "", "legal"),
    "0814": ("RETREAT", "", "legal"),
    "082": ("CONCEDE", "", "democracy"),
    "083": ("CONCEDE", "", "political_institutions"),
    "0831": ("CONCEDE", "", "political_institutions"),
    "0832": ("CONCEDE", "", "executive"),
    "0833": ("CONCEDE", "", "rights_freedoms"),
    "0834": ("CONCEDE", "", "political_institutions"),
    "084": ("RETREAT", "", ""),
    "0841": ("RETREAT", "release", "legal"),
    "0842": ("RETREAT", "return", "legal"),
    "085": ("RETREAT", "ease", "economic"),
    "086": ("RETREAT", "access", "diplomatic"),
    "0861": ("RETREAT", "access", "peacekeeping"),
    "0862": ("RETREAT", "access", "diplomatic"),
    "0863": ("RETREAT", "access", "humanitarian"),
    "087": ("RETREAT", "disarm", "military"),
    "0871": ("RETREAT", "ceasefire", "military"),
    "0872": ("RETREAT", "withdraw", "military"),
    "0873": ("RETREAT", "disarm", "military"),
    "0874": ("RETREAT", "disarm", "military"),
    # 09 INVESTIGATE
    "09": ("ACCUSE", "", ""),
    "090": ("ACCUSE", "investigate", ""),
    "091": ("ACCUSE", "investigate", "crime;corruption"),
    "092": ("ACCUSE", "investigate", "human_rights"),
    "093": ("ACCUSE", "investigate", "military"),
    "094": ("ACCUSE", "investigate", "military;legal"),
    # 10 DEMAND
    "10": ("REQUEST", "", ""),
    "100": ("REQUEST", "", ""),
    "101": ("REQUEST", "assist", ""),
    "1011": ("REQUEST", "assist", "economic"),
    "1012": ("REQUEST", "assist", "military"),
    "1013": ("REQUEST", "assist", "legal"),
    "1014": ("REQUEST", "assist", "intelligence"),
    "102": ("REQUEST", "assist", "diplomatic"),
    "103": ("REQUEST", "assist", ""),
    "1031": ("REQUEST", "assist", "economic"),
    "1032": ("REQUEST", "assist", "military"),
    "1033": ("REQUEST", "assist", "humanitarian"),
    "1034": ("REQUEST", "assist", "peacekeeping"),
    "104": ("REQUEST", "change", "political_institutions"),
    "1041": ("REQUEST", "change", "executive"),
    "1042": ("REQUEST", "change", "executive"),
    "1043": ("REQUEST", "change", "rights_freedoms"),
    "1044": ("REQUEST", "change", "political_institutions"),
    "105": ("REQUEST", "change", "legal"),
    "1051": ("REQUEST", "yield", "legal"),
    "1052": ("REQUEST", "yield", "legal"),
    "1053": ("REQUEST", "yield", "legal"),
    "1054": ("REQUEST", "yield", "economic"),
    "1055": ("REQUEST", "yield", "diplomatic"),
    "1056": ("REQUEST", "yield", "military"),
    "106": ("REQUEST", "meet", "diplomatic"),
    "107": ("REQUEST", "meet", "diplomatic"),
    "108": ("REQUEST", "meet", "diplomatic"),
    # 11 DISAPPROVE
    "11": ("ACCUSE", "", ""),
    "110": ("ACCUSE", "disapprove", ""),
    "111": ("ACCUSE", "disapprove", ""),
    "112": ("ACCUSE", "disapprove", ""),
    "1121": ("ACCUSE", "allege", "crime;corruption"),
    "1122": ("ACCUSE", "allege", "human_rights"),
    "1123": ("ACCUSE", "allege", "military"),
    "1124": ("ACCUSE", "allege", "military;legal"),
    "1125": ("ACCUSE", "allege", "legal"),
    "113": ("ACCUSE", "disapprove", ""),
    "114": ("ACCUSE", "allege", "diplomatic"),
    "115": ("ACCUSE", "allege", "legal"),
    "116": ("ACCUSE", "disapprove", "legal"),
    # 12 REJECT. The source also maps 1213 and 1214 (reject judicial and
    # intelligence cooperation), which GDELT's codebook tables do not have.
    "12": ("REJECT", "", ""),
    "120": ("REJECT", "", ""),
    "121": ("REJECT", "assist", ""),
    "1211": ("REJECT", "assist", "economic"),
    "1212": ("REJECT", "assist", "military"),
    "122": ("REJECT", "assist", ""),
    "1221": ("REJECT", "assist", "economic"),
    "1222": ("REJECT", "assist", "military"),
    "1223": ("REJECT", "assist", "humanitarian"),
    "1224": ("REJECT", "assist", "peacekeeping"),
    "123": ("REJECT", "change", "political_institutions"),
    "1231": ("REJECT", "change", "executive"),
    "1232": ("REJECT", "change", "executive"),
    "1233": ("REJECT", "change", "rights_freedoms"),
    "1234": ("REJECT", "change", "political_institutions"),
    "124": ("REJECT", "change", ""),
    "1241": ("REJECT", "change", "executive"),
    "1242": ("REJECT", "change", ""),
    "1243": ("REJECT", "yield", "legal"),
    "1244": ("REJECT", "yield", "economic"),
    "1245": ("REJECT", "yield", "diplomatic"),
    "1246": ("REJECT", "yield", "military"),
    "125": ("REJECT", "meet", "diplomatic"),
    "126": ("REJECT", "meet", "diplomatic"),
    "127": ("REJECT", "meet", "diplomatic"),
    "128": ("REJECT", "yield", "legal"),
    "129": ("REJECT", "yield", "diplomatic"),
    # 13 THREATEN
    "13": ("THREATEN", "", ""),
    "130": ("THREATEN", "", ""),
    "131": ("THREATEN", "", ""),
    "1311": ("THREATEN", "relations", ""),
    "1312": ("THREATEN", "restrict", "economic"),
    "1313": ("THREATEN", "relations", "diplomatic"),
    "132": ("THREATEN", "ban", "executive"),
    "1321": ("THREATEN", "political", "human_rights"),
    "1322": ("THREATEN", "ban", "pro_autocracy"),
    "1323": ("THREATEN", "restrict", "pro_autocracy"),
    "1324": ("THREATEN", "restrict", "pro_autocracy"),
    "133": ("THREATEN", "relations", ""),
    "134": ("THREATEN", "relations", "diplomatic"),
    "135": ("THREATEN", "relations", "diplomatic"),
    "136": ("THREATEN", "expel", "diplomatic"),
    "137": ("THREATEN", "violence", "pro_autocracy"),
    "138": ("THREATEN", "violence", "military"),
    "1381": ("THREATEN", "restrict", "military"),
    "1382": ("THREATEN", "territory", "military"),
    "1383": ("THREATEN", "violence", "military"),
    "1384": ("THREATEN", "violence", "military"),
    "1385": ("THREATEN", "violence", "cbrn"),
    "139": ("THREATEN", "relations", "diplomatic"),
    # 14 PROTEST
    "14": ("PROTEST", "", ""),
    "140": ("PROTEST", "", ""),
    "141": ("PROTEST", "demo", ""),
    "1411": ("PROTEST", "demo", "executive"),
    "1412": ("PROTEST", "demo", "executive"),
    "1413": ("PROTEST", "demo", "rights_freedoms"),
    "1414": ("PROTEST", "demo", "political_institutions"),
    "142": ("PROTEST", "hunger", ""),
    "1421": ("PROTEST", "hunger", "executive"),
    "1422": ("PROTEST", "hunger", "executive"),
    "1423": ("PROTEST", "hunger", "rights_freedoms"),
    "1424": ("PROTEST", "hunger", "political_institutions"),
    "143": ("PROTEST", "boycott", ""),
    "1431": ("PROTEST", "boycott", "executive"),
    "1432": ("PROTEST", "boycott", "executive"),
    "1433": ("PROTEST", "boycott", "rights_freedoms"),
    "1434": ("PROTEST", "boycott", "political_institutions"),
    "144": ("PROTEST", "obstruct", ""),
    "1441": ("PROTEST", "obstruct", "executive"),
    "1442": ("PROTEST", "obstruct", "executive"),
    "1443": ("PROTEST", "obstruct", "rights_freedoms"),
    "1444": ("PROTEST", "obstruct", "political_institutions"),
    "145": ("PROTEST", "riot", ""),
    "1451": ("PROTEST", "riot", "executive"),
    "1452": ("PROTEST", "riot", "executive"),
    "1453": ("PROTEST", "riot", "rights_freedoms"),
    "1454": ("PROTEST", "riot", "political_institutions"),
    # 15 EXHIBIT FORCE POSTURE
    "15": ("MOBILIZE", "", ""),
    "150": ("MOBILIZE", "", ""),
    "151": ("MOBILIZE", "police", ""),
    "152": ("MOBILIZE", "troops", "military"),
    "153": ("MOBILIZE", "police", ""),
    "154": ("MOBILIZE", "troops", "military"),
    # 16 REDUCE RELATIONS
    "16": ("SANCTION", "", ""),
    "160": ("SANCTION", "", ""),
    "161": ("SANCTION", "withdraw", "diplomatic"),
    "162": ("SANCTION", "discontinue", "human_security"),
    "1621": ("SANCTION", "discontinue", "economic"),
    "1622": ("SANCTION", "discontinue", "military"),
    "1623": ("SANCTION", "discontinue", "humanitarian"),
    "163": ("COERCE", "restrict", "diplomatic"),
    "164": ("SANCTION", "withdraw", "diplomatic"),
    "165": ("SANCTION", "withdraw", "diplomatic"),
    "166": ("SANCTION", "expel", "diplomatic"),
    "1661": ("SANCTION", "expel", "military"),
    "1662": ("SANCTION", "expel", "diplomatic"),
    "1663": ("SANCTION", "expel", "human_security"),
    # 17 COERCE. For 175 the source puts "pro_autocracy", a context value, in
    # the mode column; it is kept as the source has it.
    "17": ("COERCE", "", ""),
    "170": ("COERCE", "", ""),
    "171": ("COERCE", "seize", "human_security"),
    "1711": ("COERCE", "seize", "human_security"),
    "1712": ("ASSAULT", "seize", "human_security"),
    "172": ("COERCE", "restrict", "executive"),
    "1721": ("COERCE", "restrict", "rights_freedoms"),
    "1722": ("COERCE", "ban", "pro_autocracy"),
    "1723": ("COERCE", "curfew", "pro_autocracy"),
    "1724": ("COERCE", "martial-law", "pro_autocracy"),
    "173": ("COERCE", "arrest", "legal"),
    "174": ("COERCE", "deport", "legal"),
    "175": ("ASSAULT", "pro_autocracy", "military"),
    # 18 ASSAULT
    "18": ("ASSAULT", "", ""),
    "180": ("ASSAULT", "", ""),
    "181": ("ASSAULT", "abduct", ""),
    "182": ("ASSAULT", "beat", ""),
    "1821": ("ASSAULT", "sexual", ""),
    "1822": ("ASSAULT", "torture", ""),
    "1823": ("ASSAULT", "", ""),
    "183": ("ASSAULT", "suicide-attack", ""),
    "1831": ("ASSAULT", "suicide-attack", ""),
    "1832": ("ASSAULT", "explosives", ""),
    "1833": ("ASSAULT", "explosives", ""),
    "184": ("ASSAULT", "abduct", ""),
    "185": ("ASSAULT", "assassinate", ""),
    "186": ("ASSAULT", "assassinate", ""),
    # 19 FIGHT
    "19": ("ASSAULT", "", ""),
    "190": ("ASSAULT", "", "military"),
    "191": ("COERCE", "restrict", "military"),
    "192": ("COERCE", "seize", "military"),
    "193": ("ASSAULT", "firearms", "military"),
    "194": ("ASSAULT", "heavy-weapons", "military"),
    "195": ("ASSAULT", "heavy-weapons", "military"),
    "196": ("ASSAULT", "", "legal;military"),
    # 20 USE UNCONVENTIONAL MASS VIOLENCE
    "20": ("ASSAULT", "", ""),
    "200": ("ASSAULT", "massacre", "military"),
    "201": ("ASSAULT", "cleansing", "religion_ethnicity"),
    "202": ("ASSAULT", "massacre", "religion_ethnicity"),
    "203": ("ASSAULT", "cleansing", "religion_ethnicity"),
    "204": ("ASSAULT", "unconventional", "cbrn"),
    "2041": ("ASSAULT", "unconventional", "cbrn"),
    "2042": ("ASSAULT", "unconventional", "cbrn"),
}

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")


def plover_entry(code):
    """The PLOVER entry of code or of its nearest listed parent."""
    for prefix in (code, code[:3], code[:2]):
        if prefix in PLOVER:
            return PLOVER[prefix]
    sys.exit("code %s: no PLOVER entry for it or its root" % code)


def check_plover(table):
    unknown = set(PLOVER) - set(table)
    if unknown:
        sys.exit("PLOVER entries for codes not in the codebook: %s" % " ".join(sorted(unknown)))
    for code, (ptype, _, _) in PLOVER.items():
        if ptype and ptype not in PLOVER_TYPES:
            sys.exit("PLOVER entry %s: unknown type %s" % (code, ptype))


def quad_class(root):
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    raise ValueError("root %d out of range" % root)


def read_table(path, header):
    rows = []
    with open(path, encoding="utf-8") as f:
        first = f.readline().rstrip("\r\n").split("\t")
        if first[0] != header:
            sys.exit("%s:1: expected header %s, found %r" % (path, header, first[0]))
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                sys.exit("%s:%d: expected 2 tab-separated fields" % (path, lineno))
            code = parts[0].strip()
            if not (code.isdigit() and 2 <= len(code) <= 4):
                sys.exit("%s:%d: bad code %r" % (path, lineno, code))
            rows.append((code, parts[1], lineno))
    return rows


def build(src):
    names = read_table(os.path.join(src, "CAMEO.eventcodes.txt"), "CAMEOEVENTCODE")
    scores = read_table(os.path.join(src, "CAMEO.goldsteinscale.txt"), "CAMEOEVENTCODE")
    score = {}
    for code, value, lineno in scores:
        if code in score:
            sys.exit("CAMEO.goldsteinscale.txt:%d: duplicate code %s" % (lineno, code))
        g = float(value)
        if not -10.0 <= g <= 10.0:
            sys.exit("CAMEO.goldsteinscale.txt:%d: score %s out of range" % (lineno, value))
        score[code] = g
    table = {}
    for code, name, lineno in names:
        if code in table:
            sys.exit("CAMEO.eventcodes.txt:%d: duplicate code %s" % (lineno, code))
        name = " ".join(name.split())
        if code in NAME_FIXES and name == NAME_FIXES[code][0]:
            name = NAME_FIXES[code][1]
        if not name.isascii():
            sys.exit("CAMEO.eventcodes.txt:%d: non-ASCII name for %s; add a NAME_FIXES entry"
                     % (lineno, code))
        if code not in score:
            sys.exit("CAMEO.eventcodes.txt:%d: %s has no Goldstein score" % (lineno, code))
        root = int(code[:2])
        table[code] = (name, score[code], root, quad_class(root)) + plover_entry(code)
    extra = set(score) - set(table)
    if extra:
        sys.exit("Goldstein scores for codes without a name: %s" % " ".join(sorted(extra)))
    for code in table:
        if code[:2] not in table:
            sys.exit("code %s has no root entry %s" % (code, code[:2]))
        if len(code) == 4 and code[:3] not in table:
            sys.exit("code %s has no parent entry %s" % (code, code[:3]))
    check_plover(table)
    return table


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def initializer_lines(fields, indent=4, limit=100):
    """One table entry "{a, b, ...}," wrapped as clang-format wraps it (see
    .clang-format): fields packed up to the column limit, continuation lines
    aligned after the opening brace, so `make format-check` passes."""
    lines = []
    line = " " * indent + "{"
    at_start = True
    for i, field in enumerate(fields):
        token = field + ("}," if i == len(fields) - 1 else ",")
        if not at_start and len(line) + 1 + len(token) > limit:
            lines.append(line)
            line = " " * (indent + 1)
            at_start = True
        line += ("" if at_start else " ") + token
        at_start = False
    lines.append(line)
    return lines


def render(table):
    out = []
    w = out.append
    w("/*")
    w(" * cameo.c - the CAMEO event code table (see cameo.h).")
    w(" *")
    w(" * GENERATED by scripts/gen_cameo_table.py from the CAMEO codebook's lookup")
    w(" * tables (CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt) and the script's own")
    w(" * PLOVER table (after PLOVER's CAMEO2PLOVER-2021.txt, CC BY-SA 4.0). Do not")
    w(" * edit by hand: fix the script and run it again.")
    w(" */")
    w('#include "cameo.h"')
    w("")
    w("#include <string.h>")
    w("")
    w("/* Sorted by code (strcmp order) for binary search. */")
    w("static const pl_cameo_code table[] = {")
    for code in sorted(table):
        name, g, root, qc, ptype, mode, context = table[code]
        fields = [c_string(code), c_string(name), repr(g), str(root), str(qc), c_string(ptype),
                  c_string(mode), c_string(context)]
        out.extend(initializer_lines(fields))
    w("};")
    w("")
    w("#define NCODES ((int)(sizeof table / sizeof table[0]))")
    w("")
    w("int pl_cameo_count(void)")
    w("{")
    w("    return NCODES;")
    w("}")
    w("")
    w("const pl_cameo_code *pl_cameo_at(int i)")
    w("{")
    w("    return i >= 0 && i < NCODES ? &table[i] : NULL;")
    w("}")
    w("")
    w("const pl_cameo_code *pl_cameo_find(const char *code)")
    w("{")
    w("    if (!code)")
    w("        return NULL;")
    w("    int lo = 0, hi = NCODES - 1;")
    w("    while (lo <= hi) {")
    w("        int mid = lo + (hi - lo) / 2;")
    w("        int c = strcmp(code, table[mid].code);")
    w("        if (c == 0)")
    w("            return &table[mid];")
    w("        if (c < 0)")
    w("            hi = mid - 1;")
    w("        else")
    w("            lo = mid + 1;")
    w("    }")
    w("    return NULL;")
    w("}")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=os.path.join(ROOT, "..", "shared", "cameo"),
                    help="folder holding CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt")
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "knowledge", "cameo.c"))
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if --out differs from what would be written")
    args = ap.parse_args()
    table = build(args.src)
    text = render(table)
    if args.check:
        try:
            with open(args.out, encoding="ascii") as f:
                same = f.read() == text
        except OSError:
            same = False
        print("%s is %s" % (args.out, "up to date" if same else "STALE"))
        return 0 if same else 1
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d codes)" % (args.out, len(table)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
