#!/usr/bin/env bash
# The measure register through the CLI on the sample: the first run creates it with the output's
# measures; a person's decisions (entered with SQL through GDAL, as QGIS saves them) survive a
# second run on a third fewer incidents, which marks vanished proposals gone and appends new ones
# with fresh ids; an edit saved while a run is between reading and writing the register
# survives; a register held by another process's write transaction makes the run fail with a
# message after the output is written, and leaves the register intact.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
export SOURCE_DATE_EPOCH=1735689600 # 2025-01-01T00:00:00Z
py=/usr/bin/python3
sql() { sqlite3 "$1" "$2"; }
ogr2ogr -f GPKG fewer.gpkg "$src/gis-data/incidents_synthetic.gpkg" incidents -where "fid % 3 <> 0" ||
    fail "ogr2ogr"
make_ini() { # make_ini FILE INCIDENTS
    sed -e "s|^source = incidents_synthetic.gpkg|source = $2|" -e "s|^source = \(.*\)|source = $src/gis-data/\1|" \
        -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" -e "s|$src/gis-data/$work|$work|" \
        "$src/gis-data/trygg.ini" > "$1"
    printf '\n[plan]\nregister = reg.gpkg\nregister_wait_s = 1\n' >> "$1"
}
make_ini all.ini incidents_synthetic.gpkg
make_ini fewer.ini "$work/fewer.gpkg"

# trygg check reads the register too: not there yet, then its entries.
expect 0 "register: .*reg.gpkg (finns inte än" -- "$trygg" check all.ini
# Run 1: the register is the output's measures, status föreslagen, responsible from the rule.
expect 0 "skrev" -- "$trygg" run all.ini -q -o h1.gpkg
[ -f reg.gpkg ] || fail "no register after the first run"
n1=$(sql h1.gpkg "SELECT COUNT(*) FROM measures")
expect 0 "register: .*reg.gpkg ($n1 poster)" -- "$trygg" check all.ini
printf 'not a GeoPackage' > notreg.gpkg
sed 's|^register = reg.gpkg|register = notreg.gpkg|' all.ini > badreg.ini
expect 1 "usable: NO\|användbar: NEJ" -- "$trygg" check badreg.ini
[ "$(sql reg.gpkg 'SELECT COUNT(*) FROM measures')" = "$n1" ] || fail "register rows != output measures ($n1)"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE status = 'föreslagen' AND evidence_state = 'current'")" = "$n1" ] ||
    fail "new entries are not föreslagen/current"
[ "$(sql h1.gpkg "SELECT group_concat(measure_id || rule, ',') FROM (SELECT * FROM measures ORDER BY measure_id)")" = \
  "$(sql reg.gpkg "SELECT group_concat(measure_id || rule, ',') FROM (SELECT * FROM measures ORDER BY measure_id)")" ] ||
    fail "output ids and rules differ from the register's"
$py -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error reg.gpkg || fail "register is not a valid GeoPackage"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = 'measures' AND styleQML LIKE '%ValueMap%'")" = 1 ] ||
    fail "register without its edit form style"

# A person's decisions.
ogrinfo -q reg.gpkg -sql "UPDATE measures SET status = 'beslutad', responsible = 'Gatukontoret, A. Svensson', decided_on = '2025-03-01' WHERE measure_id = 1" > /dev/null
ogrinfo -q reg.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2025-06-30', note = 'klart' WHERE measure_id = 2" > /dev/null
rule1=$(sql reg.gpkg "SELECT rule FROM measures WHERE measure_id = 1")
ev2_before=$(sql reg.gpkg "SELECT evidence FROM measures WHERE measure_id = 2")

# Run 2, a third fewer incidents: decisions kept, vanished ones gone, new ones appended.
export SOURCE_DATE_EPOCH=1767225600 # 2026-01-01
expect 0 "skrev" -- "$trygg" run fewer.ini -q -o h2.gpkg
[ "$(sql reg.gpkg "SELECT status || '|' || responsible || '|' || decided_on FROM measures WHERE measure_id = 1")" = \
  "beslutad|Gatukontoret, A. Svensson|2025-03-01" ] || fail "decision on measure 1 lost: $(sql reg.gpkg 'SELECT * FROM measures WHERE measure_id = 1')"
[ "$(sql reg.gpkg "SELECT rule FROM measures WHERE measure_id = 1")" = "$rule1" ] || fail "measure 1 changed its rule"
[ "$(sql reg.gpkg "SELECT status || '|' || done_on || '|' || note FROM measures WHERE measure_id = 2")" = \
  "genomförd|2025-06-30|klart" ] || fail "decision on measure 2 lost"
