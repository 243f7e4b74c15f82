/* SQLite + SpatiaLite over a GeoPackage (library-internal). */
#ifndef TRYGG_IO_SPATIALITE_H
#define TRYGG_IO_SPATIALITE_H

#include <sqlite3.h>
#include <stdbool.h>

#include "trygg/trygg.h"

/* Open a GeoPackage with SpatiaLite loaded in GeoPackage amphibious mode. *out is set on
 * success; close it with sqlite3_close. */
trygg_status trygg__spatialite_open(trygg_ctx *ctx, const char *path, bool readonly, sqlite3 **out);

/* Whether gpkg_contents lists the table. */
bool trygg__gpkg_has_table(sqlite3 *db, const char *name);
/* Whether `table` has a column named `column` (case-insensitive, as SQLite resolves names). */
bool trygg__sqlite_has_column(sqlite3 *db, const char *table, const char *column);

#endif
