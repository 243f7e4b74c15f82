/*
 * SQLite with SpatiaLite over a GeoPackage, in amphibious mode: SpatiaLite's SQL functions
 * (ST_Length, ST_Buffer, ...) then take GeoPackage geometry blobs directly.
 */
#include <sqlite3.h>

#include "core/internal.h"
#include "io/spatialite.h"

trygg_status trygg__spatialite_open(trygg_ctx *ctx, const char *path, bool readonly, sqlite3 **out)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    char *err = NULL;
    /* one thread at a time uses a connection: no locking of its own on every call */
    int flags = (readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    sqlite3_enable_load_extension(db, 1);
    if (sqlite3_exec(db, "SELECT load_extension('mod_spatialite')", NULL, NULL, &err) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: cannot load SpatiaLite (mod_spatialite): %s", path,
                         err ? err : "unknown error");
        goto done;
    }
    sqlite3_enable_load_extension(db, 0);
    if (sqlite3_exec(db, "SELECT EnableGpkgAmphibiousMode()", NULL, NULL, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: enabling GeoPackage mode: %s", path, sqlite3_errmsg(db));
        goto done;
    }
    /* gpkg_contents is what makes an SQLite file a GeoPackage; reading it also makes SQLite
     * read the schema, where a damaged file shows itself. */
    if (sqlite3_exec(db, "SELECT count(*) FROM gpkg_contents", NULL, NULL, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: not a readable GeoPackage: %s", path, sqlite3_errmsg(db));
        goto done;
    }
    *out = db;
    db = NULL;
done:
    sqlite3_free(err);
    if (db)
        sqlite3_close(db);
    return st;
}

bool trygg__gpkg_has_table(sqlite3 *db, const char *name)
{
    sqlite3_stmt *q = NULL;
    bool yes = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM gpkg_contents WHERE table_name = ?", -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
        yes = sqlite3_step(q) == SQLITE_ROW;
    }
    sqlite3_finalize(q);
    return yes;
}

bool trygg__sqlite_has_column(sqlite3 *db, const char *table, const char *column)
{
    sqlite3_stmt *q = NULL;
    bool yes = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE", -1, &q, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_text(q, 1, table, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, column, -1, SQLITE_STATIC);
        yes = sqlite3_step(q) == SQLITE_ROW;
    }
    sqlite3_finalize(q);
    return yes;
}
