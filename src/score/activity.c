/*
 * Activity (folkliv) and the points of interest near a place: DESIGN.md section 5. Shops,
 * restaurants, cafes and transit stops bring people, and people bring informal control
 * (Jacobs 1961, ch. 2); bars and nightclubs are also counted on their own as a night-time risk
 * factor (Roncek & Maier 1991, Criminology 29: 725-753: more crime on blocks with taverns), fast
 * food and kiosks as litter attractors, schools and youth venues for the children-and-youth
 * focus area. Distances are from the point to the place's polyline.
 */
#include <math.h>

#include "geom/geom.h"
#include "score/surroundings.h"

void trygg_activity_place(const trygg_activity_params *p, const double *xy, size_t nv, const trygg_poi *pois,
                          const size_t *cand, size_t ncand, trygg_place *pl)
{
    /* Counted per kind and weighted after, so that the sum does not depend on the candidates' order. */
    size_t near[TRYGG_POI_COUNT] = {0};
    int youth = 0;
    for (size_t c = 0; c < ncand; c++) {
        const trygg_poi *q = &pois[cand[c]];
        double d = trygg_geom_point_polyline_distance(q->x, q->y, xy, nv, NULL);
        if (d <= p->radius_m && (unsigned)q->kind < TRYGG_POI_COUNT)
            near[q->kind]++;
        if (d <= p->youth_radius_m)
            youth += q->kind == TRYGG_POI_SCHOOL || q->kind == TRYGG_POI_YOUTH;
    }
    double activity = 0.0;
    for (int k = 0; k < TRYGG_POI_COUNT; k++)
        activity += p->weight[k] * (double)near[k];
    int bars = (int)near[TRYGG_POI_BAR], transit = (int)near[TRYGG_POI_TRANSIT],
        fast_food = (int)near[TRYGG_POI_FAST_FOOD];
    pl->activity = activity;
    pl->bars_150m = bars;
    pl->transit_150m = transit;
    pl->fast_food_150m = fast_food;
    pl->youth_300m = youth;
}
