#!/usr/bin/env bash
# What a planner reads, in the run's language: a default run of the bundled sample writes Swedish
# field aliases, legend labels, layer titles and descriptions into the GeoPackage, --lang en the
# English ones; every embedded style is valid XML either way, and its field names are the same.
# `trygg help config` and `trygg --help` in both languages. (QGIS loads both outputs:
# tests/e2e/test_qgis.sh.)
set -uo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
. "$src/tests/e2e/lib.sh"

expect 0 "skrev" -- "$trygg" run -q -o sv.gpkg
expect 0 "wrote" -- "$trygg" --lang en run -q -o en.gpkg

qml() { sqlite3 "$1" "SELECT styleQML FROM layer_styles WHERE f_table_name = '$2'"; }
has() { # has FILE TABLE TEXT: the default style of TABLE holds TEXT
    local text
    text=$(qml "$1" "$2")
    grep -qF -- "$3" <<< "$text" || fail "$1: the style of $2 lacks $3"
}
has sv.gpkg street_segments '<alias field="street" name="Gatunamn"'
has sv.gpkg street_segments 'label="0–20 minst trygg"'
has sv.gpkg hotspots 'label="Brottskoncentration, 99 % konfidens"'
has sv.gpkg measures '<alias name="Ansvarig" index="4" field="responsible"/>'
has sv.gpkg near_repeat_zones "category || ' till ' || left(valid_until, 10)"
has en.gpkg street_segments '<alias field="street" name="Street name"'
has en.gpkg street_segments 'label="0-20 least safe"'
has en.gpkg hotspots 'label="Hotspot, 99 % confidence"'
has en.gpkg near_repeat_zones "category || ' until ' || left(valid_until, 10)"
grep -qF 'name="Street name"' <<< "$(qml sv.gpkg street_segments)" && fail "sv.gpkg: an English alias is left"

# gpkg_contents: the title and description in the run's language, table names the same.
[ "$(sqlite3 sv.gpkg "SELECT identifier FROM gpkg_contents WHERE table_name = 'dark_stretches'")" = "Mörka sträckor" ] ||
    fail "sv.gpkg: dark_stretches is not titled Mörka sträckor"
[ "$(sqlite3 en.gpkg "SELECT identifier FROM gpkg_contents WHERE table_name = 'dark_stretches'")" = "Dark stretches" ] ||
    fail "en.gpkg: dark_stretches is not titled Dark stretches"
[ "$(sqlite3 sv.gpkg "SELECT group_concat(table_name) FROM gpkg_contents")" = \
  "$(sqlite3 en.gpkg "SELECT group_concat(table_name) FROM gpkg_contents")" ] || fail "the table names differ"

# Every embedded style parses as XML, and the Swedish and English styles name the same fields.
python3 - sv.gpkg en.gpkg <<'EOF' || fail "layer_styles: a style is not valid XML or its fields differ"
import sqlite3, sys
import xml.etree.ElementTree as ET
fields = {}
for path in sys.argv[1:]:
    con = sqlite3.connect(path)
    for table, text in con.execute("SELECT f_table_name, styleQML FROM layer_styles"):
        root = ET.fromstring(text.encode())
        got = [(a.get("field"), a.get("index")) for a in root.iter("alias")]
        fields.setdefault(table, []).append(got)
    con.close()
bad = [t for t, f in fields.items() if len(f) != 2 or f[0] != f[1]]
if bad:
    print("fields differ:", bad)
    sys.exit(1)
print(f"{len(fields)} styles parse in both languages")
EOF

# trygg help config and --help: Swedish by default, English with --lang en.
expect 0 "name                 undersökningsområdets namn, används i rubriker (standard: study area)" -- "$trygg" help config
expect 0 "margin_m .*(standard: 10000; 0 till 1e+07)" -- "$trygg" help config
expect 0 "name                 name of the study area, used in titles (default: study area)" -- "$trygg" --lang en help config
expect 0 "margin_m .*(default: 10000; 0 to 1e+07)" -- "$trygg" help config --lang en
expect 0 "^användning:" -- "$trygg" --help
expect 0 "^usage:" -- "$trygg" --help --lang en
expect 0 "belysningspunkter (punkter)" -- "$trygg" --help

[ "$fails" = 0 ] && echo "styles and help in Swedish and English OK"
exit $((fails > 0))
