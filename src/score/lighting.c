/*
 * Lighting of places from a point-source lamp model (DESIGN.md section 5, "Lighting").
 *
 * The illuminance at a ground point is the sum over lamps of the point illuminance of
 * EN 13201-3:2015 section 5 ("calculation of illuminance", the point method that CIE 140-2000
 * also uses): E = I(c, gamma) * cos^3(gamma) / H^2, with I the luminous intensity towards the
 * point, gamma its angle from the downward vertical and H the mounting height. Without a
 * photometric file per lamp the C-plane dependence is averaged away (see the table below).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/score.h"

/*
 * Generic road-luminaire intensity distribution, candela per 1000 lm, at vertical angles
 * gamma = 0, 5, ..., 90 degrees (linear interpolation between entries, 0 beyond 90).
 *
 * Basis: a generic, documented approximation, not a measured luminaire. It has the shape of the
 * rotationally averaged (mean over all C-planes) distribution of a typical semi-cut-off,
 * asymmetric street luminaire: a broad lobe rising from about 137 cd/klm straight down to a peak
 * of 222 cd/klm at 65 degrees, falling steeply above 75 degrees to 98 cd/klm at 80 degrees and
 * 38 at 85 degrees, nothing at or above the horizontal. That meets the CIE 34-1977
 * semi-cut-off limits (I80 <= 100 cd/klm, I90 <= 50 cd/klm, peak below 75 degrees). The table
 * is normalised so that the flux it emits into the lower hemisphere,
 * 2 pi * integral_0^90 I(gamma) sin(gamma) dgamma, is 996 lm per 1000 lm (computed with the
 * same linear interpolation): the lamp flux is taken as the luminaire's flux, as in the
 * absolute photometry of LED luminaire data, with no upward light.
 * With the defaults (6 m, 3000 lm, maintenance 0.8) this gives about 9.1 lux under a lamp,
 * 4.4 lux 6 m beside it and 0.72 lux 15 m away, the order of magnitude of residential
 * street lighting classes P4-P6.
 */
static const double intensity_cd_klm[19] = {
    137.0, /*  0 */
    138.0, /*  5 */
    140.0, /* 10 */
    144.0, /* 15 */
    148.0, /* 20 */
    154.0, /* 25 */
    161.0, /* 30 */
    169.0, /* 35 */
    177.0, /* 40 */
    186.0, /* 45 */
    196.0, /* 50 */
    208.0, /* 55 */
    219.0, /* 60 */
    222.0, /* 65 */
    205.0, /* 70 */
    171.0, /* 75 */
    98.0,  /* 80 */
    38.0,  /* 85 */
    0.0,   /* 90 */
};
#define INTENSITY_STEP_DEG 5.0
#define PI 3.14159265358979323846

double trygg_lighting_intensity(double gamma_deg)
{
    double g = fabs(gamma_deg);
    if (!(g < 90.0)) /* also NAN */
        return 0.0;
    double pos = g / INTENSITY_STEP_DEG;
    size_t i = (size_t)pos;
    if (i >= 18)
        i = 17;
    double f = pos - (double)i;
    return intensity_cd_klm[i] + (intensity_cd_klm[i + 1] - intensity_cd_klm[i]) * f;
}

double trygg_lighting_point_lux(double h_m, double lumen, double maintenance, double d_m)
{
    if (!(h_m > 0.0) || !(lumen > 0.0) || !(maintenance > 0.0) || !isfinite(d_m))
        return 0.0;
    /* EN 13201-3:2015 section 5 / CIE 140-2000: E = I(gamma) cos^3(gamma) / H^2, with
     * cos(gamma) = H / sqrt(H^2 + d^2) (inverse-square law times the cosine of incidence on the
     * horizontal plane); I scaled from cd/klm by the flux and the maintenance factor. */
    double c = h_m / sqrt(h_m * h_m + d_m * d_m); /* metres: no overflow, and hypot() is slow */
    double gamma = acos(c) * (180.0 / PI);
    double intensity = trygg_lighting_intensity(gamma) * (lumen / 1000.0) * maintenance;
    return intensity * c * c * c / (h_m * h_m);
}

/* EN 13201-2:2015 table 3: P classes, minimum maintained average and minimum horizontal
 * illuminance (lux). */
static const struct {
    double avg, min;
} pclass_req[6] = {{15.0, 3.0}, {10.0, 2.0}, {7.5, 1.5}, {5.0, 1.0}, {3.0, 0.6}, {2.0, 0.4}};

static const char *const pclass_names[7] = {"P1", "P2", "P3", "P4", "P5", "P6", "below P6"};

int trygg_lighting_class(double lux_avg, double lux_min)
{
    if (isnan(lux_avg) || isnan(lux_min))
        return TRYGG_PCLASS_NONE;
    for (int c = TRYGG_PCLASS_P1; c <= TRYGG_PCLASS_P6; c++)
        if (lux_avg >= pclass_req[c].avg && lux_min >= pclass_req[c].min)
            return c;
    return TRYGG_PCLASS_BELOW;
}

const char *trygg_lighting_class_name(int pclass)
{
    if (pclass < TRYGG_PCLASS_P1 || pclass > TRYGG_PCLASS_BELOW)
        return NULL;
    return pclass_names[pclass];
}

void trygg_dark_runs_fini(trygg_dark_runs *r)
{
    if (!r)
        return;
    free(r->v);
    r->v = NULL;
    r->n = r->cap = 0;
}

static double polyline_length(const double *xy, size_t nv)
{
    double len = 0.0;
    for (size_t i = 1; i < nv; i++)
        len += hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
    return len;
}

