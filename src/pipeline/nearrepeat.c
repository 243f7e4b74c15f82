/*
 * `trygg nearrepeat`: the Knox test of one incident category (src/score/knox.c) on the config's
 * incidents, as a table for the police and planners and a CSV for further analysis.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "pipeline/nearrepeat.h"
#include "score/score.h"

static trygg_status write_csv(trygg_ctx *ctx, const trygg_knox_table *kt, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: cannot write the near-repeat table", path);
    fprintf(f, "space_from_m,space_to_m,time_from_days,time_to_days,observed,expected,ratio,p_value\n");
    for (size_t s = 0; s < kt->ns; s++)
        for (size_t t = 0; t < kt->nt; t++) {
            size_t c = s * kt->nt + t;
            fprintf(f, "%g,%g,%g,%g,%.0f,%.3f,", (double)s * kt->space_step_m, (double)(s + 1) * kt->space_step_m,
                    (double)t * kt->time_step_days, (double)(t + 1) * kt->time_step_days, kt->observed[c],
                    kt->expected[c]);
            if (isfinite(kt->ratio[c]))
                fprintf(f, "%.3f", kt->ratio[c]);
            fprintf(f, ",%.4f\n", kt->p[c]);
        }
    bool ok = fflush(f) == 0 && !ferror(f);
    ok = fclose(f) == 0 && ok;
    return ok ? TRYGG_OK : trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing the near-repeat table failed", path);
}

/* text left-aligned (right = false) or right-aligned in a column of `width` characters: UTF-8
 * counted by characters, not bytes, so "avstånd" lines up like "distance". */
static void column(trygg__strbuf *b, const char *text, int width, bool right)
{
    int chars = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        chars += (*p & 0xC0) != 0x80;
    int pad = width > chars ? width - chars : 0;
    trygg__sb_printf(b, "%*s%s%*s", right ? pad : 0, "", text, right ? 0 : pad, "");
}

static void describe(trygg__strbuf *b, const trygg_knox_table *kt, const char *category, size_t n, size_t untimed,
                     int permutations, double alpha)
{
    char within[TRYGG__NUM_MAX], a[TRYGG__NUM_MAX];
    trygg__sb_printf(b,
                     _("Near repeat (Knox test) of %s: %zu incidents with a time (%zu without one left out), %zu "
                       "pairs within %s m, %d permutations of the times\n"),
                     category, n, untimed, kt->pairs,
                     trygg__fmt_num(within, sizeof within, (double)kt->ns * kt->space_step_m, 0), permutations);
    trygg__sb_printf(b,
                     _("Observed / expected pairs per band (* p <= %s: more pairs close in space and time than "
                       "chance gives)\n"),
                     trygg__fmt_num(a, sizeof a, alpha, alpha < 0.01 ? 3 : 2));
    column(b, _("distance"), 14, false);
    for (size_t t = 0; t < kt->nt; t++) {
        char head[64];
        snprintf(head, sizeof head, _("%g-%g days"), (double)t * kt->time_step_days,
                 (double)(t + 1) * kt->time_step_days);
        trygg__sb_printf(b, " ");
        column(b, head, 14, true);
    }
    trygg__sb_printf(b, "\n");
    for (size_t s = 0; s < kt->ns; s++) {
        char band[32];
        snprintf(band, sizeof band, "%g-%g m", (double)s * kt->space_step_m, (double)(s + 1) * kt->space_step_m);
        trygg__sb_printf(b, "%-14s", band);
        for (size_t t = 0; t < kt->nt; t++) {
            size_t c = s * kt->nt + t;
            char cell[3 * TRYGG__NUM_MAX + 8], o[TRYGG__NUM_MAX], e[TRYGG__NUM_MAX], r[TRYGG__NUM_MAX];
            trygg__fmt_num(o, sizeof o, kt->observed[c], 0);
            if (isfinite(kt->ratio[c]))
                snprintf(cell, sizeof cell, "%s/%s %s%s", o, trygg__fmt_num(e, sizeof e, kt->expected[c], 1),
                         trygg__fmt_num(r, sizeof r, kt->ratio[c], 2), kt->p[c] <= alpha ? "*" : " ");
            else
                snprintf(cell, sizeof cell, "%s/0 -", o);
            trygg__sb_printf(b, " ");
            column(b, cell, 14, true);
        }
        trygg__sb_printf(b, "\n");
    }
}

