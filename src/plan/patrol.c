/*
 * Patrol areas: significant hot cells grown into compact areas no larger than max_km2, ranked
 * by the incidents they capture, each with its busiest hours of the week and a dosage
 * following Koper (1995), "Just enough police presence: reducing crime and disorderly behavior
 * by optimizing patrol time in crime hot spots", Justice Quarterly 12(4): visits of about 15
 * minutes, at unpredictable times within the windows.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "index/index.h"
#include "plan/plan.h"

enum { HOURS_PER_WEEK = 168, WINDOW_H = 3 };

void trygg_patrol_areas_fini(trygg_patrol_areas *a)
{
    for (size_t i = 0; i < a->n; i++) {
        free(a->v[i].time_windows);
        free(a->v[i].cells);
        free(a->v[i].wkb);
    }
    free(a->v);
    memset(a, 0, sizeof *a);
}

/* Short day names, in the run's language when shown ("fre 22-01"). */
static const char *const day_names[7] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
                                         N_("Fri"), N_("Sat"), N_("Sun")};

/* Circular distance between two window starts, in hours. */
static int hour_gap(int a, int b)
{
    int d = abs(a - b);
    return d < HOURS_PER_WEEK - d ? d : HOURS_PER_WEEK - d;
}

char *trygg_plan_time_windows(const int *hour_of_week, size_t n, int starts[3])
{
    unsigned count[HOURS_PER_WEEK] = {0}, window[HOURS_PER_WEEK];
    for (size_t k = 0; k < n; k++)
        if (hour_of_week[k] >= 0 && hour_of_week[k] < HOURS_PER_WEEK)
            count[hour_of_week[k]]++;
    for (int s = 0; s < HOURS_PER_WEEK; s++)
        window[s] = count[s] + count[(s + 1) % HOURS_PER_WEEK] + count[(s + 2) % HOURS_PER_WEEK];
    trygg__strbuf b = {0};
    for (int w = 0; w < 3; w++) {
        int best = -1;
        for (int s = 0; s < HOURS_PER_WEEK; s++) {
            bool overlaps = false;
            for (int p = 0; p < w; p++)
                overlaps = overlaps || (starts[p] >= 0 && hour_gap(s, starts[p]) < WINDOW_H);
            /* Ties go to the window centred on the busiest hour, then to the earliest. */
            if (!overlaps && window[s] > 0 &&
                (best < 0 || window[s] > window[best] ||
                 (window[s] == window[best] &&
                  count[(s + 1) % HOURS_PER_WEEK] > count[(best + 1) % HOURS_PER_WEEK])))
                best = s;
        }
        starts[w] = best;
        if (best < 0)
            continue;
        int end = (best + WINDOW_H) % 24;
        trygg__sb_printf(&b, "%s%s %02d-%02d", b.n ? ", " : "", _(day_names[best / 24]), best % 24,
                         end ? end : 24);
    }
    return trygg__sb_steal(&b);
}

typedef struct {
    const trygg_patrol_cell *cells;
} centroid_user;

static void cell_env(size_t i, double env[4], void *user)
{
    const centroid_user *u = user;
    env[0] = env[2] = u->cells[i].x;
    env[1] = env[3] = u->cells[i].y;
}

/* Better candidate: more incidents, then lower index. */
static bool better(const trygg_patrol_cell *cells, size_t a, size_t b)
{
    if (cells[a].incidents != cells[b].incidents)
        return cells[a].incidents > cells[b].incidents;
    return a < b;
}

typedef struct {
    unsigned incidents;
    size_t index;
} seed_order;

