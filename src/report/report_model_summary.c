/*
 * The steps of the reports' reading (report/report_model.h) that read the summary's lists: the
 * ranked places, the rows of near repeat's Knox tables, the emerging hot spots, and the
 * follow-up (measure_effects, survey_areas).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_reader.h"
#include "report/report_model.h"

/* The summary's ranked lists (as trygg info gives them): the least safe places and those with
 * most vandalism and littering evidence by their empirical-Bayes rate, each of at least
 * min_place_m (run_info places.min_place_m; 0 for older outputs), ten at most. */
static const struct {
    const char *title, *reports_label, *value_label;
    bool ascending; /* the least safe first; else the highest rate first */
} lists[3] = {
    {N_("Least safe places"), N_("Vandalism reports"), N_("Safety index"), true},
    {N_("Most vandalism and graffiti reports"), N_("Vandalism reports"), N_("Per 100 m (EB)"), false},
    {N_("Most littering reports"), N_("Littering reports"), N_("Per 100 m (EB)"), false},
};

/* (key, fid) before the list's entry k: the order of SQL's ORDER BY key [DESC], fid. */
static bool ranks_before(const trygg__ranked *t, bool ascending, double key, int64_t fid, size_t k)
{
    if (key != t->v[k].key)
        return ascending ? key < t->v[k].key : key > t->v[k].key;
    return fid < t->v[k].fid;
}

static void offer(trygg__ranked *t, bool ascending, int64_t fid, double key, double length_m, unsigned reports)
{
    size_t at = t->n;
    while (at > 0 && ranks_before(t, ascending, key, fid, at - 1))
        at--;
    if (at >= TRYGG__RANKED_MAX)
        return;
    size_t last = t->n < TRYGG__RANKED_MAX ? t->n : TRYGG__RANKED_MAX - 1;
    memmove(&t->v[at + 1], &t->v[at], (last - at) * sizeof t->v[0]);
    t->v[at].fid = fid;
    t->v[at].key = key;
    t->v[at].length_m = length_m;
    t->v[at].reports = reports;
    if (t->n < TRYGG__RANKED_MAX)
        t->n++;
}

void trygg__rankings_offer(trygg__rankings_scan *rs, double min_place_m, int64_t fid, double length_m,
                           sqlite3_stmt *q, int col)
{
    /* length_m >= min_place_m AND ...: a NULL length (NAN) is in no list */
    if (!rs->full || !(length_m >= min_place_m))
        return;
    int vandalism = sqlite3_column_int(q, col), littering = sqlite3_column_int(q, col + 1);
    double safety = trygg__output_real(q, col + 2), eb_v = trygg__output_real(q, col + 3),
           eb_l = trygg__output_real(q, col + 4);
    if (!isnan(safety))
        offer(&rs->list[0], lists[0].ascending, fid, safety, length_m, (unsigned)vandalism);
    if (vandalism > 0 && !isnan(eb_v))
        offer(&rs->list[1], lists[1].ascending, fid, eb_v, length_m, (unsigned)vandalism);
    if (littering > 0 && !isnan(eb_l))
        offer(&rs->list[2], lists[2].ascending, fid, eb_l, length_m, (unsigned)littering);
}

/* The lists' places with where they are and why, by fid. */
trygg_status trygg__report_model_read_rankings(trygg__report_model *m, trygg__output_reader *r,
                                               const trygg__rankings_scan *rs)
{
    if (!rs->full)
        return TRYGG_OK; /* not a full trygg output: no ranked lists */
    const char *where =
        trygg__output_reader_has_column(r, "street_segments", "location") ? "COALESCE(location, street)" : "street";
    char *sql = trygg__xasprintf("SELECT %s, top_factors FROM street_segments WHERE fid = ?", where);
    sqlite3_stmt *q = NULL;
    trygg_status st = trygg__output_reader_prepare(r, sql, &q);
    free(sql);
    if (st != TRYGG_OK)
        return st;
    for (int k = 0; k < 3; k++) {
        const trygg__ranked *t = &rs->list[k];
        trygg_report_place *v = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG__RANKED_MAX, sizeof *v));
        for (size_t i = 0; i < t->n; i++) {
            sqlite3_bind_int64(q, 1, t->v[i].fid);
            bool row = sqlite3_step(q) == SQLITE_ROW;
            v[i] = (trygg_report_place){
                .seg_id = t->v[i].fid,
                .location = row && trygg__output_text(q, 0) ? trygg__bag_str(&m->mem, trygg__output_text(q, 0)) : NULL,
                .length_m = t->v[i].length_m,
                .reports = t->v[i].reports,
                .value = t->v[i].key,
                .why = row && trygg__output_text(q, 1) ? trygg__bag_str(&m->mem, trygg__output_text(q, 1)) : NULL,
            };
            sqlite3_reset(q);
        }
        /* the summary is the municipality's document: exact counts (min_count 0) */
        m->rankings[k] = (trygg_report_ranking){_(lists[k].title), _(lists[k].reports_label),
                                                _(lists[k].value_label), v, t->n, 0};
    }
    sqlite3_finalize(q);
    m->nrankings = 3;
    return TRYGG_OK;
}

