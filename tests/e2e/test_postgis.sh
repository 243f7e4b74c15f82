#!/usr/bin/env bash
# PostGIS as an input and an output (DESIGN.md section 8): the sample's streets, lamps and incidents loaded into
# a PostgreSQL + PostGIS schema with ogr2ogr give the same output as the same layers read from a
# GeoPackage, through the config (source = PG:..., layer = schema.table) and through the command
# line (--streets "PG:..." --streets-layer schema.table). The output written into a schema
# (-o "PG:..." --schema NAME) holds the same layers, fields and features as the GeoPackage, its
# styles are in public.layer_styles where QGIS finds them and its QGIS project in
# public.qgis_projects (both checked with headless QGIS), a second
# run replaces it, and a run that fails half-way leaves it as it was. A password in the connection
# string is masked everywhere. The measure register kept in a PostgreSQL table ([plan] register =
# PG:..., register_layer = schema.table) is created by the first run, keeps a person's edits and
# the ids through the next, carries its QGIS edit form in public.layer_styles, and a schema that
# does not exist is named before anything is written.
#
# The server: $TRYGG_PG (a GDAL connection string, set by tools/test, which starts a throw-away
# cluster with tools/pg_sandbox), else a cluster of its own started here and stopped on exit.
# Skipped (77) when PostgreSQL or PostGIS is not installed, unless TRYGG_REQUIRE_POSTGIS=1
# (tools/test sets it: there, a missing PostGIS is a failure).
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600 # pinned timestamps

own=""
if [ -z "${TRYGG_PG:-}" ]; then
    if ! "$src/tools/pg_sandbox" available; then
        if [ "${TRYGG_REQUIRE_POSTGIS:-0}" = 1 ]; then
            echo "PostgreSQL/PostGIS is not installed and TRYGG_REQUIRE_POSTGIS=1" >&2
            exit 1
        fi
        echo "PostgreSQL/PostGIS not installed (tools/setup --tests): skipped"
        exit 77
    fi
    own=$(mktemp -d "${TMPDIR:-/tmp}/trygg-pg.XXXXXX")
    trap '"$src/tools/pg_sandbox" stop "$own"' EXIT
    "$src/tools/pg_sandbox" start "$own" > /dev/null || exit 1
    . "$own/env"
fi
# A schema of our own: tools/test runs this test twice (plain and sanitized) on one cluster.
schema="e2e_$$_$(date +%s)"
pg_sql() { ogrinfo -q "$TRYGG_PG" -sql "$1" > /dev/null; }
pg_sql "CREATE SCHEMA $schema" || { echo "FAIL: cannot create schema $schema on $TRYGG_PG"; exit 1; }
cleanup() {
    pg_sql "DROP SCHEMA $schema CASCADE"
    pg_sql "DROP SCHEMA IF EXISTS ${schema}_out CASCADE"
    pg_sql "DROP SCHEMA IF EXISTS ${schema}_reg CASCADE"
    pg_sql "DELETE FROM public.layer_styles WHERE f_table_schema = '${schema}_reg'" 2> /dev/null
    pg_sql "DELETE FROM public.layer_styles WHERE f_table_schema = '${schema}_out'" 2> /dev/null
    pg_sql "DELETE FROM public.qgis_projects WHERE name = '${schema}_out'" 2> /dev/null
    [ -z "$own" ] || "$src/tools/pg_sandbox" stop "$own"
}
trap cleanup EXIT

# The inputs: OSM streets and lamps of the sample as plain layers (the OSM driver's built-in tags
# do not apply to a table), the synthetic incidents as they are.
osm="$src/gis-data/helsinki_centre_2019.osm.pbf"
ogr2ogr -q -f GPKG in.gpkg "$osm" lines -nln streets -where "highway IS NOT NULL" -select name,highway
ogr2ogr -q -update in.gpkg "$osm" points -nln lamps -where "highway = 'street_lamp'" -select name,highway
ogr2ogr -q -update in.gpkg "$src/gis-data/incidents_synthetic.gpkg" incidents
ogr2ogr -q -f PostgreSQL "$TRYGG_PG" in.gpkg -lco SCHEMA="$schema" -lco GEOMETRY_NAME=geom \
    || { echo "FAIL: ogr2ogr into PostGIS"; exit 1; }

# Trust authentication ignores the password: it is there to be masked.
pg="$TRYGG_PG password=hemligt"
write_config() { # write_config SOURCE LAYER_PREFIX
    cat << INI
[study_area]
crs = EPSG:3067
[streets]
source = $1
layer = $2streets
class_field = highway
[lamps]
source = $1
layer = $2lamps
[incidents]
source = $1
layer = $2incidents
category_field = brottstyp
time_field = occurred_at
[time]
utc_offset_h = 2
eu_summer_time = true
INI
}
write_config in.gpkg "" > gpkg.ini
write_config "$pg" "$schema." > pg.ini

