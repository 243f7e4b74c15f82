/*
 * The statistics stage's hotspot part (DESIGN.md section 5, "Kernel density", "Hotspots"):
 * grid, incidents to cells, counts, quartic kernel density, Getis-Ord Gi* with conditional
 * permutations and Benjamini-Hochberg FDR, hotspot polygons, hours of the week and the
 * comparison of two periods. The statistics are those of src/score (kde.c, gistar.c, fdr.c,
 * evaluate.c) and src/geom/grid.c; this file wires them to the run and adds the pieces they
 * leave to it: periods, peak hours, trend marks and the merging of hot cells.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "pipeline/hotspots.h"
#include "score/stats.h"

#define NCAT TRYGG_CAT_COUNT

static double clock_s(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}


/* Local midnight (UTC seconds) of day number `days` (since 1970-01-01), through the same
 * parser that reads incident times, so the time-zone rule is applied in one place. */
static bool local_midnight(int64_t days, double off, bool summer, int64_t *out)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    char buf[32];
    snprintf(buf, sizeof buf, "%04lld-%02d-%02d", (long long)y, m, d);
    return trygg_io_parse_time(buf, off, summer, out);
}

/* Local day number of a UTC time: the local wall clock is UTC plus the offset, plus one hour
 * when the rule says summer time (seen as a different local hour with and without the rule). */
static int64_t local_day(int64_t t, double off, bool summer)
{
    int h1, h2;
    trygg_io_local_time(t, off, summer, &h1, NULL);
    trygg_io_local_time(t, off, false, &h2, NULL);
    int64_t shift = (int64_t)llround(off * 3600.0) + (h1 != h2 ? 3600 : 0);
    return trygg__floor_div(t + shift, 86400);
}


bool trygg_period_parse(const char *text, double utc_offset_h, bool eu_summer_time, trygg_period *out)
{
    int64_t d1, d2;
    if (!trygg__day_period(text, &d1, &d2))
        return false;
    trygg_period p;
    if (!local_midnight(d1, utc_offset_h, eu_summer_time, &p.from) ||
        !local_midnight(d2 + 1, utc_offset_h, eu_summer_time, &p.to))
        return false;
    *out = p;
    return true;
}

/* The same day of the month `years` years before day number `days`; 29 February becomes
 * 1 March in a year without it. */
static int64_t years_before(int64_t days, int years)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    y -= years;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        m = 3;
        d = 1;
    }
    return trygg__days_from_civil(y, m, d);
}

void trygg_periods_default(int64_t latest_utc, double utc_offset_h, bool eu_summer_time, trygg_period *a,
                           trygg_period *b)
{
    int64_t end = local_day(latest_utc, utc_offset_h, eu_summer_time) + 1; /* the day after, excluded */
    int64_t mid = years_before(end, 1), start = years_before(end, 2);
    local_midnight(end, utc_offset_h, eu_summer_time, &b->to);
    local_midnight(mid, utc_offset_h, eu_summer_time, &b->from);
    a->to = b->from;
    local_midnight(start, utc_offset_h, eu_summer_time, &a->from);
}

void trygg_period_format(const trygg_period *p, double utc_offset_h, bool eu_summer_time, char *buf, size_t size)
{
    int64_t y1, y2;
    int m1, d1, m2, d2;
    trygg__civil_from_days(local_day(p->from, utc_offset_h, eu_summer_time), &y1, &m1, &d1);
    trygg__civil_from_days(local_day(p->to - 1, utc_offset_h, eu_summer_time), &y2, &m2, &d2);
    snprintf(buf, size, "%04lld-%02d-%02d/%04lld-%02d-%02d", (long long)y1, m1, d1, (long long)y2, m2, d2);
}

double trygg_period_days(const trygg_period *p) { return (double)(p->to - p->from) / 86400.0; }

/* ---- hours of the week ---- */

int trygg_hour_of_week(int64_t t_utc, double utc_offset_h, bool eu_summer_time)
{
    if (t_utc == TRYGG_TIME_UNKNOWN)
        return -1;
    int hour, weekday;
    trygg_io_local_time(t_utc, utc_offset_h, eu_summer_time, &hour, &weekday);
    return weekday * 24 + hour;
}

/* Short day names in the run's language ("fre 22-01"). */
static const char *const day_names[7] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
                                         N_("Fri"), N_("Sat"), N_("Sun")};

void trygg_peak_hours(const unsigned *hours, int nwindows, int width_h, char *buf, size_t size)
{
    enum { H = TRYGG_HOURS_OF_WEEK };
    unsigned win[H];
    bool blocked[H] = {false};
    unsigned long total = 0;
    if (width_h < 1)
        width_h = 1;
    if (width_h > H)
        width_h = H;
    for (int s = 0; s < H; s++) {
        unsigned sum = 0;
        for (int k = 0; k < width_h; k++)
            sum += hours[(s + k) % H];
        win[s] = sum;
        total += hours[s];
    }
    buf[0] = '\0';
    if (total == 0) {
        snprintf(buf, size, "%s", _("no incident times"));
        return;
    }
    size_t used = 0;
    for (int w = 0; w < nwindows; w++) {
        int best = -1;
        for (int s = 0; s < H; s++)
            if (!blocked[s] && win[s] > 0 && (best < 0 || win[s] > win[best]))
                best = s;
        if (best < 0)
            break;
        /* windows overlapping the chosen one may not be chosen again */
        for (int k = -(width_h - 1); k <= width_h - 1; k++)
            blocked[((best + k) % H + H) % H] = true;
        int end = (best % 24 + width_h) % 24;
        int n = snprintf(buf + used, size > used ? size - used : 0, "%s%s %02d-%02d", w ? ", " : "",
                         _(day_names[best / 24]), best % 24, end);
        if (n < 0 || (size_t)n >= size - used)
            break;
        used += (size_t)n;
    }
}

