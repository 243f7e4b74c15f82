/*
 * The steps of the reports' reading (io/report_model.h) that read run_info and the summary's
 * lists: the run (sources, date, periods), the ranked places, the Knox tables of near repeat,
 * the emerging hot spots, and the follow-up (measure_effects, survey_areas).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_reader.h"
#include "io/report_model.h"
#include "report/report_names.h"

static bool is_osm(const char *p)
{
    size_t n = p ? strlen(p) : 0;
    return (n > 8 && strcmp(p + n - 8, ".osm.pbf") == 0) || (n > 4 && strcmp(p + n - 4, ".osm") == 0) ||
           (n > 4 && strcmp(p + n - 4, ".pbf") == 0);
}

/* Sources footer, municipality, date, synthetic flag, periods: from run_info. */
void trygg__report_model_read_run(trygg__report_model *m)
{
    const trygg_kv *kv = &m->info;
    const char *area = trygg_kv_get(kv, "study_area");
    char *muni = trygg__xstrdup(area && *area ? area : _("the study area"));
    /* "Helsinki centre (sample, synthetic incidents)" reads as "Helsinki centre" in sentences */
    char *paren = strstr(muni, " (");
    if (paren && paren != muni && muni[strlen(muni) - 1] == ')')
        *paren = '\0';
    m->municipality = trygg__bag_keep(&m->mem, muni);
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
    m->date = trygg__bag_str(&m->mem, date);
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
        trygg__sb_printf(&b, ": %s", trygg__base_of(path));
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
    m->sources = trygg__bag_keep(&m->mem, trygg_mask_secrets(sources));
    free(sources);
    m->attribution = trygg__bag_keep(
        &m->mem, trygg__xasprintf("%s%s%s", osm ? _("Map data © OpenStreetMap contributors, ODbL") : "",
                                  osm && m->synthetic ? "; " : "", m->synthetic ? _("incidents: SYNTHETIC") : ""));

    /* Periods as the hotspot stage wrote them, in the run's time-zone rule. */
    const char *dump = trygg_kv_get(kv, "config");
    char *off = trygg__output_config_value(dump, "time", "utc_offset_h"),
         *est = trygg__output_config_value(dump, "time", "eu_summer_time");
    char *buf = trygg__output_config_value(dump, "reports", "buffer_m");
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

/* The Knox tables of the near_repeat layer, one per category: rows the distance bands, columns
 * the time bands, cells "observed / expected  ratio" with a star where p <= 0.05. */
/* A category code as the words of the run's language ("vandalism" -> "skadegörelse"). */
static const char *knox_category_words(const char *code)
{
    trygg_category c;
    return code && trygg_category_from_name(code, &c) ? trygg_category_words(c, false) : code;
}

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
    /* rows arrive category by category, distance band by distance band */
    typedef struct {
        char *cat;
        double s0, s1, t0, t1, obs, exp, ratio, p;
    } knox_row;
    knox_row *rows = NULL;
    size_t n = 0, cap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&rows, &cap, n + 1, sizeof *rows);
        rows[n++] = (knox_row){trygg__bag_str(&m->mem, trygg__output_text(q, 0) ? trygg__output_text(q, 0) : ""),
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
    m->knox = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG_CAT_COUNT, sizeof *m->knox));
    for (size_t i = 0; i < n && m->nknox < TRYGG_CAT_COUNT;) {
        size_t j = i, nt = 0;
        while (j < n && strcmp(rows[j].cat, rows[i].cat) == 0)
            j++;
        while (i + nt < j && rows[i + nt].s0 == rows[i].s0)
            nt++;
        size_t ns = nt ? (j - i) / nt : 0, ncols = nt + 1;
        const char **head = trygg__bag_keep(&m->mem, trygg__xcalloc(ncols, sizeof *head));
        const char **cells = trygg__bag_keep(&m->mem, trygg__xcalloc(ns * ncols + 1, sizeof *cells));
        head[0] = _("Distance");
        char a[TRYGG__NUM_MAX], b[TRYGG__NUM_MAX];
        for (size_t t = 0; t < nt; t++)
            head[t + 1] = trygg__bag_keep(&m->mem, trygg__xasprintf(_("%s-%s days"),
                                                                    trygg__fmt_num(a, sizeof a, rows[i + t].t0, 0),
                                                                    trygg__fmt_num(b, sizeof b, rows[i + t].t1, 0)));
        for (size_t s = 0; s < ns; s++) {
            const knox_row *r0 = &rows[i + s * nt];
            cells[s * ncols] =
                trygg__bag_keep(&m->mem, trygg__xasprintf("%s-%s m", trygg__fmt_num(a, sizeof a, r0->s0, 0),
                                                          trygg__fmt_num(b, sizeof b, r0->s1, 0)));
            for (size_t t = 0; t < nt; t++) {
                const knox_row *cell = &rows[i + s * nt + t];
                char o[TRYGG__NUM_MAX], e[TRYGG__NUM_MAX], ratio[TRYGG__NUM_MAX];
                trygg__fmt_num(o, sizeof o, cell->obs, 0);
                cells[s * ncols + t + 1] =
                    isfinite(cell->ratio)
                        ? trygg__bag_keep(&m->mem, trygg__xasprintf("%s / %s  %s%s", o,
                                                                    trygg__fmt_num(e, sizeof e, cell->exp, 1),
                                                                    trygg__fmt_num(ratio, sizeof ratio, cell->ratio, 2),
                                                                    cell->p <= 0.05 && cell->ratio > 1 ? "*" : ""))
                        : trygg__bag_keep(&m->mem, trygg__xasprintf("%s / 0", o));
            }
        }
        m->knox[m->nknox++] = (trygg_report_table){
            trygg__bag_keep(&m->mem, trygg__xasprintf(_("%s: pairs of reports observed / expected with no space-time "
                                                        "interaction, and their ratio (* p <= 0.05)"),
                                                      knox_category_words(rows[i].cat))),
            ns, ncols, head, cells};
        i = j;
    }
    free(rows);
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
