/*
 * The output as the area reports read it (report/report_model.h): places, incidents, lamps, dark
 * stretches, hotspots and measures, read once through the output reader into plain arrays and
 * indexed with STRtrees; run_info and the summary's lists in src/report/report_model_summary.c.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "io/io.h"
#include "io/output_reader.h"
#include "report/report_model.h"

/* ---- A bag of allocations freed together ---- */

void *trygg__bag_keep(trygg__bag *b, void *p)
{
    trygg__grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
    b->v[b->n++] = p;
    return p;
}

char *trygg__bag_str(trygg__bag *b, const char *s) { return s ? trygg__bag_keep(b, trygg__xstrdup(s)) : NULL; }

void trygg__bag_fini(trygg__bag *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i]);
    free(b->v);
    memset(b, 0, sizeof *b);
}

/* ---- Features ---- */

void trygg__report_feat_env(size_t i, double env[4], void *user)
{
    const trygg__feat *f = user;
    memcpy(env, f[i].env, sizeof f[i].env);
}

bool trygg__report_feat_from_wkb(trygg__report_model *m, const void *wkb, int size, trygg__feat *f, bool want_xy)
{
    memset(f, 0, sizeof *f);
    if (!wkb || size <= 0)
        return false;
    f->g = GEOSGeomFromWKB_buf_r(m->geos, wkb, (size_t)size);
    if (!f->g || GEOSisEmpty_r(m->geos, f->g)) {
        if (f->g)
            GEOSGeom_destroy_r(m->geos, f->g);
        f->g = NULL;
        return false;
    }
    GEOSGeom_getXMin_r(m->geos, f->g, &f->env[0]);
    GEOSGeom_getYMin_r(m->geos, f->g, &f->env[1]);
    GEOSGeom_getXMax_r(m->geos, f->g, &f->env[2]);
    GEOSGeom_getYMax_r(m->geos, f->g, &f->env[3]);
    if (want_xy) {
        const GEOSGeometry *line =
            GEOSGetNumGeometries_r(m->geos, f->g) > 0 ? GEOSGetGeometryN_r(m->geos, f->g, 0) : f->g;
        const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(m->geos, line);
        unsigned nv = 0;
        if (cs && GEOSCoordSeq_getSize_r(m->geos, cs, &nv) && nv > 0) {
            f->xy = trygg__bag_keep(&m->mem, trygg__xmalloc(2 * nv * sizeof *f->xy));
            for (unsigned k = 0; k < nv; k++) {
                GEOSCoordSeq_getX_r(m->geos, cs, k, &f->xy[2 * k]);
                GEOSCoordSeq_getY_r(m->geos, cs, k, &f->xy[2 * k + 1]);
            }
            f->nv = nv;
        }
    }
    return true;
}

static void feats_free(trygg__report_model *m, trygg__feat *f, size_t n)
{
    for (size_t i = 0; f && i < n; i++)
        if (f[i].g)
            GEOSGeom_destroy_r(m->geos, f[i].g);
}

void trygg__report_model_drop_geometries(trygg__report_model *m)
{
    trygg__feat *sets[6] = {m->pl, m->dk, m->hs, m->ms, m->em, m->sv};
    size_t ns[6] = {m->np, m->nd, m->nh, m->nm, m->nemerging, m->nsv};
    trygg_index **idx[7] = {&m->pl_idx, &m->inc_idx, &m->lamp_idx, &m->dk_idx, &m->hs_idx, &m->ms_idx, &m->sv_idx};
    for (int k = 0; k < 6; k++) {
        feats_free(m, sets[k], ns[k]);
        for (size_t i = 0; sets[k] && i < ns[k]; i++)
            sets[k][i].g = NULL;
    }
    for (int k = 0; k < 7; k++) {
        trygg_index_free(*idx[k]);
        *idx[k] = NULL;
    }
}