gone=$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE evidence_state = 'gone'")
[ "$gone" -gt 0 ] || fail "no entry marked gone after a third of the incidents went"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE evidence_state = 'gone' AND last_seen LIKE '2025-01-01%'")" = "$gone" ] ||
    fail "gone entries had last_seen changed"
n2=$(sql h2.gpkg "SELECT COUNT(*) FROM measures")
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE evidence_state = 'current' AND last_seen LIKE '2026-01-01%'")" = "$n2" ] ||
    fail "current entries != this run's measures ($n2)"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures")" -ge "$n1" ] || fail "entries were deleted"
new=$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE first_seen LIKE '2026-01-01%'")
[ "$new" -gt 0 ] || fail "no new entry appended"
[ "$(sql reg.gpkg "SELECT MIN(measure_id) FROM measures WHERE first_seen LIKE '2026-01-01%'")" -gt "$n1" ] ||
    fail "new entries reuse old ids"
[ "$(sql reg.gpkg "SELECT COUNT(*) FROM measures")" = "$((n1 + new))" ] || fail "rows != first run + new"
# The output carries the register's ids and decisions.
if [ "$(sql reg.gpkg "SELECT evidence_state FROM measures WHERE measure_id = 1")" = current ]; then
    [ "$(sql h2.gpkg "SELECT status || '|' || responsible FROM measures WHERE measure_id = 1")" = \
      "beslutad|Gatukontoret, A. Svensson" ] || fail "output measure 1 lacks the register's decision"
fi
info=$(sql h2.gpkg "SELECT value FROM run_info WHERE key = 'plan.register'")
[ "${info#"$work/"}" = "reg.gpkg: $((n2 - new)) poster uppdaterade, $new tillagda, $gone markerade som borta (skrivs efter utdata)" ] ||
    fail "run_info plan.register: $(sql h2.gpkg "SELECT value FROM run_info WHERE key = 'plan.register'")"
echo "register after two runs: $n1 then $n2 proposals, $new new, $gone gone"

# Did it work? Measure 2 is genomförd on 2025-06-30, past the sample's reports: cannot tell yet.
[ "$(sql h2.gpkg "SELECT verdict FROM measure_effects WHERE measure_id = 2")" = "cannot tell yet" ] ||
    fail "measure 2 (done after the data) is not 'cannot tell yet': $(sql h2.gpkg 'SELECT * FROM measure_effects')"
# Three more done on 2024-01-01, inside the sample's two years: a row each, numbers with their
# interval where estimated, and the output's measures carry the same sentence.
ogrinfo -q reg.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01' WHERE measure_id IN (3, 4, 5)" > /dev/null
expect 0 "skrev" -- "$trygg" run fewer.ini -q -o h2b.gpkg
done_n=$(sql reg.gpkg "SELECT COUNT(*) FROM measures WHERE status = 'genomförd' AND done_on IS NOT NULL")
[ "$(sql h2b.gpkg "SELECT COUNT(*) FROM measure_effects")" = "$done_n" ] || fail "measure_effects rows != done measures ($done_n)"
[ "$(sql h2b.gpkg "SELECT COUNT(*) FROM measure_effects WHERE verdict NOT IN ('worked', 'no clear effect', 'more reports', 'cannot tell yet')")" = 0 ] ||
    fail "a verdict outside the four"
[ "$(sql h2b.gpkg "SELECT COUNT(*) FROM measure_effects WHERE verdict != 'cannot tell yet' AND NOT (relative_effect_lo <= relative_effect AND relative_effect <= relative_effect_hi AND p_value BETWEEN 0 AND 1 AND effect LIKE '%95 % KI%')")" = 0 ] ||
    fail "an estimate without its interval or p-value"
[ "$(sql h2b.gpkg "SELECT COUNT(*) FROM measure_effects WHERE verdict = 'cannot tell yet' AND (relative_effect IS NOT NULL OR effect NOT LIKE 'kan inte avgöras%')")" = 0 ] ||
    fail "a 'cannot tell yet' row with a number"
[ "$(sql h2b.gpkg "SELECT COUNT(*) FROM measures m JOIN measure_effects e USING (measure_id) WHERE m.effect IS NOT e.effect")" = 0 ] ||
    fail "measures.effect differs from measure_effects.effect"
sql h2b.gpkg "SELECT value FROM run_info WHERE key = 'followup.effects'" | grep -q "^$done_n genomförda åtgärder" ||
    fail "run_info followup.effects: $(sql h2b.gpkg "SELECT value FROM run_info WHERE key = 'followup.effects'")"

