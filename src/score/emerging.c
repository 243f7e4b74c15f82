/*
 * Emerging hot spots: Gi* on a space-time cube and the classes of Esri's Emerging Hot Spot
 * Analysis (ArcGIS Pro, Space Time Pattern Mining toolbox, "How Emerging Hot Spot Analysis
 * works"), with Mann-Kendall trends (Mann 1945, "Nonparametric tests against trend",
 * Econometrica 13; Kendall 1975, Rank Correlation Methods; the variance with ties as in Hipel &
 * McLeod 1994, eq. 23.31).
 *
 * The cube: bin b = t * n + i for grid cell i and time step t. A bin's neighbours are the bins of
 * the cell's distance-band neighbours (itself included) in its own step and the window - 1 steps
 * before it (Esri's "neighborhood time step"). Gi* over all bins with these binary weights, its
 * conditional-randomisation p-values (trygg_gistar_p_exact, as the hotspot stage) and
 * Benjamini-Hochberg control over all bins give each bin a class (trygg_hotspot_classes): hot or
 * cold at 90 % or more is "significant". Per cell, over the T steps (the rules of Esri's
 * documentation, cold spots the mirror image):
 *   new           hot in the final step and never before;
 *   consecutive   hot in an uninterrupted run of at least two final steps, never hot before the
 *                 run, hot in less than 90 % of the steps;
 *   intensifying  hot in at least 90 % of the steps including the final one, and the
 *                 Mann-Kendall trend of its Gi* z-scores rises significantly;
 *   persistent    the same with no significant trend;
 *   diminishing   the same with a significantly falling trend;
 *   sporadic      hot in the final step, in less than 90 % of the steps, never cold;
 *   oscillating   hot in the final step, in less than 90 % of the steps, cold in some earlier step;
 *   historical    not hot in the final step, hot in at least 90 % of the steps.
 * Trends are significant at p <= 0.05 (two-sided). Chainey's plain terms group them: emerging
 * (new, consecutive, intensifying), persistent (persistent, diminishing), intermittent (sporadic,
 * oscillating), former (historical).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "score/emerging.h"
#include "score/stats.h"

#define TREND_ALPHA 0.05

void trygg_mann_kendall(const double *x, size_t n, double *s_out, double *z_out, double *p_out)
{
    double s = 0.0;
    for (size_t k = 0; k + 1 < n; k++)
        for (size_t j = k + 1; j < n; j++)
            s += (x[j] > x[k]) - (x[j] < x[k]);
    /* ties: groups of equal values, t_g (t_g - 1)(2 t_g + 5) each */
    double tie = 0.0;
    bool *seen = trygg__xcalloc(n + 1, sizeof *seen);
    for (size_t k = 0; k < n; k++) {
        if (seen[k])
            continue;
        double t = 0.0;
        for (size_t j = k; j < n; j++)
            if (x[j] == x[k]) {
                seen[j] = true;
                t++;
            }
        tie += t * (t - 1.0) * (2.0 * t + 5.0);
    }
    free(seen);
    double nn = (double)n;
    double var = (nn * (nn - 1.0) * (2.0 * nn + 5.0) - tie) / 18.0;
    double z = 0.0;
    if (var > 0.0)
        z = s > 0 ? (s - 1.0) / sqrt(var) : s < 0 ? (s + 1.0) / sqrt(var) : 0.0;
    if (s_out)
        *s_out = s;
    if (z_out)
        *z_out = z;
    if (p_out)
        *p_out = var > 0.0 ? trygg_normal_p_two_sided(z) : 1.0;
}

const char *trygg_emerging_name(int cls)
{
    static const char *const hot[] = {NULL,         "new hot spot",         "consecutive hot spot",
                                      "intensifying hot spot", "persistent hot spot", "diminishing hot spot",
                                      "sporadic hot spot",     "oscillating hot spot", "historical hot spot"};
    static const char *const cold[] = {NULL,          "new cold spot",         "consecutive cold spot",
                                       "intensifying cold spot", "persistent cold spot", "diminishing cold spot",
                                       "sporadic cold spot",     "oscillating cold spot", "historical cold spot"};
    if (cls > 0 && cls <= TRYGG_EMERGING_HISTORICAL)
        return hot[cls];
    if (cls < 0 && -cls <= TRYGG_EMERGING_HISTORICAL)
        return cold[-cls];
    return NULL;
}

/* Esri's class in the run's language, for sentences; trygg_emerging_name stays the code
 * (styles/emerging_hotspots.qml and the reports filter on it). */
const char *trygg_emerging_words(int cls)
{
    static const char *const hot[] = {NULL,
                                      N_("new hot spot"),
                                      N_("consecutive hot spot"),
                                      N_("intensifying hot spot"),
                                      N_("persistent hot spot"),
                                      N_("diminishing hot spot"),
                                      N_("sporadic hot spot"),
                                      N_("oscillating hot spot"),
                                      N_("historical hot spot")};
    static const char *const cold[] = {NULL,
                                       N_("new cold spot"),
                                       N_("consecutive cold spot"),
                                       N_("intensifying cold spot"),
                                       N_("persistent cold spot"),
                                       N_("diminishing cold spot"),
                                       N_("sporadic cold spot"),
                                       N_("oscillating cold spot"),
                                       N_("historical cold spot")};
    int k = cls < 0 ? -cls : cls;
    if (k < 1 || k > TRYGG_EMERGING_HISTORICAL)
        return NULL;
    return _(cls > 0 ? hot[k] : cold[k]);
}

const char *trygg_emerging_unit_words(const char *unit, size_t n)
{
    if (unit && strcmp(unit, "month") == 0)
        return trygg__trn("month", "months", n);
    if (unit && strcmp(unit, "week") == 0)
        return trygg__trn("week", "weeks", n);
    return trygg__trn("quarter", "quarters", n);
}

