#!/usr/bin/env bash
# The buildings and points of interest are read on a thread of their own beside the load, prepare,
# index and measure stages (src/pipeline/run.c, start_surroundings_read). A run with two threads
# says what a run with one ([run] threads = 1: read in the load stage, as before) says: the same
# warnings in the same order, the same error for a broken buildings layer (naming the file and the
# feature) with the same exit code, the same places; the buildings are never mentioned when an
# input read before them fails; `check` of a broken buildings layer; the partition's "left out of
# this part" warnings of both layers; and an interrupt while they may still be read.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1700000000

# A 3-street T in SWEREF 99 TM (WKT in a CSV, no CRS of its own), a building beside it, points of
# interest without a kind column (a warning of their read), and buildings that cannot be repaired.
cat > streets.csv << 'CSV'
id,name,WKT
1,Stora Södergatan,"LINESTRING (387000 6175000, 387250 6175000)"
2,Klostergatan,"LINESTRING (387125 6175000, 387125 6175150)"
3,Kyrkogatan,"LINESTRING (387250 6175000, 387250 6175080)"
CSV
cat > buildings.csv << 'CSV'
id,WKT
1,"POLYGON ((387010 6175005, 387110 6175005, 387110 6175020, 387010 6175020, 387010 6175005))"
CSV
cat > buildings_bad.csv << 'CSV'
id,WKT
1,"POLYGON ((387010 6175005, 387010 6175005, 387010 6175005, 387010 6175005))"
2,"POLYGON ((387020 6175005, 387020 6175005, 387020 6175005, 387020 6175005))"
CSV
cat > pois_nokind.csv << 'CSV'
id,name,x,y
1,Krogen,387050,6175010
2,Hållplatsen,387130,6175010
CSV
for t in 1 2; do printf '[run]\nthreads = %s\n' "$t" > "threads$t.ini"; done

# both NAME CONFIG ARGS...: trygg run CONFIG with one thread and with two ([run] threads after
# CONFIG's own settings); the messages without the progress lines in NAME.1.err and NAME.2.err,
# the exit codes in NAME.1.rc and NAME.2.rc. Fails unless both say the same.
both() {
    local name=$1 config=$2
    shift 2
    for t in 1 2; do
        cat "$config" "threads$t.ini" > "$name.$t.ini"
        "$trygg" run "$name.$t.ini" --lang en "$@" -o "$name.$t.gpkg" > /dev/null 2> "$name.$t.raw"
        echo $? > "$name.$t.rc"
        grep -Ev '^trygg: +[0-9]+% ' "$name.$t.raw" > "$name.$t.err"
    done
    cmp -s "$name.1.err" "$name.2.err" ||
        fail "$name: the messages differ between one thread and two: $(diff "$name.1.err" "$name.2.err")"
    cmp -s "$name.1.rc" "$name.2.rc" ||
        fail "$name: exit code $(cat "$name.1.rc") with one thread, $(cat "$name.2.rc") with two"
}
: > none.ini
csv=(--streets streets.csv --assume-crs EPSG:3006)

# Warnings: the run's own of the load stage, then those of the points of interest's read.
both good none.ini "${csv[@]}" --buildings buildings.csv --pois pois_nokind.csv
cat > want.txt << 'EOF'
trygg: warning: no lamp layer given: lighting is not assessed
trygg: warning: no incident layer given: incident counts are zero and scores rest on lighting
trygg: warning: pois_nokind.csv: layer pois_nokind has no kind field (looked for kind, fclass, type, category and OSM tags; set kind_field): every point of interest counts as other
EOF
[ "$(cat good.2.rc)" = 0 ] || fail "good: exit code $(cat good.2.rc): $(cat good.2.raw)"
cmp -s want.txt good.2.err || fail "good: warnings $(diff want.txt good.2.err)"
for t in 1 2; do sqlite3 "good.$t.gpkg" "SELECT * FROM street_segments" > "good.$t.segments"; done
[ -s good.2.segments ] && cmp -s good.1.segments good.2.segments ||
    fail "good: street_segments differ between one thread and two"
sqlite3 good.2.gpkg "SELECT value FROM run_info WHERE key = 'count.buildings'" | grep -qx 1 ||
    fail "good: count.buildings is not 1"

# A broken buildings layer fails the run as it did, naming the file and the first feature; the
# warnings before it are those of the load stage.
both bad none.ini "${csv[@]}" --buildings buildings_bad.csv --pois pois_nokind.csv
cat > want.txt << 'EOF'
trygg: warning: no lamp layer given: lighting is not assessed
trygg: warning: no incident layer given: incident counts are zero and scores rest on lighting
trygg: buildings_bad.csv: layer buildings_bad: none of 2 features is usable as Polygon or MultiPolygon (first problem: invalid polygon that MakeValid cannot repair line 2)
EOF
[ "$(cat bad.2.rc)" = 1 ] || fail "bad: exit code $(cat bad.2.rc), want 1"
cmp -s want.txt bad.2.err || fail "bad: messages $(diff want.txt bad.2.err)"
[ ! -e bad.2.gpkg ] || fail "bad: an output was written"

