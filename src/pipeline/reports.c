/*
 * Area reports and the summary from an output GeoPackage (include/trygg/reports.h): the layers
 * are read once with SpatiaLite SQL into plain arrays, indexed with STRtrees (trygg_index), and
 * each area's figures are joined filter-then-refine with prepared GEOS geometries. The PDFs are
 * drawn by src/report; the area_reports layer goes through the writer (trygg_io_gpkg_add_table).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <geos_c.h>
#include <sqlite3.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "index/index.h"
#include "io/io.h"
#include "io/output_set.h"
#include "io/spatialite.h"
#include "pipeline/hotspots.h"
#include "pipeline/lagesbild_data.h"
#include "pipeline/reports.h"
#include "report/report.h"
#include "trygg/compare.h"

#define NCAT TRYGG_CAT_COUNT
#define TIME_NONE INT64_MIN

/* ---- A bag of allocations freed together ---- */

typedef struct {
    void **v;
    size_t n, cap;
} bag;

static void *bag_keep(bag *b, void *p)
{
    trygg__grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
    b->v[b->n++] = p;
    return p;
}

static char *bag_str(bag *b, const char *s) { return s ? bag_keep(b, trygg__xstrdup(s)) : NULL; }

static void bag_fini(bag *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i]);
    free(b->v);
    memset(b, 0, sizeof *b);
}

/* ---- Pure pieces ---- */

/* ASCII for the UTF-8 two-byte Latin-1 letters U+00C0..U+00FF; NULL for others. */
static const char *fold_latin1(unsigned cp)
{
    static const char *const t[64] = {
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  /* C0-CF */
        "D", "N", "O", "O", "O", "O", "O",  NULL, "O", "U", "U", "U", "U", "Y", "TH", "ss", /* D0-DF */
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  /* E0-EF */
        "d", "n", "o", "o", "o", "o", "o",  NULL, "o", "u", "u", "u", "u", "y", "th", "y", /* F0-FF */
    };
    return (cp >= 0xC0 && cp <= 0xFF) ? t[cp - 0xC0] : NULL;
}

char *trygg_reports_file_name(const char *name, const char *const *taken, size_t ntaken)
{
    enum { MAXLEN = 60 };
    char base[MAXLEN + 8];
    size_t n = 0;
    bool gap = false;
    const unsigned char *p = (const unsigned char *)(name ? name : "");
    while (*p && n < MAXLEN) {
        const char *ascii = NULL;
        char one[2] = {0, 0};
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-') {
            one[0] = (char)*p;
            ascii = one;
            p++;
        } else if (*p == 0xC3 && (p[1] & 0xC0) == 0x80) {
            ascii = fold_latin1(0xC0u + (p[1] & 0x3Fu));
            p += 2;
        } else {
            /* any other byte or UTF-8 sequence: skip it whole */
            if (*p >= 0xC0) {
                p++;
                while ((*p & 0xC0) == 0x80)
                    p++;
            } else {
                p++;
            }
        }
        if (!ascii) {
            gap = n > 0;
            continue;
        }
        if (gap && n < MAXLEN)
            base[n++] = '_';
        gap = false;
        for (const char *a = ascii; *a && n < MAXLEN; a++)
            base[n++] = *a;
    }
    while (n > 0 && (base[n - 1] == '_' || base[n - 1] == '-'))
        n--;
    base[n] = '\0';
    if (n == 0)
        snprintf(base, sizeof base, "area");
    char *out = trygg__xasprintf("%s.pdf", base);
    for (int k = 2;; k++) {
        bool clash = false;
        for (size_t i = 0; i < ntaken && !clash; i++)
            clash = taken[i] && trygg__streq_ci(taken[i], out);
        if (!clash)
            break;
        free(out);
        out = trygg__xasprintf("%s-%d.pdf", base, k);
    }
    return out;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

void trygg_reports_period_label(const char *period, char *buf, size_t size)
{
    int y1, m1, d1, y2, m2, d2;
    char tail;
    if (!period || sscanf(period, "%4d-%2d-%2d/%4d-%2d-%2d%c", &y1, &m1, &d1, &y2, &m2, &d2, &tail) != 6 ||
        m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) {
        snprintf(buf, size, "%s", period ? period : "");
        return;
    }
    if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
        snprintf(buf, size, "%04d", y1);
    else if (d1 == 1 && d2 == month_days(y2, m2))
        snprintf(buf, size, _("%04d-%02d to %04d-%02d"), y1, m1, y2, m2);
    else
        snprintf(buf, size, "%s", period);
}

/* ---- The output, read once ---- */

typedef struct {
    double *xy;
    size_t nv;
    GEOSGeometry *g;
    double env[4];
} feat;

typedef struct {
    int id;
    int category;
    int confidence;
    unsigned incidents;
    double area_km2, pai;
    char *peak_hours;
    const char *place;
} hotspot_info;

typedef struct {
    trygg_ctx *ctx;
    GEOSContextHandle_t geos;
    bag mem;
    trygg_kv info;
    /* places */
    size_t np;
    feat *pl;
    char **pl_street;
    int *pl_slot; /* TRYGG_REPORT_LIGHT_SLOTS index */
    double *pl_surv; /* surveillance_share; NAN when NULL or absent */
    double *score[4]; /* safety_index, vandalism, littering, visibility */
    trygg_report_place *pl_info; /* where, length, reports, why: for the least safe lists */
    trygg_index *pl_idx;
    double min_place_m;          /* ranked lists leave out shorter places */
    /* the summary's ranked lists */
    trygg_report_ranking rankings[3];
    size_t nrankings;
    /* emerging hot spots and near repeat (from the layer and run_info) */
    const char *emerging_period;
    const char **emerging;      /* the sentences, made once the places' streets are known */
    size_t nemerging;
    feat *em;                   /* their cells */
    const char **em_what;       /* "vandalism: intensifying hot spot: ..." */
    const char *near_repeat;
    trygg_report_table *knox;   /* per category, from the near_repeat layer */
    size_t nknox;
    /* incidents */
    size_t ni;
    double *inc_xy;
    int *inc_cat;
    int64_t *inc_t;
    trygg_index *inc_idx;
    /* lamps */
    bool have_lamps; /* the output has a lamps layer */
    size_t nl;
    double *lamp_xy;
    trygg_index *lamp_idx;
    /* dark stretches */
    size_t nd;
    feat *dk;
    trygg_report_dark *dk_info;
    trygg_index *dk_idx;
    /* hotspots */
    size_t nh;
    feat *hs;
    hotspot_info *hs_info;
    trygg_index *hs_idx;
    /* measures */
    size_t nm;
    feat *ms;
    trygg_report_measure *ms_info;
    trygg_index *ms_idx;
    /* follow-up: measure_effects by measure id, and the safety survey's rows */
    bool register_used, survey_used, survey_higher_is_safer;
    size_t ne;
    int *eff_id;
    const char **eff_verdict, **eff_text; /* the sentence in the run's language */
    long (*eff_counts)[4];                /* reports before, after, comparison before, after; -1 unknown */
    size_t nsv;
    feat *sv;
    const char **sv_area;
    int *sv_year, *sv_prev_year;
    double *sv_index, *sv_change;
    trygg_index *sv_idx;
    /* run */
    bool have_periods;
    trygg_period pa, pb;
    char label_a[40], label_b[40], period_a[32], period_b[32];
    char *municipality, *date, *sources, *attribution;
    bool synthetic;
    /* Reports of the two focus areas told by area only (focus_areas: violence_close, fraud_elderly
     * in its latest period); -1 without that layer. */
    long area_only_totals[2];
    double dump_buffer_m; /* [reports] buffer_m of the run's config; NAN when absent */
    /* who reads the area reports (trygg_reports_options) */
    trygg_report_audience audience;
    unsigned min_count;
    bool sensitive[NCAT];
} model;

static const char *const score_fields[4] = {"safety_index", "vandalism_score", "littering_score", "visibility_score"};
static const char *const score_labels[4] = {N_("Safety index"), N_("Vandalism risk"), N_("Littering risk"),
                                             N_("Visibility")};
static const bool score_good[4] = {true, false, false, true};

static void feat_env(size_t i, double env[4], void *user)
{
    const feat *f = user;
    memcpy(env, f[i].env, sizeof f[i].env);
}

/* A GEOS geometry from WKB with its envelope and, for lines, its first part's vertices. */
static bool feat_from_wkb(model *m, const void *wkb, int size, feat *f, bool want_xy)
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
        const GEOSGeometry *line = GEOSGetNumGeometries_r(m->geos, f->g) > 0 ? GEOSGetGeometryN_r(m->geos, f->g, 0)
                                                                             : f->g;
        const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(m->geos, line);
        unsigned nv = 0;
        if (cs && GEOSCoordSeq_getSize_r(m->geos, cs, &nv) && nv > 0) {
            f->xy = bag_keep(&m->mem, trygg__xmalloc(2 * nv * sizeof *f->xy));
            for (unsigned k = 0; k < nv; k++) {
                GEOSCoordSeq_getX_r(m->geos, cs, k, &f->xy[2 * k]);
                GEOSCoordSeq_getY_r(m->geos, cs, k, &f->xy[2 * k + 1]);
            }
            f->nv = nv;
        }
    }
    return true;
}

static void feats_free(model *m, feat *f, size_t n)
{
    for (size_t i = 0; f && i < n; i++)
        if (f[i].g)
            GEOSGeom_destroy_r(m->geos, f[i].g);
}

static void model_fini(model *m)
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
    bag_fini(&m->mem);
}

static const char *col_text(sqlite3_stmt *q, int i) { return (const char *)sqlite3_column_text(q, i); }

static double col_real(sqlite3_stmt *q, int i)
{
    return sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i);
}

static trygg_status prepare(model *m, sqlite3 *db, const char *path, const char *sql, sqlite3_stmt **q)
{
    if (sqlite3_prepare_v2(db, sql, -1, q, NULL) != SQLITE_OK)
        return trygg__fail(m->ctx, TRYGG_E_SCHEMA, "%s: reading for the reports: %s", path, sqlite3_errmsg(db));
    return TRYGG_OK;
}

/* The value of `key` in `[section]` of the run's config dump (run_info "config"); caller frees. */
static char *dump_get(const char *dump, const char *section, const char *key)
{
    if (!dump)
        return NULL;
    char *want = trygg__xasprintf("[%s]", section);
    bool in = false;
    char *out = NULL;
    size_t klen = strlen(key);
    for (const char *line = dump; line && *line && !out;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len > 0 && line[0] == '[')
            in = len == strlen(want) && strncmp(line, want, len) == 0;
        else if (in && len > klen + 2 && strncmp(line, key, klen) == 0 && strncmp(line + klen, " = ", 3) == 0)
            out = trygg__xasprintf("%.*s", (int)(len - klen - 3), line + klen + 3);
        line = end ? end + 1 : NULL;
    }
    free(want);
    return out;
}

static const char *base_name(const char *p)
{
    const char *s = p ? strrchr(p, '/') : NULL;
    return s ? s + 1 : (p ? p : "");
}

static bool is_osm(const char *p)
{
    size_t n = p ? strlen(p) : 0;
    return (n > 8 && strcmp(p + n - 8, ".osm.pbf") == 0) || (n > 4 && strcmp(p + n - 4, ".osm") == 0) ||
           (n > 4 && strcmp(p + n - 4, ".pbf") == 0);
}

