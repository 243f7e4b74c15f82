/*
 * Emerging hot spots (src/score/emerging.c): Gi* on a space-time cube of grid cells and time
 * steps, and Esri's emerging hot spot classes from each cell's series, with Mann-Kendall trends.
 */
#ifndef TRYGG_SCORE_EMERGING_H
#define TRYGG_SCORE_EMERGING_H

#include <stddef.h>
#include <stdint.h>

#include "score/stats.h"
#include "trygg/trygg.h"

/* Classes; hot spots positive, the same cold spots negative, 0 no pattern. */
enum {
    TRYGG_EMERGING_NONE = 0,
    TRYGG_EMERGING_NEW,
    TRYGG_EMERGING_CONSECUTIVE,
    TRYGG_EMERGING_INTENSIFYING,
    TRYGG_EMERGING_PERSISTENT,
    TRYGG_EMERGING_DIMINISHING,
    TRYGG_EMERGING_SPORADIC,
    TRYGG_EMERGING_OSCILLATING,
    TRYGG_EMERGING_HISTORICAL,
};

/* "intensifying hot spot", "new cold spot", ...; NULL for none. */
const char *trygg_emerging_name(int cls);
/* The class in words in the run's language, for sentences ("intensifierad hot spot" in Swedish);
 * trygg_emerging_name stays the code. Static; NULL for none. */
const char *trygg_emerging_words(int cls);
/* n time steps of `unit` ("month", "week" or "quarter") in words in the run's language:
 * "kvartal", "månader". Static. */
const char *trygg_emerging_unit_words(const char *unit, size_t n);
/* Chainey's plain terms: "emerging", "persistent", "intermittent", "former"; NULL for none. */
const char *trygg_emerging_plain(int cls);

/* Mann-Kendall trend test of x[0..n) in order: S, its normal z with the continuity correction
 * and the variance corrected for ties, and the two-sided p (1 when the variance is 0). Any output
 * may be NULL. */
void trygg_mann_kendall(const double *x, size_t n, double *s, double *z, double *p);

/* The class of one cell from its bins' Gi* classes (bin_class[t], trygg_hotspot_classes) and
 * z-scores over T steps; the trend of z into *trend_z, *trend_p (may be NULL). */
int trygg_emerging_classify(const int *bin_class, const double *z, size_t T, double *trend_z, double *trend_p);

/* Gi* of the cube: counts[t * n + i] for n = space->n cells and T steps; a bin's neighbours are
 * its cell's `space` neighbours in its own step and the window - 1 steps before. Writes N = n T
 * z-scores, conditional-randomisation p-values (trygg_gistar_p_exact) and classes after
 * Benjamini-Hochberg control over all bins. */
trygg_status trygg_emerging_cube(trygg_ctx *ctx, const trygg_neighbours *space, size_t T, size_t window,
                                 const double *counts, uint64_t seed, double *z, double *p, int *cls);

#endif
