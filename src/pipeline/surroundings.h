/*
 * Surroundings of a place (DESIGN.md section 5): natural surveillance by buildings, openness
 * (isovists), activity (folkliv) and the points of interest that attract vandalism and litter,
 * and the Poisson regression that says which of these factors matter in the study area.
 *
 * The geometry and statistics (isovist.c, surveillance.c, poisson_reg.c in src/score) are pure
 * functions over arrays: no files, no GEOS. The readers (src/io/read_surroundings.c) load the
 * buildings and points-of-interest layers; the pipeline (src/pipeline/surroundings.c) measures
 * every place on all cores and fits the models.
 *
 * Ownership: nothing here keeps a pointer it is given. Output vectors belong to the caller and
 * are freed with their _fini functions (data.h).
 */
#ifndef TRYGG_PIPELINE_SURROUNDINGS_H
#define TRYGG_PIPELINE_SURROUNDINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "score/score.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* ---- readers ---- */

/* Read building polygons (Polygon/MultiPolygon; OSM: the `multipolygons` layer with building
 * set and not "no"). Each polygon part becomes one trygg_building. Invalid polygons are made
 * valid with GEOS MakeValid when the repair keeps a polygon of positive area (counted in
 * out->repaired); otherwise they are rejected and counted in the report. */
trygg_status trygg_io_read_buildings(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_buildings *out, trygg_input_report *report);

/* Read points of interest (points; polygons count at their centroid). The kind comes from
 * cfg->pois.field_kind, else from OSM-style fields or tags (amenity, shop, leisure, highway,
 * railway, public_transport; OSM: `points` plus amenity/shop/leisure areas of
 * `multipolygons`). Features of no interest to trygg (an OSM node with no such tag) are
 * skipped without being counted as rejects. */
trygg_status trygg_io_read_pois(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                trygg_pois *out, trygg_input_report *report);

/* Kind of a point of interest from OSM-style tag values (any may be NULL). False when none of
 * them names anything trygg counts. */
bool trygg_poi_kind_from_tags(const char *amenity, const char *shop, const char *leisure, const char *highway,
                              const char *railway, const char *public_transport, trygg_poi_kind *out);

/* Kind from a single value of a kind field: a trygg kind name, or an OSM-style value
 * ("pub", "bus_stop", "kiosk", "playground", ...). False when it is not known. */
bool trygg_poi_kind_from_value(const char *value, trygg_poi_kind *out);

/* ---- geometry ---- */

/* Distance from a point to a building (0 inside it). */
double trygg_building_distance(double px, double py, const trygg_building *b);

/* Natural surveillance of a polyline: samples at the centres of n = ceil(length / step_m)
 * equal intervals; a sample is watched when the segment through it perpendicular to the
 * line, reach_m to each side, meets a building (crosses an edge or lies inside). Returns the
 * share of watched samples (0-1) and sets *longest_gap_m to the longest run of unwatched
 * samples in metres (each sample stands for length / n). cand: indices into b. */
double trygg_surveillance_share(const double *xy, size_t nv, double step_m, double reach_m, const trygg_building *b,
                                const size_t *cand, size_t ncand, double *longest_gap_m);

/* Ray directions of an isovist: n rays at angles 2 pi k / n from the x axis, length radius. */
typedef struct {
    int n;
    double radius;
    double *cs; /* cos, sin per ray, owned */
    double *pa; /* pseudo-angle per ray (see isovist.c), increasing, owned */
    int *first; /* first ray whose pseudo-angle is >= j / ISOVIST_LUT_PER_UNIT, j < 4 * that, owned */
} trygg_isovist_rays;

void trygg_isovist_rays_init(trygg_isovist_rays *r, int n, double radius);
void trygg_isovist_rays_fini(trygg_isovist_rays *r);

/* Isovist (Benedikt 1979) from (px, py): each ray ends at the nearest building edge or at the
 * radius; the area of the polygon of the ray ends, 1/2 sin(2 pi / n) sum d_k d_k+1. `dist`
 * is scratch of r->n doubles (left holding the ray lengths). cand: indices into b. */
double trygg_isovist_area(const trygg_isovist_rays *r, double px, double py, const trygg_building *b,
                          const size_t *cand, size_t ncand, double *dist);

/* ---- activity ---- */

typedef struct {
    double radius_m;       /* activity, bars, transit, fast food */
    double youth_radius_m; /* schools and youth venues */
    double weight[TRYGG_POI_COUNT];
} trygg_activity_params;

/* Activity of a polyline from candidate points of interest (indices into pois, at least those
 * within the larger radius): activity = sum of the kind weights of the points within
 * radius_m; bars_150m, transit_150m, fast_food_150m count those kinds within radius_m,
 * youth_300m schools and youth venues within youth_radius_m. Distances are to the polyline. */
void trygg_activity_place(const trygg_activity_params *p, const double *xy, size_t nv, const trygg_poi *pois,
                          const size_t *cand, size_t ncand, trygg_place *pl);

/* ---- Poisson regression ---- */

/* Maximum-likelihood Poisson regression with log link and offset by iteratively reweighted
 * least squares (McCullagh & Nelder 1989, section 2.5): y[i] ~ Poisson(exp(offset[i] +
 * X[i,] beta)). X is n x p row-major (include a column of ones for an intercept). beta and se
 * (p each) get the estimates and their standard errors from the inverse Fisher information;
 * *deviance (may be NULL) the residual deviance. Returns the iterations used, or 0 when the
 * fit failed (singular information matrix, no convergence in 50 iterations). */
int trygg_poisson_fit(const double *X, const double *y, const double *offset, size_t n, size_t p, double *beta,
                      double *se, double *deviance);

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
