/*
 * `trygg nearrepeat`: the Knox test of one incident category (src/score/knox.c) on the config's
 * incidents, as a table for the police and planners and a CSV for further analysis.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "trygg/io.h"
#include "trygg/nearrepeat.h"
#include "trygg/score.h"

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

static void describe(trygg__strbuf *b, const trygg_knox_table *kt, const char *category, size_t n, size_t untimed,
                     int permutations, double alpha)
{
    trygg__sb_printf(b, "Near repeat (Knox test) of %s: %zu incidents with a time (%zu without one left out), %zu pairs "
                        "within %g m, %d permutations of the times\n",
                     category, n, untimed, kt->pairs, (double)kt->ns * kt->space_step_m, permutations);
    trygg__sb_printf(b, "Observed / expected pairs per band (* p <= %g: more pairs close in space and time than chance "
                        "gives)\n%-14s",
                     alpha, "distance");
    for (size_t t = 0; t < kt->nt; t++) {
        char head[32];
        snprintf(head, sizeof head, "%g-%g days", (double)t * kt->time_step_days, (double)(t + 1) * kt->time_step_days);
        trygg__sb_printf(b, " %14s", head);
    }
    trygg__sb_printf(b, "\n");
    for (size_t s = 0; s < kt->ns; s++) {
        char band[32];
        snprintf(band, sizeof band, "%g-%g m", (double)s * kt->space_step_m, (double)(s + 1) * kt->space_step_m);
        trygg__sb_printf(b, "%-14s", band);
        for (size_t t = 0; t < kt->nt; t++) {
            size_t c = s * kt->nt + t;
            char cell[32];
            if (isfinite(kt->ratio[c]))
                snprintf(cell, sizeof cell, "%.0f/%.1f %.2f%s", kt->observed[c], kt->expected[c], kt->ratio[c],
                         kt->p[c] <= alpha ? "*" : " ");
            else
                snprintf(cell, sizeof cell, "%.0f/0 -", kt->observed[c]);
            trygg__sb_printf(b, " %14s", cell);
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
    describe(&b, &kt, trygg_category_name(cat), n, untimed, params->permutations, 0.05);
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
