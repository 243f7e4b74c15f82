/*
 * The lägesbild's figures beyond the summary's (src/pipeline/lagesbild_data.h), read from an
 * output GeoPackage with SpatiaLite SQL: run_info (models, trends, inputs, counts), incidents
 * (first and last report), measures (English texts, citizen promises), measure_effects and
 * survey_areas; street lighting, surveillance and the lamp coverage from the places and lamps the
 * area reports' reader already holds (trygg__lagesbild_held), so that the output is read once.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/osm_date.h"
#include "io/output_set.h"
#include "io/spatialite.h"
#include "pipeline/lagesbild_data.h"
#include "pipeline/reports.h"
#include "score/coverage.h"

struct trygg__lagesbild_data {
    trygg_lagesbild_extra x;
    trygg_kv info;
    void **keep;
    size_t nkeep, capkeep;
};

static void *keep(trygg__lagesbild_data *d, void *p)
{
    trygg__grow((void **)&d->keep, &d->capkeep, d->nkeep + 1, sizeof *d->keep);
    d->keep[d->nkeep++] = p;
    return p;
}

static const char *keep_str(trygg__lagesbild_data *d, const char *s)
{
    return s ? keep(d, trygg__xstrdup(s)) : NULL;
}

const trygg_lagesbild_extra *trygg__lagesbild_extra(const trygg__lagesbild_data *x) { return x ? &x->x : NULL; }

void trygg__lagesbild_free(trygg__lagesbild_data *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nkeep; i++)
        free(d->keep[i]);
    free(d->keep);
    trygg_kv_fini(&d->info);
    free(d);
}

void trygg__lagesbild_take_previous(trygg__lagesbild_data *d, const char *path, char *text)
{
    if (!d) {
        free(text);
        return;
    }
    d->x.previous = keep(d, text);
    const char *slash = path ? strrchr(path, '/') : NULL;
    d->x.previous_path = keep_str(d, slash ? slash + 1 : path);
}

/* Every line of a (multi)linestring as interleaved x,y, added to *len (its length) and, within
 * r of a lamp, to *lit. */
static void add_line(GEOSContextHandle_t geos, const GEOSGeometry *g, const double *lamps, size_t nl,
                     const trygg_index *idx, double r, double *len, double *lit)
{
    int parts = GEOSGetNumGeometries_r(geos, g);
    for (int p = 0; p < parts; p++) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(geos, g, p);
        const GEOSCoordSequence *cs = part ? GEOSGeom_getCoordSeq_r(geos, part) : NULL;
        unsigned int n = 0;
        if (!cs || !GEOSCoordSeq_getSize_r(geos, cs, &n) || n < 2)
            continue;
        double *xy = trygg__xmalloc(2 * (size_t)n * sizeof *xy);
        for (unsigned int i = 0; i < n; i++) {
            GEOSCoordSeq_getX_r(geos, cs, i, &xy[2 * i]);
            GEOSCoordSeq_getY_r(geos, cs, i, &xy[2 * i + 1]);
        }
        for (unsigned int i = 0; i + 1 < n; i++)
            *len += hypot(xy[2 * i + 2] - xy[2 * i], xy[2 * i + 3] - xy[2 * i + 1]);
        if (nl)
            *lit += trygg__length_within(xy, n, lamps, nl, idx, geos, r);
        free(xy);
    }
}

/* ---- run_info ---- */

static const char *info(const trygg__lagesbild_data *d, const char *key) { return trygg_kv_get(&d->info, key); }

/* The value of `key` in `[section]` of the run's config dump; NAN when absent. */
static double dump_num(const char *dump, const char *section, const char *key, double dflt)
{
    if (!dump)
        return dflt;
    char want[64];
    snprintf(want, sizeof want, "[%s]", section);
    bool in = false;
    size_t klen = strlen(key);
    for (const char *line = dump; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len > 0 && line[0] == '[')
            in = len == strlen(want) && strncmp(line, want, len) == 0;
        else if (in && len > klen + 3 && strncmp(line, key, klen) == 0 && strncmp(line + klen, " = ", 3) == 0)
            return strtod(line + klen + 3, NULL);
        line = end ? end + 1 : NULL;
    }
    return dflt;
}

