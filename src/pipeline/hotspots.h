/*
 * Hotspot statistics of a run (DESIGN.md sections 2 "statistics", 4 `grid_cells` and
 * `hotspots`, 5 "Kernel density", "Hotspots", "Evaluation"): the stage (src/pipeline/hotspots.c)
 * and the emerging hot spots (src/pipeline/emerging.c). The pieces live in their modules and are
 * included here, as most users of the result want them together: periods and hours of the week
 * (score/periods.h), peak hours (score/peak_hours.h), trend marks and class words
 * (score/trend_names.h), the hotspot and the result (score/hotspot.h), the merging of hot cells
 * (score/hotspot_merge.h), Gi* with the configured p-values (score/gistar_method.h), the study
 * area and the density raster (io/hotspots.h) and the run_info figures
 * (report/hotspot_run_info.h).
 */
#ifndef TRYGG_PIPELINE_HOTSPOTS_H
#define TRYGG_PIPELINE_HOTSPOTS_H

#include <geos_c.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "geom/grid.h"
#include "io/hotspots.h"
#include "report/hotspot_run_info.h"
#include "score/gistar_method.h"
#include "score/hotspot.h"
#include "score/hotspot_merge.h"
#include "score/peak_hours.h"
#include "score/periods.h"
#include "score/stats.h"
#include "score/trend_names.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/evaluate.h"
#include "trygg/trygg.h"

/* The statistics stage: a sparse grid of the cells within one cell of a place
 * (trygg_grid_new_near; or over `boundary`, a polygonal study area in the working CRS,
 * borrowed, may be NULL, clipped to it), incidents to cells, counts,
 * kernel densities at cell centroids and at place midpoints, Gi* per category with incidents,
 * classes, hotspots, hours of the week and periods. Sets the hotspot fields of every place
 * (cell_id, kde_*, gi_z_vandalism, hotspot_vandalism). `incidents` may be NULL or empty.
 * TRYGG_E_CONFIG for a period that does not parse (naming the key). */
trygg_status trygg_hotspots_compute(trygg_ctx *ctx, const trygg_config *cfg, trygg_places *places,
                                    const trygg_incidents *incidents, const GEOSGeometry *boundary,
                                    trygg_hotspot_result *out);

/* Emerging hot spots of every analysed category (src/pipeline/emerging.c): fills r's emerging_*
 * fields, or only emerging_note when there are fewer than four time steps. */
trygg_status trygg_emerging_compute(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                    trygg_hotspot_result *r);

#endif