void trygg__report_model_fini(trygg__report_model *m)
{
    feats_free(m, m->pl, m->np);
    feats_free(m, m->dk, m->nd);
    feats_free(m, m->hs, m->nh);
    feats_free(m, m->ms, m->nm);
    feats_free(m, m->em, m->nemerging);
    feats_free(m, m->sv, m->nsv);
    trygg_index_free(m->sv_idx);
    trygg_index_free(m->pl_idx);
    trygg_index_free(m->inc_idx);
    trygg_index_free(m->lamp_idx);
    trygg_index_free(m->dk_idx);
    trygg_index_free(m->hs_idx);
    trygg_index_free(m->ms_idx);
    trygg_kv_fini(&m->info);
    trygg__bag_fini(&m->mem);
}

static int slot_of(const char *cls)
{
    if (!cls || !*cls)
        return TRYGG_REPORT_LIGHT_NOT_ASSESSED;
    if (cls[0] == 'P' && cls[1] >= '1' && cls[1] <= '6' && !cls[2])
        return cls[1] - '1';
    if (strcmp(cls, "below P6") == 0)
        return TRYGG_PCLASS_BELOW;
    return TRYGG_REPORT_LIGHT_NOT_ASSESSED;
}

/* ---- Reading, step by step ---- */

/* The places (street_segments) with their scores and what the ranked lists show of them, but for
 * their location and why (top_factors): a country's 2.9 million sentences were 0.8 GB of the
 * report stage's peak, and the area reports list a few places each
 * (trygg__report_place_texts). Each run of places along one street shares its name. */
static trygg_status read_places(trygg__report_model *m, trygg__output_reader *r, trygg__rankings_scan *rs)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    static const char *const extra[] = {"length_m", "top_factors", "n_vandalism", "n_graffiti"};
    static const char *const ranked[] = {"n_littering", "eb_vandalism", "eb_littering", "safety_index"};
    bool full = true;
    for (size_t k = 0; k < sizeof extra / sizeof *extra; k++)
        full = full && trygg__output_reader_has_column(r, "street_segments", extra[k]);
    rs->full = full;
    for (size_t k = 0; k < sizeof ranked / sizeof *ranked; k++)
        rs->full = rs->full && trygg__output_reader_has_column(r, "street_segments", ranked[k]);
    const char *min = trygg_kv_get(&m->info, "places.min_place_m");
    m->min_place_m = min ? strtod(min, NULL) : 0.0;
    if (!(m->min_place_m >= 0.0))
        m->min_place_m = 0.0;
    char *places_sql = trygg__xasprintf(
        "SELECT street, lighting_class, safety_index, vandalism_score, littering_score, visibility_score, "
        "ST_AsBinary(geom), %s, %s, %s FROM street_segments ORDER BY fid",
        full ? "length_m, fid, n_vandalism + n_graffiti" : "NULL, fid, 0",
        trygg__output_reader_has_column(r, "street_segments", "surveillance_share") ? "surveillance_share" : "NULL",
        rs->full ? TRYGG__RANKING_COLUMNS : "NULL, NULL, NULL, NULL, NULL");
    st = trygg__output_reader_prepare(r, places_sql, &q);
    free(places_sql);
    if (st != TRYGG_OK)
        return st;
    size_t cap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__rankings_offer(rs, m->min_place_m, sqlite3_column_int64(q, 8), trygg__output_real(q, 7), q, 11);
        trygg__feat f;
        if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 6), sqlite3_column_bytes(q, 6), &f, true))
            continue;
        if (m->np == cap) {
            size_t c2 = cap;
            trygg__grow((void **)&m->pl, &c2, m->np + 1, sizeof *m->pl);
            c2 = cap;
            trygg__grow((void **)&m->pl_street, &c2, m->np + 1, sizeof *m->pl_street);
            c2 = cap;
            trygg__grow((void **)&m->pl_slot, &c2, m->np + 1, sizeof *m->pl_slot);
            c2 = cap;
            trygg__grow((void **)&m->pl_surv, &c2, m->np + 1, sizeof *m->pl_surv);
            c2 = cap;
            trygg__grow((void **)&m->pl_info, &c2, m->np + 1, sizeof *m->pl_info);
            for (int k = 0; k < 4; k++) {
                c2 = cap;
                trygg__grow((void **)&m->score[k], &c2, m->np + 1, sizeof *m->score[k]);
            }
            cap = c2;
        }
        m->pl[m->np] = f;
        const char *street = trygg__output_text(q, 0);
        m->pl_street[m->np] = !street || !*street                                           ? NULL
                              : m->np && m->pl_street[m->np - 1] && !strcmp(street, m->pl_street[m->np - 1])
                                  ? m->pl_street[m->np - 1]
                                  : trygg__bag_str(&m->mem, street);
        m->pl_slot[m->np] = slot_of(trygg__output_text(q, 1));
        m->pl_surv[m->np] = trygg__output_real(q, 10);
        m->pl_info[m->np] = (trygg_report_place){
            .seg_id = sqlite3_column_int64(q, 8),
            .length_m = trygg__output_real(q, 7),
            .reports = (unsigned)sqlite3_column_int(q, 9),
            .value = trygg__output_real(q, 2),
        };
        for (int k = 0; k < 4; k++)
            m->score[k][m->np] = trygg__output_real(q, 2 + k);
        m->np++;
    }
    sqlite3_finalize(q);
    trygg__bag_keep(&m->mem, m->pl);
    trygg__bag_keep(&m->mem, m->pl_street);
    trygg__bag_keep(&m->mem, m->pl_slot);
    trygg__bag_keep(&m->mem, m->pl_surv);
    trygg__bag_keep(&m->mem, m->pl_info);
    for (int k = 0; k < 4; k++)
        trygg__bag_keep(&m->mem, m->score[k]);
    return st;
}