static int cmp_seed(const void *a, const void *b)
{
    const seed_order *x = a, *y = b;
    if (x->incidents != y->incidents)
        return x->incidents > y->incidents ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static unsigned char *cells_union_wkb(GEOSContextHandle_t h, const trygg_patrol_cell *cells, const size_t *ids,
                                      size_t n, size_t *size)
{
    GEOSGeometry **polys = trygg__xcalloc(n, sizeof *polys);
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        const trygg_patrol_cell *c = &cells[ids[i]];
        if (!c->ring || c->nring < 4)
            continue;
        GEOSCoordSequence *seq = GEOSCoordSeq_copyFromBuffer_r(h, c->ring, (unsigned)c->nring, 0, 0);
        GEOSGeometry *shell = seq ? GEOSGeom_createLinearRing_r(h, seq) : NULL;
        GEOSGeometry *poly = shell ? GEOSGeom_createPolygon_r(h, shell, NULL, 0) : NULL;
        if (poly)
            polys[np++] = poly;
    }
    GEOSGeometry *coll = GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys, (unsigned)np);
    free(polys);
    GEOSGeometry *u = coll ? GEOSUnaryUnion_r(h, coll) : NULL;
    GEOSGeom_destroy_r(h, coll);
    unsigned char *wkb = trygg__geos_wkb_normalized(h, u, size);
    GEOSGeom_destroy_r(h, u);
    return wkb;
}

static int cmp_area(const void *a, const void *b)
{
    const trygg_patrol_area *x = a, *y = b;
    if (x->incidents != y->incidents)
        return x->incidents > y->incidents ? -1 : 1;
    if (x->area_km2 != y->area_km2)
        return x->area_km2 < y->area_km2 ? -1 : 1;
    return (x->cells[0] > y->cells[0]) - (x->cells[0] < y->cells[0]);
}