expect 0 "skrev" -- "$trygg" run gpkg.ini -o gpkg.gpkg
expect 0 "skrev" -- "$trygg" run pg.ini -o pg.gpkg
grep -q hemligt out.txt err.txt && fail "the run's messages show the password"
expect 0 "skrev" -- "$trygg" run -o cli.gpkg --crs EPSG:3067 --config gpkg.ini \
    --streets "$pg" --streets-layer "$schema.streets" \
    --lamps-layer "$schema.lamps" --lamps "$pg" \
    --incidents "$pg" --incidents-layer "$schema.incidents"

# Every layer's features equal; run_info differs only where it names the inputs.
dump() { # dump GPKG: the features of every layer, and run_info without what names an input
    local l
    # by name: the order in which PostgreSQL lists a schema's tables is not fixed
    for l in $(ogrinfo -ro -q "$1" | sed -n 's/^[0-9]*: \([a-z_]*\).*/\1/p' | grep -v -e run_info -e layer_styles | sort); do
        ogrinfo -ro -q -al -geom=ISO_WKT "$1" "$l" | grep -v "^INFO: Open of"
    done
    ogrinfo -ro -q -sql "SELECT key, value FROM run_info WHERE key NOT LIKE 'timing.%' AND key != 'threads'
        AND key NOT LIKE 'input.%.path' AND key NOT LIKE 'input.%.layer' AND key NOT LIKE 'input.%.sha256'
        AND key NOT IN ('config', 'config_file') ORDER BY fid" "$1"
}
dump gpkg.gpkg > gpkg.dump
for out in pg cli; do
    dump $out.gpkg > $out.dump
    if ! cmp -s gpkg.dump $out.dump; then
        fail "the output from PostGIS ($out) differs from the GeoPackage input's:"
        diff gpkg.dump $out.dump | head -20
    fi
done
[ "$(grep -c "^OGRFeature(street_segments)" pg.dump)" -gt 1000 ] || fail "too few street segments from PostGIS"

sqlite3 pg.gpkg "SELECT key || ' = ' || value FROM run_info" > run_info.txt
grep -q hemligt run_info.txt pg.gpkg && fail "the output holds the password"
grep -q "input.streets.layer = $schema.streets" run_info.txt || fail "run_info lacks the streets table"
grep -q "input.incidents.path = PG:.*password=\*\*\*" run_info.txt || fail "run_info lacks the masked source"

# A missing table names the tables there are and how to name one; no password in the message.
expect 1 "ange ett med layer = NAMN i \[lamps\] eller --lamps-layer NAMN" -- \
    "$trygg" check gpkg.ini --lamps "$pg"
grep -q hemligt out.txt err.txt && fail "the message shows the password"
expect 1 "inget lager '$schema.nosuch'" -- "$trygg" run gpkg.ini -o bad.gpkg --lamps "$pg" --lamps-layer "$schema.nosuch"
[ ! -e bad.gpkg ] || fail "a failed run wrote an output"

# ---- Output into a schema: the same layers, fields and features as the GeoPackage, the styles in
# public.layer_styles, QGIS opens each table with its default style; one transaction.
out="${schema}_out"
back() { # back FILE: the output schema copied back into a GeoPackage
    rm -f "$1"
    ogr2ogr -f GPKG "$1" "$TRYGG_PG" -oo LIST_ALL_TABLES=YES -oo SCHEMAS="$out" -oo ACTIVE_SCHEMA="$out"
}
dump_features() { # the dump without the layer descriptions (a table comment in PostgreSQL) and
    # titles (gpkg_contents.identifier, which PostgreSQL has no place for)
    dump "$1" | grep -v -e "^Metadata:" -e "^  DESCRIPTION=" -e "^  IDENTIFIER="
}
expect 0 "skrev schemat $out i PG:.*password=\*\*\*" -- "$trygg" run gpkg.ini -o "$pg" --schema "$out"
grep -q hemligt out.txt err.txt && fail "the output run's messages show the password"
back back1.gpkg
dump_features gpkg.gpkg > want.dump
dump_features back1.gpkg > got.dump
if ! cmp -s want.dump got.dump; then
    fail "the PostGIS output differs from the GeoPackage output:"
    diff want.dump got.dump | head -20
