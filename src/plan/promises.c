/*
 * Citizen promises over the written output (src/plan/promise.h): for each [promise:NAME],
 * the indicator `SELECT aggregate FROM layer WHERE (when) AND time in period AND geometry
 * intersects the area` (SpatiaLite over the GeoPackage) in the baseline and the current
 * period, the measures whose `promise` field names it, and the assessment.
 *
 * Days are local standard time ([time] utc_offset_h), as the hours of the week and the survey's
 * calendar years. The current period, unless given, is as long as the baseline and ends on the latest day of
 * the layer's time field (over all its features, not only those meeting `when`), so that a
 * category without recent reports counts as falling, not as missing.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_reader.h"
#include "io/io.h"
#include "io/named_areas.h"
#include "io/output_set.h"
#include "io/spatialite.h"
#include "plan/promise.h"

static char *iso_day(int64_t days)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    return trygg__xasprintf("%04lld-%02d-%02d", (long long)y, m, d);
}

static int days_in_month(int64_t y, int m)
{
    return (int)(trygg__days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - trygg__days_from_civil(y, m, 1));
}

/* The first day of the current period that ends on `to` and is as long as the baseline
 * [from, to_b]: the same number of calendar months when the baseline is whole months (so 2024,
 * a leap year, compares with 2023 as a year), else the same number of days. */
static int64_t current_start(int64_t from_b, int64_t to_b, int64_t to)
{
    int64_t y1, y2, y;
    int m1, d1, m2, d2, m, d;
    trygg__civil_from_days(from_b, &y1, &m1, &d1);
    trygg__civil_from_days(to_b, &y2, &m2, &d2);
    if (d1 != 1 || d2 != days_in_month(y2, m2))
        return to - (to_b - from_b);
    int64_t months = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
    trygg__civil_from_days(to, &y, &m, &d);
    int64_t k = y * 12 + (m - 1) - months; /* the month `months` before to's month */
    int64_t ys = trygg__floor_div(k, 12);
    int ms = (int)(k - ys * 12) + 1;
    int ds = d < days_in_month(ys, ms) ? d : days_in_month(ys, ms);
    return trygg__days_from_civil(ys, ms, ds) + 1;
}

static bool is_count(const char *aggregate)
{
    while (*aggregate == ' ')
        aggregate++;
    return strncasecmp(aggregate, "count(", 6) == 0 || strncasecmp(aggregate, "count (", 7) == 0;
}

/* The promise's area: the polygons of r->area (the one named r->area_name, or all), unioned. */
static trygg_status promise_area(trygg_ctx *ctx, const trygg_config *cfg, const trygg_promise_rule *r,
                                 trygg_promise_result *out)
{
    if (!r->area)
        return TRYGG_OK;
    trygg_named_areas areas = {0};
    trygg_status st = trygg_io_read_named_areas(ctx, r->area, NULL, cfg->crs, cfg->assume_crs, &areas);
    if (st != TRYGG_OK) {
        trygg__error_prefix(ctx, "%s: [promise:%s] area", r->origin, r->name);
        return st;
    }
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    GEOSGeometry **parts = trygg__xcalloc(areas.n + 1, sizeof *parts);
    size_t np = 0;
    for (size_t i = 0; i < areas.n; i++) {
        if (r->area_name && !trygg__streq_ci(areas.v[i].name, r->area_name))
            continue;
        GEOSGeometry *g = GEOSWKBReader_read_r(h, reader, areas.v[i].wkb, areas.v[i].wkb_size);
        if (g)
            parts[np++] = g;
    }
    if (np == 0 && trygg__has_part(ctx)) {
        out->elsewhere = true; /* the area is another part's (a partitioned run) */
    } else if (np == 0) {
        trygg__strbuf names = {0};
        for (size_t i = 0; i < areas.n && i < 12; i++)
            trygg__sb_printf(&names, "%s%s", i ? ", " : "", areas.v[i].name);
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] area_name = '%s' is not an area of %s (areas: %s)",
                         r->origin, r->name, r->area_name, r->area, names.s ? names.s : "");
        free(names.s);
    } else {
        GEOSGeometry *coll = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts, (unsigned)np);
        GEOSGeometry *u = coll ? GEOSUnaryUnion_r(h, coll) : NULL;
        GEOSGeom_destroy_r(h, coll);
        out->wkb = u ? trygg__geos_wkb_normalized(h, u, &out->wkb_size) : NULL;
        GEOSGeom_destroy_r(h, u);
        np = 0;
    }
    for (size_t i = 0; i < np; i++)
        GEOSGeom_destroy_r(h, parts[i]);
    free(parts);
    GEOSWKBReader_destroy_r(h, reader);
    trygg_named_areas_fini(&areas);
    return st;
}

static char *text_column(sqlite3 *db, const char *sql, const char *arg)
{
    sqlite3_stmt *q = NULL;
    char *out = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        if (arg)
            sqlite3_bind_text(q, 1, arg, -1, SQLITE_STATIC);
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL)
            out = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
    return out;
}

