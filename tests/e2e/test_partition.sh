#!/usr/bin/env bash
# A partitioned run on the sample, cut into two made-up parts (tests/fixtures/partition_halves.gpkg,
# `kommun` Väst and Öst): each part with `trygg run --part`, side by side with GNU parallel, then
# `trygg merge`. The merged output holds every place and every incident of the unpartitioned run
# exactly once, each in the part its representative point lies in (checked with GDAL's Python
# bindings); the same parts run one after the other and merged give the same tables; the merged
# GeoPackage passes GDAL's validator; the errors name the parts and the files.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > whole.ini
cp whole.ini parts.ini
# halo 300 m: the Gi* band of the sample; the sample is 1 km wide, so each half reads most of it.
printf '\n[partition]\nsource = %s/tests/fixtures/partition_halves.gpkg:parts\nfield = kommun\nhalo_m = 300\n' "$src" >> parts.ini
expect 0 "skrev" -- "$trygg" run whole.ini -o whole.gpkg -q
expect 2 "run each part with --part NAME (parts: Väst,Öst)" -- "$trygg" run parts.ini -o x.gpkg --lang en
expect 1 "'Nord' is not a part of \[partition\] source .*(parts: Väst, Öst)" -- "$trygg" run parts.ini --part Nord -o x.gpkg --lang en
[ ! -e x.gpkg ] || fail "a refused run wrote x.gpkg"
# Side by side, as on a machine with cores to spare (README "Many municipalities").
command -v parallel > /dev/null || { echo "SKIP: GNU parallel is not installed (tools/setup --tests)"; exit 77; }
printf 'Väst\nÖst\n' | parallel -j2 --halt now,fail=1 "$trygg" run parts.ini --part {} -o part-{}.gpkg -q \
    > parallel.txt 2>&1 || fail "parallel part runs: $(cat parallel.txt)"
expect 0 "skrev merged.gpkg (2 delar)" -- "$trygg" merge merged.gpkg part-Väst.gpkg part-Öst.gpkg
/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error merged.gpkg > val.txt 2>&1 || fail "validator: $(cat val.txt)"
sql() { sqlite3 "$1" "$2"; }
for t in street_segments incidents lamps; do
    whole=$(sql whole.gpkg "SELECT COUNT(*) FROM $t")
    merged=$(sql merged.gpkg "SELECT COUNT(*) FROM $t")
    parts=$(( $(sql part-Väst.gpkg "SELECT COUNT(*) FROM $t") + $(sql part-Öst.gpkg "SELECT COUNT(*) FROM $t") ))
    [ "$whole" = "$merged" ] && [ "$merged" = "$parts" ] || fail "$t: whole $whole, merged $merged, parts $parts"
done
[ "$(sql merged.gpkg "SELECT COUNT(DISTINCT partition) FROM street_segments")" = 2 ] || fail "merged partitions"
[ "$(sql merged.gpkg "SELECT COUNT(*) FROM run_info WHERE key = 'partition'")" = 2 ] || fail "run_info of both parts"
[ "$(sql merged.gpkg "SELECT COUNT(*) FROM qgis_projects")" = 1 ] || fail "no QGIS project in the merged output"
# The rows come in through SQLite: the R-trees packed from them hold every row and check out, and
# the feature counts are the tables'.
for t in street_segments incidents measures; do
    [ "$(sql merged.gpkg "SELECT rtreecheck('rtree_${t}_geom')")" = ok ] || fail "rtree of $t: $(sql merged.gpkg "SELECT rtreecheck('rtree_${t}_geom')")"
    [ "$(sql merged.gpkg "SELECT COUNT(*) FROM rtree_${t}_geom")" = "$(sql merged.gpkg "SELECT COUNT(*) FROM $t")" ] ||
        fail "rtree of $t holds $(sql merged.gpkg "SELECT COUNT(*) FROM rtree_${t}_geom") rows"
    [ "$(sql merged.gpkg "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = '$t'")" = "$(sql merged.gpkg "SELECT COUNT(*) FROM $t")" ] ||
        fail "feature_count of $t"
done
# The place lengths of the two parts add up to the whole run's: no street is lost or counted twice.
[ "$(sql merged.gpkg "SELECT ROUND(SUM(length_m)) FROM street_segments")" = "$(sql whole.gpkg "SELECT ROUND(SUM(length_m)) FROM street_segments")" ] ||
    fail "place length merged $(sql merged.gpkg "SELECT SUM(length_m) FROM street_segments"), whole $(sql whole.gpkg "SELECT SUM(length_m) FROM street_segments")"
# Each feature in the part its representative point lies in (independently, with OGR/GEOS).
/usr/bin/python3 - merged.gpkg "$src/tests/fixtures/partition_halves.gpkg" > homes.txt 2>&1 << 'EOF'
import sys
from osgeo import ogr
out = ogr.Open(sys.argv[1])
parts_ds = ogr.Open(sys.argv[2])
parts = {f.GetField("kommun"): f.GetGeometryRef().Clone() for f in parts_ds.GetLayerByName("parts")}
bad = 0
for table in ("street_segments", "incidents", "hotspots", "measures", "area_reports"):
    for f in out.GetLayerByName(table):
        g = f.GetGeometryRef()
        p = g if g.GetGeometryType() == ogr.wkbPoint else g.PointOnSurface()
        if not parts[f.GetField("partition")].Intersects(p):
            bad += 1
