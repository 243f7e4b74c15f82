/*
 * The plan stage of a run (DESIGN.md section 2): measures and patrol areas computed from the
 * analysis layers already written into the output's temporary file, added to it as the
 * `measures` and `patrol_areas` layers.
 */
#ifndef TRYGG_PLAN_STAGE_H
#define TRYGG_PLAN_STAGE_H

#include "trygg/config.h"
#include "trygg/hotspots.h"
#include "trygg/io.h"
#include "trygg/plan.h"

typedef struct {
    size_t measures, patrol_areas;
} trygg_plan_summary;

/* hot may be NULL (no incidents: no patrol areas, an empty layer). */
trygg_status trygg_plan_stage(trygg_ctx *ctx, const trygg_config *cfg, const trygg_hotspot_result *hot,
                              const trygg_incidents *incidents, trygg_gpkg_writer *writer,
                              trygg_plan_summary *summary);

#endif
