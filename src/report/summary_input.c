/*
 * The lägesbild's input from the output model (report/summary_input.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "report/summary_input.h"
#include "report/model_query.h"

/* Focus area of an incident category (DESIGN.md section 1): drugs belong to ANDTS; the
 * categories of public space to trygghet. The other focus areas (children and youth, violence in
 * close relationships, crimes against older people) are not told by a category alone. */
static trygg_focus_area focus_of(int category)
{
    return category == TRYGG_CAT_DRUGS ? TRYGG_FOCUS_ANDTS : TRYGG_FOCUS_TRYGGHET;
}

void trygg__summary_input_fini(trygg__summary_input *d)
{
    trygg__lagesbild_free(d->lb);
    trygg__map_parts_fini(&d->mp);
    free(d->hs);
    memset(d, 0, sizeof *d);
}

trygg_status trygg__summary_input_gather(trygg__report_model *m, const char *gpkg, trygg__summary_input *d)
{
    trygg__lagesbild_data *lb = NULL;
    trygg_status st = trygg__lagesbild_read_own(m->ctx, gpkg, &lb);
    if (st != TRYGG_OK) {
        memset(d, 0, sizeof *d);
        return st;
    }
    trygg__summary_input_from(m, lb, d);
    return TRYGG_OK;
}

void trygg__summary_input_from(trygg__report_model *m, trygg__lagesbild_data *lb, trygg__summary_input *d)
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
        int p = trygg__report_period_of(m, m->inc_t[i]);
        if (p < 0)
            continue;
        (p == 0 ? sr->n_before : sr->n_after)[m->inc_cat[i]]++;
        (p == 0 ? sr->focus_before : sr->focus_after)[focus_of(m->inc_cat[i])]++;
    }
    d->hs = trygg__xcalloc(m->nh ? m->nh : 1, sizeof *d->hs);
    for (size_t i = 0; i < m->nh; i++) {
        const trygg__hotspot_row *h = &m->hs_info[i];
        d->hs[i] = (trygg_report_hotspot){h->id,       h->category, h->confidence, h->incidents,
                                          h->area_km2, h->pai,      h->peak_hours, h->place};
    }
    sr->hotspots = d->hs;
    sr->nhotspots = m->nh;
    /* the whole output: the envelope of every place, dark stretch, hotspot and measure */
    double all[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    const trygg__feat *sets[4] = {m->pl, m->dk, m->hs, m->ms};
    const size_t ns[4] = {m->np, m->nd, m->nh, m->nm};
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < ns[k]; i++) {
            all[0] = fmin(all[0], sets[k][i].env[0]);
            all[1] = fmin(all[1], sets[k][i].env[1]);
            all[2] = fmax(all[2], sets[k][i].env[2]);
            all[3] = fmax(all[3], sets[k][i].env[3]);
        }
    trygg__map_parts *mp = &d->mp;
    if (all[0] <= all[2])
        trygg__map_parts_collect(m, all, false, NULL, mp);
    sr->map = (trygg_report_map_data){.streets = mp->lines,
                                      .nstreets = mp->nlines,
                                      .dark = mp->dark,
                                      .ndark = mp->ndark,
                                      .polygons = mp->polys.v,
                                      .npolygons = mp->polys.n,
                                      .attribution = *m->attribution ? m->attribution : NULL};
    /* The places and lamps as read for the area reports: the output is read once. */
    const GEOSGeometry **geoms = trygg__xmalloc((m->np + 1) * sizeof *geoms);
    for (size_t i = 0; i < m->np; i++)
        geoms[i] = m->pl[i].g;
    trygg__lagesbild_held held = {m->np, geoms, m->pl_slot, m->pl_surv, m->have_lamps, m->nl, m->lamp_xy, m->lamp_idx};
    d->lb = lb;
    trygg__lagesbild_add_held(m->ctx, d->lb, &held);
    free(geoms);
    sr->lagesbild = trygg__lagesbild_extra(d->lb);
}