/* Sources footer, municipality, date, synthetic flag, periods: from run_info. */
static void read_run(model *m)
{
    const trygg_kv *kv = &m->info;
    const char *area = trygg_kv_get(kv, "study_area");
    char *muni = trygg__xstrdup(area && *area ? area : _("the study area"));
    /* "Helsinki centre (sample, synthetic incidents)" reads as "Helsinki centre" in sentences */
    char *paren = strstr(muni, " (");
    if (paren && paren != muni && muni[strlen(muni) - 1] == ')')
        *paren = '\0';
    m->municipality = bag_keep(&m->mem, muni);
    const char *run_at = trygg_kv_get(kv, "run_at");
    char date[11];
    if (run_at && strlen(run_at) >= 10) {
        memcpy(date, run_at, 10);
        date[10] = '\0';
    } else {
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(date, sizeof date, "%Y-%m-%d", &tm);
    }
    m->date = bag_str(&m->mem, date);
    const char *syn = trygg_kv_get(kv, "input.incidents.synthetic");
    m->synthetic = syn && strncmp(syn, "yes", 3) == 0;

    /* Sources: the inputs by file, OSM attributed as its licence asks. */
    static const char *const roles[] = {"streets", "lamps", "buildings", "pois", "incidents"};
    static const char *const words[] = {N_("streets"), N_("lamps"), N_("buildings"), N_("points of interest"),
                                        N_("incidents")};
    trygg__strbuf b = {0};
    bool done[5] = {false}, osm = false;
    for (int r = 0; r < 5; r++) {
        if (done[r])
            continue;
        char key[64];
        snprintf(key, sizeof key, "input.%s.path", roles[r]);
        const char *path = trygg_kv_get(kv, key);
        if (!path || !*path)
            continue;
        trygg__sb_printf(&b, "%s%s", b.n ? "; " : "", _(words[r]));
        for (int s = r + 1; s < 5; s++) {
            snprintf(key, sizeof key, "input.%s.path", roles[s]);
            const char *other = trygg_kv_get(kv, key);
            if (other && strcmp(other, path) == 0) {
                trygg__sb_printf(&b, ", %s", _(words[s]));
                done[s] = true;
            }
        }
        trygg__sb_printf(&b, ": %s", base_name(path));
        if (is_osm(path)) {
            trygg__sb_printf(&b, " (%s)", _("Map data © OpenStreetMap contributors, ODbL 1.0"));
            osm = true;
        }
        if (r == 4 && m->synthetic)
            trygg__sb_printf(&b, " (%s)", _("SYNTHETIC"));
    }
    char when[TRYGG__NUM_MAX];
    trygg__sb_printf(&b, "%s", b.n ? "; " : "");
    trygg__sb_printf(&b, _("figures from the trygg run of %s"), trygg__fmt_iso_date(when, sizeof when, m->date));
    /* Masked again: run_info of an output written before masking may still hold a password. */
    char *sources = trygg__sb_steal(&b);
    m->sources = bag_keep(&m->mem, trygg_mask_secrets(sources));
    free(sources);
    m->attribution = bag_keep(&m->mem, trygg__xasprintf("%s%s%s",
                                                        osm ? _("Map data © OpenStreetMap contributors, ODbL") : "",
                                                        osm && m->synthetic ? "; " : "",
                                                        m->synthetic ? _("incidents: SYNTHETIC") : ""));

    /* Periods as the hotspot stage wrote them, in the run's time-zone rule. */
    const char *dump = trygg_kv_get(kv, "config");
    char *off = dump_get(dump, "time", "utc_offset_h"), *est = dump_get(dump, "time", "eu_summer_time");
    char *buf = dump_get(dump, "reports", "buffer_m");
    double utc_offset = off ? strtod(off, NULL) : 1.0;
    bool summer = est ? strcmp(est, "true") == 0 : true;
    m->dump_buffer_m = buf ? strtod(buf, NULL) : NAN;
    free(off);
    free(est);
    free(buf);
    const char *periods = trygg_kv_get(kv, "trend.periods");
    if (periods && sscanf(periods, "period a %31[0-9/-], period b %31[0-9/-]", m->period_a, m->period_b) == 2 &&
        trygg_period_parse(m->period_a, utc_offset, summer, &m->pa) &&
        trygg_period_parse(m->period_b, utc_offset, summer, &m->pb)) {
        m->have_periods = true;
        trygg_reports_period_label(m->period_a, m->label_a, sizeof m->label_a);
        trygg_reports_period_label(m->period_b, m->label_b, sizeof m->label_b);
    } else {
        m->period_a[0] = m->period_b[0] = '\0';
        snprintf(m->label_a, sizeof m->label_a, "%s", _("earlier period"));
        snprintf(m->label_b, sizeof m->label_b, "%s", _("later period"));
    }
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

/* The summary's ranked lists (as trygg info gives them): the least safe places and those with
 * most vandalism and littering evidence by their empirical-Bayes rate, each of at least
 * min_place_m (run_info places.min_place_m; 0 for older outputs), ten at most. */
static trygg_status read_rankings(model *m, sqlite3 *db, const char *path)
{
    static const struct {
        const char *title, *reports_label, *value_label, *reports, *value, *where;
    } lists[3] = {
        {N_("Least safe places"), N_("Vandalism reports"), N_("Safety index"), "n_vandalism + n_graffiti",
         "safety_index", "safety_index IS NOT NULL ORDER BY safety_index, fid"},
        {N_("Most vandalism and graffiti reports"), N_("Vandalism reports"), N_("Per 100 m (EB)"),
         "n_vandalism + n_graffiti", "eb_vandalism",
         "n_vandalism + n_graffiti > 0 AND eb_vandalism IS NOT NULL ORDER BY eb_vandalism DESC, fid"},
        {N_("Most littering reports"), N_("Littering reports"), N_("Per 100 m (EB)"), "n_littering", "eb_littering",
         "n_littering > 0 AND eb_littering IS NOT NULL ORDER BY eb_littering DESC, fid"},
    };
    static const char *const needed[] = {"length_m", "top_factors", "n_vandalism", "n_graffiti", "n_littering",
                                         "eb_vandalism", "eb_littering", "safety_index"};
    for (size_t k = 0; k < sizeof needed / sizeof *needed; k++)
        if (!trygg__sqlite_has_column(db, "street_segments", needed[k]))
            return TRYGG_OK; /* not a full trygg output: no ranked lists */
    const char *min = trygg_kv_get(&m->info, "places.min_place_m");
    m->min_place_m = min ? strtod(min, NULL) : 0.0;
    if (!(m->min_place_m >= 0.0))
        m->min_place_m = 0.0;
    const char *where =
        trygg__sqlite_has_column(db, "street_segments", "location") ? "COALESCE(location, street)" : "street";
    for (int k = 0; k < 3; k++) {
        sqlite3_stmt *q = NULL;
        char *sql = trygg__xasprintf("SELECT fid, %s, length_m, %s, %s, top_factors FROM street_segments "
                                     "WHERE length_m >= %.17g AND %s LIMIT 10",
                                     where, lists[k].reports, lists[k].value, m->min_place_m, lists[k].where);
        trygg_status st = prepare(m, db, path, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        trygg_report_place *v = bag_keep(&m->mem, trygg__xcalloc(10, sizeof *v));
        size_t n = 0;
        while (n < 10 && sqlite3_step(q) == SQLITE_ROW)
            v[n++] = (trygg_report_place){
                .seg_id = sqlite3_column_int64(q, 0),
                .location = col_text(q, 1) ? bag_str(&m->mem, col_text(q, 1)) : NULL,
                .length_m = col_real(q, 2),
                .reports = (unsigned)sqlite3_column_int(q, 3),
                .value = col_real(q, 4),
                .why = col_text(q, 5) ? bag_str(&m->mem, col_text(q, 5)) : NULL,
            };
        sqlite3_finalize(q);
        /* the summary is the municipality's document: exact counts (min_count 0) */
        m->rankings[k] = (trygg_report_ranking){_(lists[k].title), _(lists[k].reports_label),
                                                _(lists[k].value_label), v, n, 0};
    }
    m->nrankings = 3;
    return TRYGG_OK;
}

/* The Knox tables of the near_repeat layer, one per category: rows the distance bands, columns
 * the time bands, cells "observed / expected  ratio" with a star where p <= 0.05. */
/* A category code as the words of the run's language ("vandalism" -> "skadegörelse"). */
static const char *knox_category_words(const char *code)
{
    trygg_category c;
    return code && trygg_category_from_name(code, &c) ? trygg_category_words(c, false) : code;
}

static trygg_status read_knox(model *m, sqlite3 *db, const char *path)
{
    if (!trygg__gpkg_has_table(db, "near_repeat"))
        return TRYGG_OK;
    sqlite3_stmt *q = NULL;
    trygg_status st = prepare(m, db, path,
                              "SELECT category, space_from_m, space_to_m, time_from_days, time_to_days, observed, "
                              "expected, ratio, p_value FROM near_repeat ORDER BY category, space_from_m, "
                              "time_from_days",
                              &q);
    if (st != TRYGG_OK)
        return st;
    /* rows arrive category by category, distance band by distance band */
    typedef struct {
        char *cat;
        double s0, s1, t0, t1, obs, exp, ratio, p;
    } knox_row;
    knox_row *rows = NULL;
    size_t n = 0, cap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&rows, &cap, n + 1, sizeof *rows);
        rows[n++] = (knox_row){bag_str(&m->mem, col_text(q, 0) ? col_text(q, 0) : ""), col_real(q, 1), col_real(q, 2),
                               col_real(q, 3), col_real(q, 4), col_real(q, 5), col_real(q, 6), col_real(q, 7),
                               col_real(q, 8)};
    }
    sqlite3_finalize(q);
    m->knox = bag_keep(&m->mem, trygg__xcalloc(TRYGG_CAT_COUNT, sizeof *m->knox));
    for (size_t i = 0; i < n && m->nknox < TRYGG_CAT_COUNT;) {
        size_t j = i, nt = 0;
        while (j < n && strcmp(rows[j].cat, rows[i].cat) == 0)
            j++;
        while (i + nt < j && rows[i + nt].s0 == rows[i].s0)
            nt++;
        size_t ns = nt ? (j - i) / nt : 0, ncols = nt + 1;
        const char **head = bag_keep(&m->mem, trygg__xcalloc(ncols, sizeof *head));
        const char **cells = bag_keep(&m->mem, trygg__xcalloc(ns * ncols + 1, sizeof *cells));
        head[0] = _("Distance");
        char a[TRYGG__NUM_MAX], b[TRYGG__NUM_MAX];
        for (size_t t = 0; t < nt; t++)
            head[t + 1] = bag_keep(&m->mem, trygg__xasprintf(_("%s-%s days"), trygg__fmt_num(a, sizeof a, rows[i + t].t0, 0),
                                                             trygg__fmt_num(b, sizeof b, rows[i + t].t1, 0)));
        for (size_t s = 0; s < ns; s++) {
            const knox_row *r0 = &rows[i + s * nt];
            cells[s * ncols] = bag_keep(&m->mem, trygg__xasprintf("%s-%s m", trygg__fmt_num(a, sizeof a, r0->s0, 0),
                                                                  trygg__fmt_num(b, sizeof b, r0->s1, 0)));
            for (size_t t = 0; t < nt; t++) {
                const knox_row *r = &rows[i + s * nt + t];
                char o[TRYGG__NUM_MAX], e[TRYGG__NUM_MAX], ratio[TRYGG__NUM_MAX];
                trygg__fmt_num(o, sizeof o, r->obs, 0);
                cells[s * ncols + t + 1] =
                    isfinite(r->ratio)
                        ? bag_keep(&m->mem, trygg__xasprintf("%s / %s  %s%s", o, trygg__fmt_num(e, sizeof e, r->exp, 1),
                                                             trygg__fmt_num(ratio, sizeof ratio, r->ratio, 2),
                                                             r->p <= 0.05 && r->ratio > 1 ? "*" : ""))
                        : bag_keep(&m->mem, trygg__xasprintf("%s / 0", o));
            }
        }
        m->knox[m->nknox++] = (trygg_report_table){
            bag_keep(&m->mem, trygg__xasprintf(_("%s: pairs of reports observed / expected with no space-time "
                                                 "interaction, and their ratio (* p <= 0.05)"),
                                               knox_category_words(rows[i].cat))),
            ns, ncols, head, cells};
        i = j;
    }
    free(rows);
    return TRYGG_OK;
}

#define SUMMARY_EMERGING 12

/* The summary's emerging hot spots: new, consecutive, intensifying and persistent hot spots (in
 * that order of urgency), one sentence each with its category and cell, at most SUMMARY_EMERGING;
 * and the near-repeat note of run_info. */