/* The incidents: point, category and time. */
static trygg_status read_incidents(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if (trygg__output_reader_has_table(r, "incidents")) {
        if ((st = trygg__output_reader_prepare(
                 r, "SELECT category, occurred_at, geom FROM incidents WHERE geom IS NOT NULL ORDER BY fid", &q)) !=
            TRYGG_OK)
            return st;
        size_t c1 = 0, c2 = 0, c3 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            double x, y;
            if (!trygg__output_point_xy(sqlite3_column_blob(q, 2), sqlite3_column_bytes(q, 2), &x, &y) ||
                !isfinite(x) || !isfinite(y))
                continue;
            trygg__grow((void **)&m->inc_xy, &c1, 2 * (m->ni + 1), sizeof *m->inc_xy);
            trygg__grow((void **)&m->inc_cat, &c2, m->ni + 1, sizeof *m->inc_cat);
            trygg__grow((void **)&m->inc_t, &c3, m->ni + 1, sizeof *m->inc_t);
            trygg_category c = TRYGG_CAT_OTHER;
            if (trygg__output_text(q, 0))
                trygg_category_from_name(trygg__output_text(q, 0), &c);
            int64_t t;
            m->inc_xy[2 * m->ni] = x;
            m->inc_xy[2 * m->ni + 1] = y;
            m->inc_cat[m->ni] = (int)c;
            m->inc_t[m->ni] = trygg__output_text(q, 1) && trygg_io_parse_time(trygg__output_text(q, 1), 0, false, &t)
                                  ? t
                                  : TRYGG__REPORT_TIME_NONE;
            m->ni++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->inc_xy);
        trygg__bag_keep(&m->mem, m->inc_cat);
        trygg__bag_keep(&m->mem, m->inc_t);
    }
    return st;
}

/* The lamps' points. */
static trygg_status read_lamps(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if ((m->have_lamps = trygg__output_reader_has_table(r, "lamps"))) {
        if ((st = trygg__output_reader_prepare(r, "SELECT geom FROM lamps WHERE geom IS NOT NULL ORDER BY fid", &q)) !=
            TRYGG_OK)
            return st;
        size_t c1 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            double x, y;
            if (!trygg__output_point_xy(sqlite3_column_blob(q, 0), sqlite3_column_bytes(q, 0), &x, &y) ||
                !isfinite(x) || !isfinite(y))
                continue;
            trygg__grow((void **)&m->lamp_xy, &c1, 2 * (m->nl + 1), sizeof *m->lamp_xy);
            m->lamp_xy[2 * m->nl] = x;
            m->lamp_xy[2 * m->nl + 1] = y;
            m->nl++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->lamp_xy);
    }
    return st;
}