/* The rows of the near_repeat layer, category by category, distance band by distance band
 * (its Knox tables are made by src/report/knox_tables.c). */
trygg_status trygg__report_model_read_knox(trygg__report_model *m, trygg__output_reader *r)
{
    if (!trygg__output_reader_has_table(r, "near_repeat"))
        return TRYGG_OK;
    sqlite3_stmt *q = NULL;
    trygg_status st = trygg__output_reader_prepare(
        r,
        "SELECT category, space_from_m, space_to_m, time_from_days, time_to_days, observed, "
        "expected, ratio, p_value FROM near_repeat ORDER BY category, space_from_m, "
        "time_from_days",
        &q);
    if (st != TRYGG_OK)
        return st;
    size_t cap = 1;
    m->knox_rows = trygg__xcalloc(cap, sizeof *m->knox_rows); /* with the layer, never NULL */
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&m->knox_rows, &cap, m->nknox_rows + 1, sizeof *m->knox_rows);
        m->knox_rows[m->nknox_rows++] =
            (trygg__knox_row){trygg__bag_str(&m->mem, trygg__output_text(q, 0) ? trygg__output_text(q, 0) : ""),
                              trygg__output_real(q, 1),
                              trygg__output_real(q, 2),
                              trygg__output_real(q, 3),
                              trygg__output_real(q, 4),
                              trygg__output_real(q, 5),
                              trygg__output_real(q, 6),
                              trygg__output_real(q, 7),
                              trygg__output_real(q, 8)};
    }
    sqlite3_finalize(q);
    trygg__bag_keep(&m->mem, m->knox_rows);
    return TRYGG_OK;
}

#define TRYGG__REPORT_EMERGING 12

/* The summary's emerging hot spots: new, consecutive, intensifying and persistent hot spots (in
 * that order of urgency), one sentence each with its category and cell, at most TRYGG__REPORT_EMERGING;
 * and the near-repeat note of run_info. */
trygg_status trygg__report_model_read_emerging(trygg__report_model *m, trygg__output_reader *r)
{
    const char *period = trygg_kv_get(&m->info, "emerging.steps");
    m->emerging_period = period ? trygg__bag_str(&m->mem, period) : NULL;
    const char *nr = trygg_kv_get(&m->info, "nearrepeat");
    m->near_repeat = nr ? trygg__bag_str(&m->mem, nr) : NULL;
    if (!trygg__output_reader_has_table(r, "emerging_hotspots"))
        return TRYGG_OK;
    sqlite3_stmt *q = NULL;
    trygg_status st =
        trygg__output_reader_prepare(r,
                                     "SELECT category, cell_id, description, ST_AsBinary(geom) FROM emerging_hotspots "
                                     "WHERE class IN ("
                                     "'intensifying hot spot', 'new hot spot', 'consecutive hot spot', "
                                     "'persistent hot spot') ORDER BY CASE class WHEN 'intensifying hot spot' THEN 0 "
                                     "WHEN 'new hot spot' THEN 1 WHEN 'consecutive hot spot' THEN 2 ELSE 3 END, "
                                     "hot_steps DESC, category, cell_id",
                                     &q);
    if (st != TRYGG_OK)
        return st;
    m->emerging = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG__REPORT_EMERGING, sizeof *m->emerging));
    m->em = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG__REPORT_EMERGING, sizeof *m->em));
    m->em_what = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG__REPORT_EMERGING, sizeof *m->em_what));
    while (m->nemerging < TRYGG__REPORT_EMERGING && sqlite3_step(q) == SQLITE_ROW) {
        trygg__feat f;
        if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 3), sqlite3_column_bytes(q, 3), &f, false))
            continue;
        m->em[m->nemerging] = f;
        trygg_category cat;
        const char *what = trygg__output_text(q, 0) && trygg_category_from_name(trygg__output_text(q, 0), &cat)
                               ? trygg_category_words(cat, false)
                           : trygg__output_text(q, 0) ? trygg__output_text(q, 0)
                                                      : "";
        m->em_what[m->nemerging++] = trygg__bag_keep(
            &m->mem, trygg__xasprintf("%s: %s", what, trygg__output_text(q, 2) ? trygg__output_text(q, 2) : ""));
    }
    sqlite3_finalize(q);
    return TRYGG_OK;
}

/* measure_effects (the effect of each measure done, in the run's language) and survey_areas (the
 * safety survey per area and year), for the area reports' follow-up. */