trygg_status trygg_nearrepeat(trygg_ctx *ctx, const trygg_config *cfg, const char *category,
                              const trygg_knox_params *params, const char *csv_path, char **report)
{
    trygg_status st = TRYGG_OK;
    trygg_incidents inc = {0};
    trygg_input_report rep = {0};
    trygg_knox_table kt = {0};
    trygg__strbuf b = {0};
    double *xy = NULL;
    int64_t *t = NULL;
    trygg_category cat;
    *report = NULL;
    if (!category || !trygg_category_from_name(category, &cat)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "--category '%s' is not a trygg category", category ? category : "");
        goto done;
    }
    if ((st = trygg_config_validate(ctx, cfg)) != TRYGG_OK)
        goto done;
    if (!cfg->incidents.source) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "near repeat needs an incidents layer in the config");
        goto done;
    }
    if ((st = trygg_io_read_incidents(ctx, cfg, cfg->crs, &inc, &rep)) != TRYGG_OK)
        goto done;
    bool sensitive[TRYGG_CAT_ALL_COUNT];
    trygg_config_sensitive(cfg, sensitive, NULL);
    if (sensitive[cat]) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "%s is a sensitive category ([privacy] sensitive): its reports are "
                         "counted by area only, never pair by pair", trygg_category_name(cat));
        goto done;
    }
    trygg_incidents_split(&inc, sensitive, NULL); /* counted by area only, never at a place */
    xy = trygg__xmalloc((inc.n + 1) * 2 * sizeof *xy);
    t = trygg__xmalloc((inc.n + 1) * sizeof *t);
    size_t n = 0, untimed = 0;
    for (size_t i = 0; i < inc.n; i++) {
        if (inc.v[i].category != cat)
            continue;
        if (inc.v[i].t_utc == TRYGG_TIME_UNKNOWN) {
            untimed++;
            continue;
        }
        xy[2 * n] = inc.v[i].x;
        xy[2 * n + 1] = inc.v[i].y;
        t[n++] = inc.v[i].t_utc;
    }
    if (n < 2) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "%s: %zu %s incident(s) with a time: the Knox test needs at least two",
                         cfg->incidents.source, n, trygg_category_name(cat));
        goto done;
    }
    if ((st = trygg_knox(ctx, xy, t, n, params, &kt)) != TRYGG_OK)
        goto done;
    describe(&b, &kt, trygg_category_words(cat, false), n, untimed, params->permutations, 0.05);
    if (csv_path && (st = write_csv(ctx, &kt, csv_path)) != TRYGG_OK)
        goto done;
    if (csv_path)
        trygg__sb_printf(&b, "table written to %s\n", csv_path);
    *report = trygg__sb_steal(&b);
done:
    free(b.s);
    free(xy);
    free(t);
    trygg_knox_table_fini(&kt);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&rep);
    return st;
}

/* ---- near-repeat zones for the police, in the run's output ---- */

enum { Z_INCIDENT_ID, Z_CATEGORY, Z_OCCURRED, Z_VALID_UNTIL, Z_RADIUS, Z_DAYS, Z_RATIO, Z_P, Z_DESCRIPTION, Z_NFIELDS };
static const trygg_field_def zone_fields[Z_NFIELDS] = {
    [Z_INCIDENT_ID] = {"incident_id", TRYGG_FIELD_INT},  [Z_CATEGORY] = {"category", TRYGG_FIELD_TEXT},
    [Z_OCCURRED] = {"occurred_at", TRYGG_FIELD_TEXT},    [Z_VALID_UNTIL] = {"valid_until", TRYGG_FIELD_TEXT},
    [Z_RADIUS] = {"radius_m", TRYGG_FIELD_REAL},         [Z_DAYS] = {"days", TRYGG_FIELD_REAL},
    [Z_RATIO] = {"ratio", TRYGG_FIELD_REAL},             [Z_P] = {"p_value", TRYGG_FIELD_REAL},
    [Z_DESCRIPTION] = {"description", TRYGG_FIELD_TEXT},
};