trygg_status trygg_plan_patrol_areas(trygg_ctx *ctx, const trygg_patrol_params *p, const trygg_patrol_cell *cells,
                                     size_t ncells, double total_incidents, double study_area_m2,
                                     const size_t *incident_cell, const int *incident_how, size_t nincidents,
                                     trygg_patrol_areas *out)
{
    if (!(p->max_km2 > 0) || !(p->neighbour_m > 0))
        return trygg__fail(ctx, TRYGG_E_CONFIG, "patrol areas: max_km2 and the cell neighbour distance must be > 0");
    GEOSContextHandle_t h = trygg__geos(ctx);
    double max_m2 = p->max_km2 * 1e6;
    size_t *area_of = trygg__xmalloc((ncells + 1) * sizeof *area_of); /* SIZE_MAX: not in an area */
    size_t *hot = trygg__xmalloc((ncells + 1) * sizeof *hot);
    size_t nhot = 0;
    for (size_t i = 0; i < ncells; i++) {
        area_of[i] = SIZE_MAX;
        if (cells[i].hot)
            hot[nhot++] = i;
    }
    /* Seeds in order of incidents, then index. */
    seed_order *order = trygg__xmalloc((nhot + 1) * sizeof *order);
    for (size_t i = 0; i < nhot; i++)
        order[i] = (seed_order){cells[hot[i]].incidents, hot[i]};
    qsort(order, nhot, sizeof *order, cmp_seed);
    for (size_t i = 0; i < nhot; i++)
        hot[i] = order[i].index;
    free(order);
    centroid_user cu = {cells};
    trygg_index *idx = trygg_index_new(ctx, ncells, cell_env, &cu);
    trygg_idlist cand = {0};
    trygg_patrol_areas found = {0};
    size_t *members = trygg__xmalloc((ncells + 1) * sizeof *members);
    for (size_t s = 0; idx && s < nhot; s++) {
        size_t seed = hot[s];
        if (area_of[seed] != SIZE_MAX)
            continue;
        size_t nm = 0, id = found.n;
        double size = cells[seed].area_m2;
        members[nm++] = seed;
        area_of[seed] = id;
        for (;;) {
            /* The best adjacent hot cell that still fits. */
            size_t pick = SIZE_MAX;
            for (size_t m = 0; m < nm; m++) {
                const trygg_patrol_cell *c = &cells[members[m]];
                double r = p->neighbour_m;
                trygg_index_query(idx, h, c->x - r, c->y - r, c->x + r, c->y + r, &cand);
                for (size_t k = 0; k < cand.n; k++) {
                    size_t j = cand.v[k];
                    if (!cells[j].hot || area_of[j] != SIZE_MAX || size + cells[j].area_m2 > max_m2 * (1 + 1e-9) ||
                        hypot(cells[j].x - c->x, cells[j].y - c->y) > r * (1 + 1e-9))
                        continue;
                    if (pick == SIZE_MAX || better(cells, j, pick))
                        pick = j;
                }
            }
            if (pick == SIZE_MAX)
                break;
            members[nm++] = pick;
            area_of[pick] = id;
            size += cells[pick].area_m2;
        }
        trygg__grow((void **)&found.v, &found.cap, found.n + 1, sizeof *found.v);
        trygg_patrol_area *a = &found.v[found.n++];
        memset(a, 0, sizeof *a);
        a->cells = trygg__xmalloc(nm * sizeof *a->cells);
        memcpy(a->cells, members, nm * sizeof *a->cells);
        a->ncells = nm;
        qsort(a->cells, nm, sizeof *a->cells, cmp_size);
        for (size_t m = 0; m < nm; m++)
            a->incidents += cells[members[m]].incidents;
        a->area_km2 = size / 1e6;
    }
    trygg_idlist_fini(&cand);
    trygg_index_free(idx);
    free(members);

    /* Time windows from each area's incidents. */
    int **hows = trygg__xcalloc(found.n + 1, sizeof *hows);
    size_t *nhow = trygg__xcalloc(found.n + 1, sizeof *nhow);
    for (size_t k = 0; k < nincidents; k++) {
        size_t c = incident_cell[k];
        if (c >= ncells || area_of[c] == SIZE_MAX)
            continue;
        size_t a = area_of[c];
        hows[a] = trygg__xrealloc(hows[a], (nhow[a] + 1) * sizeof **hows);
        hows[a][nhow[a]++] = incident_how[k];
    }
    for (size_t a = 0; a < found.n; a++) {
        int starts[3];
        found.v[a].time_windows = trygg_plan_time_windows(hows[a], nhow[a], starts);
        free(hows[a]);
    }
    free(hows);
    free(nhow);

    if (found.n > 1)
        qsort(found.v, found.n, sizeof *found.v, cmp_area);
    double total_street_m = 0.0;
    for (size_t i = 0; i < ncells; i++)
        total_street_m += cells[i].street_m;
    unsigned top = found.n ? found.v[0].incidents : 0;
    for (size_t a = 0; a < found.n; a++) {
        trygg_patrol_area *x = &found.v[a];
        if (x->incidents == 0) { /* hot only through its neighbours: nothing to patrol for */
            free(x->time_windows);
            free(x->cells);
            continue;
        }
        x->rank = (int)out->n + 1;
        x->share_incidents = total_incidents > 0 ? x->incidents / total_incidents : 0;
        x->share_area = study_area_m2 > 0 ? x->area_km2 * 1e6 / study_area_m2 : 0;
        /* PAI = (n/N) / (a/A), Chainey, Tompson & Uhlig (2008); and on street length, l/L for a/A. */
        x->pai = x->share_area > 0 ? x->share_incidents / x->share_area : 0;
        double street_m = 0.0;
        for (size_t k = 0; k < x->ncells; k++)
            street_m += cells[x->cells[k]].street_m;
        x->street_km = street_m / 1000.0;
        x->share_length = total_street_m > 0 ? street_m / total_street_m : 0;
        x->pai_length = x->share_length > 0 ? x->share_incidents / x->share_length : NAN;
        x->visit_minutes = p->visit_minutes;
        int visits = (int)lround((double)p->max_visits_per_week * x->incidents / (top ? top : 1));
        x->visits_per_week = visits < 1 ? 1 : visits;
        x->wkb = cells_union_wkb(h, cells, x->cells, x->ncells, &x->wkb_size);
        trygg__grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v);
        out->v[out->n++] = *x;
    }
    free(found.v);
    free(area_of);
    free(hot);
    return TRYGG_OK;
}