/* ---- merging hot cells ---- */

typedef struct {
    long row, col;
    size_t id;
} lattice_key;

static int cmp_key(const void *a, const void *b)
{
    const lattice_key *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static size_t uf_find(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static void uf_union(size_t *parent, size_t a, size_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    /* the lower index is the root, so a group's root is its lowest cell */
    if (a < b)
        parent[b] = a;
    else if (b < a)
        parent[a] = b;
}

static int cmp_hotspot(const void *a, const void *b)
{
    const trygg_hotspot *x = a, *y = b;
    if (x->incidents != y->incidents)
        return x->incidents > y->incidents ? -1 : 1;
    return (x->cells[0] > y->cells[0]) - (x->cells[0] < y->cells[0]);
}

/* The union of a group's cells (a collection of polygons that share sides), on a 1 mm
 * precision grid so that shared edges close exactly. The cells tile the plane, so first as a
 * coverage: the cells snapped to the grid and their edges dissolved (GEOSCoverageUnion, linear in
 * the edges), kept when the result is valid and has the cells' area (area_m2); a corner that
 * rounding put on two sides of a grid line would break the coverage, and then the general
 * overlay union on the same grid (GEOSUnaryUnionPrec, several times slower) does it. Caller
 * destroys the result; NULL when both fail. */
static GEOSGeometry *cells_union(GEOSContextHandle_t geos, const GEOSGeometry *cells, double area_m2)
{
    GEOSGeometry *snapped = GEOSGeom_setPrecision_r(geos, cells, 1e-3, 0);
    GEOSGeometry *u = snapped ? GEOSCoverageUnion_r(geos, snapped) : NULL;
    if (snapped)
        GEOSGeom_destroy_r(geos, snapped);
    double a = 0;
    if (u && GEOSisValid_r(geos, u) == 1 && GEOSArea_r(geos, u, &a) && fabs(a - area_m2) <= 1e-6 * area_m2 + 1e-3)
        return u;
    if (u)
        GEOSGeom_destroy_r(geos, u);
    return GEOSUnaryUnionPrec_r(geos, cells, 1e-3);
}

trygg_status trygg_hotspots_merge(trygg_ctx *ctx, GEOSContextHandle_t geos, const trygg_grid *g,
                                  trygg_category cat, const bool *hot, const int *cls, const double *counts,
                                  trygg_hotspot **v, size_t *n, size_t *cap)
{
    trygg_status st = TRYGG_OK;
    size_t nc = trygg_grid_count(g), first = *n;
    lattice_key *keys = NULL;
    size_t *parent = NULL, *order = NULL;
    GEOSGeometry **parts = NULL;
    double A = 0, N = 0;
    for (size_t i = 0; i < nc; i++) {
        A += trygg_grid_cell_get(g, i)->area_m2;
        N += counts[i];
    }
    size_t nhot = 0;
    for (size_t i = 0; i < nc; i++)
        nhot += hot[i];
    if (nhot == 0)
        goto done;
    keys = trygg__xmalloc(nc * sizeof *keys);
    for (size_t i = 0; i < nc; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        keys[i] = (lattice_key){c->row, c->col, i};
    }
    qsort(keys, nc, sizeof *keys, cmp_key);
    parent = trygg__xmalloc(nc * sizeof *parent);
    for (size_t i = 0; i < nc; i++)
        parent[i] = i;
    bool hex = trygg_grid_kind_of(g) == TRYGG_GRID_HEX;
    for (size_t i = 0; i < nc; i++) {
        if (!hot[i])
            continue;
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        /* Neighbours sharing a side. Hexagons, odd-r layout (Red Blob Games, "Hexagonal Grids",
         * "Offset coordinates"): the same row at c +- 1; the rows above and below at c - 1 and c
         * for an even row, c and c + 1 for an odd one. Squares: the four beside. */
        long odd = ((c->row % 2) + 2) % 2;
        long nb[6][2];
        int k = 0;
        nb[k][0] = c->row, nb[k++][1] = c->col - 1;
        nb[k][0] = c->row, nb[k++][1] = c->col + 1;
        if (hex) {
            for (long dr = -1; dr <= 1; dr += 2) {
                nb[k][0] = c->row + dr, nb[k++][1] = c->col - 1 + odd;
                nb[k][0] = c->row + dr, nb[k++][1] = c->col + odd;
            }
        } else {
            nb[k][0] = c->row - 1, nb[k++][1] = c->col;
            nb[k][0] = c->row + 1, nb[k++][1] = c->col;
        }
        for (int j = 0; j < k; j++) {
            lattice_key key = {nb[j][0], nb[j][1], 0};
            /* first key at (row, col): the grid holds one cell per lattice position */
            size_t lo = 0, hi = nc;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (cmp_key(&keys[mid], &key) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < nc && keys[lo].row == key.row && keys[lo].col == key.col && hot[keys[lo].id])
                uf_union(parent, i, keys[lo].id);
        }
    }
    /* Groups in the order of their lowest cell; cells of a group ascending. */
    order = trygg__xmalloc(nc * sizeof *order); /* root -> hotspot index */
    for (size_t i = 0; i < nc; i++)
        order[i] = SIZE_MAX;
    for (size_t i = 0; i < nc; i++) {
        if (!hot[i])
            continue;
        size_t r = uf_find(parent, i);
        if (order[r] == SIZE_MAX) {
            trygg__grow((void **)v, cap, *n + 1, sizeof **v);
            trygg_hotspot *h = &(*v)[*n];
            memset(h, 0, sizeof *h);
            h->category = cat;
            h->confidence = 3;
            h->peak_confidence = 0;
            h->trend_p = NAN;
            order[r] = (*n)++;
        }
        trygg_hotspot *h = &(*v)[order[r]];
        h->cells = trygg__xrealloc(h->cells, (h->ncells + 1) * sizeof *h->cells);
        h->cells[h->ncells++] = i;
        h->incidents += counts[i];
        h->area_m2 += trygg_grid_cell_get(g, i)->area_m2;
        int k = cls ? cls[i] : 1;
        if (k < h->confidence)
            h->confidence = k;
        if (k > h->peak_confidence)
            h->peak_confidence = k;
    }
    /* A group without incidents of its own (hot only through its neighbours' counts) is no
     * hotspot to act on: its cells stay marked hot in grid_cells, it gets no polygon. */
    size_t kept = first;
    for (size_t hidx = first; hidx < *n; hidx++) {
        if ((*v)[hidx].incidents > 0)
            (*v)[kept++] = (*v)[hidx];
        else
            free((*v)[hidx].cells);
    }
    *n = kept;
    for (size_t hidx = first; hidx < *n; hidx++) {
        trygg_hotspot *h = &(*v)[hidx];
        h->share_incidents = N > 0 ? h->incidents / N : NAN;
        h->pai = trygg_pai(h->incidents, N, h->area_m2, A);
        parts = trygg__xmalloc(h->ncells * sizeof *parts);
        size_t np = 0;
        for (size_t k = 0; k < h->ncells; k++) {
            GEOSGeometry *cg = trygg_grid_cell_geos(geos, trygg_grid_cell_get(g, h->cells[k]));
            if (!cg) {
                st = trygg__fail(ctx, TRYGG_E_GEOM, "hotspot of %s: cell %zu has no geometry",
                                 trygg_category_name(cat), h->cells[k] + 1);
                for (size_t j = 0; j < np; j++)
                    GEOSGeom_destroy_r(geos, parts[j]);
                goto done;
            }
            parts[np++] = cg;
        }
        GEOSGeometry *coll = GEOSGeom_createCollection_r(geos, GEOS_GEOMETRYCOLLECTION, parts, (unsigned)np);
        free(parts);
        parts = NULL;
        h->geom = coll ? cells_union(geos, coll, h->area_m2) : NULL;
        if (coll)
            GEOSGeom_destroy_r(geos, coll);
        if (!h->geom) {
            st = trygg__fail(ctx, TRYGG_E_GEOM, "hotspot of %s at cell %zu: union of %zu cells failed",
                             trygg_category_name(cat), h->cells[0] + 1, h->ncells);
            goto done;
        }
    }
    qsort(*v + first, *n - first, sizeof **v, cmp_hotspot);
done:
    free(parts);
    free(keys);
    free(parent);
    free(order);
    return st;
}

void trygg_hotspot_fini(GEOSContextHandle_t geos, trygg_hotspot *h)
{
    if (!h)
        return;
    free(h->cells);
    if (h->geom)
        GEOSGeom_destroy_r(geos, h->geom);
    memset(h, 0, sizeof *h);
}

/* ---- the stage ---- */

/* Points that mark where the streets are, for the sparse grid (trygg_grid_new_near): each
 * place's vertices, its midpoint (mxy) and points at most step metres apart along every
 * segment, so that every lattice cell a street passes through holds a point or neighbours a
 * cell that does. */
static double *street_points(const trygg_places *p, const double *mxy, double step, size_t *npts)
{
    size_t n = 0, cap = 0;
    double *xy = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const trygg_place *pl = &p->v[i];
        trygg__grow((void **)&xy, &cap, 2 * (n + 1), sizeof *xy);
        xy[2 * n] = mxy[2 * i];
        xy[2 * n + 1] = mxy[2 * i + 1];
        n++;
        for (size_t k = 0; k < pl->nv; k++) {
            double x0 = pl->xy[2 * k], y0 = pl->xy[2 * k + 1];
            size_t m = 0;
            if (k + 1 < pl->nv) {
                double len = hypot(pl->xy[2 * k + 2] - x0, pl->xy[2 * k + 3] - y0);
                m = isfinite(len) ? (size_t)floor(len / step) : 0;
            }
            trygg__grow((void **)&xy, &cap, 2 * (n + m + 1), sizeof *xy);
            xy[2 * n] = x0;
            xy[2 * n + 1] = y0;
            n++;
            for (size_t j = 1; j <= m; j++) { /* at j / (m + 1) of the segment: spacing < step */
                double t = (double)j / (double)(m + 1);
                xy[2 * n] = x0 + t * (pl->xy[2 * k + 2] - x0);
                xy[2 * n + 1] = y0 + t * (pl->xy[2 * k + 3] - y0);
                n++;
            }
        }
    }
    *npts = n;
    return xy;
}

/* Poisson comparison of two period counts per cell, BH-adjusted across the cells with reports
 * when fdr is on, and the marks. */
static void cell_trends(trygg_hotspot_result *r, const trygg_config *cfg, trygg_category c, double ta, double tb)
{
    size_t n = r->ncells;
    double *p = trygg__xmalloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        size_t k = i * NCAT + c;
        double na = r->count_a[k], nb = r->count_b[k];
        r->change[k] = nb - na * tb / ta;
        p[i] = na + nb > 0 ? trygg_poisson_compare_p(r->count_a[k], r->count_b[k], ta, tb) : NAN;
    }
    if (cfg->fdr)
        trygg_fdr_bh(p, n, p);
    for (size_t i = 0; i < n; i++) {
        size_t k = i * NCAT + c;
        r->trend_p[k] = isnan(p[i]) ? 1.0 : p[i];
        r->trend[k] = trygg_trend_mark(r->count_a[k], r->count_b[k], ta, tb, p[i], cfg->trend_alpha);
    }
    free(p);
}

