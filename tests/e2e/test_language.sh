#!/usr/bin/env bash
# Swedish and English: a Swedish (default) and an English run of the sample give the same numbers
# and different words. Every numeric column of every table of both GeoPackages is equal row by
# row; the texts people read (a place's top factors, a measure's evidence, the layer titles)
# differ; the Swedish documents use the decimal comma, the English ones the point.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
expect 0 "skrev" -- "$trygg" run -q -o sv.gpkg
expect 0 "wrote" -- "$trygg" run -q --lang en -o en.gpkg
/usr/bin/python3 - sv.gpkg en.gpkg > compare.txt 2>&1 << 'EOF'
import sqlite3, sys
sv, en = (sqlite3.connect(p) for p in sys.argv[1:3])
tables = [r[0] for r in sv.execute(
    "SELECT table_name FROM gpkg_contents WHERE table_name NOT IN ('run_info', 'layer_styles') ORDER BY 1")]
numbers = differing = 0
bad = []
for t in tables:
    cols = [r[1] for r in sv.execute(f'PRAGMA table_info("{t}")') if r[2].upper() in
            ("INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "REAL", "DOUBLE", "FLOAT", "BOOLEAN")]
    if not cols:
        continue
    q = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t}" ORDER BY fid'
    a, b = sv.execute(q).fetchall(), en.execute(q).fetchall()
    if a != b:
        bad.append(t)
    numbers += sum(len(r) for r in a)
for t, c in (("street_segments", "top_factors"), ("measures", "evidence")):
    a = sv.execute(f'SELECT {c} FROM "{t}" ORDER BY fid').fetchall()
    b = en.execute(f'SELECT {c} FROM "{t}" ORDER BY fid').fetchall()
    differing += sum(1 for x, y in zip(a, b) if x != y)
print("tables with different numbers:", bad)
print("numbers compared:", numbers)
print("texts differing:", differing)
EOF
grep -q "^tables with different numbers: \[\]$" compare.txt || fail "numbers differ between the languages: $(cat compare.txt)"
n=$(sed -n 's/^numbers compared: //p' compare.txt)
[ "${n:-0}" -gt 10000 ] || fail "too few numbers compared: $(cat compare.txt)"
d=$(sed -n 's/^texts differing: //p' compare.txt)
[ "${d:-0}" -gt 100 ] || fail "the texts people read do not change with the language: $(cat compare.txt)"
# Layer titles in gpkg_contents.
[ "$(sqlite3 sv.gpkg "SELECT identifier FROM gpkg_contents WHERE table_name = 'dark_stretches'")" = "Mörka sträckor" ] ||
    fail "Swedish title of dark_stretches: $(sqlite3 sv.gpkg "SELECT identifier FROM gpkg_contents WHERE table_name = 'dark_stretches'")"
[ "$(sqlite3 en.gpkg "SELECT identifier FROM gpkg_contents WHERE table_name = 'dark_stretches'")" = "Dark stretches" ] ||
    fail "English title of dark_stretches"
# The documents: the same street length in both, with a decimal comma in Swedish.
pdftotext sv_lagesbild.pdf sv.txt && pdftotext en_lagesbild.pdf en.txt || fail "pdftotext"
grep -q "[0-9],[0-9] km" sv.txt || fail "no decimal comma in the Swedish lägesbild"
grep -q "[0-9]\.[0-9] km" en.txt || fail "no decimal point in the English lägesbild"
grep -q "Kartläggning" sv.txt && ! grep -q "Kartläggning" en.txt || fail "the section headings do not follow the language"
[ "$fails" = 0 ] && echo "language: ok"
exit $((fails > 0))