const char *trygg_emerging_plain(int cls)
{
    switch (abs(cls)) {
    case TRYGG_EMERGING_NEW:
    case TRYGG_EMERGING_CONSECUTIVE:
    case TRYGG_EMERGING_INTENSIFYING:
        return "emerging";
    case TRYGG_EMERGING_PERSISTENT:
    case TRYGG_EMERGING_DIMINISHING:
        return "persistent";
    case TRYGG_EMERGING_SPORADIC:
    case TRYGG_EMERGING_OSCILLATING:
        return "intermittent";
    case TRYGG_EMERGING_HISTORICAL:
        return "former";
    default:
        return NULL;
    }
}

/* The class of one series for one sign (+1 hot, -1 cold): sig[t] = +1 hot, -1 cold, 0 neither. */
static int classify_sign(const int *sig, size_t T, double trend_z, double trend_p, int sign)
{
    size_t count = 0;
    bool opposite = false;
    for (size_t t = 0; t < T; t++) {
        count += sig[t] == sign;
        opposite = opposite || sig[t] == -sign;
    }
    bool last = sig[T - 1] == sign;
    bool mostly = (double)count >= 0.9 * (double)T;
    if (!last)
        return count > 0 && mostly ? TRYGG_EMERGING_HISTORICAL : TRYGG_EMERGING_NONE;
    if (count == 1)
        return TRYGG_EMERGING_NEW;
    if (mostly) {
        /* "intensity of clustering" rising for hot spots means z rising; for cold spots z falling */
        bool sig_trend = trend_p <= TREND_ALPHA;
        if (sig_trend && trend_z * sign > 0)
            return TRYGG_EMERGING_INTENSIFYING;
        if (sig_trend && trend_z * sign < 0)
            return TRYGG_EMERGING_DIMINISHING;
        return TRYGG_EMERGING_PERSISTENT;
    }
    /* the final run */
    size_t run = 0;
    while (run < T && sig[T - 1 - run] == sign)
        run++;
    if (run >= 2 && run == count)
        return TRYGG_EMERGING_CONSECUTIVE;
    return opposite ? TRYGG_EMERGING_OSCILLATING : TRYGG_EMERGING_SPORADIC;
}

int trygg_emerging_classify(const int *bin_class, const double *z, size_t T, double *trend_z, double *trend_p)
{
    int *sig = trygg__xmalloc(T * sizeof *sig);
    for (size_t t = 0; t < T; t++)
        sig[t] = bin_class[t] > 0 ? 1 : bin_class[t] < 0 ? -1 : 0;
    double tz, tp;
    trygg_mann_kendall(z, T, NULL, &tz, &tp);
    if (trend_z)
        *trend_z = tz;
    if (trend_p)
        *trend_p = tp;
    int cls = T ? classify_sign(sig, T, tz, tp, 1) : 0;
    if (cls == TRYGG_EMERGING_NONE && T)
        cls = -classify_sign(sig, T, tz, tp, -1);
    free(sig);
    return cls;
}

/* The cube's lags without listing its neighbours: bin (t, i) has the spatial neighbours of i
 * in steps max(0, t - window + 1) .. t, so its degree is steps x |N(i)| and its lag the sum of
 * the spatial lags of those steps. Counts are integers, so the sums are exact and equal to
 * summing the neighbours one by one. */
typedef struct {
    const trygg_neighbours *space;
    size_t T, window;
    const double *counts;
    trygg_gistar_lags *l;
} cube_job;

static void cube_lags_one(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    const cube_job *job = user;
    const trygg_neighbours *w = job->space;
    size_t n = w->n, k = w->start[i + 1] - w->start[i];
    double *lag = job->l->lag;
    /* each step's spatial lag first; then, from the last step down (the steps below t are still
     * spatial lags when t is summed), the window's sum in its place */
    for (size_t t = 0; t < job->T; t++) {
        double sum = 0;
        for (size_t q = w->start[i]; q < w->start[i + 1]; q++)
            sum += job->counts[t * n + w->nbr[q]];
        lag[t * n + i] = sum;
    }
    for (size_t t = job->T; t-- > 0;) {
        size_t steps = t + 1 < job->window ? t + 1 : job->window;
        double sum = 0;
        for (size_t s = t + 1 - steps; s <= t; s++)
            sum += lag[s * n + i];
        lag[t * n + i] = sum;
        job->l->deg[t * n + i] = steps * k;
    }
}

trygg_status trygg_emerging_cube(trygg_ctx *ctx, const trygg_neighbours *space, size_t T, size_t window,
                                 const double *counts, uint64_t seed, double *z, double *p, int *cls)
{
    size_t n = space->n, N = n * T;
    if (T < 1 || window < 1)
        return trygg__fail(ctx, TRYGG_E_USAGE, "emerging hot spots: %zu time steps and a window of %zu", T, window);
    if (window > T)
        window = T;
    trygg_gistar_lags l = {N, trygg__xmalloc((N ? N : 1) * sizeof *l.deg), trygg__xmalloc((N ? N : 1) * sizeof *l.lag)};
    cube_job job = {space, T, window, counts, &l};
    trygg__parallel_for(ctx, n, cube_lags_one, &job);
    trygg_status s = trygg_gistar_z_lags(ctx, &l, counts, z);
    if (s == TRYGG_OK)
        s = trygg_gistar_p_exact_lags(ctx, &l, counts, z, seed, p, NULL);
    if (s == TRYGG_OK)
        trygg_hotspot_classes(z, p, N, true, cls, NULL);
    trygg_gistar_lags_fini(&l);
    return s;
}
