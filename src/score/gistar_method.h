/*
 * Gi* with the p-values the configuration asks for (src/score/gistar_method.c).
 */
#ifndef TRYGG_SCORE_GISTAR_METHOD_H
#define TRYGG_SCORE_GISTAR_METHOD_H

#include <stdbool.h>
#include <stdint.h>

#include "score/stats.h"
#include "trygg/config.h"

/* Gi* of the values x over the weights w with the p-values cfg asks for ([hotspots] p_method:
 * exact, permutation with `permutations` draws per cell, 0 meaning normal, or normal): writes
 * w->n z-scores into z and p-values into p. *shared (may be NULL) is set when exact p-values
 * fell back to shared draws. Errors as trygg_gistar. */
trygg_status trygg_hotspots_gistar(trygg_ctx *ctx, const trygg_config *cfg, const trygg_neighbours *w, const double *x,
                                   uint64_t seed, double *z, double *p, bool *shared);

#endif