trygg_status trygg__report_model_read_followup(trygg__report_model *m, trygg__output_reader *r)
{
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    const char *dump = trygg_kv_get(&m->info, "config");
    char *higher = trygg__output_config_value(dump, "survey", "higher_is_safer");
    m->survey_higher_is_safer = higher && strcmp(higher, "true") == 0;
    free(higher);
    m->register_used = trygg_kv_get(&m->info, "plan.register") != NULL;
    m->survey_used = trygg_kv_get(&m->info, "survey") != NULL;
    if (trygg__output_reader_has_table(r, "measure_effects") &&
        trygg__output_reader_has_column(r, "measure_effects", "verdict") &&
        trygg__output_reader_has_column(r, "measure_effects", "measure_id")) {
        bool en =
            trygg__language() == TRYGG_LANG_EN && trygg__output_reader_has_column(r, "measure_effects", "effect_en");
        /* a column an older output lacks reads as NULL */
        static const char *const counts[] = {"reports_before", "reports_after", "comparison_before", "comparison_after",
                                             "effect"};
        const char *c[5];
        for (int k = 0; k < 5; k++)
            c[k] = trygg__output_reader_has_column(r, "measure_effects", counts[k]) ? counts[k] : "NULL";
        char *sql = trygg__xasprintf("SELECT measure_id, verdict, %s, %s, %s, %s, %s FROM measure_effects "
                                     "ORDER BY measure_id",
                                     en ? "effect_en" : c[4], c[0], c[1], c[2], c[3]);
        st = trygg__output_reader_prepare(r, sql, &q);
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
            m->eff_verdict[m->ne] = trygg__bag_str(&m->mem, trygg__output_text(q, 1));
            m->eff_text[m->ne] = trygg__bag_str(&m->mem, trygg__output_text(q, 2));
            for (int k = 0; k < 4; k++)
                m->eff_counts[m->ne][k] =
                    sqlite3_column_type(q, 3 + k) == SQLITE_NULL ? -1 : sqlite3_column_int64(q, 3 + k);
            m->ne++;
        }
        sqlite3_finalize(q);
        q = NULL;
        trygg__bag_keep(&m->mem, m->eff_id);
        trygg__bag_keep(&m->mem, m->eff_verdict);
        trygg__bag_keep(&m->mem, m->eff_text);
        trygg__bag_keep(&m->mem, m->eff_counts);
    }
    if (trygg__output_reader_has_table(r, "survey_areas") &&
        trygg__output_reader_has_column(r, "survey_areas", "index_total") &&
        trygg__output_reader_has_column(r, "survey_areas", "previous_year") &&
        trygg__output_reader_has_column(r, "survey_areas", "index_change")) {
        m->survey_used = true;
        if ((st = trygg__output_reader_prepare(
                 r,
                 "SELECT area, year, index_total, previous_year, index_change, ST_AsBinary(geom) "
                 "FROM survey_areas WHERE year IS NOT NULL AND index_total IS NOT NULL ORDER BY fid",
                 &q)) != TRYGG_OK)
            return st;
        size_t c[6] = {0};
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__feat f;
            if (!trygg__report_feat_from_wkb(m, sqlite3_column_blob(q, 5), sqlite3_column_bytes(q, 5), &f, false))
                continue;
            trygg__grow((void **)&m->sv, &c[0], m->nsv + 1, sizeof *m->sv);
            trygg__grow((void **)&m->sv_area, &c[1], m->nsv + 1, sizeof *m->sv_area);
            trygg__grow((void **)&m->sv_year, &c[2], m->nsv + 1, sizeof *m->sv_year);
            trygg__grow((void **)&m->sv_prev_year, &c[3], m->nsv + 1, sizeof *m->sv_prev_year);
            trygg__grow((void **)&m->sv_index, &c[4], m->nsv + 1, sizeof *m->sv_index);
            trygg__grow((void **)&m->sv_change, &c[5], m->nsv + 1, sizeof *m->sv_change);
            m->sv[m->nsv] = f;
            m->sv_area[m->nsv] = trygg__bag_str(&m->mem, trygg__output_text(q, 0) ? trygg__output_text(q, 0) : "");
            m->sv_year[m->nsv] = sqlite3_column_int(q, 1);
            m->sv_index[m->nsv] = trygg__output_real(q, 2);
            m->sv_prev_year[m->nsv] = sqlite3_column_type(q, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(q, 3);
            m->sv_change[m->nsv] = trygg__output_real(q, 4);
            m->nsv++;
        }
        sqlite3_finalize(q);
        trygg__bag_keep(&m->mem, m->sv);
        trygg__bag_keep(&m->mem, m->sv_area);
        trygg__bag_keep(&m->mem, m->sv_year);
        trygg__bag_keep(&m->mem, m->sv_prev_year);
        trygg__bag_keep(&m->mem, m->sv_index);
        trygg__bag_keep(&m->mem, m->sv_change);
        if (m->nsv)
            m->sv_idx = trygg_index_new(m->ctx, m->nsv, trygg__report_feat_env, m->sv);
    }
    return TRYGG_OK;
}
