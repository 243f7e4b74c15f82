/*
 * The measure stage: per-place raw indicators from the indexed inputs (lighting from lamps,
 * incidents snapped to places, dark stretches). Per-place and per-incident work runs on all
 * cores; every result depends only on its own inputs, so outputs are deterministic.
 */
#ifndef TRYGG_PIPELINE_MEASURE_H
#define TRYGG_PIPELINE_MEASURE_H

#include "index/index.h"
#include "score/score.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* Lighting of every place. Places with a lamp within cfg->coverage_m are estimated from the
 * lamps (runs[i] gets their dark runs); elsewhere light_source comes from the street's OSM
 * lit tag. `runs` has places->n zeroed elements; the caller finis them. */
void trygg_measure_lighting(trygg_ctx *ctx, const trygg_config *cfg, const trygg_streets *streets,
                            trygg_places *places, const trygg_lamps *lamps, const trygg_index *lamp_index,
                            trygg_dark_runs *runs);

/* Join the dark runs of consecutive places of each street into stretches of at least
 * cfg->dark_min_m, appended to out with their geometry cut from the street. */
void trygg_measure_dark_stretches(const trygg_config *cfg, const trygg_streets *streets, const trygg_places *places,
                                  const trygg_dark_runs *runs, trygg_dark_stretches *out);

/* Snap each incident to the nearest place within snap_m (ties to the lowest seg_id): sets
 * seg_id (place index + 1, or -1) and snap_dist_m. */
void trygg_measure_snap_incidents(trygg_ctx *ctx, const trygg_places *places, const trygg_index *place_index,
                                  double snap_m, trygg_incidents *incidents);

/* Add snapped incidents to their places' counts (per category, at night, without time).
 * Returns the number of snapped incidents. */
size_t trygg_measure_count_incidents(const trygg_config *cfg, trygg_places *places, const trygg_incidents *incidents);

/* Night incidents within cfg->snap_m of each dark stretch. */
void trygg_measure_stretch_incidents(trygg_ctx *ctx, const trygg_config *cfg, trygg_dark_stretches *stretches,
                                     const trygg_incidents *incidents, const trygg_index *incident_index);

/* Whether a UTC time falls in the configured night hours, local time. False when unknown. */
bool trygg_measure_is_night(const trygg_config *cfg, int64_t t_utc);

/* Network kernel density (trygg_nkde_places) of the snapped vandalism and of the littering
 * incidents at every place: nkde_vandalism, nkde_littering, per km of street. */
void trygg_nkde_incidents(trygg_ctx *ctx, trygg_places *places, const trygg_incidents *incidents, double bandwidth_m);

#endif