# The lägesbild shows the register's statuses and, in its follow-up section, the measures done.
if command -v pdftotext > /dev/null; then
    pdftotext h2b_lagesbild.pdf lagesbild.txt
    grep -q "Status (från åtgärdsregistret):" lagesbild.txt || fail "lägesbild without the register's statuses"
    grep -q "4. Uppföljning" lagesbild.txt && grep -q "Effekt hittills" lagesbild.txt ||
        fail "lägesbild without the follow-up of the measures done"
fi

# Two editions side by side: the first run against the one with fewer incidents and measures done.
expect 0 "Brottskoncentrationer: " -- "$trygg" compare h1.gpkg h2b.gpkg
grep -q "^Åtgärder genomförda sedan 2025-01-01: 1$" out.txt || fail "compare: measures done since the first edition: $(grep Åtgärder out.txt)"
grep -q "nr 2 lighting, genomförd 2025-06-30" out.txt || fail "compare does not list measure 2"
grep -q "bara i\|EX-1 " out.txt || fail "compare lists no area"
expect 2 "användning: trygg compare" -- "$trygg" compare h1.gpkg
expect 1 "nothing.gpkg" -- "$trygg" compare h1.gpkg nothing.gpkg

# An edit saved while a run sits between reading and writing the register survives.
stopped=0
TRYGG_TEST_STOP_AT=report "$trygg" run fewer.ini -q -o h3.gpkg > /dev/null 2> stop.err &
pid=$!
for _ in $(seq 1 600); do
    case "$(ps -o stat= -p "$pid" 2> /dev/null)" in T*) stopped=1; break ;; "") break ;; esac
    sleep 0.1
done
[ "$stopped" = 1 ] || fail "trygg did not stop at the report stage"
ogrinfo -q reg.gpkg -sql "UPDATE measures SET note = 'saved meanwhile', status = 'pågår' WHERE measure_id = 1" > /dev/null
kill -CONT "$pid"
wait "$pid" || fail "run with an edit meanwhile failed: $(cat stop.err)"
[ "$(sql reg.gpkg "SELECT status || '|' || note FROM measures WHERE measure_id = 1")" = "pågår|saved meanwhile" ] ||
    fail "an edit saved during the run was overwritten"

# Another process holds a write transaction (QGIS saving): the run fails after the output is
# written, names the register, and the register is intact with the other writer's change.
rm -f release ready
$py - reg.gpkg << 'EOF' &
import os, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE gpkg_contents SET description = 'held by another writer' WHERE table_name = 'measures'")
open("ready", "w").close()
while not os.path.exists("release"):
    time.sleep(0.05)
db.execute("COMMIT")
EOF
holder=$!
for _ in $(seq 1 600); do [ -f ready ] && break; sleep 0.05; done
last=$(sql reg.gpkg "SELECT MAX(last_seen) FROM measures")
expect 1 "är låst av en annan skrivare" -- "$trygg" run fewer.ini -q -o h4.gpkg
grep -q "h4.gpkg har skrivits" err.txt || fail "the message does not say the output is written: $(cat err.txt)"
grep -q "reg.gpkg" err.txt || fail "the message does not name the register"
[ -f h4.gpkg ] || fail "the output was not written"
touch release
wait "$holder" || fail "the other writer could not commit"
[ "$(sql reg.gpkg 'PRAGMA integrity_check')" = ok ] || fail "register damaged"
[ "$(sql reg.gpkg "SELECT description FROM gpkg_contents WHERE table_name = 'measures'")" = "held by another writer" ] ||
    fail "the other writer's change is lost"
[ "$(sql reg.gpkg "SELECT MAX(last_seen) FROM measures")" = "$last" ] || fail "the register changed though locked"
$py -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error reg.gpkg || fail "register invalid after the lock"

# A register that is not a GeoPackage: the run stops before writing anything.
echo "not a register" > bad.gpkg
sed -e 's|^register = reg.gpkg|register = bad.gpkg|' fewer.ini > bad.ini
expect 1 "bad.gpkg" -- "$trygg" run bad.ini -q -o h5.gpkg
[ ! -e h5.gpkg ] || fail "an output was written though the register is unusable"
[ "$(cat bad.gpkg)" = "not a register" ] || fail "the bad register was changed"

# The output can never be the register.
cp reg.gpkg reg.before
expect 2 "register" -- "$trygg" run fewer.ini -q -o reg.gpkg
cmp -s reg.gpkg reg.before || fail "the register was changed by a run whose output was the register"

[ "$fails" = 0 ] && echo "register: all checks passed"
exit $((fails > 0))