/* The dark stretches. */
static trygg_status read_dark(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if (trygg__output_reader_has_table(r, "dark_stretches")) {
        if ((st = trygg__output_reader_prepare(
                 r,
                 "SELECT street, length_m, lux_min, night_incidents_near, ST_AsBinary(geom) "
                 "FROM dark_stretches ORDER BY fid",
                 &q)) != TRYGG_OK)
            return st;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__feat f;
            if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 4), sqlite3_column_bytes(q, 4), &f, true))
                continue;
            trygg__grow((void **)&m->dk, &c1, m->nd + 1, sizeof *m->dk);
            trygg__grow((void **)&m->dk_info, &c2, m->nd + 1, sizeof *m->dk_info);
            m->dk[m->nd] = f;
            m->dk_info[m->nd] = (trygg_report_dark){
                .street = trygg__output_text(q, 0) && *trygg__output_text(q, 0)
                              ? trygg__bag_str(&m->mem, trygg__output_text(q, 0))
                              : NULL,
                .length_m = trygg__output_real(q, 1),
                .lux_min = trygg__output_real(q, 2),
                .night_incidents_near = (unsigned)sqlite3_column_int(q, 3),
            };
            m->nd++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->dk);
        trygg__bag_keep(&m->mem, m->dk_info);
    }
    return st;
}

/* The hotspots. */
static trygg_status read_hotspots(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if (trygg__output_reader_has_table(r, "hotspots")) {
        if ((st = trygg__output_reader_prepare(
                 r,
                 "SELECT hotspot_id, category, confidence, incidents, area_km2, pai, peak_hours, "
                 "ST_AsBinary(geom) FROM hotspots ORDER BY fid",
                 &q)) != TRYGG_OK)
            return st;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__feat f;
            if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 7), sqlite3_column_bytes(q, 7), &f, false))
                continue;
            trygg__grow((void **)&m->hs, &c1, m->nh + 1, sizeof *m->hs);
            trygg__grow((void **)&m->hs_info, &c2, m->nh + 1, sizeof *m->hs_info);
            trygg_category c = TRYGG_CAT_OTHER;
            if (trygg__output_text(q, 1))
                trygg_category_from_name(trygg__output_text(q, 1), &c);
            m->hs[m->nh] = f;
            m->hs_info[m->nh] = (trygg__hotspot_row){
                .id = sqlite3_column_int(q, 0),
                .category = (int)c,
                .confidence = trygg__output_text(q, 2) ? atoi(trygg__output_text(q, 2)) : 90,
                .incidents = (unsigned)sqlite3_column_int(q, 3),
                .area_km2 = trygg__output_real(q, 4),
                .pai = trygg__output_real(q, 5),
                .peak_hours = trygg__bag_str(&m->mem, trygg__output_text(q, 6)),
            };
            m->nh++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->hs);
        trygg__bag_keep(&m->mem, m->hs_info);
    }
    return st;
}

