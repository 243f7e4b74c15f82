#!/usr/bin/env bash
# Did it work? on the sample with an effect built into the synthetic incidents: the first run
# makes the register; the night-presence measure nearest (385550, 6671761) is set genomförd on
# 2024-01-01; tools/make_incidents.py --effect keeps only 30 % of the incidents within 140 m of
# that point from that day (the others are the sample's own); the second run must find the
# effect (verdict worked, interval above 1), and a measure done far from the circle must not.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
py=/usr/bin/python3
$py -c "import numpy" 2> /dev/null || { echo "SKIP: numpy is not installed for $py"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
ini=$src/gis-data/trygg.ini
expect 0 "skrev" -- "$trygg" run "$ini" -q -o first.gpkg --register register.gpkg
sql() { sqlite3 register.gpkg "$1"; }
# The register's R-tree gives each measure's box: the night-presence measure whose box centre
# is nearest the effect's centre, and the one farthest from it.
near="SELECT m.measure_id FROM measures m JOIN rtree_measures_geom r ON r.id = m.measure_id
      WHERE m.rule = 'night_presence' ORDER BY
      ((r.minx + r.maxx) / 2 - 385550) * ((r.minx + r.maxx) / 2 - 385550) +
      ((r.miny + r.maxy) / 2 - 6671761) * ((r.miny + r.maxy) / 2 - 6671761)"
id=$(sql "$near LIMIT 1")
far=$(sql "$near DESC LIMIT 1")
[ -n "$id" ] && [ -n "$far" ] || fail "no night-presence measure in the sample's register"
ogrinfo -q register.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01' WHERE measure_id IN ($id, $far)" > /dev/null
$py "$src/tools/make_incidents.py" --out effect.gpkg --effect 385550,6671761,140,2024-01-01,0.3 --quiet ||
    fail "make_incidents.py --effect"
expect 0 "skrev" -- "$trygg" run "$ini" -q -o second.gpkg --register register.gpkg --incidents effect.gpkg:incidents
row() { sqlite3 second.gpkg "SELECT $1 FROM measure_effects WHERE measure_id = $2"; }
[ "$(row verdict "$id")" = worked ] || fail "measure $id with the built-in effect: $(row '*' "$id")"
[ "$(row "relative_effect_lo > 1 AND p_value < 0.05" "$id")" = 1 ] || fail "measure $id: interval or p: $(row '*' "$id")"
row effect_en "$id" | grep -q "^night-time incidents fell" || fail "measure $id sentence: $(row effect_en "$id")"
[ "$(row verdict "$far")" != worked ] || fail "measure $far, far from the effect, 'worked': $(row '*' "$far")"
echo "built-in effect found: $(row effect_en "$id")"
[ "$fails" = 0 ] && echo "effect demo: all checks passed"
exit $((fails > 0))
