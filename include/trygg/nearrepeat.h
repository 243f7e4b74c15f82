/*
 * `trygg nearrepeat`: whether incidents close in space are close in time (the Knox test over
 * space and time bands, src/score/knox.c), on the incidents of a config.
 */
#ifndef TRYGG_NEARREPEAT_H
#define TRYGG_NEARREPEAT_H

#include <stdint.h>

#include "trygg/config.h"
#include "trygg/trygg.h"

/* The Knox test over space and time bands (src/score/knox.c). */
typedef struct {
    double space_step_m, space_max_m;     /* bands (0, 100], (100, 200], ... up to 500 m */
    double time_step_days, time_max_days; /* bands (0, 7], (7, 14], ... up to 28 days */
    int permutations;                     /* Monte Carlo permutations of the times (999) */
    uint64_t seed;
} trygg_knox_params;

/* The Knox table of one category's incidents with a time: *report (caller frees) gets the table
 * in words; with csv_path, one CSV row per band pair (observed, expected, ratio, p_value). */
trygg_status trygg_nearrepeat(trygg_ctx *ctx, const trygg_config *cfg, const char *category,
                              const trygg_knox_params *params, const char *csv_path, char **report);

#endif
