/*
 * Gi* with the configured p-values (score/gistar_method.h).
 */
#include "core/internal.h"
#include "score/gistar_method.h"

trygg_status trygg_hotspots_gistar(trygg_ctx *ctx, const trygg_config *cfg, const trygg_neighbours *w, const double *x,
                                   uint64_t seed, double *z, double *p, bool *shared)
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
