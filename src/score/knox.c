/*
 * Near repeat: the Knox test of space-time interaction (Knox 1964, "The detection of space-time
 * interactions", Applied Statistics 13(1), 25-30), tabulated over space and time bands with a
 * Monte Carlo significance as in Ratcliffe's Near Repeat Calculator (Ratcliffe & Rengert 2008,
 * "Near-repeat patterns in Philadelphia shootings", Security Journal 21; Johnson et al. 2007,
 * "Space-time patterns of risk", Journal of Quantitative Criminology 23).
 *
 * Every pair of incidents closer than the largest space band is counted in the cell of its
 * distance band and its time-gap band: space band k holds distances in (k s, (k + 1) s] (the
 * first includes 0), time band m gaps in (m tau, (m + 1) tau] days (the first includes 0).
 * Under the null of no space-time interaction the times are exchangeable among the places, so
 * each permutation shuffles the times over the incidents (Fisher-Yates, xoshiro256** stream k
 * for permutation k: the result does not depend on the thread count) and tabulates the same
 * spatial pairs again. For every cell: expected = the mean over the permutations,
 * ratio = observed / expected, and p = (1 + #{permutations >= observed}) / (1 + permutations)
 * (the one-sided Monte Carlo p-value of Hope 1968, as the Near Repeat Calculator gives it).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "index/index.h"
#include "score/score.h"
#include "score/xoshiro.h"

typedef struct {
    uint32_t i, j;
    uint32_t sband;
} near_pair;

typedef struct {
    const near_pair *pairs;
    size_t npairs;
    const int64_t *t;
    size_t n;
    size_t ns, nt;
    double tau_s; /* time band width, seconds */
    uint64_t seed;
    unsigned *counts; /* permutations x (ns x nt) */
} knox_job;

static void tabulate(const near_pair *pairs, size_t npairs, const int64_t *t, double tau_s, size_t ns, size_t nt,
                     unsigned *cells)
{
    memset(cells, 0, ns * nt * sizeof *cells);
    for (size_t k = 0; k < npairs; k++) {
        double gap = fabs((double)(t[pairs[k].i] - t[pairs[k].j]));
        /* (m tau, (m + 1) tau], the first band from 0 */
        double q = gap / tau_s;
        size_t m = q <= 1.0 ? 0 : (size_t)ceil(q) - 1;
        if (m < nt)
            cells[pairs[k].sband * nt + m]++;
    }
    (void)ns;
}

static void permute_one(size_t k, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    knox_job *job = user;
    int64_t *t = trygg__xmalloc(job->n * sizeof *t);
    memcpy(t, job->t, job->n * sizeof *t);
    trygg__xoshiro rng;
    trygg__xoshiro_seed(&rng, job->seed, k);
    for (size_t i = job->n; i > 1; i--) {
        size_t j = trygg__bounded(&rng, (uint32_t)i);
        int64_t tmp = t[i - 1];
        t[i - 1] = t[j];
        t[j] = tmp;
    }
    tabulate(job->pairs, job->npairs, t, job->tau_s, job->ns, job->nt, job->counts + k * job->ns * job->nt);
    free(t);
}

void trygg_knox_table_fini(trygg_knox_table *kt)
{
    free(kt->observed);
    free(kt->expected);
    free(kt->ratio);
    free(kt->p);
    memset(kt, 0, sizeof *kt);
}

trygg_status trygg_knox(trygg_ctx *ctx, const double *xy, const int64_t *t, size_t n, const trygg_knox_params *p,
                        trygg_knox_table *out)
{
    memset(out, 0, sizeof *out);
    if (!(p->space_step_m > 0) || !(p->space_max_m >= p->space_step_m) || !(p->time_step_days > 0) ||
        !(p->time_max_days >= p->time_step_days) || p->permutations < 1)
        return trygg__fail(ctx, TRYGG_E_USAGE,
                           "near repeat: bands need 0 < step <= max in space (%g/%g m) and time (%g/%g days), and "
                           "at least one permutation (%d)",
                           p->space_step_m, p->space_max_m, p->time_step_days, p->time_max_days, p->permutations);
    if (n > UINT32_MAX)
        return trygg__fail(ctx, TRYGG_E_USAGE, "near repeat: %zu incidents are more than the test handles", n);
    size_t ns = (size_t)ceil(p->space_max_m / p->space_step_m - 1e-9);
    size_t nt = (size_t)ceil(p->time_max_days / p->time_step_days - 1e-9);
    double smax = (double)ns * p->space_step_m, tau_s = p->time_step_days * 86400.0;

    /* The spatial pairs, found once through an STRtree. */
    near_pair *pairs = NULL;
    size_t npairs = 0, cap = 0;
    trygg_index *idx = n ? trygg_index_new_points(ctx, xy, n, 2) : NULL;
    trygg_idlist cand = {0};
    GEOSContextHandle_t geos = trygg__geos(ctx);
    for (size_t i = 0; i < n && idx; i++) {
        double x = xy[2 * i], y = xy[2 * i + 1];
        trygg_index_query(idx, geos, x - smax, y - smax, x + smax, y + smax, &cand);
        for (size_t c = 0; c < cand.n; c++) {
            size_t j = cand.v[c];
            if (j <= i)
                continue;
            double d = hypot(xy[2 * j] - x, xy[2 * j + 1] - y);
            if (d > smax)
                continue;
            double q = d / p->space_step_m;
            size_t k = q <= 1.0 ? 0 : (size_t)ceil(q) - 1;
            if (k >= ns)
                continue;
            trygg__grow((void **)&pairs, &cap, npairs + 1, sizeof *pairs);
            pairs[npairs++] = (near_pair){(uint32_t)i, (uint32_t)j, (uint32_t)k};
        }
    }
    trygg_idlist_fini(&cand);
    trygg_index_free(idx);

    size_t cells = ns * nt, P = (size_t)p->permutations;
    unsigned *obs = trygg__xcalloc(cells, sizeof *obs);
    tabulate(pairs, npairs, t, tau_s, ns, nt, obs);
    unsigned *counts = trygg__xcalloc(P * cells, sizeof *counts);
    knox_job job = {pairs, npairs, t, n, ns, nt, tau_s, p->seed, counts};
    trygg__parallel_tasks(ctx, P, permute_one, &job); /* every permutation is heavy: tasks even when few */

    out->ns = ns;
    out->nt = nt;
    out->space_step_m = p->space_step_m;
    out->time_step_days = p->time_step_days;
    out->pairs = npairs;
    out->observed = trygg__xmalloc(cells * sizeof *out->observed);
    out->expected = trygg__xmalloc(cells * sizeof *out->expected);
    out->ratio = trygg__xmalloc(cells * sizeof *out->ratio);
    out->p = trygg__xmalloc(cells * sizeof *out->p);
    for (size_t c = 0; c < cells; c++) {
        double sum = 0.0;
        size_t ge = 0;
        for (size_t k = 0; k < P; k++) {
            sum += counts[k * cells + c];
            ge += counts[k * cells + c] >= obs[c];
        }
        out->observed[c] = obs[c];
        out->expected[c] = sum / (double)P;
        out->ratio[c] = out->expected[c] > 0 ? obs[c] / out->expected[c] : NAN;
        out->p[c] = (1.0 + (double)ge) / (1.0 + (double)P);
    }
    free(counts);
    free(obs);
    free(pairs);
    return TRYGG_OK;
}
