/*
 * The measures of the surroundings of a place (DESIGN.md section 5): natural surveillance by
 * buildings, openness (isovists), activity (folkliv) and the Poisson regression that says which
 * of these factors matter (src/score/{surveillance,isovist,activity,poisson_reg}.c). Pure
 * functions over arrays: no files, no GEOS.
 *
 * Ownership: nothing here keeps a pointer it is given; trygg_isovist_rays_fini frees the rays.
 */
#ifndef TRYGG_SCORE_SURROUNDINGS_H
#define TRYGG_SCORE_SURROUNDINGS_H

#include <stddef.h>

#include "trygg/data.h"

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

#endif
