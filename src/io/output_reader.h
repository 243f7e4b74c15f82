/*
 * One reader of trygg's own outputs (src/io/output_reader.c): the written GeoPackage opened
 * read-only with SpatiaLite, its run_info as key/value pairs, statements prepared with a message
 * that names the file and what the reading was for, and typed columns of the rows. The reports,
 * the lägesbild, the follow-up, the action plan's rules and promises and the overview of a merged
 * output read it back through it. Library-internal.
 */
#ifndef TRYGG_IO_OUTPUT_READER_H
#define TRYGG_IO_OUTPUT_READER_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "trygg/data.h"
#include "trygg/trygg.h"

/* What the output is read for, as the messages name it. */
typedef enum { TRYGG__READ_FOR_REPORTS, TRYGG__READ_FOR_LAGESBILD, TRYGG__READ_FOR_PLAN } trygg__output_purpose;

typedef struct {
    trygg_ctx *ctx;
    sqlite3 *db;
    const char *path; /* borrowed: the caller's */
    trygg__output_purpose purpose;
} trygg__output_reader;

/* Open the GeoPackage at path read-only. On failure r->db is NULL and the context holds the
 * message; trygg__output_reader_close is safe either way. */
trygg_status trygg__output_reader_open(trygg_ctx *ctx, const char *path, trygg__output_purpose purpose,
                                       trygg__output_reader *r);
void trygg__output_reader_close(trygg__output_reader *r);

/* Prepare sql; TRYGG_E_SCHEMA "PATH: reading for the reports: SQLite's message" (or the
 * lägesbild) on failure. The caller finalizes *q. */
trygg_status trygg__output_reader_prepare(trygg__output_reader *r, const char *sql, sqlite3_stmt **q);

/* Every row of run_info, in fid order, added to kv (a later key replaces an earlier one). */
trygg_status trygg__output_reader_run_info(trygg__output_reader *r, trygg_kv *kv);

/* Whether gpkg_contents lists the table; whether the table has the column. */
bool trygg__output_reader_has_table(const trygg__output_reader *r, const char *table);
bool trygg__output_reader_has_column(const trygg__output_reader *r, const char *table, const char *column);

/* Column i of the current row: text (NULL for NULL, owned by the statement), a real (NAN for
 * NULL), an integer (dflt for NULL). */
const char *trygg__output_text(sqlite3_stmt *q, int i);
double trygg__output_real(sqlite3_stmt *q, int i);
int64_t trygg__output_int(sqlite3_stmt *q, int i, int64_t dflt);

/* x and y of a GeoPackage point blob (GPKG 1.2 section 2.1.3), without SpatiaLite. False for
 * anything but a non-empty 2D, Z, M or ZM point (ISO or EWKB-style type). */
bool trygg__output_point_xy(const unsigned char *blob, int size, double *x, double *y);

/* The value of `key` in `[section]` of the run's config dump (run_info "config"); NULL when
 * absent. Caller frees. */
char *trygg__output_config_value(const char *dump, const char *section, const char *key);
/* The same as a number; dflt when absent or empty. */
double trygg__output_config_num(const char *dump, const char *section, const char *key, double dflt);

#endif