/* Gi* of the analysed categories, one task each: values x, z-scores z, p-values p, q-values q
 * and classes cls of category c at [c * n]. */
typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    const trygg_neighbours *w;
    const double *x;
    double *z, *p, *q;
    int *cls;
    int cat[NCAT];
    size_t order[NCAT]; /* the tasks in the order they are handed out */
    trygg_status status[NCAT];
    bool shared[NCAT];
    size_t ncat;
} gistar_job;

static void gistar_category(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    gistar_job *job = user;
    size_t t = job->order[i];
    size_t n = job->w->n, off = (size_t)job->cat[t] * n;
    /* one seed per category, so that adding a category does not change another's draws */
    uint64_t seed = (uint64_t)job->cfg->seed * 1000003u + (uint64_t)job->cat[t];
    /* Tasks share the context: it records errors, which counts (finite, n >= 2) do not raise. */
    job->status[t] = trygg_hotspots_gistar(job->ctx, job->cfg, job->w, job->x + off, seed, job->z + off, job->p + off,
                                           &job->shared[t]);
    if (job->status[t] == TRYGG_OK)
        trygg_hotspot_classes(job->z + off, job->p + off, n, job->cfg->fdr, job->cls + off, job->q + off);
}

trygg_status trygg_hotspots_compute(trygg_ctx *ctx, const trygg_config *cfg, trygg_places *places,
                                    const trygg_incidents *incidents, const GEOSGeometry *boundary,
                                    trygg_hotspot_result *out)
{
    trygg_status st = TRYGG_OK;
    trygg_hotspot_result r = {0};
    GEOSContextHandle_t geos = trygg__geos(ctx);
    double *cxy = NULL, *mxy = NULL, *evxy = NULL, *dens = NULL, *x = NULL, *z = NULL, *pp = NULL;
    bool *hot = NULL;
    size_t *pcell = NULL;
    trygg_neighbours w = {0};
    size_t ni = incidents ? incidents->n : 0;
    double off = cfg->utc_offset_h;
    bool summer = cfg->eu_summer_time;
    trygg_grid_kind kind = trygg__streq_ci(cfg->grid_kind, "square") ? TRYGG_GRID_SQUARE : TRYGG_GRID_HEX;
    double size = cfg->grid_cell_m > 0 ? cfg->grid_cell_m : TRYGG_GRID_HEX_DEFAULT_M;
    r.geos = geos;

    /* Periods first: a bad one is a configuration error before any work. */
    int64_t latest = TRYGG_TIME_UNKNOWN;
    for (size_t i = 0; i < ni; i++)
        if (incidents->v[i].t_utc != TRYGG_TIME_UNKNOWN && incidents->v[i].t_utc > latest)
            latest = incidents->v[i].t_utc;
    if (latest != TRYGG_TIME_UNKNOWN)
        trygg_periods_default(latest, off, summer, &r.period_a, &r.period_b);
    if (cfg->period_b && !trygg_period_parse(cfg->period_b, off, summer, &r.period_b)) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[periods] period_b = '%s' is not YYYY-MM-DD/YYYY-MM-DD",
                         cfg->period_b);
        goto done;
    }
    if (cfg->period_a && !trygg_period_parse(cfg->period_a, off, summer, &r.period_a)) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[periods] period_a = '%s' is not YYYY-MM-DD/YYYY-MM-DD",
                         cfg->period_a);
        goto done;
    }
    if (cfg->period_b && !cfg->period_a) { /* the 12 months before the given period b */
        int64_t b0 = local_day(r.period_b.from, off, summer);
        local_midnight(years_before(b0, 1), off, summer, &r.period_a.from);
        r.period_a.to = r.period_b.from;
    }
    r.have_periods = latest != TRYGG_TIME_UNKNOWN || (cfg->period_a && cfg->period_b) || cfg->period_b;

    /* Place midpoints (each place belongs to the cell of its midpoint). */
    size_t np = places->n;
    mxy = trygg__xmalloc((np ? np : 1) * 2 * sizeof *mxy);
    for (size_t i = 0; i < np; i++) {
        const trygg_place *pl = &places->v[i];
        trygg_geom_point_at(pl->xy, pl->nv, pl->length_m / 2.0, &mxy[2 * i], &mxy[2 * i + 1]);
    }

    /* The grid: the study-area boundary's cells, clipped; without a boundary, the study area is
     * where the streets are: the cells within one cell of a place (a sparse grid, so that towns
     * far apart do not make a lattice over the sea and forest between them). */
    if (boundary) {
        if ((st = trygg_grid_new_clipped(ctx, kind, size, geos, boundary, &r.grid)) != TRYGG_OK)
            goto done;
    } else {
        size_t nsp = 0;
        double *sp = street_points(places, mxy, size / 2.0, &nsp);
        st = trygg_grid_new_near(ctx, kind, size, sp, nsp, &r.grid);
        free(sp);
        if (st != TRYGG_OK)
            goto done;
    }
    size_t n = r.ncells = trygg_grid_count(r.grid);
    for (size_t i = 0; i < n; i++)
        r.study_area_m2 += trygg_grid_cell_get(r.grid, i)->area_m2;
    trygg__info(ctx, "hotspots: %zu grid cells of %g m (%.1f km2)", n, size, r.study_area_m2 / 1e6);
    r.count = trygg__xcalloc(n * NCAT, sizeof *r.count);
    r.kde = trygg__xmalloc(n * NCAT * sizeof *r.kde);
    r.gi_z = trygg__xmalloc(n * NCAT * sizeof *r.gi_z);
    r.gi_p = trygg__xmalloc(n * NCAT * sizeof *r.gi_p);
    r.gi_q = trygg__xmalloc(n * NCAT * sizeof *r.gi_q);
    r.cls = trygg__xcalloc(n * NCAT, sizeof *r.cls);
    r.count_a = trygg__xcalloc(n * NCAT, sizeof *r.count_a);
    r.count_b = trygg__xcalloc(n * NCAT, sizeof *r.count_b);
    r.change = trygg__xmalloc(n * NCAT * sizeof *r.change);
    r.trend_p = trygg__xmalloc(n * NCAT * sizeof *r.trend_p);
    r.trend = trygg__xcalloc(n * NCAT, sizeof *r.trend);
    r.n_places = trygg__xcalloc(n, sizeof *r.n_places);
    r.street_m = trygg__xcalloc(n, sizeof *r.street_m);
    r.mean_scores = trygg__xmalloc(n * 4 * sizeof *r.mean_scores);
    for (size_t k = 0; k < n * NCAT; k++)
        r.kde[k] = r.gi_z[k] = r.gi_p[k] = r.gi_q[k] = r.change[k] = r.trend_p[k] = NAN;
    for (size_t k = 0; k < n * 4; k++)
        r.mean_scores[k] = NAN;

    /* Incidents to cells: exact for cells the study area cut. */
    r.nincidents = ni;
    r.incident_cell = trygg__xmalloc((ni ? ni : 1) * sizeof *r.incident_cell);
    for (size_t i = 0; i < ni; i++) {
        const trygg_incident *e = &incidents->v[i];
        size_t c = boundary ? trygg_grid_locate_exact(r.grid, e->x, e->y) : trygg_grid_locate(r.grid, e->x, e->y);
        r.incident_cell[i] = c == SIZE_MAX ? -1 : (int64_t)c + 1;
        if (c == SIZE_MAX) {
            r.incidents_outside++;
            continue;
        }
        r.count[c * NCAT + e->category]++;
        int how = trygg_hour_of_week(e->t_utc, off, summer);
        if (how >= 0)
            r.area_hours[e->category][how]++;
        if (r.have_periods && e->t_utc != TRYGG_TIME_UNKNOWN) {
            if (e->t_utc >= r.period_a.from && e->t_utc < r.period_a.to) {
                r.count_a[c * NCAT + e->category]++;
                r.area_a[e->category]++;
            }
            if (e->t_utc >= r.period_b.from && e->t_utc < r.period_b.to) {
                r.count_b[c * NCAT + e->category]++;
                r.area_b[e->category]++;
            }
        }
    }
    for (int c = 0; c < NCAT; c++)
        for (size_t i = 0; i < n && !r.analysed[c]; i++)
            r.analysed[c] = r.count[i * NCAT + c] > 0;

    /* Places to cells, by their midpoints. */
    pcell = trygg__xmalloc((np ? np : 1) * sizeof *pcell);
    for (size_t i = 0; i < np; i++) {
        trygg_place *pl = &places->v[i];
        size_t c = boundary ? trygg_grid_locate_exact(r.grid, mxy[2 * i], mxy[2 * i + 1])
                            : trygg_grid_locate(r.grid, mxy[2 * i], mxy[2 * i + 1]);
        pcell[i] = c;
        pl->cell_id = c == SIZE_MAX ? -1 : (int64_t)c + 1;
        if (c != SIZE_MAX) {
            r.n_places[c]++;
            r.street_m[c] += pl->length_m;
            r.street_total_m += pl->length_m;
        }
        pl->kde_vandalism = pl->kde_littering = pl->gi_z_vandalism = NAN;
        pl->hotspot_vandalism = 0;
    }

    /* Kernel density per category at cell centroids, and of vandalism and littering at place
     * midpoints. */
    double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    cxy = trygg__xmalloc(2 * n * sizeof *cxy);
    trygg_grid_centroids(r.grid, cxy);
    evxy = trygg__xmalloc((ni ? ni : 1) * 2 * sizeof *evxy);
    dens = trygg__xmalloc((n > np ? n : np ? np : 1) * sizeof *dens);
    for (int c = 0; c < NCAT; c++) {
        if (!r.analysed[c])
            continue;
        size_t m = 0;
        for (size_t i = 0; i < ni; i++)
            if (incidents->v[i].category == (trygg_category)c) {
                evxy[2 * m] = incidents->v[i].x;
                evxy[2 * m + 1] = incidents->v[i].y;
                m++;
            }
        if ((st = trygg_kde_quartic(ctx, evxy, NULL, m, cxy, n, cfg->kde_bandwidth_m, dens)) != TRYGG_OK)
            goto done;
        for (size_t i = 0; i < n; i++)
            r.kde[i * NCAT + c] = dens[i];
        if (c == TRYGG_CAT_VANDALISM || c == TRYGG_CAT_LITTERING) {
            if ((st = trygg_kde_quartic(ctx, evxy, NULL, m, mxy, np, cfg->kde_bandwidth_m, dens)) != TRYGG_OK)
                goto done;
            for (size_t i = 0; i < np; i++) {
                if (c == TRYGG_CAT_VANDALISM)
                    places->v[i].kde_vandalism = dens[i];
                else
                    places->v[i].kde_littering = dens[i];
            }
        }
    }
    r.kde_s = clock_s(CLOCK_MONOTONIC) - t0;
    r.kde_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;

    /* Getis-Ord Gi* per category (the categories over the threads), classes after FDR; then
     * hotspots. */
    t0 = clock_s(CLOCK_MONOTONIC);
    c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    if (n >= 2 && (st = trygg_neighbours_band(ctx, cxy, n, cfg->gi_band_m, &w)) != TRYGG_OK)
        goto done;
    x = trygg__xmalloc(NCAT * n * sizeof *x);
    z = trygg__xmalloc(NCAT * n * sizeof *z);
    pp = trygg__xmalloc(NCAT * n * sizeof *pp);
    hot = trygg__xmalloc(n * sizeof *hot);
    int *cls = trygg__xmalloc(NCAT * n * sizeof *cls);
    double *q = trygg__xmalloc(NCAT * n * sizeof *q);
    gistar_job job = {ctx, cfg, &w, x, z, pp, q, cls, {0}, {0}, {TRYGG_OK}, {false}, 0};
    for (int c = 0; c < NCAT && n >= 2; c++) {
        if (!r.analysed[c])
            continue;
        for (size_t i = 0; i < n; i++)
            x[(size_t)c * n + i] = r.count[i * NCAT + c];
        job.cat[job.ncat++] = c;
        trygg__info(ctx, "hotspots: Gi* of %s over %zu cells, %s p-values", trygg_category_name((trygg_category)c),
                    n, cfg->gi_p_method ? cfg->gi_p_method : "exact");
    }
    /* Largest categories first (most reports, the longest exact tables), so that the threads
     * finish together (longest-processing-time-first order, Graham 1969). The results do not
     * depend on the order. */
    double total[NCAT] = {0};
    for (size_t t = 0; t < job.ncat; t++) {
        job.order[t] = t;
        for (size_t i = 0; i < n; i++)
            total[t] += x[(size_t)job.cat[t] * n + i];
    }
    for (size_t t = 1; t < job.ncat; t++)
        for (size_t u = t; u > 0 && total[job.order[u]] > total[job.order[u - 1]]; u--) {
            size_t o = job.order[u];
            job.order[u] = job.order[u - 1];
            job.order[u - 1] = o;
        }
    if (cfg->gi_p_method && trygg__streq_ci(cfg->gi_p_method, "permutation"))
        for (size_t t = 0; t < job.ncat; t++) /* the permutations use the threads within a category */
            gistar_category(t, geos, &job);
    else
        trygg__parallel_tasks(ctx, job.ncat, gistar_category, &job);
    for (size_t t = 0; t < job.ncat && st == TRYGG_OK; t++) {
        int c = job.cat[t];
        if (job.status[t] != TRYGG_OK) /* not reached with counts (finite, n >= 2): say so all the same */
            st = trygg__fail(ctx, job.status[t], "hotspots: Gi* of %s failed", trygg_category_name((trygg_category)c));
        r.gi_p_shared_draws = r.gi_p_shared_draws || job.shared[t];
    }
    for (size_t t = 0; t < job.ncat && st == TRYGG_OK; t++) {
        int c = job.cat[t];
        size_t at = (size_t)c * n;
        for (size_t i = 0; i < n; i++) {
            size_t k = i * NCAT + c;
            r.gi_z[k] = z[at + i];
            r.gi_p[k] = pp[at + i];
            r.gi_q[k] = q[at + i];
            r.cls[k] = cls[at + i];
        }
    }
    r.gistar_s = clock_s(CLOCK_MONOTONIC) - t0;
    r.gistar_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    t0 = clock_s(CLOCK_MONOTONIC);
    c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    for (size_t t = 0; t < job.ncat && st == TRYGG_OK; t++) {
        int c = job.cat[t];
        for (size_t i = 0; i < n; i++) {
            size_t k = i * NCAT + c;
            hot[i] = r.gi_z[k] > 0 && r.gi_q[k] <= cfg->hot_alpha;
            cls[i] = r.cls[k];
        }
        st = trygg_hotspots_merge(ctx, geos, r.grid, (trygg_category)c, hot, cls, x + (size_t)c * n, &r.hotspots,
                                  &r.nhotspots, &r.caphotspots);
    }
    free(cls);
    free(q);
    if (st != TRYGG_OK)
        goto done;
    /* PAI on street length (Chainey, Tompson & Uhlig 2008's index with street length for area,
     * as patrols and planners work on streets): a hotspot's street is the length of the places
     * whose midpoints lie in its cells, L that of all places in the grid. */
    for (size_t h = 0; h < r.nhotspots; h++) {
        trygg_hotspot *hs = &r.hotspots[h];
        hs->street_m = 0.0;
        for (size_t k = 0; k < hs->ncells; k++)
            hs->street_m += r.street_m[hs->cells[k]];
        double N = 0.0;
        for (size_t i = 0; i < n; i++)
            N += x[(size_t)hs->category * n + i];
        hs->pai_length = trygg_pai(hs->incidents, N, hs->street_m, r.street_total_m);
    }
    r.merge_s = clock_s(CLOCK_MONOTONIC) - t0;
    r.merge_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;

    /* Hours of the week and periods of each hotspot, from its category's incidents. */
    double ta = trygg_period_days(&r.period_a), tb = trygg_period_days(&r.period_b);
    if (r.nhotspots > 0) {
        size_t *owner = trygg__xmalloc(n * NCAT * sizeof *owner); /* (cell, category) -> hotspot */
        for (size_t k = 0; k < n * NCAT; k++)
            owner[k] = SIZE_MAX;
        for (size_t h = 0; h < r.nhotspots; h++)
            for (size_t k = 0; k < r.hotspots[h].ncells; k++)
                owner[r.hotspots[h].cells[k] * NCAT + r.hotspots[h].category] = h;
        for (size_t i = 0; i < ni; i++) {
            const trygg_incident *e = &incidents->v[i];
            if (r.incident_cell[i] < 0)
                continue;
            size_t h = owner[(size_t)(r.incident_cell[i] - 1) * NCAT + e->category];
            if (h == SIZE_MAX)
                continue;
            int how = trygg_hour_of_week(e->t_utc, off, summer);
            if (how >= 0)
                r.hotspots[h].hours[how]++;
            if (r.have_periods && e->t_utc != TRYGG_TIME_UNKNOWN) {
                r.hotspots[h].n_a += e->t_utc >= r.period_a.from && e->t_utc < r.period_a.to;
                r.hotspots[h].n_b += e->t_utc >= r.period_b.from && e->t_utc < r.period_b.to;
            }
        }
        free(owner);
        for (size_t h = 0; h < r.nhotspots; h++) {
            trygg_hotspot *hs = &r.hotspots[h];
            trygg_peak_hours(hs->hours, 3, 3, hs->peak_hours, sizeof hs->peak_hours);
            if (r.have_periods) {
                hs->trend_p = trygg_poisson_compare_p((uint64_t)hs->n_a, (uint64_t)hs->n_b, ta, tb);
                hs->trend = trygg_trend_mark(hs->n_a, hs->n_b, ta, tb, hs->trend_p, cfg->trend_alpha);
            }
        }
    }
    if (r.have_periods) {
        for (int c = 0; c < NCAT; c++) {
            r.area_trend_p[c] = trygg_poisson_compare_p(r.area_a[c], r.area_b[c], ta, tb);
            if (r.analysed[c])
                cell_trends(&r, cfg, (trygg_category)c, ta, tb);
        }
    }

    /* The place's cell figures. */
    for (size_t i = 0; i < np; i++) {
        size_t c = pcell[i];
        if (c == SIZE_MAX || !r.analysed[TRYGG_CAT_VANDALISM])
            continue;
        places->v[i].gi_z_vandalism = r.gi_z[c * NCAT + TRYGG_CAT_VANDALISM];
        places->v[i].hotspot_vandalism = r.cls[c * NCAT + TRYGG_CAT_VANDALISM];
    }

    *out = r;
    memset(&r, 0, sizeof r);