static trygg_status read_emerging(model *m, sqlite3 *db, const char *path)
{
    const char *period = trygg_kv_get(&m->info, "emerging.steps");
    m->emerging_period = period ? bag_str(&m->mem, period) : NULL;
    const char *nr = trygg_kv_get(&m->info, "nearrepeat");
    m->near_repeat = nr ? bag_str(&m->mem, nr) : NULL;
    if (!trygg__gpkg_has_table(db, "emerging_hotspots"))
        return TRYGG_OK;
    sqlite3_stmt *q = NULL;
    trygg_status st = prepare(m, db, path,
                              "SELECT category, cell_id, description, ST_AsBinary(geom) FROM emerging_hotspots "
                              "WHERE class IN ("
                              "'intensifying hot spot', 'new hot spot', 'consecutive hot spot', "
                              "'persistent hot spot') ORDER BY CASE class WHEN 'intensifying hot spot' THEN 0 "
                              "WHEN 'new hot spot' THEN 1 WHEN 'consecutive hot spot' THEN 2 ELSE 3 END, "
                              "hot_steps DESC, category, cell_id",
                              &q);
    if (st != TRYGG_OK)
        return st;
    m->emerging = bag_keep(&m->mem, trygg__xcalloc(SUMMARY_EMERGING, sizeof *m->emerging));
    m->em = bag_keep(&m->mem, trygg__xcalloc(SUMMARY_EMERGING, sizeof *m->em));
    m->em_what = bag_keep(&m->mem, trygg__xcalloc(SUMMARY_EMERGING, sizeof *m->em_what));
    while (m->nemerging < SUMMARY_EMERGING && sqlite3_step(q) == SQLITE_ROW) {
        feat f;
        if (!feat_from_wkb(m, sqlite3_column_blob(q, 3), sqlite3_column_bytes(q, 3), &f, false))
            continue;
        m->em[m->nemerging] = f;
        trygg_category cat;
        const char *what = col_text(q, 0) && trygg_category_from_name(col_text(q, 0), &cat)
                               ? trygg_category_words(cat, false)
                               : col_text(q, 0) ? col_text(q, 0) : "";
        m->em_what[m->nemerging++] =
            bag_keep(&m->mem, trygg__xasprintf("%s: %s", what, col_text(q, 2) ? col_text(q, 2) : ""));
    }
    sqlite3_finalize(q);
    return TRYGG_OK;
}

/* measure_effects (the effect of each measure done, in the run's language) and survey_areas (the
 * safety survey per area and year), for the area reports' follow-up. */
static trygg_status read_followup(model *m, sqlite3 *db, const char *path)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    const char *dump = trygg_kv_get(&m->info, "config");
    char *higher = dump_get(dump, "survey", "higher_is_safer");
    m->survey_higher_is_safer = higher && strcmp(higher, "true") == 0;
    free(higher);
    m->register_used = trygg_kv_get(&m->info, "plan.register") != NULL;
    m->survey_used = trygg_kv_get(&m->info, "survey") != NULL;
    if (trygg__gpkg_has_table(db, "measure_effects") && trygg__sqlite_has_column(db, "measure_effects", "verdict") &&
        trygg__sqlite_has_column(db, "measure_effects", "measure_id")) {
        bool en = trygg__language() == TRYGG_LANG_EN && trygg__sqlite_has_column(db, "measure_effects", "effect_en");
        /* a column an older output lacks reads as NULL */
        static const char *const counts[] = {"reports_before", "reports_after", "comparison_before",
                                             "comparison_after", "effect"};
        const char *c[5];
        for (int k = 0; k < 5; k++)
            c[k] = trygg__sqlite_has_column(db, "measure_effects", counts[k]) ? counts[k] : "NULL";
        char *sql = trygg__xasprintf("SELECT measure_id, verdict, %s, %s, %s, %s, %s FROM measure_effects "
                                     "ORDER BY measure_id",
                                     en ? "effect_en" : c[4], c[0], c[1], c[2], c[3]);
        st = prepare(m, db, path, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        size_t c1 = 0, c2 = 0, c3 = 0, c4 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__grow((void **)&m->eff_id, &c1, m->ne + 1, sizeof *m->eff_id);
            trygg__grow((void **)&m->eff_verdict, &c2, m->ne + 1, sizeof *m->eff_verdict);
            trygg__grow((void **)&m->eff_text, &c3, m->ne + 1, sizeof *m->eff_text);
            trygg__grow((void **)&m->eff_counts, &c4, m->ne + 1, sizeof *m->eff_counts);
            m->eff_id[m->ne] = sqlite3_column_int(q, 0);
            m->eff_verdict[m->ne] = bag_str(&m->mem, col_text(q, 1));
            m->eff_text[m->ne] = bag_str(&m->mem, col_text(q, 2));
            for (int k = 0; k < 4; k++)
                m->eff_counts[m->ne][k] = sqlite3_column_type(q, 3 + k) == SQLITE_NULL ? -1
                                                                                        : sqlite3_column_int64(q, 3 + k);
            m->ne++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->eff_id);
        bag_keep(&m->mem, m->eff_verdict);
        bag_keep(&m->mem, m->eff_text);
        bag_keep(&m->mem, m->eff_counts);
    }
    if (trygg__gpkg_has_table(db, "survey_areas") && trygg__sqlite_has_column(db, "survey_areas", "index_total") &&
        trygg__sqlite_has_column(db, "survey_areas", "previous_year") &&
        trygg__sqlite_has_column(db, "survey_areas", "index_change")) {
        m->survey_used = true;
        if ((st = prepare(m, db, path,
                          "SELECT area, year, index_total, previous_year, index_change, ST_AsBinary(geom) "
                          "FROM survey_areas WHERE year IS NOT NULL AND index_total IS NOT NULL ORDER BY fid",
                          &q)) != TRYGG_OK)
            return st;
        size_t c[6] = {0};
        while (sqlite3_step(q) == SQLITE_ROW) {
            feat f;
            if (!feat_from_wkb(m, sqlite3_column_blob(q, 5), sqlite3_column_bytes(q, 5), &f, false))
                continue;
            trygg__grow((void **)&m->sv, &c[0], m->nsv + 1, sizeof *m->sv);
            trygg__grow((void **)&m->sv_area, &c[1], m->nsv + 1, sizeof *m->sv_area);
            trygg__grow((void **)&m->sv_year, &c[2], m->nsv + 1, sizeof *m->sv_year);
            trygg__grow((void **)&m->sv_prev_year, &c[3], m->nsv + 1, sizeof *m->sv_prev_year);
            trygg__grow((void **)&m->sv_index, &c[4], m->nsv + 1, sizeof *m->sv_index);
            trygg__grow((void **)&m->sv_change, &c[5], m->nsv + 1, sizeof *m->sv_change);
            m->sv[m->nsv] = f;
            m->sv_area[m->nsv] = bag_str(&m->mem, col_text(q, 0) ? col_text(q, 0) : "");
            m->sv_year[m->nsv] = sqlite3_column_int(q, 1);
            m->sv_index[m->nsv] = col_real(q, 2);
            m->sv_prev_year[m->nsv] = sqlite3_column_type(q, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(q, 3);
            m->sv_change[m->nsv] = col_real(q, 4);
            m->nsv++;
        }
        sqlite3_finalize(q);
        bag_keep(&m->mem, m->sv);
        bag_keep(&m->mem, m->sv_area);
        bag_keep(&m->mem, m->sv_year);
        bag_keep(&m->mem, m->sv_prev_year);
        bag_keep(&m->mem, m->sv_index);
        bag_keep(&m->mem, m->sv_change);
        if (m->nsv)
            m->sv_idx = trygg_index_new(m->ctx, m->nsv, feat_env, m->sv);
    }
    return TRYGG_OK;
}

/* x and y of a GeoPackage point blob (GPKG 1.2 section 2.1.3: "GP", version, flags with the
 * header's byte order in bit 0, the envelope's size in bits 1-3 and the empty flag in bit 4, the
 * srs_id, the envelope, then WKB), without going through SpatiaLite for each of tens of thousands
 * of rows. False for anything but a non-empty 2D, Z, M or ZM point (ISO or EWKB-style type),
 * which the caller skips as it skips a NULL ST_X. */
static bool gpkg_point_xy(const unsigned char *b, int n, double *x, double *y)
{
    static const int env_bytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    if (!b || n < 8 || b[0] != 'G' || b[1] != 'P' || (b[3] & 0x10))
        return false;
    int env = env_bytes[(b[3] >> 1) & 7];
    if (env < 0 || n < 8 + env + 21)
        return false;
    const unsigned char *w = b + 8 + env;
    bool le = w[0] == 1;
    if (w[0] > 1)
        return false;
    uint32_t type = 0;
    for (int k = 0; k < 4; k++)
        type |= (uint32_t)w[1 + k] << (le ? 8 * k : 8 * (3 - k));
    type &= 0x0fffffff; /* EWKB-style Z/M/SRID flags */
    if (type % 1000 != 1)
        return false;
    double v[2];
    for (int c = 0; c < 2; c++) {
        uint64_t u = 0;
        for (int k = 0; k < 8; k++)
            u |= (uint64_t)w[5 + 8 * c + k] << (le ? 8 * k : 8 * (7 - k));
        memcpy(&v[c], &u, sizeof u);
    }
    *x = v[0];
    *y = v[1];
    return true;
}