/* The measures (the plan stage's layer, when the run made one); optional fields read as NULL. */
static trygg_status read_measures(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if (trygg__output_reader_has_table(r, "measures") && trygg__output_reader_has_column(r, "measures", "geom")) {
        static const char *const cols[] = {"measure_id", "measure", "focus_area", "responsible", "priority",
                                           "indicator",  "status",  "effect",     "done_on"};
        trygg__strbuf sql = {0};
        trygg__sb_printf(&sql, "SELECT ");
        for (int k = 0; k < 9; k++)
            trygg__sb_printf(&sql,
                             trygg__output_reader_has_column(r, "measures", cols[k]) ? "\"%s\", " : "NULL /* %s */, ",
                             cols[k]);
        trygg__sb_printf(&sql, "ST_AsBinary(geom), fid FROM measures ORDER BY fid");
        char *s = trygg__sb_steal(&sql);
        st = trygg__output_reader_prepare(r, s, &q);
        free(s);
        if (st != TRYGG_OK)
            return st;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__feat f;
            if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 9), sqlite3_column_bytes(q, 9), &f, false))
                continue;
            trygg__grow((void **)&m->ms, &c1, m->nm + 1, sizeof *m->ms);
            trygg__grow((void **)&m->ms_info, &c2, m->nm + 1, sizeof *m->ms_info);
            m->ms[m->nm] = f;
            int prio = sqlite3_column_type(q, 4) == SQLITE_NULL ? 3 : sqlite3_column_int(q, 4);
            m->ms_info[m->nm] = (trygg_report_measure){
                .id = sqlite3_column_type(q, 0) == SQLITE_NULL ? sqlite3_column_int(q, 10) : sqlite3_column_int(q, 0),
                .measure = trygg__bag_str(&m->mem, trygg__output_text(q, 1)),
                .focus_area = trygg__bag_str(&m->mem, trygg__output_text(q, 2)),
                .responsible = trygg__bag_str(&m->mem, trygg__output_text(q, 3)),
                .priority = prio < 1   ? 1
                            : prio > 5 ? 5
                                       : prio,
                .indicator = trygg__bag_str(&m->mem, trygg__output_text(q, 5)),
                .status = trygg__bag_str(&m->mem, trygg__output_text(q, 6)),
                .effect = trygg__bag_str(&m->mem, trygg__output_text(q, 7)),
                .done_on = trygg__bag_str(&m->mem, trygg__output_text(q, 8)),
            };
            m->nm++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->ms);
        trygg__bag_keep(&m->mem, m->ms_info);
    }
    return st;
}

/* The STRtrees over what part 1 (the places, the measures) and part 2 (the rest) read. */
static void index_part(trygg__report_model *m, int part)
{
    if (part == 1) {
        if (m->np)
            m->pl_idx = trygg_index_new(m->ctx, m->np, trygg__report_feat_env, m->pl);
        if (m->nm)
            m->ms_idx = trygg_index_new(m->ctx, m->nm, trygg__report_feat_env, m->ms);
        return;
    }
    if (m->ni)
        m->inc_idx = trygg_index_new_points(m->ctx, m->inc_xy, m->ni, 2);
    if (m->nl)
        m->lamp_idx = trygg_index_new_points(m->ctx, m->lamp_xy, m->nl, 2);
    if (m->nd)
        m->dk_idx = trygg_index_new(m->ctx, m->nd, trygg__report_feat_env, m->dk);
    if (m->nh)
        m->hs_idx = trygg_index_new(m->ctx, m->nh, trygg__report_feat_env, m->hs);
}

