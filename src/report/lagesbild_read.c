/*
 * The lägesbild's figures beyond the summary's (report/lagesbild_read.h), read from an output
 * GeoPackage through the output reader: run_info (models, trends, inputs, counts), incidents
 * (first and last report), measures (English texts, citizen promises), measure_effects and
 * survey_areas; street lighting, surveillance and the lamp coverage (score/street_cover.h) from the places and
 * lamps the area reports' reader already holds (trygg__lagesbild_held), so that the output is
 * read once.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/osm_date.h"
#include "report/lagesbild_read.h"
#include "io/output_reader.h"
#include "report/report_names.h"
#include "score/street_cover.h"

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

static const char *keep_str(trygg__lagesbild_data *d, const char *s) { return s ? keep(d, trygg__xstrdup(s)) : NULL; }

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

/* ---- run_info ---- */

static const char *info(const trygg__lagesbild_data *d, const char *key) { return trygg_kv_get(&d->info, key); }

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

/* The number that starts at s (after any spaces) in either language's format: a decimal comma
 * or point, digit groups (U+202F), a minus sign (U+2212 or '-'), an exponent; NAN when none.
 * run_info's sentences are written in the run's language. */
static double num_at(const char *s)
{
    char buf[64];
    size_t n = 0;
    while (*s == ' ')
        s++;
    if (strncmp(s, "\u2212", 3) == 0) {
        buf[n++] = '-';
        s += 3;
    }
    for (; *s && n + 1 < sizeof buf; s++) {
        if (strncmp(s, "\u202f", 3) == 0) {
            s += 2;
            continue;
        }
        if (*s == ',' && s[1] >= '0' && s[1] <= '9')
            buf[n++] = '.';
        else if ((*s >= '0' && *s <= '9') || *s == '.' || *s == '-' || *s == '+' || *s == 'e')
            buf[n++] = *s;
        else
            break;
    }
    buf[n] = '\0';
    char *end = NULL;
    double v = strtod(buf, &end);
    return end && end != buf ? v : NAN;
}

/* The first number after the first `after` in s; NAN when there is none. */
static double num_after(const char *s, const char *after)
{
    const char *p = s ? strstr(s, after) : NULL;
    if (!p)
        return NAN;
    p += strlen(after);
    while (*p && !(*p >= '0' && *p <= '9'))
        p++;
    return *p ? num_at(p) : NAN;
}