static trygg_status read_model(model *m, const char *path)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    size_t cap;
    if ((st = trygg__spatialite_open(m->ctx, path, true, &db)) != TRYGG_OK)
        goto done;
    if (!trygg__gpkg_has_table(db, "street_segments") || !trygg__gpkg_has_table(db, "run_info")) {
        st = trygg__fail(m->ctx, TRYGG_E_SCHEMA, "%s: no street_segments or run_info layer: not a trygg output",
                         path);
        goto done;
    }
    if ((st = prepare(m, db, path, "SELECT key, value FROM run_info ORDER BY fid", &q)) != TRYGG_OK)
        goto done;
    while (sqlite3_step(q) == SQLITE_ROW)
        if (col_text(q, 0))
            trygg_kv_set(&m->info, col_text(q, 0), "%s", col_text(q, 1) ? col_text(q, 1) : "");
    sqlite3_finalize(q);
    q = NULL;
    read_run(m);
    m->area_only_totals[0] = m->area_only_totals[1] = -1;
    if (trygg__gpkg_has_table(db, "focus_areas") &&
        sqlite3_prepare_v2(db, "SELECT total(n_violence_close), total(n_fraud_elderly) FROM focus_areas", -1, &q,
                           NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        m->area_only_totals[0] = sqlite3_column_int64(q, 0);
        m->area_only_totals[1] = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    q = NULL;

    /* places */
    /* Outputs of trygg 0.1 have no location: the street name stands in. */
    static const char *const extra[] = {"length_m", "top_factors", "n_vandalism", "n_graffiti"};
    bool full = true;
    for (size_t k = 0; k < sizeof extra / sizeof *extra; k++)
        full = full && trygg__sqlite_has_column(db, "street_segments", extra[k]);
    char *places_sql = trygg__xasprintf(
        "SELECT street, lighting_class, safety_index, vandalism_score, littering_score, visibility_score, "
        "ST_AsBinary(geom), %s, %s, %s FROM street_segments ORDER BY fid",
        trygg__sqlite_has_column(db, "street_segments", "location") ? "COALESCE(location, street)" : "street",
        full ? "length_m, fid, n_vandalism + n_graffiti, top_factors" : "NULL, fid, 0, NULL",
        trygg__sqlite_has_column(db, "street_segments", "surveillance_share") ? "surveillance_share" : "NULL");
    st = prepare(m, db, path, places_sql, &q);
    free(places_sql);
    if (st != TRYGG_OK)
        goto done;
    cap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        feat f;
        if (!feat_from_wkb(m, sqlite3_column_blob(q, 6), sqlite3_column_bytes(q, 6), &f, true))
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
        m->pl_street[m->np] = col_text(q, 0) && *col_text(q, 0) ? bag_str(&m->mem, col_text(q, 0)) : NULL;
        m->pl_slot[m->np] = slot_of(col_text(q, 1));
        m->pl_surv[m->np] = col_real(q, 12);
        m->pl_info[m->np] = (trygg_report_place){
            .seg_id = sqlite3_column_int64(q, 9),
            .location = col_text(q, 7) ? bag_str(&m->mem, col_text(q, 7)) : NULL,
            .length_m = col_real(q, 8),
            .reports = (unsigned)sqlite3_column_int(q, 10),
            .value = col_real(q, 2),
            .why = col_text(q, 11) ? bag_str(&m->mem, col_text(q, 11)) : NULL,
        };
        for (int k = 0; k < 4; k++)
            m->score[k][m->np] = col_real(q, 2 + k);
        m->np++;
    }
    sqlite3_finalize(q);
    q = NULL;
    bag_keep(&m->mem, m->pl);
    bag_keep(&m->mem, m->pl_street);
    bag_keep(&m->mem, m->pl_slot);
    bag_keep(&m->mem, m->pl_surv);
    bag_keep(&m->mem, m->pl_info);
    if ((st = read_rankings(m, db, path)) != TRYGG_OK || (st = read_emerging(m, db, path)) != TRYGG_OK ||
        (st = read_knox(m, db, path)) != TRYGG_OK)
        goto done;
    for (int k = 0; k < 4; k++)
        bag_keep(&m->mem, m->score[k]);

    /* incidents */
    if (trygg__gpkg_has_table(db, "incidents")) {
        if ((st = prepare(m, db, path,
                          "SELECT category, occurred_at, geom FROM incidents WHERE geom IS NOT NULL ORDER BY fid",
                          &q)) != TRYGG_OK)
            goto done;
        size_t c1 = 0, c2 = 0, c3 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            double x, y;
            if (!gpkg_point_xy(sqlite3_column_blob(q, 2), sqlite3_column_bytes(q, 2), &x, &y) || !isfinite(x) ||
                !isfinite(y))
                continue;
            trygg__grow((void **)&m->inc_xy, &c1, 2 * (m->ni + 1), sizeof *m->inc_xy);
            trygg__grow((void **)&m->inc_cat, &c2, m->ni + 1, sizeof *m->inc_cat);
            trygg__grow((void **)&m->inc_t, &c3, m->ni + 1, sizeof *m->inc_t);
            trygg_category c = TRYGG_CAT_OTHER;
            if (col_text(q, 0))
                trygg_category_from_name(col_text(q, 0), &c);
            int64_t t;
            m->inc_xy[2 * m->ni] = x;
            m->inc_xy[2 * m->ni + 1] = y;
            m->inc_cat[m->ni] = (int)c;
            m->inc_t[m->ni] = col_text(q, 1) && trygg_io_parse_time(col_text(q, 1), 0, false, &t) ? t : TIME_NONE;
            m->ni++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->inc_xy);
        bag_keep(&m->mem, m->inc_cat);
        bag_keep(&m->mem, m->inc_t);
    }

    /* lamps */
    if ((m->have_lamps = trygg__gpkg_has_table(db, "lamps"))) {
        if ((st = prepare(m, db, path, "SELECT geom FROM lamps WHERE geom IS NOT NULL ORDER BY fid", &q)) != TRYGG_OK)
            goto done;
        size_t c1 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            double x, y;
            if (!gpkg_point_xy(sqlite3_column_blob(q, 0), sqlite3_column_bytes(q, 0), &x, &y) || !isfinite(x) ||
                !isfinite(y))
                continue;
            trygg__grow((void **)&m->lamp_xy, &c1, 2 * (m->nl + 1), sizeof *m->lamp_xy);
            m->lamp_xy[2 * m->nl] = x;
            m->lamp_xy[2 * m->nl + 1] = y;
            m->nl++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->lamp_xy);
    }

    /* dark stretches */
    if (trygg__gpkg_has_table(db, "dark_stretches")) {
        if ((st = prepare(m, db, path,
                          "SELECT street, length_m, lux_min, night_incidents_near, ST_AsBinary(geom) "
                          "FROM dark_stretches ORDER BY fid",
                          &q)) != TRYGG_OK)
            goto done;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            feat f;
            if (!feat_from_wkb(m, sqlite3_column_blob(q, 4), sqlite3_column_bytes(q, 4), &f, true))
                continue;
            trygg__grow((void **)&m->dk, &c1, m->nd + 1, sizeof *m->dk);
            trygg__grow((void **)&m->dk_info, &c2, m->nd + 1, sizeof *m->dk_info);
            m->dk[m->nd] = f;
            m->dk_info[m->nd] = (trygg_report_dark){
                .street = col_text(q, 0) && *col_text(q, 0) ? bag_str(&m->mem, col_text(q, 0)) : NULL,
                .length_m = col_real(q, 1),
                .lux_min = col_real(q, 2),
                .night_incidents_near = (unsigned)sqlite3_column_int(q, 3),
            };
            m->nd++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->dk);
        bag_keep(&m->mem, m->dk_info);
    }

    /* hotspots */
    if (trygg__gpkg_has_table(db, "hotspots")) {
        if ((st = prepare(m, db, path,
                          "SELECT hotspot_id, category, confidence, incidents, area_km2, pai, peak_hours, "
                          "ST_AsBinary(geom) FROM hotspots ORDER BY fid",
                          &q)) != TRYGG_OK)
            goto done;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            feat f;
            if (!feat_from_wkb(m, sqlite3_column_blob(q, 7), sqlite3_column_bytes(q, 7), &f, false))
                continue;
            trygg__grow((void **)&m->hs, &c1, m->nh + 1, sizeof *m->hs);
            trygg__grow((void **)&m->hs_info, &c2, m->nh + 1, sizeof *m->hs_info);
            trygg_category c = TRYGG_CAT_OTHER;
            if (col_text(q, 1))
                trygg_category_from_name(col_text(q, 1), &c);
            m->hs[m->nh] = f;
            m->hs_info[m->nh] = (hotspot_info){
                .id = sqlite3_column_int(q, 0),
                .category = (int)c,
                .confidence = col_text(q, 2) ? atoi(col_text(q, 2)) : 90,
                .incidents = (unsigned)sqlite3_column_int(q, 3),
                .area_km2 = col_real(q, 4),
                .pai = col_real(q, 5),
                .peak_hours = bag_str(&m->mem, col_text(q, 6)),
            };
            m->nh++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->hs);
        bag_keep(&m->mem, m->hs_info);
    }

    /* measures (the plan stage's layer, when the run made one); optional fields read as NULL */
    if (trygg__gpkg_has_table(db, "measures") && trygg__sqlite_has_column(db, "measures", "geom")) {
        static const char *const cols[] = {"measure_id", "measure", "focus_area", "responsible", "priority",
                                           "indicator",  "status",  "effect",     "done_on"};
        trygg__strbuf sql = {0};
        trygg__sb_printf(&sql, "SELECT ");
        for (int k = 0; k < 9; k++)
            trygg__sb_printf(&sql, trygg__sqlite_has_column(db, "measures", cols[k]) ? "\"%s\", " : "NULL /* %s */, ", cols[k]);
        trygg__sb_printf(&sql, "ST_AsBinary(geom), fid FROM measures ORDER BY fid");
        char *s = trygg__sb_steal(&sql);
        st = prepare(m, db, path, s, &q);
        free(s);
        if (st != TRYGG_OK)
            goto done;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            feat f;
            if (!feat_from_wkb(m, sqlite3_column_blob(q, 9), sqlite3_column_bytes(q, 9), &f, false))
                continue;
            trygg__grow((void **)&m->ms, &c1, m->nm + 1, sizeof *m->ms);
            trygg__grow((void **)&m->ms_info, &c2, m->nm + 1, sizeof *m->ms_info);
            m->ms[m->nm] = f;
            int prio = sqlite3_column_type(q, 4) == SQLITE_NULL ? 3 : sqlite3_column_int(q, 4);
            m->ms_info[m->nm] = (trygg_report_measure){
                .id = sqlite3_column_type(q, 0) == SQLITE_NULL ? sqlite3_column_int(q, 10) : sqlite3_column_int(q, 0),
                .measure = bag_str(&m->mem, col_text(q, 1)),
                .focus_area = bag_str(&m->mem, col_text(q, 2)),
                .responsible = bag_str(&m->mem, col_text(q, 3)),
                .priority = prio < 1 ? 1 : prio > 5 ? 5 : prio,
                .indicator = bag_str(&m->mem, col_text(q, 5)),
                .status = bag_str(&m->mem, col_text(q, 6)),
                .effect = bag_str(&m->mem, col_text(q, 7)),
                .done_on = bag_str(&m->mem, col_text(q, 8)),
            };
            m->nm++;
        }
        sqlite3_finalize(q);
        q = NULL;
        bag_keep(&m->mem, m->ms);
        bag_keep(&m->mem, m->ms_info);
    }

    if ((st = read_followup(m, db, path)) != TRYGG_OK)
        goto done;

    if (m->np)
        m->pl_idx = trygg_index_new(m->ctx, m->np, feat_env, m->pl);
    if (m->ni)
        m->inc_idx = trygg_index_new_points(m->ctx, m->inc_xy, m->ni, 2);
    if (m->nl)
        m->lamp_idx = trygg_index_new_points(m->ctx, m->lamp_xy, m->nl, 2);
    if (m->nd)
        m->dk_idx = trygg_index_new(m->ctx, m->nd, feat_env, m->dk);
    if (m->nh)
        m->hs_idx = trygg_index_new(m->ctx, m->nh, feat_env, m->hs);
    if (m->nm)
        m->ms_idx = trygg_index_new(m->ctx, m->nm, feat_env, m->ms);
done:
    sqlite3_finalize(q);
    if (db)
        sqlite3_close(db);
    return st;
}

/* ---- Spatial helpers ---- */

static void env_of(GEOSContextHandle_t geos, const GEOSGeometry *g, double env[4])
{
    GEOSGeom_getXMin_r(geos, g, &env[0]);
    GEOSGeom_getYMin_r(geos, g, &env[1]);
    GEOSGeom_getXMax_r(geos, g, &env[2]);
    GEOSGeom_getYMax_r(geos, g, &env[3]);
}

static void query(const model *m, const trygg_index *idx, const double env[4], trygg_idlist *out)
{
    out->n = 0;
    if (idx)
        trygg_index_query(idx, m->geos, env[0], env[1], env[2], env[3], out);
}

static bool point_in(const model *m, const GEOSPreparedGeometry *pg, double x, double y)
{
    GEOSGeometry *p = GEOSGeom_createPointFromXY_r(m->geos, x, y);
    bool in = p && GEOSPreparedIntersects_r(m->geos, pg, p) == 1;
    if (p)
        GEOSGeom_destroy_r(m->geos, p);
    return in;
}

/* The street names of the places meeting g, most places first (ties: first seen), up to two,
 * "A / B"; NULL when none. Allocated in the model's bag. */
static const char *streets_at(model *m, const GEOSGeometry *g)
{
    double env[4];
    env_of(m->geos, g, env);
    trygg_idlist ids = {0};
    query(m, m->pl_idx, env, &ids);
    const GEOSPreparedGeometry *pg = GEOSPrepare_r(m->geos, g);
    const char *names[64];
    size_t counts[64], nn = 0;
    for (size_t k = 0; k < ids.n && pg; k++) {
        size_t i = ids.v[k];
        if (!m->pl_street[i] || GEOSPreparedIntersects_r(m->geos, pg, m->pl[i].g) != 1)
            continue;
        size_t j = 0;
        while (j < nn && strcmp(names[j], m->pl_street[i]) != 0)
            j++;
        if (j == nn && nn < 64) {
            names[nn] = m->pl_street[i];
            counts[nn++] = 0;
        }
        if (j < nn)
            counts[j]++;
    }
    if (pg)
        GEOSPreparedGeom_destroy_r(m->geos, pg);
    trygg_idlist_fini(&ids);
    if (nn == 0)
        return NULL;
    size_t best = 0, second = SIZE_MAX;
    for (size_t j = 1; j < nn; j++)
        if (counts[j] > counts[best])
            best = j;
    for (size_t j = 0; j < nn; j++)
        if (j != best && (second == SIZE_MAX || counts[j] > counts[second]))
            second = j;
    return second == SIZE_MAX ? bag_str(&m->mem, names[best])
                              : bag_keep(&m->mem, trygg__xasprintf("%s / %s", names[best], names[second]));
}

