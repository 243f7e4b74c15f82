/*
 * `trygg nearrepeat`: whether incidents close in space are close in time (the Knox test over
 * space and time bands, src/score/knox.c), on the incidents of a config.
 */
#ifndef TRYGG_NEARREPEAT_H
#define TRYGG_NEARREPEAT_H

#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/io.h"
#include "trygg/score.h"
#include "trygg/trygg.h"

/* The Knox table of one category's incidents with a time: *report (caller frees) gets the table
 * in words; with csv_path, one CSV row per band pair (observed, expected, ratio, p_value). */
trygg_status trygg_nearrepeat(trygg_ctx *ctx, const trygg_config *cfg, const char *category,
                              const trygg_knox_params *params, const char *csv_path, char **report);

/* The `near_repeat_zones` layer of a run ([nearrepeat] categories): for each category whose Knox
 * table is significant in its first cell (p <= 0.05, ratio > 1), a circle of the near-repeat
 * distance around every incident of the last near-repeat days before the category's latest
 * incident, valid until that incident's time plus those days. *note (caller frees) says per
 * category what was found. */
trygg_status trygg_nearrepeat_zones(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                    trygg_gpkg_writer *w, char **note);

#endif
