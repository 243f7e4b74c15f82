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
trygg_status trygg__report_model_read_rankings(trygg__report_model *m, trygg__output_reader *r)
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
    static const char *const needed[] = {"length_m",    "top_factors",  "n_vandalism",  "n_graffiti",
                                         "n_littering", "eb_vandalism", "eb_littering", "safety_index"};
    for (size_t k = 0; k < sizeof needed / sizeof *needed; k++)
        if (!trygg__output_reader_has_column(r, "street_segments", needed[k]))
            return TRYGG_OK; /* not a full trygg output: no ranked lists */
    const char *min = trygg_kv_get(&m->info, "places.min_place_m");
    m->min_place_m = min ? strtod(min, NULL) : 0.0;
    if (!(m->min_place_m >= 0.0))
        m->min_place_m = 0.0;
    const char *where =
        trygg__output_reader_has_column(r, "street_segments", "location") ? "COALESCE(location, street)" : "street";
    for (int k = 0; k < 3; k++) {
        sqlite3_stmt *q = NULL;
        char *sql = trygg__xasprintf("SELECT fid, %s, length_m, %s, %s, top_factors FROM street_segments "
                                     "WHERE length_m >= %.17g AND %s LIMIT 10",
                                     where, lists[k].reports, lists[k].value, m->min_place_m, lists[k].where);
        trygg_status st = trygg__output_reader_prepare(r, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        trygg_report_place *v = trygg__bag_keep(&m->mem, trygg__xcalloc(10, sizeof *v));
        size_t n = 0;
        while (n < 10 && sqlite3_step(q) == SQLITE_ROW)
            v[n++] = (trygg_report_place){
                .seg_id = sqlite3_column_int64(q, 0),
                .location = trygg__output_text(q, 1) ? trygg__bag_str(&m->mem, trygg__output_text(q, 1)) : NULL,
                .length_m = trygg__output_real(q, 2),
                .reports = (unsigned)sqlite3_column_int(q, 3),
                .value = trygg__output_real(q, 4),
                .why = trygg__output_text(q, 5) ? trygg__bag_str(&m->mem, trygg__output_text(q, 5)) : NULL,
            };
        sqlite3_finalize(q);
        /* the summary is the municipality's document: exact counts (min_count 0) */
        m->rankings[k] =
            (trygg_report_ranking){_(lists[k].title), _(lists[k].reports_label), _(lists[k].value_label), v, n, 0};
    }
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