typedef struct {
    trygg_report_polygon *v;
    size_t n, cap;
} poly_vec;

/* Append the polygons of g (Polygon or MultiPolygon) as report polygons of one kind. */
static void add_polys(model *m, const GEOSGeometry *g, trygg_report_poly_kind kind, const char *label, poly_vec *out)
{
    int t = GEOSGeomTypeId_r(m->geos, g);
    int np = (t == GEOS_MULTIPOLYGON || t == GEOS_GEOMETRYCOLLECTION) ? GEOSGetNumGeometries_r(m->geos, g) : 1;
    for (int p = 0; p < np; p++) {
        const GEOSGeometry *poly = np == 1 && t == GEOS_POLYGON ? g : GEOSGetGeometryN_r(m->geos, g, p);
        if (!poly || GEOSGeomTypeId_r(m->geos, poly) != GEOS_POLYGON || GEOSisEmpty_r(m->geos, poly))
            continue;
        int nholes = GEOSGetNumInteriorRings_r(m->geos, poly);
        size_t nrings = (size_t)nholes + 1, total = 0;
        size_t *ring_nv = bag_keep(&m->mem, trygg__xcalloc(nrings, sizeof *ring_nv));
        for (size_t r = 0; r < nrings; r++) {
            const GEOSGeometry *ring = r == 0 ? GEOSGetExteriorRing_r(m->geos, poly)
                                              : GEOSGetInteriorRingN_r(m->geos, poly, (int)r - 1);
            unsigned nv = 0;
            GEOSCoordSeq_getSize_r(m->geos, GEOSGeom_getCoordSeq_r(m->geos, ring), &nv);
            ring_nv[r] = nv;
            total += nv;
        }
        double *xy = bag_keep(&m->mem, trygg__xmalloc((total ? total : 1) * 2 * sizeof *xy));
        size_t k = 0;
        for (size_t r = 0; r < nrings; r++) {
            const GEOSGeometry *ring = r == 0 ? GEOSGetExteriorRing_r(m->geos, poly)
                                              : GEOSGetInteriorRingN_r(m->geos, poly, (int)r - 1);
            const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(m->geos, ring);
            for (unsigned v = 0; v < ring_nv[r]; v++, k++) {
                GEOSCoordSeq_getX_r(m->geos, cs, v, &xy[2 * k]);
                GEOSCoordSeq_getY_r(m->geos, cs, v, &xy[2 * k + 1]);
            }
        }
        trygg__grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v);
        out->v[out->n++] = (trygg_report_polygon){xy, ring_nv, nrings, kind, label};
    }
}

static trygg_report_poly_kind hotspot_kind(int confidence)
{
    return confidence >= 99 ? TRYGG_REPORT_POLY_HOTSPOT_99
           : confidence >= 95 ? TRYGG_REPORT_POLY_HOTSPOT_95
                              : TRYGG_REPORT_POLY_HOTSPOT_90;
}

/* A measure's shape on a map: its polygon, or a 15 m buffer of a point or line measure. */
static void add_measure_polys(model *m, size_t i, poly_vec *out)
{
    const GEOSGeometry *g = m->ms[i].g;
    char *label = bag_keep(&m->mem, trygg__xasprintf("%d", m->ms_info[i].id));
    int t = GEOSGeomTypeId_r(m->geos, g);
    if (t == GEOS_POLYGON || t == GEOS_MULTIPOLYGON) {
        add_polys(m, g, TRYGG_REPORT_POLY_MEASURE, label, out);
        return;
    }
    GEOSGeometry *b = GEOSBuffer_r(m->geos, g, 15.0, 8);
    if (b) {
        add_polys(m, b, TRYGG_REPORT_POLY_MEASURE, label, out);
        GEOSGeom_destroy_r(m->geos, b);
    }
}

/* ---- One area ---- */

typedef struct {
    unsigned n_a[NCAT], n_b[NCAT];
    size_t lamps, places, dark;
    double length[TRYGG_REPORT_LIGHT_SLOTS], street_length, dark_length, longest_dark;
    const char *longest_dark_street;
    double mean[4], safety_pct;
    size_t nmeasures;
    size_t measures_done, measures_in_progress;
    const char *survey_area;  /* NULL: no survey area overlaps the area */
    int survey_year, survey_previous_year;
    double survey_index, survey_change;
    char *report_file;
} area_figures;

static bool status_is(const char *status, const char *const *set, size_t n)
{
    for (size_t k = 0; status && k < n; k++)
        if (strcmp(status, set[k]) == 0)
            return true;
    return false;
}

static const char *const done_status[] = {"genomförd", "avslutad"};
static const char *const going_status[] = {"beslutad", "pågår"};

/* The survey of the area g: the survey area (by name) with the largest area in common with g,
 * ties to the first name in byte order; its latest year. */
static void survey_of(model *m, const GEOSGeometry *g, area_figures *fig)
{
    fig->survey_area = NULL;
    fig->survey_index = fig->survey_change = NAN;
    if (!m->sv_idx)
        return;
    double env[4], best_share = 0;
    env_of(m->geos, g, env);
    trygg_idlist ids = {0};
    query(m, m->sv_idx, env, &ids);
    const GEOSPreparedGeometry *pg = GEOSPrepare_r(m->geos, g);
    const char *best = NULL;
    for (size_t k = 0; k < ids.n && pg; k++) {
        size_t i = ids.v[k];
        if (GEOSPreparedIntersects_r(m->geos, pg, m->sv[i].g) != 1)
            continue;
        GEOSGeometry *common = GEOSIntersection_r(m->geos, g, m->sv[i].g);
        double a = 0;
        if (common) {
            GEOSArea_r(m->geos, common, &a);
            GEOSGeom_destroy_r(m->geos, common);
        }
        if (a > 0 && (!best || a > best_share || (a == best_share && strcmp(m->sv_area[i], best) < 0))) {
            best = m->sv_area[i];
            best_share = a;
        }
    }
    if (pg)
        GEOSPreparedGeom_destroy_r(m->geos, pg);
    trygg_idlist_fini(&ids);
    if (!best)
        return;
    size_t latest = SIZE_MAX;
    for (size_t i = 0; i < m->nsv; i++)
        if (strcmp(m->sv_area[i], best) == 0 && (latest == SIZE_MAX || m->sv_year[i] > m->sv_year[latest]))
            latest = i;
    fig->survey_area = best;
    fig->survey_year = m->sv_year[latest];
    fig->survey_index = m->sv_index[latest];
    fig->survey_previous_year = m->sv_prev_year[latest];
    fig->survey_change = m->sv_change[latest];
}

/* A measure done, for the area report: its effect sentence in the run's language from
 * measure_effects, or for an owner only the verdict when the sentence names a report count from
 * 1 to min_count - 1 (an owner's report never shows such a count). */
static trygg_report_measure done_measure(const model *m, const trygg_report_measure *x)
{
    trygg_report_measure d = *x;
    d.effect = NULL;
    d.verdict = NULL;
    for (size_t e = 0; e < m->ne; e++) {
        if (m->eff_id[e] != x->id)
            continue;
        d.verdict = m->eff_verdict[e];
        d.effect = m->eff_text[e];
        bool small = false;
        for (int k = 0; k < 4; k++)
            small |= m->eff_counts[e][k] > 0 && m->eff_counts[e][k] < (long)m->min_count;
        if (m->audience == TRYGG_AUDIENCE_OWNER && small)
            d.effect = NULL;
        break;
    }
    return d;
}

/* Percentile rank of v among the finite values, ties counted half (mid-rank), as the report's
 * sentence "better than X % of places" states it. NAN without values. */
static double mid_rank(const double *all, size_t n, double v)
{
    size_t below = 0, ties = 0, k = 0;
    if (!isfinite(v))
        return NAN;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(all[i]))
            continue;
        k++;
        below += all[i] < v;
        ties += all[i] == v;
    }
    return k ? 100.0 * ((double)below + 0.5 * (double)ties) / (double)k : NAN;
}

typedef struct {
    trygg_report_line *lines;
    size_t nlines;
    trygg_report_line *dark;
    size_t ndark;
    trygg_report_point *points;
    size_t npoints;
    double *lamps;
    size_t nlamps;
    poly_vec polys;
} map_parts;

static void map_parts_fini(map_parts *p)
{
    free(p->lines);
    free(p->dark);
    free(p->points);
    free(p->lamps);
    free(p->polys.v);
    memset(p, 0, sizeof *p);
}

static int period_of(const model *m, int64_t t);

/* Everything of the output inside env, for a map: with points (an area map) incidents and
 * lamps, without (the overview) hotspots instead. Hotspots first, as the renderer draws polygons
 * in order; measures after them. */
/* The map's features in env. With `zone`, only the measures touching it are drawn: those the
 * area report's table lists, so a marker never points at a row that is not there. */
static void collect_map(model *m, const double env[4], bool with_points, const GEOSPreparedGeometry *zone,
                        map_parts *p)
{
    trygg_idlist ids = {0};
    /* Hotspots on the overview only: on an area map, the hotspots of several categories stack into
     * one red blanket over the dots they are made of, and hide the area itself. */
    if (!with_points) {
        query(m, m->hs_idx, env, &ids);
        for (size_t k = 0; k < ids.n; k++)
            add_polys(m, m->hs[ids.v[k]].g, hotspot_kind(m->hs_info[ids.v[k]].confidence), NULL, &p->polys);
    }
    query(m, m->ms_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++)
        if (!zone || GEOSPreparedIntersects_r(m->geos, zone, m->ms[ids.v[k]].g) == 1)
            add_measure_polys(m, ids.v[k], &p->polys);
    query(m, m->pl_idx, env, &ids);
    p->lines = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->lines);
    for (size_t k = 0; k < ids.n; k++) {
        const feat *f = &m->pl[ids.v[k]];
        p->lines[p->nlines++] = (trygg_report_line){f->xy, f->nv, m->score[0][ids.v[k]]};
    }
    query(m, m->dk_idx, env, &ids);
    p->dark = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->dark);
    for (size_t k = 0; k < ids.n; k++) {
        const feat *f = &m->dk[ids.v[k]];
        p->dark[p->ndark++] = (trygg_report_line){f->xy, f->nv, NAN};
    }
    if (with_points) {
        query(m, m->inc_idx, env, &ids);
        p->points = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->points);
        /* the reports of the two periods, as the table beside the map counts them (all of them
         * when the output has no periods) */
        for (size_t k = 0; k < ids.n; k++)
            if (!m->have_periods || period_of(m, m->inc_t[ids.v[k]]) >= 0)
                p->points[p->npoints++] =
                    (trygg_report_point){m->inc_xy[2 * ids.v[k]], m->inc_xy[2 * ids.v[k] + 1], m->inc_cat[ids.v[k]]};
        query(m, m->lamp_idx, env, &ids);
        p->lamps = trygg__xcalloc(ids.n ? 2 * ids.n : 1, sizeof *p->lamps);
        for (size_t k = 0; k < ids.n; k++) {
            p->lamps[2 * p->nlamps] = m->lamp_xy[2 * ids.v[k]];
            p->lamps[2 * p->nlamps + 1] = m->lamp_xy[2 * ids.v[k] + 1];
            p->nlamps++;
        }
    }
    trygg_idlist_fini(&ids);
}

static int period_of(const model *m, int64_t t)
{
    if (!m->have_periods || t == TIME_NONE)
        return -1;
    if (t >= m->pa.from && t < m->pa.to)
        return 0;
    if (t >= m->pb.from && t < m->pb.to)
        return 1;
    return -1;
}

/* The figures of one area (its polygon g, surroundings buffer_m) and, when pdf is given, its PDF. */
#define AREA_LEAST_SAFE 5

static int cmp_least_safe(const void *pa, const void *pb)
{
    const trygg_report_place *a = pa, *b = pb;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    return (a->seg_id > b->seg_id) - (a->seg_id < b->seg_id);
}

/* The AREA_LEAST_SAFE least safe places among `ids` that touch the zone, of at least
 * min_place_m, into out (sorted by safety index, then seg_id). */