fi
styles_in_pg() {
    ogrinfo -q "$TRYGG_PG" -sql "SELECT count(*) AS n FROM public.layer_styles WHERE f_table_schema = '$out'
        AND f_table_catalog = current_database() AND useasdefault" | sed -n 's/.*n (Integer64) = //p'
}
project_md5() {
    ogrinfo -q "$TRYGG_PG" -sql "SELECT md5(content) || ' ' || count(*) OVER () AS h FROM public.qgis_projects
        WHERE name = '$out'" | sed -n 's/.*h (String) = //p'
}
want_styles=$(sqlite3 gpkg.gpkg "SELECT count(*) FROM layer_styles WHERE useAsDefault")
[ "$(styles_in_pg)" = "$want_styles" ] || fail "public.layer_styles holds $(styles_in_pg) styles of $out, want $want_styles"

project1=$(project_md5)
[ -n "$project1" ] || fail "no QGIS project $out in public.qgis_projects"

# Again into the same schema: replaced, not added to (and the same project: deterministic).
# (with --reports: the run's lägesbild beside the area reports, since the GeoPackage made on the way goes)
expect 0 "skrev schemat" -- "$trygg" run gpkg.ini -o "$pg" --schema "$out" --reports pgdocs
pdftotext "pgdocs/${out}_lagesbild.pdf" pg_lagesbild.txt 2> /dev/null; grep -q "Kartläggning" pg_lagesbild.txt ||
    fail "no lägesbild pgdocs/${out}_lagesbild.pdf from the PostGIS run: $(ls pgdocs 2>&1)"
ls -A pgdocs | grep -q "^\." && fail "a temporary file left in pgdocs: $(ls -A pgdocs)"
[ "$(project_md5)" = "$project1" ] || fail "a second run stored another project: $(project_md5), was $project1"
back back2.gpkg
dump_features back2.gpkg > got2.dump
cmp -s want.dump got2.dump || fail "a second run into the schema changed it"
[ "$(styles_in_pg)" = "$want_styles" ] || fail "a second run left $(styles_in_pg) styles, want $want_styles"

# A failure in the middle (here: storing the styles, after the tables were replaced) leaves the
# schema as it was.
pg_sql "CREATE FUNCTION public.${schema}_refuse() RETURNS trigger LANGUAGE plpgsql AS
    \$\$BEGIN RAISE EXCEPTION 'refused by the test'; END\$\$"
pg_sql "CREATE TRIGGER ${schema}_refuse BEFORE INSERT ON public.layer_styles FOR EACH ROW
    EXECUTE FUNCTION public.${schema}_refuse()"
sed 's/^\[places\]$//' gpkg.ini > other.ini
printf '[places]\nsegment_max_m = 40\n' >> other.ini
expect 1 "refused by the test" -- "$trygg" run other.ini -o "$pg" --schema "$out"
grep -q hemligt out.txt err.txt && fail "the failed run's messages show the password"
pg_sql "DROP TRIGGER ${schema}_refuse ON public.layer_styles"
pg_sql "DROP FUNCTION public.${schema}_refuse()"
back back3.gpkg
dump_features back3.gpkg > got3.dump
cmp -s want.dump got3.dump || fail "a failed run changed the schema"
[ "$(project_md5)" = "$project1" ] || fail "a failed run changed the QGIS project"
[ "$(styles_in_pg)" = "$want_styles" ] || fail "a failed run left $(styles_in_pg) styles, want $want_styles"

# Usage errors, before any work.
expect 2 "kräver --schema" -- "$trygg" run gpkg.ini -o "$pg"
expect 2 "hör ihop med utdata till PostgreSQL" -- "$trygg" run gpkg.ini -o x.gpkg --schema "$out"
expect 2 "gemena bokstäver" -- "$trygg" run gpkg.ini -o "$pg" --schema "Bad-Name"
expect 2 "gemena bokstäver" -- "$trygg" run gpkg.ini -o "$pg" --schema public
expect 2 "ligger i det schemat" -- "$trygg" run pg.ini -o "$pg" --schema "$schema"
[ ! -e x.gpkg ] || fail "a refused run wrote x.gpkg"
expect 0 "utdata: schemat $out i PG:.*(databasen kan öppnas för skrivning)" -- "$trygg" check gpkg.ini -o "$pg" --schema "$out"
expect 1 'database "nosuch" does not exist' -- "$trygg" check gpkg.ini --schema "$out" \
    -o "$(sed 's/dbname=[^ ]*/dbname=nosuch/' <<< "$pg")"
grep -q hemligt out.txt err.txt && fail "trygg check shows the password"