/* The near-repeat window of a Knox table: the farthest space band significant (p <= alpha, more
 * pairs than expected) in the first time band, and the longest time band significant in the
 * first space band, both reached from the first cell without a gap. False when the first cell
 * itself is not significant. */
static bool near_window(const trygg_knox_table *kt, double alpha, double *radius_m, double *days)
{
    if (!(kt->p[0] <= alpha && kt->ratio[0] > 1.0))
        return false;
    size_t s = 0, t = 0;
    while (s + 1 < kt->ns && kt->p[(s + 1) * kt->nt] <= alpha && kt->ratio[(s + 1) * kt->nt] > 1.0)
        s++;
    while (t + 1 < kt->nt && kt->p[t + 1] <= alpha && kt->ratio[t + 1] > 1.0)
        t++;
    *radius_m = (double)(s + 1) * kt->space_step_m;
    *days = (double)(t + 1) * kt->time_step_days;
    return true;
}

static void iso_utc(int64_t t, char *buf, size_t size)
{
    int64_t y;
    int mo, d;
    int64_t day = trygg__floor_div(t, 86400), sec = t - day * 86400;
    trygg__civil_from_days(day, &y, &mo, &d);
    snprintf(buf, size, "%04lld-%02d-%02dT%02d:%02d:%02dZ", (long long)y, mo, d, (int)(sec / 3600),
             (int)(sec / 60 % 60), (int)(sec % 60));
}

enum { K_CATEGORY, K_SPACE_FROM, K_SPACE_TO, K_TIME_FROM, K_TIME_TO, K_OBSERVED, K_EXPECTED, K_RATIO, K_P,
       K_NFIELDS };
static const trygg_field_def table_fields[K_NFIELDS] = {
    [K_CATEGORY] = {"category", TRYGG_FIELD_TEXT},  [K_SPACE_FROM] = {"space_from_m", TRYGG_FIELD_REAL},
    [K_SPACE_TO] = {"space_to_m", TRYGG_FIELD_REAL}, [K_TIME_FROM] = {"time_from_days", TRYGG_FIELD_REAL},
    [K_TIME_TO] = {"time_to_days", TRYGG_FIELD_REAL}, [K_OBSERVED] = {"observed", TRYGG_FIELD_INT},
    [K_EXPECTED] = {"expected", TRYGG_FIELD_REAL},   [K_RATIO] = {"ratio", TRYGG_FIELD_REAL},
    [K_P] = {"p_value", TRYGG_FIELD_REAL},
};

static trygg_status fill_table(trygg_ctx *ctx, const void *arg, size_t r, trygg_layer_row *row)
{
    (void)ctx;
    const trygg_knox_table *tables = arg;
    int c = 0;
    while (r >= tables[c].ns * tables[c].nt) {
        r -= tables[c].ns * tables[c].nt;
        c++;
    }
    const trygg_knox_table *kt = &tables[c];
    size_t s = r / kt->nt, t = r % kt->nt, k = s * kt->nt + t;
    trygg_value *v = trygg_row_values(row);
    v[K_CATEGORY] = trygg_value_text(trygg_category_name((trygg_category)c));
    v[K_SPACE_FROM] = trygg_value_real((double)s * kt->space_step_m, 1000.0);
    v[K_SPACE_TO] = trygg_value_real((double)(s + 1) * kt->space_step_m, 1000.0);
    v[K_TIME_FROM] = trygg_value_real((double)t * kt->time_step_days, 1000.0);
    v[K_TIME_TO] = trygg_value_real((double)(t + 1) * kt->time_step_days, 1000.0);
    v[K_OBSERVED] = trygg_value_int((int64_t)kt->observed[k]);
    v[K_EXPECTED] = trygg_value_real(kt->expected[k], 1000.0);
    v[K_RATIO] = trygg_value_real(kt->ratio[k], 1000.0);
    v[K_P] = trygg_value_real(kt->p[k], 1e4);
    return TRYGG_OK;
}