static long info_long(const trygg__lagesbild_data *d, const char *key)
{
    const char *v = info(d, key);
    char *end;
    if (!v)
        return -1;
    long n = strtol(v, &end, 10);
    return end == v ? -1 : n;
}

static const char *const cat_keys[TRYGG_CAT_COUNT] = {"vandalism", "graffiti", "littering", "violence", "theft",
                                                      "drugs",     "disorder", "fraud",     "other"};

static void read_info(trygg__lagesbild_data *d)
{
    trygg_lagesbild_extra *x = &d->x;
    /* models: "RR 1.39 (1.18-1.63) per SD of 5.51, significant: higher risk" */
    static const char *const models[2] = {"model.vandalism", "model.littering"};
    trygg_report_risk *risks = NULL;
    size_t cap = 0;
    for (int k = 0; k < 2; k++) {
        const char *v = info(d, models[k]);
        x->model_reports[k] = NAN;
        if (!v)
            continue;
        double n;
        if (strncmp(v, "not fitted", 10) == 0)
            x->model_note[k] = keep_str(d, v);
        else if (sscanf(strstr(v, " of ") ? strstr(v, " of ") : "", " of %lf", &n) == 1)
            x->model_reports[k] = n;
    }
    for (size_t i = 0; i < d->info.n; i++) {
        const char *key = d->info.key[i], *v = d->info.value[i];
        for (int k = 0; k < 2; k++) {
            size_t ml = strlen(models[k]);
            if (strncmp(key, models[k], ml) != 0 || key[ml] != '.' || !v)
                continue;
            double rr, lo, hi, sd = NAN;
            if (sscanf(v, "RR %lf (%lf-%lf) per SD of %lf", &rr, &lo, &hi, &sd) < 3)
                continue;
            trygg__grow((void **)&risks, &cap, x->nrisks + 1, sizeof *risks);
            risks[x->nrisks++] = (trygg_report_risk){k, keep_str(d, key + ml + 1), rr, lo, hi, sd};
        }
    }
    x->risks = risks ? keep(d, risks) : NULL;

    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        char key[40];
        snprintf(key, sizeof key, "trend.%s", cat_keys[c]);
        const char *v = info(d, key);
        x->trend[c] = 2;
        x->trend_p[c] = NAN;
        if (!v)
            continue;
        x->trend[c] = strncmp(v, "rising", 6) == 0    ? 1
                      : strncmp(v, "falling", 7) == 0 ? -1
                      : strncmp(v, "no significant change", 21) == 0 ? 0
                                                                      : 2;
        const char *p = strstr(v, "p = ");
        if (p)
            x->trend_p[c] = strtod(p + 4, NULL);
    }

    x->register_used = info(d, "plan.register") != NULL;
    x->survey_used = info(d, "survey") != NULL;

    static const char *const roles[] = {"streets", "lamps", "buildings", "pois", "incidents"};
    trygg_report_source *src = trygg__xcalloc(5, sizeof *src);
    for (int r = 0; r < 5; r++) {
        char key[64];
        snprintf(key, sizeof key, "input.%s.path", roles[r]);
        const char *path = info(d, key);
        if (!path || !*path)
            continue;
        const char *slash = strrchr(path, '/');
        char *masked = trygg_mask_secrets(slash ? slash + 1 : path);
        trygg_report_source *s = &src[x->nsources++];
        s->role = roles[r];
        s->file = keep(d, masked);
        snprintf(key, sizeof key, "input.%s.features_read", roles[r]);
        s->read = info_long(d, key);
        snprintf(key, sizeof key, "input.%s.features_kept", roles[r]);
        s->kept = info_long(d, key);
        snprintf(key, sizeof key, "input.%s.features_rejected", roles[r]);
        s->rejected = info_long(d, key);
        snprintf(key, sizeof key, "input.%s.rejected_reasons", roles[r]);
        const char *why = info(d, key);
        s->reasons = why && *why && strcmp(why, "none") != 0 ? keep_str(d, why) : NULL;
        size_t pl = strlen(path);
        if (pl > 4 && strcmp(path + pl - 4, ".pbf") == 0) {
            char *date = trygg__osm_pbf_date(path);
            if (date) {
                s->from = s->to = keep(d, date);
                x->osm_date = s->from;
            }
        }
    }
    x->sources = keep(d, src);

    const char *dump = info(d, "config");
    x->lamp_cover_m = dump_num(dump, "lighting", "influence_m", 60.0);
    x->snap_m = dump_num(dump, "places", "snap_m", NAN);
    long n = info_long(d, "count.lamps");
    x->lamps = n > 0 ? (size_t)n : 0;
    const char *lpk = info(d, "lighting.register_lamps_per_km");
    x->lamps_per_km = lpk ? strtod(lpk, NULL) : NAN;
    n = info_long(d, "count.incidents");
    x->incidents = n > 0 ? (size_t)n : 0;
    n = info_long(d, "input.incidents.time_unparsed_kept_without_time");
    x->incidents_no_time = n > 0 ? (size_t)n : 0;
    n = info_long(d, "count.incidents_not_snapped");
    x->incidents_not_snapped = n > 0 ? (size_t)n : 0;
    const char *periods = info(d, "trend.periods");
    char a[32], b[32];
    if (periods && sscanf(periods, "period a %31[0-9/-], period b %31[0-9/-]", a, b) == 2) {
        x->period_a = keep_str(d, a);
        x->period_b = keep_str(d, b);
    }
}