/* Whether a trend sentence starts with the word, in English (the msgid) or the run's language. */
static bool starts_with_word(const char *v, const char *msgid)
{
    return strncmp(v, msgid, strlen(msgid)) == 0 || strncmp(v, _(msgid), strlen(_(msgid))) == 0;
}

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
        /* fitted: "Poisson regression (IRLS, ...) of 897 reports ..."; else why not */
        if (!strstr(v, "(IRLS"))
            x->model_note[k] = keep_str(d, v);
        else
            x->model_reports[k] = num_after(v, ")");
    }
    for (size_t i = 0; i < d->info.n; i++) {
        const char *key = d->info.key[i], *v = d->info.value[i];
        for (int k = 0; k < 2; k++) {
            size_t ml = strlen(models[k]);
            if (strncmp(key, models[k], ml) != 0 || key[ml] != '.' || !v)
                continue;
            /* "RR 1.39 (1.18-1.63) per SD of 5.51, ..." or "RR 1,39 (1,18-1,63) per standardavvikelse på 5.51" */
            if (strncmp(v, "RR ", 3) != 0)
                continue;
            const char *dash = strchr(v, '(') ? strchr(strchr(v, '('), '-') : NULL;
            double rr = num_at(v + 3), lo = num_after(v, "("), hi = dash ? num_at(dash + 1) : NAN,
                   sd = num_after(v, ")");
            if (!isfinite(rr) || !isfinite(lo) || !isfinite(hi))
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
        x->trend[c] = starts_with_word(v, N_("rising"))                  ? 1
                      : starts_with_word(v, N_("falling"))               ? -1
                      : starts_with_word(v, N_("no significant change")) ? 0
                                                                         : 2;
        x->trend_p[c] = num_after(v, "p = ");
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
    x->lamp_cover_m = trygg__output_config_num(dump, "lighting", "influence_m", 60.0);
    x->snap_m = trygg__output_config_num(dump, "places", "snap_m", NAN);
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

/* Street length by lighting class, the share within reach of a lamp (trygg__length_within on the
 * lamps' STRtree) and the length-weighted surveillance share, from the places and lamps the
 * caller read. */
static void held_streets(trygg_ctx *ctx, trygg__lagesbild_data *d, const trygg__lagesbild_held *h)
{
    trygg_lagesbild_extra *x = &d->x;
    size_t nl = h->have_lamps ? h->nlamps : 0;
    x->lamps = nl ? nl : x->lamps;
    trygg__street_cover_input in = {h->nplaces, h->place_geom, h->place_slot, h->place_surveillance,
                                    nl,         h->lamp_xy,    h->lamp_idx};
    trygg__street_cover(trygg__geos(ctx), &in, x->lamp_cover_m, x->light_m, &x->street_m, &x->lamp_cover_share,
                        &x->surveillance_share);
}

static trygg_status read_layers(trygg__lagesbild_data *d, trygg__output_reader *r, bool english)
{
    trygg_lagesbild_extra *x = &d->x;
    sqlite3_stmt *q = NULL;
    trygg_status st;
    if (trygg__output_reader_has_table(r, "incidents")) {
        if ((st = trygg__output_reader_prepare(
                 r,
                 "SELECT substr(MIN(occurred_at), 1, 10), substr(MAX(occurred_at), 1, 10) FROM incidents "
                 "WHERE occurred_at IS NOT NULL",
                 &q)) != TRYGG_OK)
            return st;
        if (sqlite3_step(q) == SQLITE_ROW) {
            x->first_incident = keep_str(d, trygg__output_text(q, 0));
            x->last_incident = keep_str(d, trygg__output_text(q, 1));
        }
        sqlite3_finalize(q);
        q = NULL;
    }
    if (trygg__output_reader_has_table(r, "measures")) {
        bool en = trygg__output_reader_has_column(r, "measures", "measure_en") &&
                  trygg__output_reader_has_column(r, "measures", "measure_id");
        bool pr = trygg__output_reader_has_column(r, "measures", "promise");
        char *sql = trygg__xasprintf("SELECT %s, %s, %s FROM measures ORDER BY fid", en ? "measure_id" : "NULL",
                                     en ? "measure_en" : "NULL", pr ? "promise" : "NULL");
        st = trygg__output_reader_prepare(r, sql, &q);
        free(sql);
        if (st != TRYGG_OK)
            return st;
        int *ids = NULL;
        const char **texts = NULL;
        size_t c1 = 0, c2 = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            if (trygg__output_text(q, 2) && *trygg__output_text(q, 2))
                x->promises++;
            if (!trygg__output_text(q, 1) || !*trygg__output_text(q, 1))
                continue;
            trygg__grow((void **)&ids, &c1, x->nmeasure_en + 1, sizeof *ids);
            trygg__grow((void **)&texts, &c2, x->nmeasure_en + 1, sizeof *texts);
            ids[x->nmeasure_en] = sqlite3_column_int(q, 0);
            texts[x->nmeasure_en++] = keep_str(d, trygg__output_text(q, 1));
        }
        sqlite3_finalize(q);
        q = NULL;
        x->measure_en_ids = ids ? keep(d, ids) : NULL;
        x->measure_en = texts ? keep(d, texts) : NULL;
    }
    if (trygg__output_reader_has_table(r, "measure_effects") &&
        trygg__output_reader_has_column(r, "measure_effects", "verdict")) {
        if ((st = trygg__output_reader_prepare(r, "SELECT verdict, COUNT(*) FROM measure_effects GROUP BY verdict",
                                               &q)) != TRYGG_OK)
            return st;
        static const char *const verdicts[4] = {"worked", "no clear effect", "more reports", "cannot tell yet"};
        while (sqlite3_step(q) == SQLITE_ROW)
            for (int k = 0; k < 4; k++)
                if (trygg__output_text(q, 0) && strcmp(trygg__output_text(q, 0), verdicts[k]) == 0)
                    x->effects[k] += (size_t)sqlite3_column_int64(q, 1);
        sqlite3_finalize(q);
        q = NULL;
    }
    if (trygg__output_reader_has_table(r, "survey_areas") &&
        trygg__output_reader_has_column(r, "survey_areas", "direction")) {
        x->survey_used = true;
        char *sql = trygg__xasprintf(
            "SELECT area, year, direction, %s FROM survey_areas ORDER BY year, area, fid",
            english && trygg__output_reader_has_column(r, "survey_areas", "note_en") ? "note_en" : "note");
        st = trygg__output_reader_prepare(r, sql, &q);
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
            const char *dir = trygg__output_text(q, 2);
            if (!dir || (strcmp(dir, "less safe, fewer reports") != 0 && strcmp(dir, "safer, more reports") != 0))
                continue;
            x->survey_flagged++;
            trygg__grow((void **)&notes, &cap, x->nsurvey_notes + 1, sizeof *notes);
            notes[x->nsurvey_notes++] =
                keep(d, trygg__xasprintf("%s %d: %s", trygg__output_text(q, 0) ? trygg__output_text(q, 0) : "", year,
                                         trygg__output_text(q, 3) ? trygg__output_text(q, 3) : dir));
        }
        sqlite3_finalize(q);
        x->survey_notes = notes ? keep(d, notes) : NULL;
    }
    return TRYGG_OK;
}