static void least_safe_in(const model *m, const trygg_idlist *ids, const GEOSPreparedGeometry *pz,
                          trygg_report_place *out, size_t *nout)
{
    trygg_report_place *all = trygg__xmalloc((ids->n + 1) * sizeof *all);
    size_t n = 0;
    for (size_t k = 0; k < ids->n; k++) {
        size_t i = ids->v[k];
        const trygg_report_place *p = &m->pl_info[i];
        if (isfinite(p->value) && p->length_m >= m->min_place_m &&
            GEOSPreparedIntersects_r(m->geos, pz, m->pl[i].g) == 1)
            all[n++] = *p;
    }
    if (n > 1)
        qsort(all, n, sizeof *all, cmp_least_safe);
    *nout = n < AREA_LEAST_SAFE ? n : AREA_LEAST_SAFE;
    memcpy(out, all, *nout * sizeof *out);
    free(all);
}

static trygg_status area_report(model *m, const trygg_named_area *a, const GEOSGeometry *g, double buffer_m,
                                const char *pdf, area_figures *fig)
{
    trygg_status st = TRYGG_OK;
    GEOSGeometry *zone = buffer_m > 0 ? GEOSBuffer_r(m->geos, g, buffer_m, 16) : GEOSGeom_clone_r(m->geos, g);
    const GEOSPreparedGeometry *pz = zone ? GEOSPrepare_r(m->geos, zone) : NULL;
    trygg_idlist ids = {0};
    trygg_report_measure *meas = NULL, *done = NULL;
    map_parts mp = {0};
    trygg_report_place least[AREA_LEAST_SAFE];
    size_t nleast = 0;
    memset(fig, 0, sizeof *fig);
    if (!pz) {
        st = trygg__fail(m->ctx, TRYGG_E_GEOM, "area '%s': buffering by %g m failed", a->name, buffer_m);
        goto done;
    }
    double env[4];
    env_of(m->geos, zone, env);

    query(m, m->inc_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++) {
        size_t i = ids.v[k];
        int p = period_of(m, m->inc_t[i]);
        if (p < 0 || !point_in(m, pz, m->inc_xy[2 * i], m->inc_xy[2 * i + 1]))
            continue;
        (p == 0 ? fig->n_a : fig->n_b)[m->inc_cat[i]]++;
    }
    query(m, m->lamp_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++)
        fig->lamps += point_in(m, pz, m->lamp_xy[2 * ids.v[k]], m->lamp_xy[2 * ids.v[k] + 1]);

    /* Places touching the zone: their length inside it by lighting class; their mean scores. */
    double sum[4] = {0}, nsum[4] = {0};
    query(m, m->pl_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++) {
        size_t i = ids.v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->pl[i].g) != 1)
            continue;
        fig->places++;
        double len = 0;
        if (GEOSPreparedContains_r(m->geos, pz, m->pl[i].g) == 1) {
            GEOSLength_r(m->geos, m->pl[i].g, &len);
        } else {
            GEOSGeometry *part = GEOSIntersection_r(m->geos, m->pl[i].g, zone);
            if (part) {
                GEOSLength_r(m->geos, part, &len);
                GEOSGeom_destroy_r(m->geos, part);
            }
        }
        fig->length[m->pl_slot[i]] += len;
        fig->street_length += len;
        for (int s = 0; s < 4; s++)
            if (isfinite(m->score[s][i])) {
                sum[s] += m->score[s][i];
                nsum[s]++;
            }
    }
    least_safe_in(m, &ids, pz, least, &nleast);
    for (int s = 0; s < 4; s++)
        fig->mean[s] = nsum[s] > 0 ? sum[s] / nsum[s] : NAN;
    fig->safety_pct = mid_rank(m->score[0], m->np, fig->mean[0]);
    if (fig->places == 0)
        trygg__warn(m->ctx, "area '%s' lies wholly outside the study area (no street within %g m of it): its report "
                            "has no figures",
                    a->name, buffer_m);

    query(m, m->dk_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++) {
        size_t i = ids.v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->dk[i].g) != 1)
            continue;
        double len = isfinite(m->dk_info[i].length_m) ? m->dk_info[i].length_m : 0;
        fig->dark++;
        fig->dark_length += len;
        if (len > fig->longest_dark) {
            fig->longest_dark = len;
            fig->longest_dark_street = m->dk_info[i].street;
        }
    }

    query(m, m->ms_idx, env, &ids);
    meas = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *meas);
    for (size_t k = 0; k < ids.n; k++) {
        size_t i = ids.v[k];
        if (GEOSPreparedIntersects_r(m->geos, pz, m->ms[i].g) != 1)
            continue;
        meas[fig->nmeasures] = m->ms_info[i];
        fig->nmeasures++;
        fig->measures_done += status_is(m->ms_info[i].status, done_status, 2);
        fig->measures_in_progress += status_is(m->ms_info[i].status, going_status, 2);
    }
    /* the measures done, with their effect, for the follow-up: those the table lists, as done */
    done = trygg__xcalloc(fig->measures_done + 1, sizeof *done);
    for (size_t k = 0, n = 0; k < fig->nmeasures; k++)
        if (status_is(meas[k].status, done_status, 2))
            done[n++] = done_measure(m, &meas[k]);
    survey_of(m, g, fig);

    if (pdf) {
        double pad = fmax(1.5 * buffer_m, 150.0);
        double aenv[4];
        env_of(m->geos, g, aenv);
        double menv[4] = {aenv[0] - pad, aenv[1] - pad, aenv[2] + pad, aenv[3] + pad};
        collect_map(m, menv, true, pz, &mp);
        if (m->audience == TRYGG_AUDIENCE_OWNER) {
            /* sensitive categories are counted in the area's totals only, never on its map */
            size_t kept = 0;
            for (size_t i = 0; i < mp.npoints; i++)
                if (!m->sensitive[mp.points[i].category < 0 || mp.points[i].category >= NCAT ? TRYGG_CAT_OTHER
                                                                                              : mp.points[i].category])
                    mp.points[kept++] = mp.points[i];
            mp.npoints = kept;
        }
        if (buffer_m > 0)
            add_polys(m, zone, TRYGG_REPORT_POLY_BUFFER, NULL, &mp.polys);
        add_polys(m, g, TRYGG_REPORT_POLY_AREA, NULL, &mp.polys);
        trygg_report_score scores[4];
        for (int s = 0; s < 4; s++)
            scores[s] = (trygg_report_score){_(score_labels[s]), fig->mean[s], m->score[s], m->np, score_good[s]};
        trygg_area_report r = {
            .name = a->name,
            .area_id = a->area_id,
            .municipality = m->municipality,
            .buffer_m = buffer_m,
            .period_before = m->label_a,
            .period_after = m->label_b,
            .lighting = {.lamps = fig->lamps,
                         .dark_stretches = fig->dark,
                         .dark_length_m = fig->dark_length,
                         .longest_dark_m = fig->longest_dark,
                         .longest_dark_street = fig->longest_dark_street},
            .scores = scores,
            .nscores = m->np ? 4 : 0,
            .measures = meas,
            .nmeasures = fig->nmeasures,
            .least_safe = {_("Least safe places in and around the area"), _("Vandalism and graffiti"),
                           _("Safety index"), least, nleast, 0},
            .map = {.xmin = menv[0], .ymin = menv[1], .xmax = menv[2], .ymax = menv[3],
                    .streets = mp.lines, .nstreets = mp.nlines, .dark = mp.dark, .ndark = mp.ndark,
                    .incidents = mp.points, .nincidents = mp.npoints, .lamps_xy = mp.lamps, .nlamps = mp.nlamps,
                    .polygons = mp.polys.v, .npolygons = mp.polys.n,
                    .attribution = *m->attribution ? m->attribution : NULL},
            .data_sources = m->sources,
            .synthetic = m->synthetic,
            .date = m->date,
            .audience = m->audience,
            .min_count = m->min_count,
            .register_used = m->register_used,
            .done = done,
            .ndone = fig->measures_done,
            .in_progress = fig->measures_in_progress,
            .survey_used = m->survey_used,
            .survey = {fig->survey_area, fig->survey_year, fig->survey_index, fig->survey_previous_year,
                       fig->survey_change, m->survey_higher_is_safer},
        };
        memcpy(r.n_before, fig->n_a, sizeof r.n_before);
        memcpy(r.n_after, fig->n_b, sizeof r.n_after);
        memcpy(r.lighting.length_m, fig->length, sizeof r.lighting.length_m);
        st = trygg_report_area_pdf(m->ctx, &r, pdf);
    }
done:
    map_parts_fini(&mp);
    free(meas);
    free(done);
    trygg_idlist_fini(&ids);
    if (pz)
        GEOSPreparedGeom_destroy_r(m->geos, pz);
    if (zone)
        GEOSGeom_destroy_r(m->geos, zone);
    return st;
}

/* ---- The summary ---- */

/* Focus area of an incident category (DESIGN.md section 1): drugs belong to ANDTS; the
 * categories of public space to trygghet. The other focus areas (children and youth, violence in
 * close relationships, crimes against older people) are not told by a category alone. */
static trygg_focus_area focus_of(int category)
{
    return category == TRYGG_CAT_DRUGS ? TRYGG_FOCUS_ANDTS : TRYGG_FOCUS_TRYGGHET;
}

/* The comparison with the previous edition for the lägesbild: the new edition is the output being
 * written, with the areas' figures of this build (its area_reports layer is not written yet). */
static trygg_status compare_previous(model *m, const char *gpkg, const char *final_path, const char *previous,
                                     trygg_edition_area *areas, size_t nareas, trygg__lagesbild_data *lb)
{
    trygg_edition o = {0}, n = {0};
    trygg_status st = trygg_io_read_edition(m->ctx, previous, &o);
    if (st != TRYGG_OK) {
        char *why = trygg__xstrdup(trygg_errmsg(m->ctx)); /* the message is rewritten in the context */
        st = trygg__fail(m->ctx, st, "[plan] previous = %s: %s", previous, why);
        free(why);
        return st;
    }
    if ((st = trygg_io_read_edition(m->ctx, gpkg, &n)) != TRYGG_OK) {
        trygg_edition_fini(&o);
        return st;
    }
    trygg_edition_area *own = n.areas;
    size_t nown = n.nareas;
    if (areas) {
        n.areas = areas;
        n.nareas = nareas;
    }
    char *text = NULL;
    st = trygg_compare_editions(m->ctx, &o, base_name(previous), &n, base_name(final_path), &text, NULL);
    n.areas = own;
    n.nareas = nown;
    if (st == TRYGG_OK)
        trygg__lagesbild_take_previous(lb, previous, text);
    else
        free(text);
    trygg_edition_fini(&o);
    trygg_edition_fini(&n);
    return st;
}

/* The lägesbild's data, gathered from the model (GEOS and the model's bag: the main thread) so
 * that rendering it touches neither and can run beside the area reports. */
typedef struct {
    trygg_summary_report s;
    trygg_report_hotspot *hs;
    map_parts mp;
    trygg__lagesbild_data *lb;
} summary_data;

static void summary_fini(summary_data *d)
{
    trygg__lagesbild_free(d->lb);
    map_parts_fini(&d->mp);
    free(d->hs);
    memset(d, 0, sizeof *d);
}

