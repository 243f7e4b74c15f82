/*
 * The buildings and points of interest of a run (src/pipeline/surroundings_read.c): only the
 * surroundings stage uses them, so they may be read on a thread of their own beside the load,
 * prepare, index and measure stages, with their messages shown in the order of a run that reads
 * them in the load stage.
 */
#ifndef TRYGG_PIPELINE_SURROUNDINGS_READ_H
#define TRYGG_PIPELINE_SURROUNDINGS_READ_H

#include <stdbool.h>

#include "io/io.h"
#include "io/surroundings.h"
#include "trygg/run.h"

/* What was read: the input reports (buildings, pois), the layers and whether each is used. */
typedef struct {
    trygg_input_report reports[2];
    trygg_buildings buildings;
    trygg_pois pois;
    bool have_buildings, have_pois;
} trygg__surroundings_layers;

/* A part of a partitioned run reads each input within the part and its halo: a layer that is
 * given but has nothing there (no points of interest in a rural part, a lamp register that stops
 * at a municipal border) is left out of this part with a warning, as a layer not given would
 * be, instead of failing the part. *have says whether the layer is used; s is the read's status,
 * returned unless the layer is left out. opt may be NULL (trygg check). */
trygg_status trygg__read_optional(trygg_ctx *ctx, const trygg_run_options *opt, trygg_status s,
                                  const trygg_input_report *r, const char *section, bool *have);

/* The buildings, then the points of interest, read here on ctx (into out, zeroed by the caller). */
trygg_status trygg__surroundings_read_now(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                          trygg__surroundings_layers *out);

/* A read on a thread of its own with a child context, started once the study extent is set (the
 * points of interest are checked against it); NULL, and nothing started, when neither layer is
 * given, the run has one thread or no thread can be had: the load stage then reads them itself. */
typedef struct trygg__surroundings_read trygg__surroundings_read;
trygg__surroundings_read *trygg__surroundings_read_start(trygg_ctx *ctx, const trygg_config *cfg,
                                                         const trygg_run_options *opt);
/* The run got to where the load stage would have read them: from here ctx's own log lines are
 * held back until the join, which shows the thread's first. */
void trygg__surroundings_read_after_load(trygg__surroundings_read *r, trygg_ctx *ctx);
/* True once the thread has finished (it is still to be joined). */
bool trygg__surroundings_read_done(const trygg__surroundings_read *r);
/* Join the thread and free r; s is the run's status so far:
 * - the run failed before the load stage would have read them: the read is cancelled and
 *   forgotten, its warnings too; s stays the run's status; an interrupted run cancels it too
 *   rather than wait for the rest of the layers;
 * - otherwise its warnings are shown now, ahead of the run's own held since the load stage;
 *   its failure (a broken buildings layer) is the run's, and the run's held lines are forgotten,
 *   as that run never got to them; only when the read stopped at an interrupt and the run failed
 *   too does the run's own message stand. What was read moves into *out (*taken true).
 * Returns the run's status after it. */
trygg_status trygg__surroundings_read_join(trygg__surroundings_read *r, trygg_ctx *ctx, trygg_status s,
                                           trygg__surroundings_layers *out, bool *taken);

#endif
