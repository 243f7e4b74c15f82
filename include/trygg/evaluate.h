/*
 * `trygg evaluate` (src/pipeline/evaluate.c): how well the hotspots of one period foretell the
 * incidents of the next.
 */
#ifndef TRYGG_EVALUATE_H
#define TRYGG_EVALUATE_H

#include "trygg/config.h"
#include "trygg/trygg.h"

/* Prospective accuracy: hotspots from the incidents of `train` ("FROM/TO"), scored on `test`:
 * kernel density ranking, Gi* hot cells and count ranking, each at `share` of the study area
 * and at the area of the Gi* hot cells, with hit rate, PAI and RRI, for `category` (a trygg
 * category name, or "all"). *report (caller frees) gets the table. */
trygg_status trygg_evaluate(trygg_ctx *ctx, const trygg_config *cfg, const char *train, const char *test,
                            double share, const char *category, char **report);

#endif
