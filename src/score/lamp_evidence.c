/*
 * Lighting evidence that knows its limits (docs/NOTES.md, "Lighting"): where the lamp data
 * cannot explain what else trygg knows, the illuminance estimate is flagged instead of trusted.
 *
 * A lamp register is rarely complete: OSM lamp points cover part of a city, and a municipal
 * register misses private lights, lights on buildings and new areas. Two conflicts are flagged
 * per place estimated from lamps (light_source = estimated):
 *   - lit tag: the street is tagged lit (OSM lit=yes or a lit field) and the estimate is below
 *     EN 13201-2 class P6 (2.0 lux average, 0.4 minimum): a lit street cannot be that dark, so
 *     lamps are missing from the data.
 *   - sparse register: the estimate is below P6 and the register holds far fewer lamps per km
 *     of street around the place than elsewhere in the study area: fewer than sparse_ratio
 *     times the median of the same figure over all estimated places. The figure is the lamps
 *     within radius_m of the place's midpoint per km of street whose places' midpoints lie
 *     within radius_m: a local register density that does not depend on how long the place is.
 * A conflicting place's darkness is not evidence for new lighting: the plan proposes checking
 * the lighting on site and completing the register instead (shipped rule lamp_register).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "score/score.h"

typedef struct {
    const trygg_lamp_evidence_params *p;
    trygg_places *places;
    const double *mid; /* place midpoints, x,y */
    const trygg_index *mid_index;
    const trygg_lamps *lamps;
    const trygg_index *lamp_index;
} density_job;

static void density_one(size_t i, GEOSContextHandle_t geos, void *user)
{
    density_job *job = user;
    trygg_place *pl = &job->places->v[i];
    double x = job->mid[2 * i], y = job->mid[2 * i + 1], r = job->p->radius_m, r2 = r * r;
    trygg_idlist cand = {0};
    double street_m = 0.0;
    trygg_index_query(job->mid_index, geos, x - r, y - r, x + r, y + r, &cand);
    for (size_t k = 0; k < cand.n; k++) {
        size_t j = cand.v[k];
        double dx = job->mid[2 * j] - x, dy = job->mid[2 * j + 1] - y;
        if (dx * dx + dy * dy <= r2)
            street_m += job->places->v[j].length_m;
    }
    size_t lamps = 0;
    trygg_index_query(job->lamp_index, geos, x - r, y - r, x + r, y + r, &cand);
    for (size_t k = 0; k < cand.n; k++) {
        const trygg_lamp *l = &job->lamps->v[cand.v[k]];
        double dx = l->x - x, dy = l->y - y;
        lamps += dx * dx + dy * dy <= r2;
    }
    pl->lamps_per_km = street_m > 0.0 ? 1000.0 * (double)lamps / street_m : NAN;
    trygg_idlist_fini(&cand);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

bool trygg_place_below_p6(const trygg_place *pl)
{
    return pl->light_source == TRYGG_LIGHT_ESTIMATED && pl->lighting_class == TRYGG_PCLASS_BELOW;
}

void trygg_lamp_evidence(trygg_ctx *ctx, const trygg_lamp_evidence_params *p, trygg_places *places,
                         const trygg_lamps *lamps, const trygg_index *lamp_index, trygg_lamp_evidence_summary *sum)
{
    *sum = (trygg_lamp_evidence_summary){.area_lamps_per_km = NAN};
    size_t n = places->n;
    if (n == 0)
        return;
    double *mid = trygg__xmalloc(2 * n * sizeof *mid);
    for (size_t i = 0; i < n; i++)
        trygg_geom_point_at(places->v[i].xy, places->v[i].nv, places->v[i].length_m / 2.0, &mid[2 * i],
                            &mid[2 * i + 1]);
    trygg_index *mid_index = trygg_index_new_points(ctx, mid, n, 2);
    density_job job = {p, places, mid, mid_index, lamps, lamp_index};
    trygg__parallel_for(ctx, n, density_one, &job);
    trygg_index_free(mid_index);
    free(mid);

    /* The area's reference: the median register density around the places estimated from lamps. */
    double *v = trygg__xmalloc(n * sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (places->v[i].light_source == TRYGG_LIGHT_ESTIMATED && isfinite(places->v[i].lamps_per_km))
            v[k++] = places->v[i].lamps_per_km;
    if (k > 0) {
        qsort(v, k, sizeof *v, cmp_double);
        sum->area_lamps_per_km = k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2.0;
    }
    free(v);

    for (size_t i = 0; i < n; i++) {
        trygg_place *pl = &places->v[i];
        pl->light_conflict = TRYGG_CONFLICT_NONE;
        if (!trygg_place_below_p6(pl))
            continue;
        if (pl->lit == TRYGG_LIT_YES)
            pl->light_conflict = TRYGG_CONFLICT_LIT_TAG;
        else if (isfinite(sum->area_lamps_per_km) && isfinite(pl->lamps_per_km) &&
                 pl->lamps_per_km < p->sparse_ratio * sum->area_lamps_per_km)
            pl->light_conflict = TRYGG_CONFLICT_SPARSE_REGISTER;
        if (pl->light_conflict != TRYGG_CONFLICT_NONE) {
            sum->places[pl->light_conflict]++;
            sum->length_m[pl->light_conflict] += pl->length_m;
        }
    }
}

const char *trygg_light_conflict_name(int conflict)
{
    switch (conflict) {
    case TRYGG_CONFLICT_LIT_TAG:
        return "lit_tag";
    case TRYGG_CONFLICT_SPARSE_REGISTER:
        return "sparse_register";
    default:
        return NULL;
    }
}