# ---- The measure register in PostgreSQL: created by the first run (one row per measure of the
# run, the QGIS edit form in public.layer_styles), a person's edits made with SQL (as QGIS saves
# them) kept by the second run with the same ids and last_seen refreshed.
reg="${schema}_reg"
pg_sql "CREATE SCHEMA $reg" || fail "cannot create schema $reg"
pg_value() { ogrinfo -q "$TRYGG_PG" -sql "$1" | sed -n 's/^  v ([A-Za-z0-9()]*) = //p'; }
{
    cat gpkg.ini
    printf '[plan]\nregister = %s\nregister_layer = %s.measures\n' "$pg" "$reg"
} > reg.ini
expect 0 "skrev" -- "$trygg" run reg.ini -o reg1.gpkg
grep -q hemligt out.txt err.txt && fail "the register run's messages show the password"
n1=$(sqlite3 reg1.gpkg "SELECT count(*) FROM measures")
[ "${n1:-0}" -gt 0 ] || fail "the register run proposed no measures"
[ "$(pg_value "SELECT count(*) AS v FROM $reg.measures")" = "$n1" ] ||
    fail "$reg.measures holds $(pg_value "SELECT count(*) AS v FROM $reg.measures") rows, want $n1"
ids() { pg_value "SELECT string_agg(measure_id || ':' || rule, ',' ORDER BY measure_id) AS v FROM $reg.measures"; }
ids1=$(ids)
[ "$(pg_value "SELECT count(*) AS v FROM $reg.measures WHERE status = 'föreslagen'
    AND last_seen = to_timestamp(1735689600) AND first_seen = to_timestamp(1735689600)")" = "$n1" ] ||
    fail "a new register's rows lack status föreslagen or the run's first_seen/last_seen"
[ "$(pg_value "SELECT count(*) AS v FROM public.layer_styles WHERE f_table_catalog = current_database()
    AND f_table_schema = '$reg' AND f_table_name = 'measures' AND f_geometry_column = 'geom' AND useasdefault
    AND styleqml::text LIKE '%<editWidget type=\"ValueMap\">%'")" = 1 ] ||
    fail "no QGIS edit form of $reg.measures in public.layer_styles"
id=$(pg_value "SELECT min(measure_id) AS v FROM $reg.measures")
pg_sql "UPDATE $reg.measures SET status = 'genomförd', responsible = 'Gatukontoret', done_on = '2025-03-01'
    WHERE measure_id = $id"
SOURCE_DATE_EPOCH=1767225600 expect 0 "skrev" -- "$trygg" run reg.ini -o reg2.gpkg
grep -q hemligt out.txt err.txt reg2.gpkg && fail "the second register run shows the password"
[ "$(ids)" = "$ids1" ] || fail "the second run changed the register's ids or rules"
[ "$(pg_value "SELECT status || '|' || responsible || '|' || done_on AS v FROM $reg.measures
    WHERE measure_id = $id")" = "genomförd|Gatukontoret|2025-03-01" ] ||
    fail "the second run overwrote the person's edits of measure $id"
[ "$(sqlite3 reg2.gpkg "SELECT status || '|' || responsible FROM measures WHERE measure_id = $id")" = \
    "genomförd|Gatukontoret" ] || fail "the second run's measures lack the register's status of measure $id"
[ "$(pg_value "SELECT count(*) AS v FROM $reg.measures WHERE last_seen = to_timestamp(1767225600)
    AND first_seen = to_timestamp(1735689600)")" = "$n1" ] || fail "the second run did not refresh last_seen"
sqlite3 reg2.gpkg "SELECT value FROM run_info WHERE key = 'plan.register'" |
    grep -q "password=\*\*\* $reg.measures: $n1 poster uppdaterade, 0 tillagda" ||
    fail "run_info's plan.register: $(sqlite3 reg2.gpkg "SELECT value FROM run_info WHERE key = 'plan.register'")"
[ "$(pg_value "SELECT count(*) AS v FROM public.layer_styles WHERE f_table_schema = '$reg'")" = 1 ] ||
    fail "the register's style is not there once after the second run"

# A write in progress on the table (as QGIS saving edits) holds the run's table lock: the run waits
# register_wait_s, says the register is locked, and leaves it as it was.
reg_md5() { pg_value "SELECT md5(string_agg(t::text, '|' ORDER BY measure_id)) AS v FROM $reg.measures t"; }
before=$(reg_md5)
{
    cat reg.ini
    echo "register_wait_s = 1"
} > wait.ini
ogrinfo -q "$TRYGG_PG" -sql "UPDATE $reg.measures SET note = note WHERE measure_id = $id
    AND pg_sleep(120) IS NOT NULL" > /dev/null 2>&1 &
