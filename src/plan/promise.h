/*
 * Citizen promises (medborgarlöften; [promise:NAME] sections): how far each promise's indicator
 * has come from its baseline towards its target. The values come from SQL over the output
 * (src/plan/promises.c); the assessment of two values and the sentence are score's
 * (score/promise.h, src/score/promise.c).
 *
 * Ownership: the results are the caller's (trygg_promise_results_fini frees them).
 */
#ifndef TRYGG_PLAN_PROMISE_H
#define TRYGG_PLAN_PROMISE_H

#include <stdbool.h>
#include <stddef.h>

#include "score/promise.h"
#include "trygg/config.h"
#include "trygg/trygg.h"

/* Evaluate cfg's promises over the GeoPackage at gpkg_path (read only; its layers written,
 * measures included). A promise whose layer, field or area cannot be used is TRYGG_E_CONFIG
 * naming the promise and where it was defined. */
trygg_status trygg_promises_evaluate(trygg_ctx *ctx, const trygg_config *cfg, const char *gpkg_path,
                                     trygg_promise_results *out);

#endif