done:
    trygg_hotspots_fini(&r);
    trygg_neighbours_fini(&w);
    free(cxy);
    free(mxy);
    free(evxy);
    free(dens);
    free(x);
    free(z);
    free(pp);
    free(hot);
    free(pcell);
    return st;
}

trygg_status trygg_hotspots_gistar(trygg_ctx *ctx, const trygg_config *cfg, const trygg_neighbours *w,
                                   const double *x, uint64_t seed, double *z, double *p, bool *shared)
{
    const char *m = cfg->gi_p_method ? cfg->gi_p_method : "exact";
    unsigned perms = cfg->permutations > 0 ? (unsigned)cfg->permutations : 0;
    trygg_status st;
    if (shared)
        *shared = false;
    if (trygg__streq_ci(m, "permutation") && perms > 0)
        return trygg_gistar(ctx, w, x, perms, seed, z, NULL, p);
    if (trygg__streq_ci(m, "exact")) {
        bool exact = true;
        if ((st = trygg_gistar(ctx, w, x, 0, seed, z, NULL, NULL)) != TRYGG_OK ||
            (st = trygg_gistar_p_exact(ctx, w, x, z, seed, p, &exact)) != TRYGG_OK)
            return st;
        if (shared)
            *shared = !exact;
        return TRYGG_OK;
    }
    return trygg_gistar(ctx, w, x, 0, seed, z, p, NULL); /* normal */
}