/* The promises layer, each promise with the measures whose promise field names it. */
static trygg_status read_promises(trygg__lagesbild_data *d, trygg__output_reader *r)
{
    trygg_lagesbild_extra *x = &d->x;
    static const char *const need[] = {"promise",      "text",       "baseline_from", "baseline_to", "baseline_value",
                                       "current_from", "current_to", "current_value", "change",      "change_low",
                                       "change_high",  "target",     "end_date",      "verdict"};
    if (!trygg__output_reader_has_table(r, "promises"))
        return TRYGG_OK;
    for (size_t k = 0; k < sizeof need / sizeof *need; k++)
        if (!trygg__output_reader_has_column(r, "promises", need[k]))
            return TRYGG_OK;
    x->promises_used = true;
    bool linked = trygg__output_reader_has_table(r, "measures") &&
                  trygg__output_reader_has_column(r, "measures", "promise") &&
                  trygg__output_reader_has_column(r, "measures", "measure_id") &&
                  trygg__output_reader_has_column(r, "measures", "status");
    sqlite3_stmt *q = NULL, *m = NULL;
    trygg_status st = trygg__output_reader_prepare(
        r,
        "SELECT promise, text, baseline_from, baseline_to, baseline_value, current_from, "
        "current_to, current_value, change, change_low, change_high, target, end_date, verdict "
        "FROM promises ORDER BY fid",
        &q);
    if (st == TRYGG_OK && linked)
        st = trygg__output_reader_prepare(
            r, "SELECT measure_id, status FROM measures WHERE promise = ? ORDER BY measure_id", &m);
    trygg_report_promise *v = NULL;
    size_t cap = 0;
    while (st == TRYGG_OK && sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&v, &cap, x->npromise_list + 1, sizeof *v);
        trygg_report_promise *p = &v[x->npromise_list++];
#define REAL(i) (sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i))
        char a[64], b[64], label[96];
        snprintf(a, sizeof a, "%s/%s", trygg__output_text(q, 2) ? trygg__output_text(q, 2) : "?",
                 trygg__output_text(q, 3) ? trygg__output_text(q, 3) : "?");
        trygg_reports_period_label(a, label, sizeof label);
        snprintf(b, sizeof b, "%s/%s", trygg__output_text(q, 5) ? trygg__output_text(q, 5) : "?",
                 trygg__output_text(q, 6) ? trygg__output_text(q, 6) : "?");
        *p = (trygg_report_promise){
            .name = keep_str(d, trygg__output_text(q, 0)),
            .text = keep_str(d, trygg__output_text(q, 1)),
            .baseline_label = keep_str(d, label),
            .baseline = REAL(4),
            .current = REAL(7),
            .change = REAL(8),
            .change_lo = REAL(9),
            .change_hi = REAL(10),
            .target = REAL(11),
            .end = keep_str(d, trygg__output_text(q, 12)),
            .verdict = keep_str(d, trygg__output_text(q, 13)),
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
                             trygg__output_text(m, 1) ? trygg__output_text(m, 1) : "?");
        if (ids.n)
            p->measures = keep(d, trygg__sb_steal(&ids));
    }
    sqlite3_finalize(q);
    sqlite3_finalize(m);
    x->promise_list = v ? keep(d, v) : NULL;
    return st;
}

trygg_status trygg__lagesbild_read_own(trygg_ctx *ctx, const char *gpkg_path, trygg__lagesbild_data **out)
{
    trygg__lagesbild_data *d = trygg__xcalloc(1, sizeof *d);
    trygg__output_reader r;
    trygg_status st = trygg__output_reader_open(ctx, gpkg_path, TRYGG__READ_FOR_LAGESBILD, &r);
    if (st == TRYGG_OK && (st = trygg__output_reader_run_info(&r, &d->info)) == TRYGG_OK)
        read_info(d);
    if (st == TRYGG_OK)
        st = read_layers(d, &r, trygg__language() == TRYGG_LANG_EN);
    if (st == TRYGG_OK)
        st = read_promises(d, &r);
    for (size_t i = 0; st == TRYGG_OK && i < d->x.nsources; i++)
        if (strcmp(d->x.sources[i].role, "incidents") == 0) {
            trygg_report_source *s = (trygg_report_source *)&d->x.sources[i];
            s->from = d->x.first_incident;
            s->to = d->x.last_incident;
        }
    trygg__output_reader_close(&r);
    if (st != TRYGG_OK) {
        trygg__lagesbild_free(d);
        d = NULL;
    }
    *out = d;
    return st;
}

void trygg__lagesbild_add_held(trygg_ctx *ctx, trygg__lagesbild_data *d, const trygg__lagesbild_held *held)
{
    held_streets(ctx, d, held);
}

trygg_status trygg__lagesbild_read(trygg_ctx *ctx, const char *gpkg_path, const trygg__lagesbild_held *held,
                                   trygg__lagesbild_data **out)
{
    trygg_status st = trygg__lagesbild_read_own(ctx, gpkg_path, out);
    if (st == TRYGG_OK)
        trygg__lagesbild_add_held(ctx, *out, held);
    return st;
}
