/*
 * The plan stage of a run (DESIGN.md section 2): measures and patrol areas computed from the
 * analysis layers already written into the output's temporary file, added to it as the
 * `measures` and `patrol_areas` layers.
 */
#ifndef TRYGG_PIPELINE_PLAN_STAGE_H
#define TRYGG_PIPELINE_PLAN_STAGE_H

#include "io/io.h"
#include "pipeline/hotspots.h"
#include "pipeline/register_stage.h"
#include "plan/plan.h"
#include "trygg/config.h"

typedef struct {
    size_t measures, patrol_areas;
} trygg_plan_summary;

typedef struct {
    const trygg_hotspot_result *hot; /* NULL: no incidents, no patrol areas (an empty layer) */
    const trygg_incidents *incidents;
    const char *run_at;     /* the run's time, "YYYY-MM-DDTHH:MM:SSZ" (the register's last_seen) */
    const char *styles_dir; /* for the register's style */
} trygg_plan_inputs;

/* With cfg->plan_register, *pending is set to the register write to make after the output set
 * is committed (trygg_register_commit; caller frees with trygg_register_pending_free); else
 * NULL. */
trygg_status trygg_plan_stage(trygg_ctx *ctx, const trygg_config *cfg, const trygg_plan_inputs *in,
                              trygg_gpkg_writer *writer, trygg_plan_summary *summary,
                              trygg_register_pending **pending);

#endif
