/*
 * The hotspot statistics in run_info (report/hotspot_run_info.h): the grid, the method and its
 * parameters, the counts, the periods and the area-wide trend per category.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/hotspot_run_info.h"
#include "score/trend_names.h"

#define NCAT TRYGG_CAT_COUNT

void trygg_hotspots_run_info(const trygg_hotspot_result *r, const trygg_config *cfg, trygg_kv *kv)
{
    if (!r->grid)
        return;
    char km2[TRYGG__NUM_MAX];
    trygg__fmt_num(km2, sizeof km2, r->study_area_m2 / 1e6, 3);
    bool hex = trygg_grid_kind_of(r->grid) == TRYGG_GRID_HEX;
    trygg_kv_set(kv, "hotspots.grid",
                 hex ? _("%zu hexagonal cells of %g m, %s km2%s") : _("%zu square cells of %g m, %s km2%s"), r->ncells,
                 trygg_grid_size(r->grid), km2, cfg->grid_boundary ? _(", clipped to the study-area boundary") : "");
    const char *m = cfg->gi_p_method ? cfg->gi_p_method : "exact";
    const char *pm = _("p-values from the normal approximation");
    if (trygg__streq_ci(m, "exact") && !r->gi_p_shared_draws)
        pm = _("exact p-values of the conditional permutation null");
    else if (trygg__streq_ci(m, "exact"))
        pm = _("p-values of the conditional permutation null, exact where the values allowed, else from draws shared "
               "per neighbour count and value");
    else if (trygg__streq_ci(m, "permutation") && cfg->permutations > 0)
        pm = _("p-values from conditional permutations");
    trygg_kv_set(kv, "hotspots.method",
                 _("quartic kernel density (incidents per km2); Getis-Ord Gi* on cell counts with binary "
                   "distance-band weights (self included); %s; Benjamini-Hochberg FDR across cells; hot cells of one "
                   "category merged into hotspots"),
                 pm);
    trygg_kv_set(
        kv, "hotspots.parameters", "kde_bandwidth_m=%g band_m=%g p_method=%s permutations=%d seed=%d fdr=%s alpha=%g",
        cfg->kde_bandwidth_m, cfg->gi_band_m, m, cfg->permutations, cfg->seed, cfg->fdr ? "yes" : "no", cfg->hot_alpha);
    trygg_kv_set(kv, "hotspots.incidents_outside_grid", "%zu", r->incidents_outside);
    trygg__strbuf b = {0};
    for (int c = 0; c < NCAT; c++) {
        if (!r->analysed[c])
            continue;
        size_t nh = 0, nhot = 0, ncold = 0;
        for (size_t h = 0; h < r->nhotspots; h++)
            nh += r->hotspots[h].category == (trygg_category)c;
        for (size_t i = 0; i < r->ncells; i++) {
            nhot += r->cls[i * NCAT + c] > 0;
            ncold += r->cls[i * NCAT + c] < 0;
        }
        trygg__sb_printf(&b, _("%s%s: %zu hotspots, %zu hot and %zu cold cells"), b.n ? "; " : "",
                         trygg_category_words((trygg_category)c, false), nh, nhot, ncold);
    }
    char *s = trygg__sb_steal(&b);
    trygg_kv_set(kv, "hotspots.count", "%s", *s ? s : _("no incidents: no hotspots"));
    free(s);
    if (!r->have_periods) {
        trygg_kv_set(kv, "trend.periods", "%s", _("no incident times: no period comparison"));
        return;
    }
    char pa[32], pb[32];
    trygg_period_format(&r->period_a, cfg->utc_offset_h, cfg->eu_summer_time, pa, sizeof pa);
    trygg_period_format(&r->period_b, cfg->utc_offset_h, cfg->eu_summer_time, pb, sizeof pb);
    /* "period a F/T, period b F/T" is read back (reports, trygg compare): only the note translates */
    trygg_kv_set(kv, "trend.periods", "period a %s, period b %s%s", pa, pb,
                 cfg->period_b ? "" : _(" (default: the 12 months up to the latest incident and the 12 before)"));
    double ta = trygg_period_days(&r->period_a), tb = trygg_period_days(&r->period_b);
    for (int c = 0; c < NCAT; c++) {
        if (!r->analysed[c])
            continue;
        char key[64];
        snprintf(key, sizeof key, "trend.%s", trygg_category_name((trygg_category)c));
        double na = r->area_a[c], nb = r->area_b[c];
        int mark = trygg_trend_mark(na, nb, ta, tb, r->area_trend_p[c], cfg->trend_alpha);
        char p[TRYGG__NUM_MAX];
        trygg__fmt_num(p, sizeof p, r->area_trend_p[c], r->area_trend_p[c] < 0.001 ? 6 : 3);
        if (na > 0)
            trygg_kv_set(
                kv, key, _("%s: %u in period a, %u in period b (%+.0f %% per day), p = %s (exact Poisson test)"),
                trygg_trend_name(mark, na, nb), r->area_a[c], r->area_b[c], 100.0 * ((nb / tb) / (na / ta) - 1.0), p);
        else
            trygg_kv_set(kv, key, _("%s: %u in period a, %u in period b, p = %s (exact Poisson test)"),
                         trygg_trend_name(mark, na, nb), r->area_a[c], r->area_b[c], p);
    }
}