print("misplaced", bad)
EOF
grep -qx "misplaced 0" homes.txt || fail "features outside their part: $(cat homes.txt)"
# The overview beside the merged output: a row per part and one for all, whose counts are those of
# the merged tables, read from the PDF's text.
[ -s merged_lagesbild.pdf ] || fail "no merged_lagesbild.pdf beside merged.gpkg"
pdftotext -layout merged_lagesbild.pdf overview.txt 2> /dev/null || fail "pdftotext merged_lagesbild.pdf"
for part in Väst Öst "Alla delar"; do
    where=$([ "$part" = "Alla delar" ] && echo "1" || echo "partition = '$part'")
    want="$(sql merged.gpkg "SELECT COUNT(*) FROM street_segments WHERE $where") $(sql merged.gpkg "SELECT COUNT(*) FROM incidents WHERE $where") $(sql merged.gpkg "SELECT COUNT(*) FROM hotspots WHERE $where") $(sql merged.gpkg "SELECT COUNT(*) FROM measures WHERE $where")"
    # columns: part, places, km, reports, per km, hot spots, dark km, measures, priority 1, index;
    # digit groups (U+202F, from 10 000) taken out
    got=$(grep "^ *$part  " overview.txt | head -1 | sed -e "s/^ *$part *//" -e 's/\xe2\x80\xaf//g' | awk '{print $1, $3, $5, $7}')
    [ "$got" = "$want" ] || fail "overview row '$part': places, reports, hot spots, measures '$got', the tables say '$want'"
done
grep -q "Lägesbild: översikt över 2 delar" overview.txt || fail "overview title: $(head -3 overview.txt)"
# One after the other, merged in the same order: the same tables as side by side.
for p in Väst Öst; do "$trygg" run parts.ini --part "$p" -o "seq-$p.gpkg" -q > /dev/null 2>&1 || fail "sequential $p"; done
expect 0 "skrev" -- "$trygg" merge seq.gpkg seq-Väst.gpkg seq-Öst.gpkg
for t in street_segments incidents hotspots measures promises area_reports; do
    # report_file names the part's own PDF folder (part-Väst_reports/, seq-Väst_reports/)
    a=$(ogrinfo -ro -q -al -geom=ISO_WKT merged.gpkg "$t" | grep -v "report_file (String)" | md5sum)
    b=$(ogrinfo -ro -q -al -geom=ISO_WKT seq.gpkg "$t" | grep -v "report_file (String)" | md5sum)
    [ "$a" = "$b" ] || fail "$t differs between the parallel and the sequential parts"
done
# A measure register shared by the parts (one after the other: two writers at once would both take
# the next free id, and the later one is refused): each part registers its own measures and marks
# only its own entries gone, so a second run of one part leaves the other part's entries alone.
for p in Väst Öst; do "$trygg" run parts.ini --part "$p" -o "reg-$p.gpkg" --register reg.gpkg -q > /dev/null 2>&1 ||
    fail "part $p with a register"; done
n_measures=$(( $(sql reg-Väst.gpkg "SELECT COUNT(*) FROM measures") + $(sql reg-Öst.gpkg "SELECT COUNT(*) FROM measures") ))
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures")" = "$n_measures" ] ||
    fail "register holds $(sql reg.gpkg "SELECT COUNT(*) FROM measures") entries, the parts proposed $n_measures"
"$trygg" run parts.ini --part Väst -o reg-Väst.gpkg --register reg.gpkg -q > /dev/null 2>&1 || fail "Väst again"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE evidence_state = 'gone'")" = 0 ] ||
    fail "a part marked $(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE evidence_state = 'gone'") entries gone"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures")" = "$n_measures" ] || fail "a second run of Väst added entries"
# A layer given but empty in a part and its halo (points of interest only in the far east corner)
# is left out of that part with a warning; the other part uses it.
printf '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3067"}}, "features": [{"type": "Feature", "properties": {"kind": "bar"}, "geometry": {"type": "Point", "coordinates": [386850, 6673550]}}]}\n' > east_poi.geojson
sed -e '/^\[pois\]/,/^\[/{s|^source = .*|source = east_poi.geojson|;/^layer = /d}' parts.ini > east_poi.ini
grep -q "^source = east_poi.geojson" east_poi.ini || fail "east_poi.ini: no [pois] source"
expect 0 "part 'Väst': \[pois\] has no features in the part or its halo; left out of this part" -- \
    "$trygg" run east_poi.ini --part Väst -o poi-Väst.gpkg --lang en
[ "$(sql poi-Väst.gpkg "SELECT COUNT(*) FROM street_segments WHERE activity IS NOT NULL")" = 0 ] ||
    fail "Väst without points of interest has activity values"
expect 0 "wrote" -- "$trygg" run east_poi.ini --part Öst -o poi-Öst.gpkg --lang en
[ "$(sql poi-Öst.gpkg "SELECT COUNT(*) FROM street_segments WHERE nearest_bar_m IS NOT NULL")" -gt 0 ] ||
    fail "Öst did not use its point of interest"
# Merge refuses what is not a part, a part twice, and an output that is one of its inputs.
expect 2 "is not the output of a part" -- "$trygg" merge bad.gpkg part-Väst.gpkg whole.gpkg --lang en
expect 2 "are both part 'Väst'" -- "$trygg" merge bad.gpkg part-Väst.gpkg seq-Väst.gpkg --lang en
expect 2 "refusing to write over an input" -- "$trygg" merge part-Väst.gpkg part-Väst.gpkg part-Öst.gpkg --lang en
[ ! -e bad.gpkg ] || fail "a refused merge wrote bad.gpkg"
[ "$fails" = 0 ] && echo "partition: ok"
exit $((fails > 0))
