/*
 * The measure register's entries and its file (src/io/measure_register.c): a GeoPackage layer
 * `measures`, or a PostgreSQL table, keyed by a stable `measure_id`. What a run does with them
 * (matching its proposals to the entries) is plan's (plan/register.h).
 *
 * Ownership: trygg_register_fini frees every string and geometry of the entries.
 */
#ifndef TRYGG_IO_REGISTER_H
#define TRYGG_IO_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/measures.h"
#include "trygg/trygg.h"

/* The status of a new entry: the first of the values a person sets (trygg_register_statuses in
 * plan/register.h). */
#define TRYGG_REGISTER_STATUS_DEFAULT "föreslagen"

typedef struct {
    int64_t measure_id;
    char *rule;
    unsigned char *wkb; /* ISO WKB (Multi)Polygon, working CRS; NULL when the entry has none */
    size_t wkb_size;
    /* person-owned; NULL when empty. Dates as "YYYY-MM-DD". */
    char *status, *decided_on, *done_on, *responsible, *promise, *note;
    char *first_seen;
    bool gone; /* evidence_state = gone */
} trygg_register_entry;

typedef struct {
    trygg_register_entry *v;
    size_t n, cap;
    int64_t max_id; /* largest measure_id (0 when empty) */
} trygg_register;

void trygg_register_fini(trygg_register *r);

/* Read the register at path into *out. *exists is false (and out empty) when there is no file.
 * A file that is not a GeoPackage with a `measures` layer of the register's fields is
 * TRYGG_E_OPEN / TRYGG_E_SCHEMA naming the path. wait_s: how long to wait for a lock.
 * A path "PG:..." is a PostgreSQL database and pg_layer ("schema.table") the register's table
 * there (ignored for a GeoPackage): no table is a new register, a schema that does not exist
 * TRYGG_E_OPEN naming it. */
trygg_status trygg_io_register_read(trygg_ctx *ctx, const char *path, const char *pg_layer, double wait_s,
                                    trygg_register *out, bool *exists);

/* What a run writes into the register. */
typedef struct {
    const char *path;
    const char *layer;      /* "schema.table" when path is PG:... (a PostgreSQL register) */
    const char *crs;        /* working CRS of a new register ("EPSG:3006") */
    const char *styles_dir; /* where register_measures.qml is (NULL: the built-in folder) */
    const char *run_at;     /* "YYYY-MM-DDTHH:MM:SSZ": last_seen (and first_seen of new entries) */
    double wait_s;          /* busy timeout for a register another program is writing */
    bool exists;            /* the register existed when read: update it, else create it */
    const trygg_measures *proposals;
    const char *const *source_layer; /* per proposal: the layer its rule reads */
    const int64_t *ids;     /* per proposal: its measure_id */
    const bool *is_new;     /* per proposal: append (true) or refresh (false) */
    const int64_t *gone;    /* entries with no proposal this run */
    size_t ngone;
} trygg_register_write;

/* Create the register (written aside, then linked into place without replacing a file that
 * appeared meanwhile; in PostgreSQL the table, its rows and its QGIS style in public.layer_styles
 * in one transaction) or update it in one transaction (PostgreSQL: after LOCK TABLE): machine-owned fields of matched entries
 * by id, evidence_state gone, new entries appended. A register locked longer than wait_s is
 * TRYGG_E_WRITE naming it; it is left as it was. */
trygg_status trygg_io_register_write(trygg_ctx *ctx, const trygg_register_write *w);

#endif