/* run_info, and the reports of the focus areas told by area only. */
static trygg_status read_run_info(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = trygg__output_reader_run_info(r, &m->info);
    if (st != TRYGG_OK)
        return st;
    m->area_only_totals[0] = m->area_only_totals[1] = -1;
    if (trygg__output_reader_has_table(r, "focus_areas") &&
        sqlite3_prepare_v2(r->db, "SELECT total(n_violence_close), total(n_fraud_elderly) FROM focus_areas", -1, &q,
                           NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        m->area_only_totals[0] = sqlite3_column_int64(q, 0);
        m->area_only_totals[1] = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    return TRYGG_OK;
}

static trygg_status read_part(trygg__report_model *m, trygg__output_reader *r, int part)
{
    trygg_status st;
    if (part == 1) {
        trygg__rankings_scan rs = {0};
        if ((st = read_run_info(m, r)) != TRYGG_OK || (st = read_places(m, r, &rs)) != TRYGG_OK ||
            (st = trygg__report_model_read_rankings(m, r, &rs)) != TRYGG_OK || (st = read_measures(m, r)) != TRYGG_OK ||
            (st = trygg__report_model_read_emerging(m, r)) != TRYGG_OK ||
            (st = trygg__report_model_read_knox(m, r)) != TRYGG_OK)
            return st;
    } else if ((st = read_incidents(m, r)) != TRYGG_OK || (st = read_lamps(m, r)) != TRYGG_OK ||
               (st = read_dark(m, r)) != TRYGG_OK || (st = read_hotspots(m, r)) != TRYGG_OK ||
               (st = trygg__report_model_read_followup(m, r)) != TRYGG_OK)
        return st;
    index_part(m, part);
    return TRYGG_OK;
}

/* The output opened and checked; part 0 is both parts, on this connection. */
static trygg_status read_parts(trygg__report_model *m, const char *path, int part)
{
    trygg__output_reader r;
    trygg_status st = trygg__output_reader_open(m->ctx, path, TRYGG__READ_FOR_REPORTS, &r);
    if (st != TRYGG_OK)
        goto done;
    if (!trygg__output_reader_has_table(&r, "street_segments") || !trygg__output_reader_has_table(&r, "run_info")) {
        st = trygg__fail(m->ctx, TRYGG_E_SCHEMA, "%s: no street_segments or run_info layer: not a trygg output", path);
        goto done;
    }
    if (part == 2 && (st = trygg__output_reader_run_info(&r, &m->info)) != TRYGG_OK) /* for the follow-up */
        goto done;
    if (part != 2 && (st = read_part(m, &r, 1)) != TRYGG_OK)
        goto done;
    if (part != 1)
        st = read_part(m, &r, 2);
done:
    trygg__output_reader_close(&r);
    return st;
}

trygg_status trygg__report_model_read(trygg__report_model *m, const char *path)
{
    return read_parts(m, path, 0);
}

trygg_status trygg__report_model_read_part(trygg__report_model *m, const char *path, int part)
{
    return read_parts(m, path, part == 1 ? 1 : 2);
}

void trygg__report_model_take(trygg__report_model *m, trygg__report_model *p2)
{
#define TAKE(f) (m->f = p2->f)
    TAKE(ni), TAKE(inc_xy), TAKE(inc_cat), TAKE(inc_t), TAKE(inc_idx);
    TAKE(have_lamps), TAKE(nl), TAKE(lamp_xy), TAKE(lamp_idx);
    TAKE(nd), TAKE(dk), TAKE(dk_info), TAKE(dk_idx);
    TAKE(nh), TAKE(hs), TAKE(hs_info), TAKE(hs_idx);
    TAKE(register_used), TAKE(survey_used), TAKE(survey_higher_is_safer);
    TAKE(ne), TAKE(eff_id), TAKE(eff_verdict), TAKE(eff_text), TAKE(eff_counts);
    TAKE(nsv), TAKE(sv), TAKE(sv_area), TAKE(sv_year), TAKE(sv_prev_year), TAKE(sv_index), TAKE(sv_change),
        TAKE(sv_idx);
#undef TAKE
    for (size_t i = 0; i < p2->mem.n; i++)
        trygg__bag_keep(&m->mem, p2->mem.v[i]);
    free(p2->mem.v);
    trygg_kv_fini(&p2->info);
    memset(p2, 0, sizeof *p2);
}

trygg_status trygg__report_place_texts(trygg_ctx *ctx, const char *path, trygg__bag *bag, trygg_report_place *v,
                                       size_t n)
{
    if (n == 0)
        return TRYGG_OK;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    /* Outputs of trygg 0.1 have no location (the street name stands in) and no top_factors. */
    static const char *const sql[] = {
        "SELECT COALESCE(location, street), top_factors FROM street_segments WHERE fid = ?",
        "SELECT street, top_factors FROM street_segments WHERE fid = ?",
        "SELECT street, NULL FROM street_segments WHERE fid = ?",
    };
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
        for (size_t k = 0; k < sizeof sql / sizeof *sql && !q; k++)
            if (sqlite3_prepare_v2(db, sql[k], -1, &q, NULL) != SQLITE_OK)
                q = NULL;
    if (!q) {
        trygg_status st = trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: reading the places' locations: %s", path,
                                      db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return st;
    }
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(q, 1, (sqlite3_int64)v[i].seg_id);
        if (sqlite3_step(q) == SQLITE_ROW) {
            v[i].location = trygg__bag_str(bag, (const char *)sqlite3_column_text(q, 0));
            v[i].why = trygg__bag_str(bag, (const char *)sqlite3_column_text(q, 1));
        }
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return TRYGG_OK;
}