void trygg_hotspots_cell_scores(trygg_hotspot_result *r, const trygg_places *places)
{
    if (!r->grid)
        return;
    size_t n = r->ncells;
    double *sum = trygg__xcalloc(n * 4, sizeof *sum);
    for (size_t i = 0; i < places->n; i++) {
        const trygg_place *pl = &places->v[i];
        if (pl->cell_id < 1 || (size_t)pl->cell_id > n)
            continue;
        size_t c = (size_t)pl->cell_id - 1;
        sum[c * 4 + 0] += pl->vandalism_score;
        sum[c * 4 + 1] += pl->littering_score;
        sum[c * 4 + 2] += pl->visibility_score;
        sum[c * 4 + 3] += pl->safety_index;
    }
    for (size_t c = 0; c < n; c++)
        for (int k = 0; k < 4; k++)
            r->mean_scores[c * 4 + k] = r->n_places[c] ? sum[c * 4 + k] / r->n_places[c] : NAN;
    free(sum);
}

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
    trygg_kv_set(kv, "hotspots.parameters",
                 "kde_bandwidth_m=%g band_m=%g p_method=%s permutations=%d seed=%d fdr=%s alpha=%g",
                 cfg->kde_bandwidth_m, cfg->gi_band_m, m, cfg->permutations, cfg->seed, cfg->fdr ? "yes" : "no",
                 cfg->hot_alpha);
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
            trygg_kv_set(kv, key,
                         _("%s: %u in period a, %u in period b (%+.0f %% per day), p = %s (exact Poisson test)"),
                         trygg_trend_name(mark, na, nb), r->area_a[c], r->area_b[c],
                         100.0 * ((nb / tb) / (na / ta) - 1.0), p);
        else
            trygg_kv_set(kv, key, _("%s: %u in period a, %u in period b, p = %s (exact Poisson test)"),
                         trygg_trend_name(mark, na, nb), r->area_a[c], r->area_b[c], p);
    }
}