/* The point at distance s along the polyline, clamped to its ends. */
static void point_at(const double *xy, size_t nv, double s, double *x, double *y)
{
    if (nv == 0) {
        *x = *y = NAN; /* no geometry: no lamp is near it */
        return;
    }
    *x = xy[0];
    *y = xy[1];
    if (nv < 2 || !(s > 0.0))
        return;
    double walked = 0.0;
    for (size_t i = 1; i < nv; i++) {
        double x0 = xy[2 * i - 2], y0 = xy[2 * i - 1], x1 = xy[2 * i], y1 = xy[2 * i + 1];
        double seg = hypot(x1 - x0, y1 - y0);
        if (seg > 0.0 && walked + seg >= s) {
            double f = (s - walked) / seg;
            *x = x0 + (x1 - x0) * f;
            *y = y0 + (y1 - y0) * f;
            return;
        }
        walked += seg;
    }
    *x = xy[2 * nv - 2];
    *y = xy[2 * nv - 1];
}

/* Euclidean distance from (px,py) to the polyline: the minimum over its segments of the
 * distance to the segment (projection clamped to the segment's ends). */
static double point_polyline_distance(double px, double py, const double *xy, size_t nv)
{
    if (nv == 0)
        return NAN;
    /* squared distances compared, one square root at the end */
    double best = (px - xy[0]) * (px - xy[0]) + (py - xy[1]) * (py - xy[1]);
    for (size_t i = 1; i < nv; i++) {
        double x0 = xy[2 * i - 2], y0 = xy[2 * i - 1];
        double dx = xy[2 * i] - x0, dy = xy[2 * i + 1] - y0;
        double l2 = dx * dx + dy * dy;
        double t = l2 > 0.0 ? ((px - x0) * dx + (py - y0) * dy) / l2 : 0.0;
        if (t < 0.0)
            t = 0.0;
        else if (t > 1.0)
            t = 1.0;
        double ex = px - (x0 + t * dx), ey = py - (y0 + t * dy);
        double d2 = ex * ex + ey * ey;
        if (d2 < best)
            best = d2;
    }
    return sqrt(best);
}

static void runs_push(trygg_dark_runs *runs, double from_m, double to_m, double lux_min)
{
    trygg__grow((void **)&runs->v, &runs->cap, runs->n + 1, sizeof *runs->v);
    runs->v[runs->n++] = (trygg_dark_run){from_m, to_m, lux_min};
}

void trygg_lighting_place(const trygg_lighting_params *p, trygg_place *place, const trygg_lamp *lamps,
                          const size_t *cand, size_t ncand, trygg_dark_runs *runs)
{
    if (runs)
        runs->n = 0;
    double len = polyline_length(place->xy, place->nv);

    /* Lamps near and the nearest lamp: exact point-polyline distances. */
    int near = 0;
    double nearest = NAN;
    for (size_t k = 0; k < ncand; k++) {
        const trygg_lamp *lp = &lamps[cand[k]];
        double d = point_polyline_distance(lp->x, lp->y, place->xy, place->nv);
        if (isnan(d))
            continue;
        if (d <= p->radius_m)
            near++;
        if (isnan(nearest) || d < nearest)
            nearest = d;
    }

    /* n = ceil(L / step) equal intervals (the small tolerance keeps 100 m / 5 m at 20 despite
     * rounding of the length); at least one sample, also for a zero-length place. */
    size_t n = 1;
    if (p->step_m > 0.0 && len > 0.0) {
        double q = ceil(len / p->step_m - 1e-9);
        n = q < 1.0 ? 1 : (size_t)q;
    }
    double piece = len / (double)n;

    double sum = 0.0, lmin = INFINITY, influence2 = p->influence_m * p->influence_m;
    size_t ndark = 0;
    bool in_run = false;
    double run_from = 0.0, run_min = INFINITY;
    for (size_t i = 0; i < n; i++) {
        double sx, sy;
        point_at(place->xy, place->nv, ((double)i + 0.5) * piece, &sx, &sy);
        double e = 0.0;
        for (size_t k = 0; k < ncand; k++) {
            const trygg_lamp *lp = &lamps[cand[k]];
            double dx = lp->x - sx, dy = lp->y - sy, d2 = dx * dx + dy * dy;
            if (!(d2 <= influence2))
                continue;
            double d = sqrt(d2);
            double h = isnan(lp->height_m) ? p->height_m : lp->height_m;
            double lm = isnan(lp->lumen) ? p->lumen : lp->lumen;
            e += trygg_lighting_point_lux(h, lm, p->maintenance, d);
        }
        sum += e;
        if (e < lmin)
            lmin = e;
        bool dark = e < p->dark_lux;
        if (dark) {
            ndark++;
            if (!in_run) {
                in_run = true;
                run_from = (double)i * piece;
                run_min = e;
            } else if (e < run_min) {
                run_min = e;
            }
        }
        if (in_run && (!dark || i + 1 == n)) {
            if (runs)
                runs_push(runs, run_from, dark ? len : (double)i * piece, run_min);
            in_run = false;
        }
    }

    double avg = sum / (double)n;
    place->light_source = TRYGG_LIGHT_ESTIMATED;
    place->lamps_near = near;
    place->nearest_lamp_m = nearest;
    place->lux_avg = avg;
    place->lux_min = lmin;
    place->lux_uniformity = avg > 0.0 ? lmin / avg : 0.0;
    place->lighting_class = trygg_lighting_class(avg, lmin);
    place->dark_length_m = (double)ndark * piece;
}