/* The Knox tables of the run's categories as the attribute layer `near_repeat`, one row per band
 * pair, for the summary and for further analysis. */
static trygg_status write_tables(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_knox_table *tables)
{
    size_t n = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        n += tables[c].ns * tables[c].nt;
    trygg_layer_desc d = {"near_repeat", wkbNone,
                          N_("Near repeat (Knox test): pairs of reports by distance and time apart, observed against "
                             "expected under no space-time interaction"),
                          table_fields, K_NFIELDS, n, fill_table, tables};
    return trygg_io_gpkg_add_layer(ctx, w, &d);
}

/* One near-repeat zone: around incident `incident` of `category`. */
struct zone {
    size_t incident;
    int category;
    double radius_m, days, ratio, p;
};

typedef struct {
    const struct zone *zones;
    const trygg_incidents *inc;
    const trygg_knox_params *p;
} zone_rows;

static trygg_status fill_zone(trygg_ctx *ctx, const void *arg, size_t k, trygg_layer_row *out)
{
    const zone_rows *zr = arg;
    const struct zone *z = &zr->zones[k];
    const trygg_incident *e = &zr->inc->v[z->incident];
    char occurred[32], until[32];
    iso_utc(e->t_utc, occurred, sizeof occurred);
    iso_utc(e->t_utc + (int64_t)llround(z->days * 86400.0), until, sizeof until);
    trygg_value *row = trygg_row_values(out);
    row[Z_INCIDENT_ID] = trygg_value_int((int64_t)z->incident + 1);
    row[Z_CATEGORY] = trygg_value_text(trygg_category_name((trygg_category)z->category));
    trygg_row_take_text(out, Z_OCCURRED, trygg__xstrdup(occurred));
    trygg_row_take_text(out, Z_VALID_UNTIL, trygg__xstrdup(until));
    row[Z_RADIUS] = trygg_value_real(z->radius_m, 1.0);
    row[Z_DAYS] = trygg_value_real(z->days, 1.0);
    row[Z_RATIO] = trygg_value_real(z->ratio, 1000.0);
    row[Z_P] = trygg_value_real(z->p, 1e4);
    char radius[TRYGG__NUM_MAX], day[TRYGG__NUM_MAX], ratio[TRYGG__NUM_MAX], ds[TRYGG__NUM_MAX], dt[TRYGG__NUM_MAX];
    trygg_row_take_text(
        out, Z_DESCRIPTION,
        trygg__xasprintf(_("Near-repeat risk: %s within %s m until %s (Knox ratio %s for 0-%s m, 0-%s days)"),
                         trygg_category_words((trygg_category)z->category, false),
                         trygg__fmt_num(radius, sizeof radius, z->radius_m, 0),
                         trygg__fmt_iso_date(day, sizeof day, until), trygg__fmt_num(ratio, sizeof ratio, z->ratio, 2),
                         trygg__fmt_num(ds, sizeof ds, zr->p->space_step_m, 0),
                         trygg__fmt_num(dt, sizeof dt, zr->p->time_step_days, 0)));
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(geos, e->x, e->y);
    GEOSGeometry *circle = pt ? GEOSBuffer_r(geos, pt, z->radius_m, 8) : NULL;
    trygg_row_geos(out, geos, circle);
    if (circle)
        GEOSGeom_destroy_r(geos, circle);
    if (pt)
        GEOSGeom_destroy_r(geos, pt);
    return TRYGG_OK;
}

