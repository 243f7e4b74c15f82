#!/usr/bin/env bash
# Citizen promises ([promise:NAME]) through the CLI on the sample, whose config holds one: the
# station's vandalism and graffiti, 2023 against the latest year. The promises layer's counts
# equal an independent count with GDAL's Python bindings (points in the area polygon, days in
# local standard time, UTC+2 in the sample); the verdict follows from them; the summary is
# Swedish by default and English with --lang en; a promise naming an area that is not there is
# an error naming the config line and the areas, and leaves no output.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^area\(s\{0,1\}\) = \(.*\)|area\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > s.ini
grep -q '^\[promise:klotter_stationen\]' s.ini || fail "the sample config has no promise"
expect 0 "skrev" -- "$trygg" run s.ini -o sv.gpkg -q
sql() { sqlite3 "$1" "$2"; }
[ "$(sql sv.gpkg 'SELECT COUNT(*) FROM promises')" = 1 ] || fail "promises rows: $(sql sv.gpkg 'SELECT COUNT(*) FROM promises')"
got=$(sql sv.gpkg "SELECT baseline_from, baseline_to, current_from, current_to, CAST(baseline_value AS INT), CAST(current_value AS INT) FROM promises")
/usr/bin/python3 - sv.gpkg "$src/gis-data/example_areas.gpkg" > expected.txt << 'EOF'
import sys
from datetime import datetime, timedelta
from osgeo import ogr
out = ogr.Open(sys.argv[1])
areas_ds = ogr.Open(sys.argv[2])
areas = areas_ds.GetLayerByName("areas")
inc = out.GetLayerByName("incidents")
area = None
for a in areas:
    if a.GetField("name") == "Helsingin päärautatieasema":
        area = a.GetGeometryRef().Clone()
area.TransformTo(inc.GetSpatialRef())
days = []
for f in inc:
    t = f.GetField("occurred_at")
    if t and f.GetField("category") in ("vandalism", "graffiti") and area.Intersects(f.GetGeometryRef()):
        days.append((datetime.strptime(t[:19], "%Y/%m/%d %H:%M:%S") + timedelta(hours=2)).date().isoformat())
base = sum(1 for d in days if "2023-01-01" <= d <= "2023-12-31")
now = sum(1 for d in days if "2024-01-01" <= d <= "2024-12-31")
print(f"2023-01-01|2023-12-31|2024-01-01|2024-12-31|{base}|{now}")
EOF
[ "$got" = "$(cat expected.txt)" ] || fail "promise periods and counts '$got', independent count '$(cat expected.txt)'"
base=$(cut -d'|' -f5 expected.txt)
now=$(cut -d'|' -f6 expected.txt)
[ "$base" -gt 0 ] || fail "the sample's station has no reports in 2023"
# The verdict from the counts: the change per day (366 days in 2024) against -20 %, and 95 % intervals.
want=$(/usr/bin/python3 -c "
import math
a, b = $base, $now
r = (b / 366) / (a / 365)
hi = math.exp(math.log(r) + 1.959964 * math.sqrt(1 / a + 1 / b))
print('cannot_tell' if a + b < 10 else 'achieved' if r - 1 <= -0.2 and hi < 1 else 'on_track' if r < 1 else 'off_track')")
[ "$(sql sv.gpkg 'SELECT verdict FROM promises')" = "$want" ] || fail "verdict $(sql sv.gpkg 'SELECT verdict FROM promises'), expected $want"
nbsp=$'\xc2\xa0' # a no-break space before the percent sign in Swedish
case "$(sql sv.gpkg 'SELECT summary FROM promises')" in
    "Baslinje 1 januari 2023 – 31 december 2023: $base; 1 januari 2024 – 31 december 2024: $now."*"Mål: −20${nbsp}% till 31 december 2025."*) ;;
    *) fail "Swedish summary: $(sql sv.gpkg 'SELECT summary FROM promises')" ;;
esac
[ "$(sql sv.gpkg "SELECT value FROM run_info WHERE key = 'plan.promises'" | cut -c1-2)" = "1:" ] || fail "run_info plan.promises"
expect 0 "wrote" -- "$trygg" run s.ini -o en.gpkg -q --lang en
case "$(sql en.gpkg 'SELECT summary FROM promises')" in
    "Baseline 1 January 2023 – 31 December 2023: $base; 1 January 2024 – 31 December 2024: $now."*"Target: −20% by 31 December 2025."*) ;;
    *) fail "English summary: $(sql en.gpkg 'SELECT summary FROM promises')" ;;
esac
[ "$(sql en.gpkg 'SELECT verdict, baseline_value, current_value, change FROM promises')" = \
  "$(sql sv.gpkg 'SELECT verdict, baseline_value, current_value, change FROM promises')" ] || fail "English and Swedish numbers differ"
# A promise whose area is not there: an error naming the line and the areas; nothing written.
sed 's/^area_name = .*/area_name = Kallio/' s.ini > bad.ini
expect 1 "promise:klotter_stationen" -- "$trygg" run bad.ini -o bad.gpkg -q --lang en
grep -q "area_name = 'Kallio' is not an area of .*Pääskynen" err.txt || fail "bad area message: $(cat err.txt)"
[ ! -e bad.gpkg ] || fail "a failed run left bad.gpkg"
[ "$fails" = 0 ] && echo "promise: ok"
exit $((fails > 0))