static trygg_status summary_prepare(model *m, const char *gpkg, summary_data *d)
{
    memset(d, 0, sizeof *d);
    trygg_summary_report *sr = &d->s;
    *sr = (trygg_summary_report){
        .municipality = m->municipality,
        .period_before = m->label_a,
        .period_after = m->label_b,
        .dark = m->dk_info,
        .ndark = m->nd,
        .measures = m->ms_info,
        .nmeasures = m->nm,
        .data_sources = m->sources,
        .synthetic = m->synthetic,
        .date = m->date,
        .rankings = m->rankings,
        .nrankings = m->nrankings,
        .emerging_period = m->emerging_period,
        .emerging = m->emerging,
        .nemerging = m->nemerging,
        .near_repeat = m->near_repeat,
        .knox = m->knox,
        .nknox = m->nknox,
        .area_only_after = {m->area_only_totals[0], m->area_only_totals[1]},
    };
    for (size_t i = 0; i < m->ni; i++) {
        int p = period_of(m, m->inc_t[i]);
        if (p < 0)
            continue;
        (p == 0 ? sr->n_before : sr->n_after)[m->inc_cat[i]]++;
        (p == 0 ? sr->focus_before : sr->focus_after)[focus_of(m->inc_cat[i])]++;
    }
    d->hs = trygg__xcalloc(m->nh ? m->nh : 1, sizeof *d->hs);
    for (size_t i = 0; i < m->nh; i++) {
        const hotspot_info *h = &m->hs_info[i];
        d->hs[i] = (trygg_report_hotspot){h->id, h->category, h->confidence, h->incidents, h->area_km2, h->pai,
                                          h->peak_hours, h->place};
    }
    sr->hotspots = d->hs;
    sr->nhotspots = m->nh;
    /* the whole output: the envelope of every place, dark stretch, hotspot and measure */
    double all[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    const feat *sets[4] = {m->pl, m->dk, m->hs, m->ms};
    const size_t ns[4] = {m->np, m->nd, m->nh, m->nm};
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < ns[k]; i++) {
            all[0] = fmin(all[0], sets[k][i].env[0]);
            all[1] = fmin(all[1], sets[k][i].env[1]);
            all[2] = fmax(all[2], sets[k][i].env[2]);
            all[3] = fmax(all[3], sets[k][i].env[3]);
        }
    map_parts *mp = &d->mp;
    if (all[0] <= all[2])
        collect_map(m, all, false, NULL, mp);
    sr->map = (trygg_report_map_data){.streets = mp->lines, .nstreets = mp->nlines, .dark = mp->dark,
                                      .ndark = mp->ndark, .polygons = mp->polys.v, .npolygons = mp->polys.n,
                                      .attribution = *m->attribution ? m->attribution : NULL};
    /* The places and lamps as read for the area reports: the output is read once. */
    const GEOSGeometry **geoms = trygg__xmalloc((m->np + 1) * sizeof *geoms);
    for (size_t i = 0; i < m->np; i++)
        geoms[i] = m->pl[i].g;
    trygg__lagesbild_held held = {m->np, geoms, m->pl_slot, m->pl_surv, m->have_lamps, m->nl, m->lamp_xy, m->lamp_idx};
    trygg_status st = trygg__lagesbild_read(m->ctx, gpkg, &held, &d->lb);
    free(geoms);
    sr->lagesbild = trygg__lagesbild_extra(d->lb);
    if (st != TRYGG_OK)
        summary_fini(d);
    return st;
}

/* The lägesbild rendered on a thread of its own, with a context of its own (a failure's message
 * is copied to the run's context after the join), while the main thread writes the area
 * reports: cairo surfaces and pango contexts are per document, and pango's default font map is
 * per thread. */
typedef struct {
    const summary_data *d;
    const char *pdf;
    trygg_ctx *ctx;
    trygg_status st;
} summary_job;

static void *summary_thread(void *arg)
{
    summary_job *job = arg;
    job->st = trygg_report_lagesbild_pdf(job->ctx, &job->d->s, job->pdf);
    return NULL;
}

/* ---- The area_reports layer ---- */

typedef struct {
    bag mem;
    trygg_field_def *fields;
    size_t nfields;
    trygg_value *values;
    unsigned char **wkb;
    size_t *wkb_size;
} layer_store;

static void layer_store_free(layer_store *s)
{
    if (!s)
        return;
    bag_fini(&s->mem);
    free(s->fields);
    free(s->values);
    free(s->wkb);
    free(s->wkb_size);
    free(s);
}

void trygg_reports_result_fini(trygg_reports_result *r)
{
    if (!r)
        return;
    layer_store_free(r->storage);
    for (size_t i = 0; i < r->npdfs; i++)
        free(r->pdfs[i]);
    free(r->pdfs);
    memset(r, 0, sizeof *r);
}

static const char *const slot_fields[TRYGG_REPORT_LIGHT_SLOTS] = {
    "length_p1_m", "length_p2_m", "length_p3_m", "length_p4_m",
    "length_p5_m", "length_p6_m", "length_below_p6_m", "length_not_assessed_m"};

static void add_field(layer_store *s, const char *name, trygg_field_type t)
{
    s->fields = trygg__xrealloc(s->fields, (s->nfields + 1) * sizeof *s->fields);
    s->fields[s->nfields++] = (trygg_field_def){bag_str(&s->mem, name), t};
}

/* Field order: DESIGN.md section 4 first (area_id, name), then the figures, report_file last. */
static void define_fields(layer_store *s)
{
    add_field(s, "area_id", TRYGG_FIELD_TEXT);
    add_field(s, "name", TRYGG_FIELD_TEXT);
    add_field(s, "buffer_m", TRYGG_FIELD_REAL);
    add_field(s, "period_a", TRYGG_FIELD_TEXT);
    add_field(s, "period_b", TRYGG_FIELD_TEXT);
    char name[64];
    for (int c = 0; c < NCAT; c++) {
        const char *cn = trygg_category_name((trygg_category)c);
        snprintf(name, sizeof name, "n_%s_a", cn);
        add_field(s, name, TRYGG_FIELD_INT);
        snprintf(name, sizeof name, "n_%s_b", cn);
        add_field(s, name, TRYGG_FIELD_INT);
        snprintf(name, sizeof name, "change_%s", cn);
        add_field(s, name, TRYGG_FIELD_INT);
    }
    add_field(s, "n_total_a", TRYGG_FIELD_INT);
    add_field(s, "n_total_b", TRYGG_FIELD_INT);
    add_field(s, "change_total", TRYGG_FIELD_INT);
    add_field(s, "lamps", TRYGG_FIELD_INT);
    add_field(s, "street_length_m", TRYGG_FIELD_REAL);
    for (int k = 0; k < TRYGG_REPORT_LIGHT_SLOTS; k++)
        add_field(s, slot_fields[k], TRYGG_FIELD_REAL);
    add_field(s, "dark_stretches", TRYGG_FIELD_INT);
    add_field(s, "dark_length_m", TRYGG_FIELD_REAL);
    add_field(s, "longest_dark_m", TRYGG_FIELD_REAL);
    add_field(s, "places", TRYGG_FIELD_INT);
    for (int k = 0; k < 4; k++) {
        snprintf(name, sizeof name, "mean_%s", score_fields[k]);
        add_field(s, name, TRYGG_FIELD_REAL);
    }
    add_field(s, "safety_percentile", TRYGG_FIELD_REAL);
    add_field(s, "measures", TRYGG_FIELD_INT);
    add_field(s, "measures_done", TRYGG_FIELD_INT);
    add_field(s, "measures_in_progress", TRYGG_FIELD_INT);
    add_field(s, "survey_area", TRYGG_FIELD_TEXT);
    add_field(s, "survey_year", TRYGG_FIELD_INT);
    add_field(s, "survey_index", TRYGG_FIELD_REAL);
    add_field(s, "survey_previous_year", TRYGG_FIELD_INT);
    add_field(s, "survey_change", TRYGG_FIELD_REAL);
    add_field(s, "report_file", TRYGG_FIELD_TEXT);
}

static double round1(double v) { return isfinite(v) ? round(v * 10.0) / 10.0 : NAN; }

static void fill_row(layer_store *s, size_t row, const trygg_named_area *a, double buffer_m, const model *m,
                     const area_figures *f)
{
    trygg_value *v = &s->values[row * s->nfields];
    size_t k = 0;
#define TXT(x) (v[k++] = (trygg_value){.null = (x) == NULL, .s = bag_str(&s->mem, (x))})
#define INT(x) (v[k++] = (trygg_value){.i = (int64_t)(x)})
#define REAL(x) (v[k++] = (trygg_value){.null = !isfinite(x), .r = (x)})
    TXT(a->area_id);
    TXT(a->name);
    REAL(buffer_m);
    TXT(m->have_periods ? m->period_a : NULL);
    TXT(m->have_periods ? m->period_b : NULL);
    int64_t ta = 0, tb = 0;
    for (int c = 0; c < NCAT; c++) {
        INT(f->n_a[c]);
        INT(f->n_b[c]);
        INT((int64_t)f->n_b[c] - (int64_t)f->n_a[c]);
        ta += f->n_a[c];
        tb += f->n_b[c];
    }
    INT(ta);
    INT(tb);
    INT(tb - ta);
    INT(f->lamps);
    REAL(round1(f->street_length));
    for (int j = 0; j < TRYGG_REPORT_LIGHT_SLOTS; j++)
        REAL(round1(f->length[j]));
    INT(f->dark);
    REAL(round1(f->dark_length));
    REAL(round1(f->longest_dark));
    INT(f->places);
    for (int j = 0; j < 4; j++)
        REAL(round1(f->mean[j]));
    REAL(round1(f->safety_pct));
    INT(f->nmeasures);
    INT(f->measures_done);
    INT(f->measures_in_progress);
    bool sv = f->survey_area != NULL;
    TXT(f->survey_area);
    v[k++] = (trygg_value){.null = !sv, .i = sv ? f->survey_year : 0};
    REAL(sv ? f->survey_index : NAN);
    v[k++] = (trygg_value){.null = !sv || f->survey_previous_year <= 0, .i = sv ? f->survey_previous_year : 0};
    REAL(sv ? f->survey_change : NAN);
    TXT(f->report_file);
#undef TXT
#undef INT
#undef REAL
}

/* ---- Paths ---- */

/* report_file: the PDF's path relative to the GeoPackage's directory when it lies inside it
 * (so the pair can be moved together), else absolute. */
static char *relative_to_gpkg(const char *gpkg, const char *pdf)
{
    char gdir[PATH_MAX], pdir_abs[PATH_MAX], pabs[2 * PATH_MAX];
    char *dir = trygg__dir_of(gpkg);
    /* The PDF itself is not in place yet (it is staged): resolve its folder. */
    char *pdir = trygg__dir_of(pdf);
    char *out;
    if (realpath(dir, gdir) && realpath(pdir, pdir_abs) &&
        snprintf(pabs, sizeof pabs, "%s/%s", strcmp(pdir_abs, "/") == 0 ? "" : pdir_abs, trygg__base_of(pdf)) > 0) {
        size_t n = strlen(gdir);
        if (strncmp(pabs, gdir, n) == 0 && pabs[n] == '/')
            out = trygg__xstrdup(pabs + n + 1);
        else if (n == 1 && gdir[0] == '/')
            out = trygg__xstrdup(pabs + 1);
        else
            out = trygg__xstrdup(pabs);
    } else {
        out = trygg__xstrdup(pdf);
    }
    free(dir);
    free(pdir);
    return out;
}

static trygg_status make_dir(trygg_ctx *ctx, const char *dir)
{
    struct stat sb;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot make the reports directory %s: %s", dir, strerror(errno));
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "reports directory %s: not a directory", dir);
    return TRYGG_OK;
}

/* ---- Who reads the area reports ---- */

/* The audience, min_count and sensitive categories: the options', else the run's config in
 * run_info, else the defaults. */