# An input read before the buildings fails: the buildings (read meanwhile) are never mentioned.
both lamps none.ini "${csv[@]}" --lamps nolamps.gpkg --buildings buildings_bad.csv --pois pois_nokind.csv
printf 'trygg: nolamps.gpkg: no such file (lamps layer)\n' > want.txt
cmp -s want.txt lamps.2.err || fail "lamps: messages $(diff want.txt lamps.2.err)"

# check reads the same layers and reports the broken one (it crashed before: a layer with nothing
# usable made it look for a partition's --part in run options it does not have).
"$trygg" check none.ini --lang en "${csv[@]}" --buildings buildings_bad.csv > check.out 2> check.err
rc=$?
[ "$rc" = 1 ] || fail "check: exit code $rc, want 1: $(cat check.err)"
grep -q "usable: NO" check.out || fail "check: no 'usable: NO'"
grep -q "rejected 2: invalid polygon that MakeValid cannot repair (first: line 2)" check.out ||
    fail "check: the input report of the buildings: $(cat check.out)"
cat > want.txt << 'EOF'
trygg: warning: no lamp layer given: lighting is not assessed
trygg: warning: no incident layer given: incident counts are zero and scores rest on lighting
trygg: buildings_bad.csv: layer buildings_bad: none of 2 features is usable as Polygon or MultiPolygon (first problem: invalid polygon that MakeValid cannot repair line 2)
EOF
cmp -s want.txt check.err || fail "check: messages $(diff want.txt check.err)"

# The sample cut into two parts, with a building and a point of interest in the far east corner
# only: the western part leaves both layers out, each with its warning, in that order.
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > sample.ini
printf '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3067"}}, "features": [{"type": "Feature", "properties": {"kind": "bar"}, "geometry": {"type": "Point", "coordinates": [386850, 6673550]}}]}\n' > east_poi.geojson
printf '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3067"}}, "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[386840, 6673540], [386860, 6673540], [386860, 6673560], [386840, 6673560], [386840, 6673540]]]}}]}\n' > east_building.geojson
sed -e '/^\[pois\]/,/^\[/{s|^source = .*|source = east_poi.geojson|;/^layer = /d}' \
    -e '/^\[buildings\]/,/^\[/{s|^source = .*|source = east_building.geojson|;/^layer = /d}' sample.ini > east.ini
printf '\n[partition]\nsource = %s/tests/fixtures/partition_halves.gpkg:parts\nfield = kommun\nhalo_m = 300\n' "$src" >> east.ini
both east east.ini --part Väst
cat > want.txt << 'EOF'
trygg: warning: part 'Väst': [buildings] has no features in the part or its halo; left out of this part
trygg: warning: part 'Väst': [pois] has no features in the part or its halo; left out of this part
EOF
[ "$(cat east.2.rc)" = 0 ] || fail "east: exit code $(cat east.2.rc): $(cat east.2.raw)"
cmp -s want.txt east.2.err || fail "east: warnings $(diff want.txt east.2.err)"

# An interrupt at the start of the prepare stage, while the sample's buildings may still be read
# from its OpenStreetMap extract: a clean stop (exit 1, nothing written, no temporary file).
cat sample.ini threads2.ini > int.ini
TRYGG_TEST_STOP_AT=prepare "$trygg" run int.ini --lang en -o int.gpkg > /dev/null 2> int.txt &
pid=$!
stopped=0
for _ in $(seq 1 600); do
    case "$(ps -o stat= -p "$pid" 2> /dev/null)" in
    T*) stopped=1 && break ;;
    "") break ;;
    esac
    sleep 0.1
done
if [ "$stopped" = 1 ]; then
    kill -INT "$pid"
    kill -CONT "$pid" 2> /dev/null
fi
wait "$pid"
rc=$?
[ "$stopped" = 1 ] || fail "interrupt: trygg did not stop at the prepare stage"
[ "$rc" = 1 ] || fail "interrupt: exit code $rc, want 1: $(cat int.txt)"
grep -q "interrupted before stage 'prepare'; nothing was written" int.txt || fail "interrupt: message $(cat int.txt)"
[ ! -e int.gpkg ] || fail "interrupt: int.gpkg was written"
left=$(ls -A | grep -E '^\.int\.gpkg|tmp' || true)
[ -z "$left" ] || fail "interrupt: temporary files left: $left"

# Under ASan and UBSan (build-asan): no report in any run's messages, whatever its exit code.
reports=$(grep -lE "Sanitizer|runtime error:" ./*.raw ./*.err int.txt 2> /dev/null || true)
[ -z "$reports" ] || fail "sanitizer reports in: $reports"

[ "$fails" = 0 ] && echo "surroundings read: ok"
exit $((fails > 0))
