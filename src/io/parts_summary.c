/*
 * Figures per part of a merged output (src/io/parts_summary.h): one GROUP BY partition per
 * table, and the map's squares from the R-tree of street_segments (the box centre of each
 * place, no geometry decoded). SQLite keeps one row per group, so memory does not grow with
 * the features.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "io/output_reader.h"
#include "io/parts_summary.h"
#include "io/spatialite.h"

static bool has_table(sqlite3 *db, const char *table, const char *column)
{
    return trygg__gpkg_has_table(db, table) && trygg__sqlite_has_column(db, table, column);
}

static trygg_part_figures *part_named(trygg_parts_summary *s, const char *name)
{
    for (size_t i = 0; name && i < s->nparts; i++)
        if (strcmp(s->parts[i].name, name) == 0)
            return &s->parts[i];
    return NULL;
}

typedef void (*row_fn)(trygg_part_figures *p, sqlite3_stmt *q);

/* Run sql (its first column the partition) and hand each row to fn with its part. */
static trygg_status each_part_row(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *sql,
                                  trygg_parts_summary *s, row_fn fn)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: %s", path, sqlite3_errmsg(db));
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        trygg_part_figures *p = part_named(s, (const char *)sqlite3_column_text(q, 0));
        if (p)
            fn(p, q);
    }
    trygg_status st = rc == SQLITE_DONE ? TRYGG_OK : trygg__fail(ctx, TRYGG_E_IO, "%s: %s", path, sqlite3_errmsg(db));
    sqlite3_finalize(q);
    return st;
}

static double col_num(sqlite3_stmt *q, int i)
{
    return sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i);
}

static void streets_row(trygg_part_figures *p, sqlite3_stmt *q)
{
    p->places = (size_t)sqlite3_column_int64(q, 1);
    p->street_km = col_num(q, 2) / 1000.0;
    p->safety_mean = col_num(q, 3);
    p->scored = (size_t)sqlite3_column_int64(q, 4);
}

static void incidents_row(trygg_part_figures *p, sqlite3_stmt *q) { p->incidents = (size_t)sqlite3_column_int64(q, 1); }
static void hotspots_row(trygg_part_figures *p, sqlite3_stmt *q) { p->hotspots = (size_t)sqlite3_column_int64(q, 1); }
static void dark_row(trygg_part_figures *p, sqlite3_stmt *q) { p->dark_km = col_num(q, 1) / 1000.0; }

static void measures_row(trygg_part_figures *p, sqlite3_stmt *q)
{
    p->measures = (size_t)sqlite3_column_int64(q, 1);
    p->measures_p1 = (size_t)sqlite3_column_int64(q, 2);
}

static void centre_row(trygg_part_figures *p, sqlite3_stmt *q)
{
    p->x = col_num(q, 1);
    p->y = col_num(q, 2);
}

static trygg_status read_cells(trygg_ctx *ctx, sqlite3 *db, const char *path, trygg_parts_summary *s)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    const char *ext_sql = "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_street_segments_geom";
    if (sqlite3_prepare_v2(db, ext_sql, -1, &q, NULL) != SQLITE_OK)
        return TRYGG_OK; /* no R-tree: no map */
    if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL)
        for (int i = 0; i < 4; i++)
            s->extent[i] = sqlite3_column_double(q, i);
    sqlite3_finalize(q);
    q = NULL;
    double span = fmax(s->extent[2] - s->extent[0], s->extent[3] - s->extent[1]);
    if (!(span > 0.0))
        return TRYGG_OK;
    s->cell_m = span > 5000.0 ? trygg__round_125(span / 50.0) : 100.0;
    const char *sql = "SELECT CAST(((r.minx + r.maxx) / 2 - ?1) / ?3 AS INTEGER) AS gx, "
                      "CAST(((r.miny + r.maxy) / 2 - ?2) / ?3 AS INTEGER) AS gy, avg(s.safety_index), count(*) "
                      "FROM street_segments s JOIN rtree_street_segments_geom r ON r.id = s.fid "
                      "WHERE s.safety_index IS NOT NULL GROUP BY gx, gy ORDER BY gy, gx";
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: %s", path, sqlite3_errmsg(db));
    /* squares aligned on multiples of the side, as the area reports' incident squares */
    double x0 = floor(s->extent[0] / s->cell_m) * s->cell_m, y0 = floor(s->extent[1] / s->cell_m) * s->cell_m;
    sqlite3_bind_double(q, 1, x0);
    sqlite3_bind_double(q, 2, y0);
    sqlite3_bind_double(q, 3, s->cell_m);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        trygg__grow((void **)&s->cells, &cap, s->ncells + 1, sizeof *s->cells);
        s->cells[s->ncells++] = (trygg_part_cell){x0 + (double)sqlite3_column_int64(q, 0) * s->cell_m,
                                                  y0 + (double)sqlite3_column_int64(q, 1) * s->cell_m,
                                                  sqlite3_column_double(q, 2), (size_t)sqlite3_column_int64(q, 3)};
    }
    if (rc != SQLITE_DONE)
        st = trygg__fail(ctx, TRYGG_E_IO, "%s: %s", path, sqlite3_errmsg(db));
    sqlite3_finalize(q);
    return st;
}