void trygg_hotspots_fini(trygg_hotspot_result *r)
{
    if (!r)
        return;
    for (size_t h = 0; h < r->nhotspots; h++)
        trygg_hotspot_fini(r->geos, &r->hotspots[h]);
    free(r->hotspots);
    trygg_grid_free(r->grid);
    free(r->count);
    free(r->kde);
    free(r->gi_z);
    free(r->gi_p);
    free(r->gi_q);
    free(r->cls);
    free(r->count_a);
    free(r->count_b);
    free(r->change);
    free(r->trend_p);
    free(r->trend);
    free(r->n_places);
    free(r->street_m);
    free(r->mean_scores);
    free(r->incident_cell);
    free(r->emerging);
    free(r->emerging_hot);
    free(r->emerging_cold);
    free(r->emerging_trend_z);
    free(r->emerging_trend_p);
    memset(r, 0, sizeof *r);
}

char *trygg_hotspots_raster_path(const char *gpkg_path)
{
    size_t n = strlen(gpkg_path);
    const char *slash = strrchr(gpkg_path, '/');
    const char *dot = strrchr(gpkg_path, '.');
    if (dot && (!slash || dot > slash + 1))
        n = (size_t)(dot - gpkg_path);
    return trygg__xasprintf("%.*s_kde.tif", (int)n, gpkg_path);
}
