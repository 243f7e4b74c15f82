/*
 * Surroundings of a place (DESIGN.md section 5): natural surveillance by buildings, openness
 * (isovists), activity (folkliv) and the points of interest that attract vandalism and litter,
 * and the Poisson regression that says which of these factors matter in the study area.
 *
 * The geometry and statistics are score's (score/surroundings.h: isovist.c, surveillance.c,
 * activity.c, poisson_reg.c), pure functions over arrays: no files, no GEOS. The readers
 * (io/surroundings.h, src/io/read_surroundings.c) load the buildings and points-of-interest
 * layers; the stage here (src/pipeline/surroundings.c) measures every place on all cores and
 * fits the models.
 *
 * Ownership: nothing here keeps a pointer it is given. Output vectors belong to the caller and
 * are freed with their _fini functions (data.h).
 */
#ifndef TRYGG_PIPELINE_SURROUNDINGS_H
#define TRYGG_PIPELINE_SURROUNDINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "io/surroundings.h"
#include "score/score.h"
#include "score/surroundings.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* ---- pipeline ---- */

/* Measure the surroundings of every place on all cores. buildings and pois may be NULL (the
 * layer is missing): their fields become NAN (counts -1). */
void trygg_measure_surroundings(trygg_ctx *ctx, const trygg_config *cfg, trygg_places *places,
                                const trygg_buildings *buildings, const trygg_pois *pois);

/* Fit the Poisson models of vandalism + graffiti and of littering counts per place on the
 * standardised environmental components, write their relative risks to run_info
 * (model.<score>.<factor>), and in fitted mode (cfg->weights_mode = "fitted") replace the
 * environmental weights of sp by the fitted ones (weights.fitted.* in run_info). */
void trygg_surroundings_models(const trygg_config *cfg, const trygg_places *places, bool have_lamps,
                               bool have_incidents, bool have_buildings, bool have_pois, trygg_score_params *sp,
                               trygg_kv *run_info);

/* The components.* rows of run_info: which components each score used (have_hotspot: the
 * vandalism score used its cell's Gi*). */
void trygg_surroundings_components(trygg_kv *run_info, bool have_lamps, bool have_incidents, bool have_buildings,
                                   bool have_pois, bool have_hotspot);

#endif