holder=$!
holding() {
    pg_value "SELECT count(*) AS v FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$reg' AND c.relname = 'measures'
        AND l.mode = 'RowExclusiveLock' AND l.granted"
}
for _ in $(seq 50); do [ "$(holding)" -gt 0 ] && break; sleep 0.2; done
SOURCE_DATE_EPOCH=1798761600 expect 1 "åtgärdsregistret PG:.*password=\*\*\* är låst av en annan skrivare" -- \
    "$trygg" run wait.ini -o reg3.gpkg
grep -q hemligt out.txt err.txt && fail "the locked register's message shows the password"
pg_sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%$reg.measures%pg_sleep(120)%'
    AND pid <> pg_backend_pid()"
wait "$holder"
[ "$(reg_md5)" = "$before" ] || fail "a run that found the register locked changed it"

# A schema that does not exist: named, and nothing is written (no output, no table, no style).
sed "s/^register_layer = .*/register_layer = ${reg}_nosuch.measures/" reg.ini > nosuch.ini
expect 1 "schemat '${reg}_nosuch' finns inte" -- "$trygg" run nosuch.ini -o nosuch.gpkg
grep -q hemligt out.txt err.txt && fail "the missing schema's message shows the password"
left=$(ls -A | grep nosuch | grep -v "^nosuch\.ini$")
[ -z "$left" ] || fail "a run with a missing register schema left files: $left"
[ "$(pg_value "SELECT count(*) AS v FROM pg_namespace WHERE nspname = '${reg}_nosuch'")" = 0 ] ||
    fail "a run created the missing schema"
[ "$(pg_value "SELECT count(*) AS v FROM public.layer_styles WHERE f_table_schema = '${reg}_nosuch'")" = 0 ] ||
    fail "a run with a missing register schema stored a style"

# QGIS opens every table of the schema with its default style from public.layer_styles, and the
# project from public.qgis_projects with every layer.
if /usr/bin/python3 -c "import qgis.core" 2> /dev/null; then
    host=$(sed -n 's/.*host=\([^ ]*\).*/\1/p' <<< "$TRYGG_PG")
    port=$(sed -n 's/.*port=\([^ ]*\).*/\1/p' <<< "$TRYGG_PG")
    dbname=$(sed -n 's/.*dbname=\([^ ]*\).*/\1/p' <<< "$TRYGG_PG")
    user=$(sed -n 's/.*user=\([^ ]*\).*/\1/p' <<< "$TRYGG_PG")
    tables=$(sqlite3 gpkg.gpkg "SELECT s.f_table_name FROM layer_styles s JOIN gpkg_contents c
        ON c.table_name = s.f_table_name WHERE c.data_type = 'features' AND s.useAsDefault ORDER BY 1")
    # shellcheck disable=SC2086
    if ! QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$here/check_pg_styles.py" "$host" "$port" "$dbname" \
        "${user:-postgres}" "$out" $tables > qgis.txt 2>&1; then
        fail "QGIS does not open the PostGIS output with its styles:"
        grep -v "^QStandardPaths" qgis.txt | head -20
    fi
    # The register opens in QGIS with its edit form (the status a value list) from public.layer_styles.
    if ! QT_QPA_PLATFORM=offscreen /usr/bin/python3 - "$host" "$port" "$dbname" "${user:-postgres}" "$reg" \
        > qgis_reg.txt 2>&1 << 'PY'; then
import os, sys
sys.path.insert(0, "/usr/share/qgis/python")
from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer
host, port, db, user, schema = sys.argv[1:]
qgs = QgsApplication([], False)
qgs.setPrefixPath("/usr", True)
qgs.initQgis()
uri = QgsDataSourceUri()
uri.setConnection(host, port, db, user, "")
uri.setDataSource(schema, "measures", "geom", "", "measure_id")
lyr = QgsVectorLayer(uri.uri(False), "measures", "postgres")
i = lyr.fields().indexOf("status") if lyr.isValid() else -1
widget = lyr.editorWidgetSetup(i).type() if i >= 0 else None
print(f"{schema}.measures: valid={lyr.isValid()} features={lyr.featureCount()} status widget={widget}")
sys.stdout.flush()
os._exit(0 if lyr.isValid() and lyr.featureCount() > 0 and widget == "ValueMap" else 1)
PY
        fail "QGIS does not open the register with its edit form:"
        grep -v "^QStandardPaths" qgis_reg.txt | head -20
    fi
elif [ "${TRYGG_REQUIRE_QGIS:-0}" = 1 ]; then
    fail "PyQGIS is not installed and TRYGG_REQUIRE_QGIS=1"
fi

[ "$fails" = 0 ] && echo "PostGIS input and output OK"
exit $((fails > 0))
