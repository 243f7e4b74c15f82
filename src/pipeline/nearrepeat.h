/*
 * The near-repeat zones of a run (src/pipeline/nearrepeat.c); `trygg nearrepeat` itself is in
 * include/trygg/nearrepeat.h.
 */
#ifndef TRYGG_PIPELINE_NEARREPEAT_H
#define TRYGG_PIPELINE_NEARREPEAT_H

#include "io/io.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/nearrepeat.h"
#include "trygg/trygg.h"

/* The `near_repeat_zones` layer of a run ([nearrepeat] categories): for each category whose Knox
 * table is significant in its first cell (p <= 0.05, ratio > 1), a circle of the near-repeat
 * distance around every incident of the last near-repeat days before the category's latest
 * incident, valid until that incident's time plus those days. *note (caller frees) says per
 * category what was found. */
trygg_status trygg_nearrepeat_zones(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                    trygg_gpkg_writer *w, char **note);

#endif