static trygg_status read_parts(trygg_ctx *ctx, sqlite3 *db, const char *path, trygg_parts_summary *s)
{
    sqlite3_stmt *q = NULL;
    const char *sql = "SELECT partition FROM run_info WHERE partition IS NOT NULL GROUP BY partition ORDER BY min(fid)";
    if (!has_table(db, "run_info", "partition"))
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: not a merged output (no partition in run_info)", path);
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: %s", path, sqlite3_errmsg(db));
    size_t cap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&s->parts, &cap, s->nparts + 1, sizeof *s->parts);
        s->parts[s->nparts++] = (trygg_part_figures){.name = trygg__xstrdup((const char *)sqlite3_column_text(q, 0)),
                                                     .safety_mean = NAN,
                                                     .x = NAN,
                                                     .y = NAN};
    }
    sqlite3_finalize(q);
    const char *info_sql = "SELECT key, value FROM run_info WHERE key IN ('study_area', 'input.incidents.synthetic', "
                           "'run_at') ORDER BY fid";
    if (sqlite3_prepare_v2(db, info_sql, -1, &q, NULL) == SQLITE_OK) {
        while (sqlite3_step(q) == SQLITE_ROW) {
            const char *key = (const char *)sqlite3_column_text(q, 0), *value = (const char *)sqlite3_column_text(q, 1);
            if (!key || !value)
                continue;
            if (strcmp(key, "study_area") == 0 && !s->study_area)
                s->study_area = trygg__xstrdup(value);
            else if (strcmp(key, "input.incidents.synthetic") == 0 && strncmp(value, "yes", 3) == 0)
                s->synthetic = true;
            else if (strcmp(key, "run_at") == 0 && (!s->run_at || strcmp(value, s->run_at) > 0)) {
                free(s->run_at);
                s->run_at = trygg__xstrdup(value);
            }
        }
        sqlite3_finalize(q);
    }
    return TRYGG_OK;
}

trygg_status trygg_parts_summary_read(trygg_ctx *ctx, const char *path, trygg_parts_summary *out)
{
    memset(out, 0, sizeof *out);
    out->total.safety_mean = NAN;
    trygg__output_reader reader;
    trygg_status st = trygg__output_reader_open(ctx, path, TRYGG__READ_FOR_REPORTS, &reader);
    sqlite3 *db = reader.db;
    if (st != TRYGG_OK || (st = read_parts(ctx, db, path, out)) != TRYGG_OK)
        goto done;
    static const struct {
        const char *table, *column, *sql;
        row_fn fn;
    } queries[] = {
        {"street_segments", "safety_index",
         "SELECT partition, count(*), sum(length_m), avg(safety_index), count(safety_index) FROM street_segments "
         "GROUP BY partition",
         streets_row},
        {"incidents", "partition", "SELECT partition, count(*) FROM incidents GROUP BY partition", incidents_row},
        {"hotspots", "partition", "SELECT partition, count(*) FROM hotspots GROUP BY partition", hotspots_row},
        {"dark_stretches", "length_m", "SELECT partition, sum(length_m) FROM dark_stretches GROUP BY partition",
         dark_row},
        {"measures", "priority",
         "SELECT partition, count(*), sum(priority = 1) FROM measures GROUP BY partition", measures_row},
        {"rtree_street_segments_geom", "minx",
         "SELECT s.partition, avg((r.minx + r.maxx) / 2), avg((r.miny + r.maxy) / 2) FROM street_segments s "
         "JOIN rtree_street_segments_geom r ON r.id = s.fid GROUP BY s.partition",
         centre_row},
    };
    for (size_t k = 0; k < sizeof queries / sizeof queries[0]; k++) {
        bool present = strncmp(queries[k].table, "rtree_", 6) == 0
                           ? trygg__sqlite_has_column(db, queries[k].table, queries[k].column)
                           : has_table(db, queries[k].table, queries[k].column);
        if (present && (st = each_part_row(ctx, db, path, queries[k].sql, out, queries[k].fn)) != TRYGG_OK)
            goto done;
    }
    /* the totals; the mean safety index weighted by each part's scored places */
    double wsum = 0.0;
    size_t wn = 0;
    for (size_t i = 0; i < out->nparts; i++) {
        const trygg_part_figures *p = &out->parts[i];
        out->total.places += p->places;
        out->total.street_km += isfinite(p->street_km) ? p->street_km : 0.0;
        out->total.incidents += p->incidents;
        out->total.hotspots += p->hotspots;
        out->total.dark_km += isfinite(p->dark_km) ? p->dark_km : 0.0;
        out->total.measures += p->measures;
        out->total.measures_p1 += p->measures_p1;
        if (isfinite(p->safety_mean)) {
            wsum += p->safety_mean * (double)p->scored;
            wn += p->scored;
        }
    }
    out->total.safety_mean = wn ? wsum / (double)wn : NAN;
    out->total.scored = wn;
    if (trygg__sqlite_has_column(db, "rtree_street_segments_geom", "minx") &&
        has_table(db, "street_segments", "safety_index"))
        st = read_cells(ctx, db, path, out);
done:
    trygg__output_reader_close(&reader);
    if (st != TRYGG_OK)
        trygg_parts_summary_fini(out);
    return st;
}

void trygg_parts_summary_fini(trygg_parts_summary *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nparts; i++)
        free(s->parts[i].name);
    free(s->parts);
    free(s->cells);
    free(s->study_area);
    free(s->run_at);
    memset(s, 0, sizeof *s);
}
