#!/usr/bin/env bash
# cmake --install into a scratch prefix: the CLI runs, the styles, the sample, the headers and
# trygg.pc are where they belong, and a program built with pkg-config links the library and
# reports the version of project(VERSION). The installed headers are the public ones only, and
# they compile with no GDAL or GEOS include path (none of them includes gdal.h, ogr_*.h, cpl_*.h
# or geos_c.h).
set -euo pipefail
trygg=$1
work=$2
build=$(dirname "$trygg")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
p=$work/prefix
for f in bin/trygg share/trygg/styles/street_segments.qml share/trygg/styles/lighting_conflicts.qml \
         share/trygg/gis-data/trygg.ini share/trygg/gis-data/helsinki_centre_2019.osm.pbf \
         include/trygg/trygg.h include/trygg/version.h; do
    [ -s "$p/$f" ] || fail "not installed: $f"
done
pc=$(ls "$p"/lib*/pkgconfig/trygg.pc 2>/dev/null | head -1)
[ -n "$pc" ] || fail "no trygg.pc"
lib=$(ls "$p"/lib*/libtrygg.a 2>/dev/null | head -1)
[ -n "$lib" ] || fail "no libtrygg.a"

version=$("$p/bin/trygg" --version | sed -n 's/^trygg \([0-9.]*\).*/\1/p')
cmake_version=$(sed -n 's/^project(trygg VERSION \([0-9.]*\).*/\1/p' "${TRYGG_SOURCE_DIR}/CMakeLists.txt")
[ "$version" = "$cmake_version" ] || fail "trygg --version says '$version', project(VERSION) '$cmake_version'"
grep -q "^Version: $cmake_version\$" "$pc" || fail "trygg.pc does not carry version $cmake_version"

cat > "$work/use.c" <<'C'
#include <stdio.h>
#include <trygg/trygg.h>
int main(void)
{
    trygg_ctx *ctx = trygg_ctx_new();
    printf("%s %d\n", TRYGG_VERSION, ctx != NULL);
    trygg_ctx_free(ctx);
    return 0;
}
C
export PKG_CONFIG_PATH="$(dirname "$pc")"
# A library built with the sanitizers (tools/test's second pass) needs their runtime in the program too.
san=()
if grep -q '^TRYGG_SANITIZE:BOOL=ON$' "$build/CMakeCache.txt" 2> /dev/null; then
    san=(-fsanitize=address,undefined)
fi
# shellcheck disable=SC2046
cc -std=c11 "${san[@]}" -o "$work/use" "$work/use.c" $(pkg-config --cflags --libs trygg)
[ "$("$work/use")" = "$cmake_version 1" ] || fail "the linked program says '$("$work/use")'"

# The public headers: only these are installed, and each compiles on its own (and all together)
# with the prefix's include directory alone.
public="compare.h config.h data.h evaluate.h layer.h nearrepeat.h partition.h reports.h run.h source.h trygg.h version.h"
installed=$(cd "$p/include/trygg" && ls ./*.h | sed 's|^\./||' | sort | tr '\n' ' ' | sed 's/ $//')
[ "$installed" = "$(echo "$public" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')" ] \
    || fail "installed headers '$installed', expected '$public'"
if grep -l 'gdal\.h\|geos_c\.h\|ogr_\|cpl_' "$p"/include/trygg/*.h; then
    fail "a public header includes GDAL's or GEOS's headers"
fi
: > "$work/headers.c"
for h in $public; do
    printf '#include <trygg/%s>\n' "$h" > "$work/one.c"
    cc -std=c11 -Wall -Wextra -Werror -fsyntax-only -I "$p/include" "$work/one.c" || fail "trygg/$h does not compile alone"
    printf '#include <trygg/%s>\n' "$h" >> "$work/headers.c"
done
printf 'int main(void) { return 0; }\n' >> "$work/headers.c"
cc -std=c11 -Wall -Wextra -Werror -I "$p/include" -c -o "$work/headers.o" "$work/headers.c" \
    || fail "the public headers do not compile together without GDAL and GEOS"
echo "install ok: trygg $version"