/* The indicator over [from, to] (days, inclusive). */
/* The fids of the layer's features that meet `when` and intersect the area, into the temporary
 * table temp.trygg_promise_area: GEOS with the area prepared once, rather than SpatiaLite's
 * ST_Intersects row by row (which reads past a buffer under valgrind, libspatialite 5.0.1). */
static trygg_status features_in_area(trygg_ctx *ctx, sqlite3 *db, const trygg_promise_rule *r, const char *geomcol,
                                     const trygg_promise_result *res)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    GEOSGeometry *area = GEOSWKBReader_read_r(h, reader, res->wkb, res->wkb_size);
    const GEOSPreparedGeometry *prep = area ? GEOSPrepare_r(h, area) : NULL;
    sqlite3_stmt *q = NULL, *ins = NULL;
    trygg_status st = TRYGG_OK;
    char *sql = trygg__xasprintf("SELECT fid, ST_AsBinary(\"%s\") FROM \"%s\" WHERE (%s) AND \"%s\" IS NOT NULL",
                                 geomcol, r->layer, r->when, geomcol);
    if (!prep || sqlite3_exec(db,
                              "CREATE TEMP TABLE IF NOT EXISTS trygg_promise_area (fid INTEGER PRIMARY KEY); "
                              "DELETE FROM temp.trygg_promise_area",
                              NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO temp.trygg_promise_area (fid) VALUES (?)", -1, &ins, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: [promise:%s] the area cannot be prepared: %s", r->origin, r->name,
                         sqlite3_errmsg(db));
        goto done;
    }
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] the indicator cannot be computed over layer '%s': %s",
                         r->origin, r->name, r->layer, sqlite3_errmsg(db));
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(q, 1);
        GEOSGeometry *g = blob ? GEOSWKBReader_read_r(h, reader, blob, (size_t)sqlite3_column_bytes(q, 1)) : NULL;
        if (g && GEOSPreparedIntersects_r(h, prep, g) == 1) {
            sqlite3_bind_int64(ins, 1, sqlite3_column_int64(q, 0));
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        GEOSGeom_destroy_r(h, g);
    }
    if (rc != SQLITE_DONE)
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] the indicator over layer '%s': %s", r->origin, r->name,
                         r->layer, sqlite3_errmsg(db));
done:
    sqlite3_finalize(q);
    sqlite3_finalize(ins);
    free(sql);
    if (prep)
        GEOSPreparedGeom_destroy_r(h, prep);
    GEOSGeom_destroy_r(h, area);
    GEOSWKBReader_destroy_r(h, reader);
    return st;
}

static trygg_status indicator(trygg_ctx *ctx, sqlite3 *db, const trygg_promise_rule *r, const char *local_time,
                              const trygg_promise_result *res, int64_t from, int64_t to, double *value)
{
    trygg__strbuf sql = {0};
    trygg__sb_printf(&sql, "SELECT %s FROM \"%s\" WHERE (%s) AND %s >= ?1 AND %s < ?2", r->aggregate, r->layer,
                     r->when, local_time, local_time);
    if (res->wkb)
        trygg__sb_printf(&sql, " AND fid IN (SELECT fid FROM temp.trygg_promise_area)");
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    char *lo = iso_day(from), *hi = iso_day(to + 1);
    if (sqlite3_prepare_v2(db, sql.s, -1, &q, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] the indicator cannot be computed over layer '%s': %s",
                         r->origin, r->name, r->layer, sqlite3_errmsg(db));
        goto done;
    }
    sqlite3_bind_text(q, 1, lo, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, hi, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] the indicator over layer '%s': %s", r->origin,
                         r->name, r->layer, sqlite3_errmsg(db));
        goto done;
    }
    *value = sqlite3_column_type(q, 0) == SQLITE_NULL ? 0 : sqlite3_column_double(q, 0);
done:
    sqlite3_finalize(q);
    free(lo);
    free(hi);
    free(sql.s);
    return st;
}

static void linked_measures(sqlite3 *db, const char *name, long *all, long *done)
{
    *all = *done = 0;
    if (!trygg__gpkg_has_table(db, "measures") || !trygg__sqlite_has_column(db, "measures", "promise"))
        return;
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*), coalesce(sum(status IN ('genomförd', 'avslutad')), 0) FROM measures "
                           "WHERE promise = ?",
                           -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
        if (sqlite3_step(q) == SQLITE_ROW) {
            *all = sqlite3_column_int(q, 0);
            *done = sqlite3_column_int(q, 1);
        }
    }
    sqlite3_finalize(q);
}

