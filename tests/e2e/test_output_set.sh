#!/usr/bin/env bash
# The output set is one transaction (DESIGN.md section 7): a kill -9 or a SIGTERM in the middle
# of a run or of `trygg report` leaves the previous GeoPackage and PDFs byte-identical, and no
# temporary file after the next run; two runs on one output do not mix; an output path that is
# an input is refused, naming both, with nothing written.
set -uo pipefail
trygg=$1
work=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
src=${TRYGG_SOURCE_DIR:?}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
areas=$src/gis-data/example_areas.gpkg:areas
# The sample with the kernel-density GeoTIFF, so the set has every kind of output.
ini=set.ini
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" \
    "$src/gis-data/trygg.ini" > "$ini"
printf '\n[hotspots]\nraster = geotiff\n' >> "$ini"

sums() { sha256sum out.gpkg out_lagesbild.pdf out_kde.tif out_reports/*.pdf; }
# stopped STAGE ERRFILE -- trygg arguments: start trygg with TRYGG_TEST_STOP_AT=STAGE in the
# background (stderr to ERRFILE) and wait until it has stopped itself there; $pid is its id.
stopped() {
    local stage=$1 errfile=$2
    shift 3
    TRYGG_TEST_STOP_AT=$stage "$trygg" "$@" > /dev/null 2> "$errfile" &
    pid=$!
    for _ in $(seq 1 600); do
        case "$(ps -o stat= -p "$pid" 2> /dev/null)" in
        T*) return 0 ;;
        "") break ;;
        esac
        sleep 0.1
    done
    fail "trygg $* did not stop at stage $stage"
    return 1
}
# signalled SIGNAL: send SIGNAL to the stopped $pid, let it go on, wait; $rc is its exit code.
signalled() {
    kill -"$1" "$pid"
    kill -CONT "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    rc=$?
}
no_temporaries() { # no_temporaries WHEN
    local left
    left=$(ls -A . out_reports | grep -E '^\.out\.gpkg\.|tmp' || true)
    [ -z "$left" ] || fail "$1: temporary files left: $left"
}

umask 027
export SOURCE_DATE_EPOCH=1700000000
"$trygg" run -q "$ini" -o out.gpkg > /dev/null 2> err.txt || { fail "first run failed"; cat err.txt; }
sums > before.txt
no_temporaries "after a run"
# Every file of the set gets the mode the umask gives a new file (colleagues can read the PDFs).
modes=$(stat -c %a out.gpkg out_lagesbild.pdf out_kde.tif out_reports/*.pdf | sort -u | paste -sd' ')
[ "$modes" = "$(printf '%o' $((0666 & ~$(umask))))" ] || fail "output modes '$modes' under umask $(umask)"

# kill -9 at the start of the report stage: the old set stays, the next run cleans up.
if stopped report kill.txt -- run -q "$ini" -o out.gpkg; then
    signalled KILL
    sums | cmp -s - before.txt || fail "kill -9 in the report stage changed the previous outputs"
    ls -A | grep -q '^\.out\.gpkg\.staging-' || fail "kill -9: expected the killed run's staging folder"
    "$trygg" run -q "$ini" -o out.gpkg > /dev/null 2> err.txt || { fail "run after kill -9 failed"; cat err.txt; }
    no_temporaries "run after a kill -9"
fi
sums > before.txt

# SIGTERM at the start of the report stage and SIGINT in an earlier one: a clean stop, exit 1,
# nothing left at all; the message in Swedish, the default.
for case in "report TERM" "hotspots INT"; do
    set -- $case
    if stopped "$1" sig.txt -- run -q "$ini" -o out.gpkg; then
        signalled "$2"
        [ $rc = 1 ] || fail "SIG$2 at $1: exit code $rc, want 1"
        grep -q "avbrutet" sig.txt || { fail "SIG$2 at $1: no 'avbrutet' (interrupted) message"; cat sig.txt; }
        sums | cmp -s - before.txt || fail "SIG$2 at $1 changed the previous outputs"
        no_temporaries "SIG$2 at $1"
    fi
done

# Two runs on one output: the second refuses while the first holds the lock; the first finishes.
if stopped report first.txt -- run -q "$ini" -o out.gpkg; then
    "$trygg" run -q "$ini" -o out.gpkg > /dev/null 2> second.txt
    rc=$?
    [ $rc = 1 ] || fail "second concurrent run: exit code $rc, want 1"
    grep -q "skrivs av en annan körning av trygg (process $pid)" second.txt ||
        { fail "second concurrent run: no message naming the first"; cat second.txt; }
    "$trygg" report out.gpkg --areas "$areas" > /dev/null 2> report.txt &&
        fail "trygg report ran while a run held the output"
    kill -CONT $pid
    wait $pid || { fail "the first run failed after the second was refused"; cat first.txt; }
    no_temporaries "two runs"
fi
sums > before.txt

# trygg report: a SIGTERM and a kill -9 leave the output and its PDFs as they were.
for how in TERM KILL; do
    if stopped report rep.txt -- report out.gpkg --areas "$areas"; then
        signalled $how
        sums | cmp -s - before.txt || fail "trygg report: SIG$how changed the outputs"
    fi
done
SOURCE_DATE_EPOCH=1700000000 "$trygg" report out.gpkg --areas "$areas" > /dev/null 2> err.txt ||
    { fail "trygg report failed"; cat err.txt; }
no_temporaries "trygg report after a kill -9"
# Every style row, of the run's layers and of the report's, carries SOURCE_DATE_EPOCH's time.
times=$(sqlite3 out.gpkg "SELECT group_concat(DISTINCT update_time) FROM layer_styles")
[ "$times" = "2023-11-14T22:13:20.000Z" ] || fail "layer_styles.update_time not pinned by SOURCE_DATE_EPOCH: $times"

# A reports folder on another file system (tmpfs): the PDFs are copied beside their place and
# renamed there; nothing is left behind on either side.
other=$(mktemp -d /dev/shm/trygg-e2e.XXXXXX 2> /dev/null) || other=
if [ -n "$other" ] && [ "$(stat -c %d "$other")" != "$(stat -c %d .)" ]; then
    "$trygg" run -q "$ini" -o out.gpkg --reports "$other/rapporter" > /dev/null 2> err.txt ||
        { fail "run with the reports on another file system failed"; cat err.txt; }
    ls "$other/rapporter"/*.pdf > /dev/null 2>&1 || fail "no PDFs in the reports folder on another file system"
    left=$(ls -A "$other/rapporter" | grep -v '\.pdf$' || true)
    [ -z "$left" ] || fail "left in the reports folder on another file system: $left"
    sqlite3 out.gpkg "SELECT report_file FROM area_reports" | grep -q "^$other/rapporter/.*\.pdf$" ||
        fail "report_file does not name the PDF on the other file system"
    no_temporaries "reports on another file system"
fi
[ -n "$other" ] && rm -rf "$other"

# -o onto each kind of input: refused with exit code 2, naming both, nothing written.
mkdir -p in && cp "$src"/gis-data/{trygg.ini,helsinki_centre_2019.osm.pbf,incidents_synthetic.gpkg,example_areas.gpkg,population_synthetic.gpkg} in/
ln in/incidents_synthetic.gpkg hardlink.gpkg
ln -s in/helsinki_centre_2019.osm.pbf symlink.gpkg
sha256sum in/* > inputs.txt
ls -A in > listing.txt
refused() { # refused WHAT PATTERN -- trygg arguments
    local what=$1 pattern=$2
    shift 3
    "$trygg" "$@" > out.txt 2> err.txt
    local rc=$?
    [ $rc = 2 ] || fail "$what: exit code $rc, want 2"
    grep -q -- "$pattern" err.txt || { fail "$what: message lacks '$pattern'"; cat err.txt; }
    sha256sum in/* | cmp -s - inputs.txt || fail "$what: an input was changed"
    ls -A in | cmp -s - listing.txt || { fail "$what: something was written beside the inputs"; ls -A in; }
}
refused "-o config" "utdata in/trygg.ini är samma fil som indata för config (in/trygg.ini)" -- run -q in/trygg.ini -o in/trygg.ini
refused "-o OSM extract" "är samma fil som indata för streets" -- run -q in/trygg.ini -o in/helsinki_centre_2019.osm.pbf
refused "-o incidents" "är samma fil som indata för incidents" -- run -q in/trygg.ini -o in/incidents_synthetic.gpkg
refused "-o areas" "är samma fil som indata för \[reports\] areas" -- run -q in/trygg.ini -o in/example_areas.gpkg
refused "-o hard link" "utdata hardlink.gpkg är samma fil som indata för incidents" -- run -q in/trygg.ini -o hardlink.gpkg
refused "-o symbolic link" "utdata symlink.gpkg är samma fil som indata för streets" -- run -q in/trygg.ini -o symlink.gpkg
refused "-o through .." "är samma fil som indata för incidents" -- run -q in/trygg.ini -o in/../in/incidents_synthetic.gpkg
cp in/incidents_synthetic.gpkg in/out_lagesbild.pdf
sha256sum in/* > inputs.txt
ls -A in > listing.txt
refused "lägesbild PDF" "lägesbilden in/out_lagesbild.pdf är samma fil som indata för incidents" -- \
    run -q in/trygg.ini --incidents in/out_lagesbild.pdf -o in/out.gpkg
mv in/out_lagesbild.pdf in/out_kde.tif
sha256sum in/* > inputs.txt
ls -A in > listing.txt
refused "raster" "rastret in/out_kde.tif är samma fil som indata för incidents" -- \
    run -q set.ini --incidents in/out_kde.tif -o in/out.gpkg
rm -f in/out_kde.tif
sha256sum in/* > inputs.txt
ls -A in > listing.txt
refused "--reports onto a folder input" "rapportmappen in är samma fil som indata för" -- \
    run -q in/trygg.ini --streets in --incidents in/incidents_synthetic.gpkg -o x.gpkg --reports in
refused "trygg report onto its areas" "är samma fil som indata för areas" -- report in/example_areas.gpkg --areas in/example_areas.gpkg
ls out.gpkg > /dev/null || fail "out.gpkg vanished"

[ "$fails" = 0 ] && echo "output set: all checks passed"
exit $((fails > 0))
