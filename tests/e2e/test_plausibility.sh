#!/usr/bin/env bash
# Per-feature plausibility (DESIGN.md section 7): in a hand-kept register where a few rows have
# latitude and longitude swapped, those rows are rejected, named as swaps with their line, and
# counted; a point far outside the study area is rejected and counted with that reason. The
# same for a GeoJSON file. Also a Windows-1252 CSV (en dash, euro sign) read as such.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
# A 1.2 km grid of streets in central Lund (SWEREF 99 TM), and incidents in WGS 84 on them:
# 120 rows, of which rows 5, 17, 58, 80, 99 and 111 (file lines 6, 18, ...) have latitude and
# longitude swapped, and one (row 120) lies in Helsingborg, 50 km away.
python3 - <<'PY'
import json
with open("streets.csv", "w") as f:
    f.write("id,name,WKT\n")
    for k in range(7):
        x = 385700 + 200 * k
        f.write(f'{k + 1},Gata {k + 1},"LINESTRING ({x} 6174100, {x} 6175300)"\n')
        y = 6174100 + 200 * k
        f.write(f'{k + 11},Väg {k + 1},"LINESTRING (385700 {y}, 386900 {y})"\n')
swapped = {5, 17, 58, 80, 99, 111}
rows = []
for i in range(1, 121):
    lon, lat = 13.176 + (i % 12) * 0.0015, 55.699 + (i // 12) * 0.001
    if i == 120:
        lon, lat = 12.6945, 56.0465  # Helsingborg
    rows.append((lat, lon) if i in swapped else (lon, lat))
with open("register.csv", "w") as f:
    f.write("lon,lat,kategori,datum\n")
    for i, (x, y) in enumerate(rows, 1):
        f.write(f"{x:.6f},{y:.6f},klotter,2024-03-{1 + i % 28:02d} 22:15\n")
feats = [{"type": "Feature", "properties": {"kategori": "skadegörelse"},
          "geometry": {"type": "Point", "coordinates": [x, y]}} for x, y in rows[:100]]
json.dump({"type": "FeatureCollection", "features": feats}, open("register.geojson", "w"))
PY

run() { "$trygg" run --streets streets.csv --assume-crs EPSG:3006 --incidents "$1" -o "$2" > out.txt 2> err.txt; }

run register.csv csv.gpkg || { fail "run on the partly swapped CSV failed"; cat err.txt; }
grep -q "register.csv rad 59: latitud och longitud ser ut att vara omkastade (x=55.7" err.txt ||
    { fail "CSV: no warning naming line 59 as swapped"; cat err.txt; }
reasons=$(sqlite3 csv.gpkg "SELECT value FROM run_info WHERE key = 'input.incidents.rejected_reasons'")
echo "$reasons" | grep -q "latitud och longitud ser ut att vara omkastade: 6 (första: rad 6 " ||
    fail "CSV: run_info does not count 6 swapped rows: $reasons"
echo "$reasons" | grep -q "utanför studieområdet (mer än 10 km utanför gatornas utbredning): 1 (första: rad 121 " ||
    fail "CSV: run_info does not count the point in Helsingborg: $reasons"
[ "$(sqlite3 csv.gpkg 'SELECT COUNT(*) FROM incidents')" = 113 ] || fail "CSV: want 113 incidents kept"
[ "$(sqlite3 csv.gpkg "SELECT value FROM run_info WHERE key = 'input.incidents.features_rejected'")" = 7 ] ||
    fail "CSV: want 7 rejected"

run register.geojson json.gpkg || { fail "run on the partly swapped GeoJSON failed"; cat err.txt; }
reasons=$(sqlite3 json.gpkg "SELECT value FROM run_info WHERE key = 'input.incidents.rejected_reasons'")
echo "$reasons" | grep -q "latitud och longitud ser ut att vara omkastade: 5 (första: objekt 4 " ||
    fail "GeoJSON: run_info does not count 5 swapped features: $reasons"
[ "$(sqlite3 json.gpkg 'SELECT COUNT(*) FROM incidents')" = 95 ] || fail "GeoJSON: want 95 incidents kept"

# trygg check reports the same.
"$trygg" check --streets streets.csv --assume-crs EPSG:3006 --incidents register.csv > check.txt 2> /dev/null
grep -q "avvisade 6: latitud och longitud ser ut att vara omkastade (första: rad 6" check.txt ||
    { fail "trygg check does not list the swapped rows"; cat check.txt; }

# A margin of 0 rejects everything beyond the streets' extent; a large margin keeps Helsingborg.
printf '[study_area]\nmargin_m = 100000\n' > wide.ini
"$trygg" run -q wide.ini --streets streets.csv --assume-crs EPSG:3006 --incidents register.csv -o wide.gpkg \
    > /dev/null 2> err.txt || { fail "run with margin_m = 100000 failed"; cat err.txt; }
[ "$(sqlite3 wide.gpkg 'SELECT COUNT(*) FROM incidents')" = 114 ] || fail "margin_m = 100000: want 114 kept"

[ "$fails" = 0 ] && echo "plausibility: all checks passed"
exit $((fails > 0))