static trygg_status evaluate_one(trygg_ctx *ctx, const trygg_config *cfg, sqlite3 *db, const trygg_promise_rule *r,
                                 trygg_promise_result *res)
{
    trygg_status st = TRYGG_OK;
    char *geomcol = NULL, *latest = NULL;
    res->name = trygg__xstrdup(r->name);
    res->text = trygg__xstrdup(r->text);
    res->end = trygg__xstrdup(r->end);
    res->indicator = trygg__xasprintf("%s FROM %s WHERE %s", r->aggregate, r->layer, r->when);
    res->counts = is_count(r->aggregate);
    trygg_config_promise_target(r->target, &res->target); /* validated with the config */
    if (!trygg__gpkg_has_table(db, r->layer))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] layer = '%s' is not a layer of the output",
                           r->origin, r->name, r->layer);
    const char *time_field = r->time_field ? r->time_field : strcmp(r->layer, "incidents") == 0 ? "occurred_at" : NULL;
    if (!time_field)
        return trygg__fail(ctx, TRYGG_E_CONFIG,
                           "%s: [promise:%s] layer '%s' has no time field: name one with time_field (a promise "
                           "compares a baseline period with the latest one)",
                           r->origin, r->name, r->layer);
    if (!trygg__sqlite_has_column(db, r->layer, time_field))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] time_field = '%s' is not a field of layer '%s'",
                           r->origin, r->name, time_field, r->layer);
    if ((st = promise_area(ctx, cfg, r, res)) != TRYGG_OK || res->elsewhere)
        return st;
    /* Days in local standard time, as the hours of the week and the survey's years. */
    char local_time[256];
    snprintf(local_time, sizeof local_time, "datetime(\"%s\", '%+ld seconds')", time_field,
             lround(cfg->utc_offset_h * 3600));
    int64_t bfrom, bto, cfrom, cto;
    trygg__day_period(r->baseline, &bfrom, &bto); /* validated with the config */
    if (r->current) {
        trygg__day_period(r->current, &cfrom, &cto);
    } else {
        char *sql = trygg__xasprintf("SELECT max(%s) FROM \"%s\"", local_time, r->layer);
        latest = text_column(db, sql, NULL);
        free(sql);
        int y, m, d;
        if (!latest || sscanf(latest, "%4d-%2d-%2d", &y, &m, &d) != 3) {
            st = trygg__fail(ctx, TRYGG_E_DATA, "%s: [promise:%s] layer '%s' has no dates in %s: no current period",
                             r->origin, r->name, r->layer, time_field);
            goto done;
        }
        cto = trygg__days_from_civil(y, m, d);
        cfrom = current_start(bfrom, bto, cto);
    }
    res->baseline_from = iso_day(bfrom);
    res->baseline_to = iso_day(bto);
    res->current_from = iso_day(cfrom);
    res->current_to = iso_day(cto);
    char *sql = trygg__xasprintf("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?");
    geomcol = text_column(db, sql, r->layer);
    free(sql);
    if (res->wkb && !geomcol) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: [promise:%s] layer '%s' has no geometry to compare with the area",
                         r->origin, r->name, r->layer);
        goto done;
    }
    if ((res->wkb && (st = features_in_area(ctx, db, r, geomcol, res)) != TRYGG_OK) ||
        (st = indicator(ctx, db, r, local_time, res, bfrom, bto, &res->baseline)) != TRYGG_OK ||
        (st = indicator(ctx, db, r, local_time, res, cfrom, cto, &res->current)) != TRYGG_OK)
        goto done;
    trygg_promise_assess(res->baseline, res->current, (double)(bto - bfrom + 1), (double)(cto - cfrom + 1),
                         res->counts, res->target, cfg->effect_min_reports, &res->a);
    linked_measures(db, r->name, &res->measures, &res->measures_done);
    res->sentence = trygg_promise_sentence(res);
done:
    free(geomcol);
    free(latest);
    return st;
}

trygg_status trygg_promises_evaluate(trygg_ctx *ctx, const trygg_config *cfg, const char *gpkg_path,
                                     trygg_promise_results *out)
{
    memset(out, 0, sizeof *out);
    if (cfg->npromises == 0)
        return TRYGG_OK;
    trygg__output_reader reader;
    trygg_status st = trygg__output_reader_open(ctx, gpkg_path, TRYGG__READ_FOR_PLAN, &reader);
    if (st != TRYGG_OK)
        return st;
    sqlite3 *db = reader.db;
    out->v = trygg__xcalloc(cfg->npromises, sizeof *out->v);
    for (size_t i = 0; i < cfg->npromises && st == TRYGG_OK; i++) {
        st = evaluate_one(ctx, cfg, db, &cfg->promises[i], &out->v[out->n++]);
        if (st == TRYGG_OK && out->v[out->n - 1].elsewhere) {
            trygg_promise_results tmp = {&out->v[out->n - 1], 1};
            trygg_promise_results_fini_items(&tmp);
            out->n--;
        }
    }
    trygg__output_reader_close(&reader);
    if (st != TRYGG_OK)
        trygg_promise_results_fini(out);
    return st;
}