static trygg_status read_audience(model *m, const trygg_reports_options *o)
{
    const char *dump = trygg_kv_get(&m->info, "config");
    char *aud = o->audience ? trygg__xstrdup(o->audience) : dump_get(dump, "reports", "audience");
    char *min = o->min_count > 0 ? NULL : dump_get(dump, "privacy", "min_count");
    char *sens = o->sensitive ? trygg__xstrdup(o->sensitive) : dump_get(dump, "privacy", "sensitive");
    trygg_status st = TRYGG_OK;
    if (!aud || trygg__streq_ci(aud, "owner"))
        m->audience = TRYGG_AUDIENCE_OWNER;
    else if (trygg__streq_ci(aud, "internal"))
        m->audience = TRYGG_AUDIENCE_INTERNAL;
    else
        st = trygg__fail(m->ctx, TRYGG_E_CONFIG, "[reports] audience = '%s' is not owner or internal", aud);
    long k = o->min_count > 0 ? o->min_count : min ? strtol(min, NULL, 10) : TRYGG_REPORT_MIN_COUNT;
    m->min_count = k >= 1 && k <= 100 ? (unsigned)k : TRYGG_REPORT_MIN_COUNT;
    /* names trygg does not know (categories of a later version) are ignored */
    memset(m->sensitive, 0, sizeof m->sensitive);
    char *list = trygg__xstrdup(sens ? sens : "violence_close,fraud_elderly"), *save = NULL;
    for (char *t = strtok_r(list, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        trygg_category c;
        if (trygg_category_from_name(t, &c))
            m->sensitive[c] = true;
    }
    free(list);
    free(aud);
    free(min);
    free(sens);
    return st;
}

/* ---- Entry points ---- */

trygg_status trygg_reports_build(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                 trygg_reports_result *out)
{
    trygg_status st = TRYGG_OK;
    model m = {.ctx = ctx, .geos = trygg__geos(ctx)};
    trygg_named_areas areas = {0};
    trygg_reports_result res = {0};
    layer_store *ls = trygg__xcalloc(1, sizeof *ls);
    GEOSGeometry **geoms = NULL;
    trygg_edition_area *ed = NULL; /* this build's areas, for the comparison with the previous edition */
    char *out_dir = NULL, *stem = NULL, *summary_pdf = NULL, *previous = NULL;
    const char *final_path = o->final_path ? o->final_path : gpkg_path, *summary_target = NULL;
    summary_data sum = {0};
    summary_job job = {0};
    pthread_t summary_tid;
    bool summary_running = false;
    res.storage = ls;

    if ((st = read_model(&m, gpkg_path)) != TRYGG_OK || (st = read_audience(&m, o)) != TRYGG_OK)
        goto done;
    const char *crs = trygg_kv_get(&m.info, "crs");
    /* The areas first: a missing or unusable areas layer fails before any file is written. */
    if (o->areas &&
        (st = trygg_io_read_named_areas(ctx, o->areas, o->name_field, crs && *crs ? crs : "EPSG:3006", NULL,
                                        &areas)) != TRYGG_OK)
        goto done;
    /* Street names for the places of measures and hotspots, in the tables. */
    for (size_t i = 0; i < m.nm; i++)
        m.ms_info[i].place = streets_at(&m, m.ms[i].g);
    for (size_t i = 0; i < m.nh; i++)
        m.hs_info[i].place = streets_at(&m, m.hs[i].g);
    for (size_t i = 0; i < m.nemerging; i++) {
        const char *where = streets_at(&m, m.em[i].g);
        m.emerging[i] = bag_keep(&m.mem, where ? trygg__xasprintf(_("At %s, %s"), where, m.em_what[i])
                                               : trygg__xstrdup(m.em_what[i]));
    }

    stem = trygg__strip_ext(final_path);
    define_fields(ls);
    double buffer = o->buffer_m >= 0 ? o->buffer_m : isfinite(m.dump_buffer_m) ? m.dump_buffer_m : 200.0;
    /* The lägesbild's data first (the main thread's GEOS handle and the model's bag), then its
     * rendering, on a thread of its own beside the area reports when the run has threads. */
    if (o->summary && m.ni > 0) {
        summary_pdf = trygg__xasprintf("%s_lagesbild.pdf", stem);
        summary_target = summary_pdf;
        if (trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the lägesbild; nothing was moved into place");
        else if (o->set)
            st = trygg_output_set_stage(ctx, o->set, summary_pdf, &summary_target);
        if (st == TRYGG_OK)
            st = summary_prepare(&m, gpkg_path, &sum);
        if (st != TRYGG_OK)
            goto done;
        previous = o->previous ? trygg__xstrdup(o->previous)
                               : dump_get(trygg_kv_get(&m.info, "config"), "plan", "previous");
        /* the comparison with a previous edition needs this build's area figures: after them */
        if (areas.n && trygg_ctx_threads(ctx) > 1 && !(previous && *previous)) {
            job = (summary_job){&sum, summary_target, trygg_ctx_new(), TRYGG_OK};
            summary_running = pthread_create(&summary_tid, NULL, summary_thread, &job) == 0;
        }
    }
    if (areas.n) {
        out_dir = o->out_dir ? trygg__xstrdup(o->out_dir) : trygg__xasprintf("%s_reports", stem);
        if ((st = make_dir(ctx, out_dir)) != TRYGG_OK)
            goto done;
        ls->values = trygg__xcalloc(areas.n * ls->nfields, sizeof *ls->values);
        ls->wkb = trygg__xcalloc(areas.n, sizeof *ls->wkb);
        ls->wkb_size = trygg__xcalloc(areas.n, sizeof *ls->wkb_size);
        geoms = trygg__xcalloc(areas.n, sizeof *geoms);
        ed = trygg__xcalloc(areas.n, sizeof *ed);
        char **names = trygg__xcalloc(areas.n, sizeof *names);
        res.pdfs = trygg__xcalloc(areas.n + 1, sizeof *res.pdfs);
        for (size_t i = 0; i < areas.n && st == TRYGG_OK; i++) {
            const trygg_named_area *a = &areas.v[i];
            names[i] = trygg_reports_file_name(a->name, (const char *const *)names, i);
            char *pdf = trygg__xasprintf("%s/%s", out_dir, names[i]);
            const char *target = pdf;
            geoms[i] = GEOSGeomFromWKB_buf_r(m.geos, a->wkb, a->wkb_size);
            double b = isfinite(a->buffer_m) && a->buffer_m >= 0 ? a->buffer_m : buffer;
            area_figures fig;
            if (trygg__interrupted(ctx))
                st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted while writing the area reports; nothing "
                                                           "was moved into place");
            else if (o->set)
                st = trygg_output_set_stage(ctx, o->set, pdf, &target);
            if (st == TRYGG_OK)
                st = geoms[i] ? area_report(&m, a, geoms[i], b, target, &fig)
                              : trygg__fail(ctx, TRYGG_E_GEOM, "area '%s': unreadable polygon", a->name);
            if (st == TRYGG_OK) {
                fig.report_file = relative_to_gpkg(final_path, pdf);
                fill_row(ls, i, a, b, &m, &fig);
                ed[i].area_id = a->area_id;
                ed[i].name = a->name;
                ed[i].total_b = 0;
                for (int c = 0; c < NCAT; c++) {
                    ed[i].n_b[c] = fig.n_b[c];
                    ed[i].total_b += fig.n_b[c];
                }
                free(fig.report_file);
                ls->wkb[i] = bag_keep(&ls->mem, trygg__xmalloc(a->wkb_size));
                memcpy(ls->wkb[i], a->wkb, a->wkb_size);
                ls->wkb_size[i] = a->wkb_size;
                res.pdfs[res.npdfs++] = pdf;
            } else {
                free(pdf);
            }
        }
        for (size_t i = 0; i < areas.n; i++)
            free(names[i]);
        free(names);
        if (st != TRYGG_OK)
            goto done;
    }
    if (summary_pdf) {
        if (summary_running) {
            pthread_join(summary_tid, NULL);
            summary_running = false;
            if (job.st != TRYGG_OK && st == TRYGG_OK)
                st = trygg__fail(ctx, job.st, "%s", trygg_errmsg(job.ctx));
        } else if (st == TRYGG_OK) {
            /* with [plan] previous the lägesbild waits for this build's area figures (no thread) */
            if (previous && *previous)
                st = compare_previous(&m, gpkg_path, final_path, previous, ed, areas.n, sum.lb);
            sum.s.lagesbild = trygg__lagesbild_extra(sum.lb);
            if (st == TRYGG_OK)
                st = trygg_report_lagesbild_pdf(ctx, &sum.s, summary_target);
        }
        if (st != TRYGG_OK)
            goto done;
        res.pdfs = trygg__xrealloc(res.pdfs, (res.npdfs + 1) * sizeof *res.pdfs);
        res.pdfs[res.npdfs++] = summary_pdf;
        summary_pdf = NULL;
    }
    res.layer = (trygg_layer_data){
        .name = "area_reports",
        .description = N_("Area and property reports: incidents by category in the two periods within the area and "
                          "its surroundings (buffer_m), lighting, mean scores against all places, proposed measures, "
                          "and the PDF (report_file, relative to this GeoPackage's folder)"),
        .geometry = 6, /* wkbMultiPolygon: area outlines may have several parts */
        .fields = ls->fields,
        .nfields = ls->nfields,
        .nrows = areas.n,
        .values = ls->values,
        .wkb = (const unsigned char *const *)ls->wkb,
        .wkb_size = ls->wkb_size,
    };
    *out = res;
    memset(&res, 0, sizeof res);
done:
    if (summary_running)
        pthread_join(summary_tid, NULL);
    trygg_ctx_free(job.ctx);
    summary_fini(&sum);
    free(summary_pdf);
    for (size_t i = 0; geoms && i < areas.n; i++)
        if (geoms[i])
            GEOSGeom_destroy_r(m.geos, geoms[i]);
    free(geoms);
    free(ed);
    free(previous);
    trygg_reports_result_fini(&res);
    trygg_named_areas_fini(&areas);
    model_fini(&m);
    free(out_dir);
    free(stem);
    return st;
}

trygg_status trygg_reports_run_step(trygg_ctx *ctx, const trygg_config *cfg, trygg_gpkg_writer *writer,
                                    const char *out_path, const char *reports_dir, trygg_output_set *set)
{
    trygg_reports_result res = {0};
    if (reports_dir && !cfg->report_areas)
        trygg__warn(ctx, "--reports %s: no [reports] areas layer in the config: only the lägesbild is made",
                    reports_dir);
    trygg_reports_options o = {
        .areas = cfg->report_areas,
        .name_field = cfg->report_name_field,
        .buffer_m = cfg->report_buffer_m,
        .out_dir = reports_dir ? reports_dir : cfg->report_out_dir,
        .final_path = out_path,
        .summary = true,
        .set = set,
        .audience = cfg->report_audience,
        .min_count = cfg->privacy_min_count,
        .sensitive = cfg->privacy_sensitive,
        .previous = cfg->plan_previous,
    };
    trygg_status st = trygg_reports_build(ctx, trygg_io_gpkg_temp_path(writer), &o, &res);
    if (st == TRYGG_OK && o.areas)
        st = trygg_io_gpkg_add_table(ctx, writer, &res.layer);
    trygg_reports_result_fini(&res);
    return st;
}

trygg_status trygg_reports_update(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                  const char *styles_dir, trygg_reports_result *out)
{
    trygg_gpkg_writer *w = NULL;
    trygg_reports_result res = {0};
    trygg_reports_options opt = *o;
    trygg_output_set *set = NULL;
    const char *staged = NULL;
    char *areas_src = NULL, *areas_layer = NULL, *stem = trygg__strip_ext(gpkg_path);
    char *reports_dir = o->out_dir ? trygg__xstrdup(o->out_dir) : trygg__xasprintf("%s_reports", stem);
    trygg_io_split_source(o->areas, &areas_src, &areas_layer);
    trygg_input_path inputs[1] = {{"areas", areas_src}};
    opt.final_path = gpkg_path;
    trygg_status st = trygg_output_set_open(ctx, gpkg_path, reports_dir, inputs, 1, &set);
    opt.set = set;
    if (st == TRYGG_OK)
        st = trygg_reports_build(ctx, gpkg_path, &opt, &res);
    /* The GeoPackage is updated in the staging folder, starting from the output as it is. */
    if (st == TRYGG_OK && o->areas)
        st = trygg_output_set_stage_existing(ctx, set, gpkg_path, &staged);
    if (st == TRYGG_OK && o->areas && (st = trygg_io_gpkg_reopen(ctx, staged, styles_dir, &w)) == TRYGG_OK &&
        (st = trygg_io_gpkg_add_table(ctx, w, &res.layer)) == TRYGG_OK) {
        st = trygg_io_gpkg_commit(ctx, w);
        w = NULL;
    }
    trygg_io_gpkg_abort(w);
    if (st == TRYGG_OK && trygg__interrupted(ctx))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the outputs were moved into place; %s and "
                                                   "its reports are unchanged", gpkg_path);
    if (st == TRYGG_OK) {
        st = trygg_output_set_commit(ctx, set);
        set = NULL;
    }
    trygg_output_set_abort(set);
    free(areas_src);
    free(areas_layer);
    free(stem);
    free(reports_dir);
    if (st == TRYGG_OK) {
        *out = res;
        memset(&res, 0, sizeof res);
    }
    trygg_reports_result_fini(&res);
    return st;
}