/* ---- Layers ---- */

static trygg_status prep(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *sql, sqlite3_stmt **q)
{
    if (sqlite3_prepare_v2(db, sql, -1, q, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: reading for the lägesbild: %s", path, sqlite3_errmsg(db));
    return TRYGG_OK;
}

static const char *text(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

/* Street length by lighting class, the share within reach of a lamp (trygg__length_within on the
 * lamps' STRtree) and the length-weighted surveillance share, from the places and lamps the
 * caller read. */
static void held_streets(trygg_ctx *ctx, trygg__lagesbild_data *d, const trygg__lagesbild_held *h)
{
    trygg_lagesbild_extra *x = &d->x;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    size_t nl = h->have_lamps ? h->nlamps : 0;
    x->lamps = nl ? nl : x->lamps;
    double len = 0, lit = 0, watched = 0, watched_len = 0;
    for (size_t i = 0; i < h->nplaces; i++) {
        double l = 0;
        add_line(geos, h->place_geom[i], h->lamp_xy, nl, nl ? h->lamp_idx : NULL, x->lamp_cover_m, &l, &lit);
        len += l;
        x->light_m[h->place_slot[i]] += l;
        if (isfinite(h->place_surveillance[i])) {
            watched += h->place_surveillance[i] * l;
            watched_len += l;
        }
    }
    x->street_m = len;
    x->lamp_cover_share = nl && len > 0 ? lit / len : NAN;
    x->surveillance_share = watched_len > 0 ? watched / watched_len : NAN;
}

static trygg_status read_layers(trygg_ctx *ctx, trygg__lagesbild_data *d, sqlite3 *db, const char *path,
                                bool english)
{
    trygg_lagesbild_extra *x = &d->x;
    sqlite3_stmt *q = NULL;
    trygg_status st;
    if (trygg__gpkg_has_table(db, "incidents")) {
        if ((st = prep(ctx, db, path,
                       "SELECT substr(MIN(occurred_at), 1, 10), substr(MAX(occurred_at), 1, 10) FROM incidents "
                       "WHERE occurred_at IS NOT NULL",
                       &q)) != TRYGG_OK)
            return st;
        if (sqlite3_step(q) == SQLITE_ROW) {
            x->first_incident = keep_str(d, text(q, 0));
            x->last_incident = keep_str(d, text(q, 1));
        }
        sqlite3_finalize(q);
        q = NULL;
    }
    if (trygg__gpkg_has_table(db, "measures")) {
        bool en = trygg__sqlite_has_column(db, "measures", "measure_en") &&
                  trygg__sqlite_has_column(db, "measures", "measure_id");
        bool pr = trygg__sqlite_has_column(db, "measures", "promise");
        char *sql = trygg__xasprintf("SELECT %s, %s, %s FROM measures ORDER BY fid", en ? "measure_id" : "NULL",
                                     en ? "measure_en" : "NULL", pr ? "promise" : "NULL");
        st = prep(ctx, db, path, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        int *ids = NULL;
        const char **texts = NULL;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            if (text(q, 2) && *text(q, 2))
                x->promises++;
            if (!text(q, 1) || !*text(q, 1))
                continue;
            trygg__grow((void **)&ids, &c1, x->nmeasure_en + 1, sizeof *ids);
            trygg__grow((void **)&texts, &c2, x->nmeasure_en + 1, sizeof *texts);
            ids[x->nmeasure_en] = sqlite3_column_int(q, 0);
            texts[x->nmeasure_en++] = keep_str(d, text(q, 1));
        }
        sqlite3_finalize(q);
        q = NULL;
        x->measure_en_ids = ids ? keep(d, ids) : NULL;
        x->measure_en = texts ? keep(d, texts) : NULL;
    }
    if (trygg__gpkg_has_table(db, "measure_effects") && trygg__sqlite_has_column(db, "measure_effects", "verdict")) {
        if ((st = prep(ctx, db, path, "SELECT verdict, COUNT(*) FROM measure_effects GROUP BY verdict", &q)) !=
            TRYGG_OK)
            return st;
        static const char *const verdicts[4] = {"worked", "no clear effect", "more reports", "cannot tell yet"};
        while (sqlite3_step(q) == SQLITE_ROW)
            for (int k = 0; k < 4; k++)
                if (text(q, 0) && strcmp(text(q, 0), verdicts[k]) == 0)
                    x->effects[k] += (size_t)sqlite3_column_int64(q, 1);
        sqlite3_finalize(q);
        q = NULL;
    }
    if (trygg__gpkg_has_table(db, "survey_areas") && trygg__sqlite_has_column(db, "survey_areas", "direction")) {
        x->survey_used = true;
        char *sql = trygg__xasprintf("SELECT area, year, direction, %s FROM survey_areas ORDER BY year, area, fid",
                                     english && trygg__sqlite_has_column(db, "survey_areas", "note_en") ? "note_en"
                                                                                                         : "note");
        st = prep(ctx, db, path, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        const char **notes = NULL;
        size_t cap = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            int year = sqlite3_column_int(q, 1);
            if (x->survey_rows == 0 || year < x->survey_first_year)
                x->survey_first_year = year;
            if (x->survey_rows == 0 || year > x->survey_last_year)
                x->survey_last_year = year;
            x->survey_rows++;
            const char *dir = text(q, 2);
            if (!dir || (strcmp(dir, "less safe, fewer reports") != 0 && strcmp(dir, "safer, more reports") != 0))
                continue;
            x->survey_flagged++;
            trygg__grow((void **)&notes, &cap, x->nsurvey_notes + 1, sizeof *notes);
            notes[x->nsurvey_notes++] = keep(d, trygg__xasprintf("%s %d: %s", text(q, 0) ? text(q, 0) : "", year,
                                                                 text(q, 3) ? text(q, 3) : dir));
        }
        sqlite3_finalize(q);
        x->survey_notes = notes ? keep(d, notes) : NULL;
    }
    return TRYGG_OK;
}

/* The promises layer, each promise with the measures whose promise field names it. */
static trygg_status read_promises(trygg_ctx *ctx, trygg__lagesbild_data *d, sqlite3 *db, const char *path)
{
    trygg_lagesbild_extra *x = &d->x;
    static const char *const need[] = {"promise", "text", "baseline_from", "baseline_to", "baseline_value",
                                       "current_from", "current_to", "current_value", "change", "change_low",
                                       "change_high", "target", "end_date", "verdict"};
    if (!trygg__gpkg_has_table(db, "promises"))
        return TRYGG_OK;
    for (size_t k = 0; k < sizeof need / sizeof *need; k++)
        if (!trygg__sqlite_has_column(db, "promises", need[k]))
            return TRYGG_OK;
    x->promises_used = true;
    bool linked = trygg__gpkg_has_table(db, "measures") && trygg__sqlite_has_column(db, "measures", "promise") &&
                  trygg__sqlite_has_column(db, "measures", "measure_id") &&
                  trygg__sqlite_has_column(db, "measures", "status");
    sqlite3_stmt *q = NULL, *m = NULL;
    trygg_status st = prep(ctx, db, path,
                           "SELECT promise, text, baseline_from, baseline_to, baseline_value, current_from, "
                           "current_to, current_value, change, change_low, change_high, target, end_date, verdict "
                           "FROM promises ORDER BY fid",
                           &q);
    if (st == TRYGG_OK && linked)
        st = prep(ctx, db, path,
                  "SELECT measure_id, status FROM measures WHERE promise = ? ORDER BY measure_id", &m);
    trygg_report_promise *v = NULL;
    size_t cap = 0;
    while (st == TRYGG_OK && sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&v, &cap, x->npromise_list + 1, sizeof *v);
        trygg_report_promise *p = &v[x->npromise_list++];
#define REAL(i) (sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i))
        char a[64], b[64], label[96];
        snprintf(a, sizeof a, "%s/%s", text(q, 2) ? text(q, 2) : "?", text(q, 3) ? text(q, 3) : "?");
        trygg_reports_period_label(a, label, sizeof label);
        snprintf(b, sizeof b, "%s/%s", text(q, 5) ? text(q, 5) : "?", text(q, 6) ? text(q, 6) : "?");
        *p = (trygg_report_promise){
            .name = keep_str(d, text(q, 0)),
            .text = keep_str(d, text(q, 1)),
            .baseline_label = keep_str(d, label),
            .baseline = REAL(4),
            .current = REAL(7),
            .change = REAL(8),
            .change_lo = REAL(9),
            .change_hi = REAL(10),
            .target = REAL(11),
            .end = keep_str(d, text(q, 12)),
            .verdict = keep_str(d, text(q, 13)),
        };
        /* an interval is given for counts only */
        p->counts = sqlite3_column_type(q, 9) != SQLITE_NULL;
        trygg_reports_period_label(b, label, sizeof label);
        p->current_label = keep_str(d, label);
#undef REAL
        if (!m || !p->name)
            continue;
        trygg__strbuf ids = {0};
        sqlite3_reset(m);
        sqlite3_bind_text(m, 1, p->name, -1, SQLITE_STATIC);
        while (sqlite3_step(m) == SQLITE_ROW)
            trygg__sb_printf(&ids, "%s%d (%s)", ids.n ? ", " : "", sqlite3_column_int(m, 0),
                             text(m, 1) ? text(m, 1) : "?");
        if (ids.n)
            p->measures = keep(d, trygg__sb_steal(&ids));
    }
    sqlite3_finalize(q);
    sqlite3_finalize(m);
    x->promise_list = v ? keep(d, v) : NULL;
    return st;
}

trygg_status trygg__lagesbild_read(trygg_ctx *ctx, const char *gpkg_path, const trygg__lagesbild_held *held,
                                   trygg__lagesbild_data **out)
{
    trygg__lagesbild_data *d = trygg__xcalloc(1, sizeof *d);
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    trygg_status st = trygg__spatialite_open(ctx, gpkg_path, true, &db);
    if (st == TRYGG_OK && (st = prep(ctx, db, gpkg_path, "SELECT key, value FROM run_info ORDER BY fid", &q)) ==
                              TRYGG_OK) {
        while (sqlite3_step(q) == SQLITE_ROW)
            if (text(q, 0))
                trygg_kv_set(&d->info, text(q, 0), "%s", text(q, 1) ? text(q, 1) : "");
        sqlite3_finalize(q);
        read_info(d);
    }
    if (st == TRYGG_OK)
        held_streets(ctx, d, held);
    if (st == TRYGG_OK)
        st = read_layers(ctx, d, db, gpkg_path, trygg__language() == TRYGG_LANG_EN);
    if (st == TRYGG_OK)
        st = read_promises(ctx, d, db, gpkg_path);
    for (size_t i = 0; st == TRYGG_OK && i < d->x.nsources; i++)
        if (strcmp(d->x.sources[i].role, "incidents") == 0) {
            trygg_report_source *s = (trygg_report_source *)&d->x.sources[i];
            s->from = d->x.first_incident;
            s->to = d->x.last_incident;
        }
    if (db)
        sqlite3_close(db);
    if (st != TRYGG_OK) {
        trygg__lagesbild_free(d);
        d = NULL;
    }
    *out = d;
    return st;
}