trygg_status trygg_nearrepeat_zones(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *inc,
                                    trygg_gpkg_writer *w, char **note)
{
    bool want[TRYGG_CAT_COUNT];
    trygg_config_category_list(cfg->nr_categories, want);
    trygg_knox_params p = {cfg->nr_space_step_m, cfg->nr_space_max_m, cfg->nr_time_step_days, cfg->nr_time_max_days,
                           cfg->nr_permutations, (uint64_t)cfg->seed};
    trygg__strbuf said = {0};
    trygg_knox_table tables[TRYGG_CAT_COUNT];
    memset(tables, 0, sizeof tables);
    /* rows: per category, the incidents of the last `days` before its latest incident */
    size_t cap = 0, n = 0;
    struct zone *zones = NULL;
    double *xy = trygg__xmalloc((inc->n + 1) * 2 * sizeof *xy);
    int64_t *t = trygg__xmalloc((inc->n + 1) * sizeof *t);
    size_t *idx = trygg__xmalloc((inc->n + 1) * sizeof *idx);
    trygg_status st = TRYGG_OK;
    for (int c = 0; c < TRYGG_CAT_COUNT && st == TRYGG_OK; c++) {
        if (!want[c])
            continue;
        size_t m = 0;
        int64_t latest = INT64_MIN;
        for (size_t i = 0; i < inc->n; i++)
            if (inc->v[i].category == (trygg_category)c && inc->v[i].t_utc != TRYGG_TIME_UNKNOWN) {
                xy[2 * m] = inc->v[i].x;
                xy[2 * m + 1] = inc->v[i].y;
                t[m] = inc->v[i].t_utc;
                idx[m++] = i;
                latest = inc->v[i].t_utc > latest ? inc->v[i].t_utc : latest;
            }
        double radius, days;
        if (m < 2) {
            trygg__sb_printf(&said, _("%s%s: fewer than two incidents with a time"), said.n ? "; " : "",
                             trygg_category_words((trygg_category)c, false));
            continue;
        }
        if ((st = trygg_knox(ctx, xy, t, m, &p, &tables[c])) != TRYGG_OK)
            break;
        const trygg_knox_table *kt = &tables[c];
        char ratio[TRYGG__NUM_MAX], pv[TRYGG__NUM_MAX];
        trygg__fmt_num(ratio, sizeof ratio, kt->ratio[0], 2);
        trygg__fmt_num(pv, sizeof pv, kt->p[0], 3);
        if (!near_window(kt, 0.05, &radius, &days)) {
            trygg__sb_printf(&said, _("%s%s: no near repeat (0-%g m, 0-%g days: ratio %s, p = %s)"),
                             said.n ? "; " : "", trygg_category_words((trygg_category)c, false), kt->space_step_m,
                             kt->time_step_days, ratio, pv);
        } else {
            size_t before = n;
            for (size_t k = 0; k < m; k++)
                if ((double)(latest - t[k]) <= days * 86400.0) {
                    trygg__grow((void **)&zones, &cap, n + 1, sizeof *zones);
                    zones[n++] = (struct zone){idx[k], c, radius, days, kt->ratio[0], kt->p[0]};
                }
            trygg__sb_printf(&said, _("%s%s: near repeat within %g m and %g days (ratio %s, p = %s), %zu zones"),
                             said.n ? "; " : "", trygg_category_words((trygg_category)c, false), radius, days, ratio,
                             pv, n - before);
        }
    }
    if (st == TRYGG_OK)
        st = write_tables(ctx, w, tables);
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        trygg_knox_table_fini(&tables[c]);
    if (st == TRYGG_OK) {
        zone_rows rows = {zones, inc, &p};
        trygg_layer_desc d = {"near_repeat_zones", wkbPolygon,
                              N_("Near-repeat zones for the police: around each recent incident of a category whose "
                                 "incidents repeat nearby soon after (Knox test), the distance and the days within "
                                 "which a repeat is more likely than chance, with the date the zone expires"),
                              zone_fields, Z_NFIELDS, n, fill_zone, &rows};
        st = trygg_io_gpkg_add_layer(ctx, w, &d);
    }
    *note = trygg__sb_steal(&said);
    free(zones);
    free(xy);
    free(t);
    free(idx);
    return st;
}
