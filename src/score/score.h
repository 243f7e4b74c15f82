/*
 * Scoring and statistics: pure functions over arrays and the place vector. No file access.
 * Each formula cites its source where it is implemented.
 */
#ifndef TRYGG_SCORE_H
#define TRYGG_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "index/index.h"
#include "trygg/data.h"
#include "trygg/nearrepeat.h"

/* ---- Lighting (DESIGN.md section 5) ---- */

typedef struct {
    double height_m;    /* default lamp height */
    double lumen;       /* default lamp flux */
    double maintenance; /* maintenance factor */
    double step_m;      /* sample spacing along a place */
    double influence_m; /* lamps farther away add nothing */
    double radius_m;    /* lamps_near radius */
    double dark_lux;
} trygg_lighting_params;

/* Luminous intensity of the generic road luminaire, candela per 1000 lm, at vertical angle
 * gamma (degrees from straight down, 0-90; 0 beyond 90). */
double trygg_lighting_intensity(double gamma_deg);

/* Horizontal illuminance (lux) on the ground at horizontal distance d_m from a lamp of height
 * h_m and flux lumen: E = I(gamma) * cos^3(gamma) / h^2, scaled by flux/1000 and the
 * maintenance factor. */
double trygg_lighting_point_lux(double h_m, double lumen, double maintenance, double d_m);

/* Best EN 13201-2 P class met by (avg, min): TRYGG_PCLASS_P1..P6 or TRYGG_PCLASS_BELOW. */
int trygg_lighting_class(double lux_avg, double lux_min);
/* "P1".."P6", "below P6"; NULL for TRYGG_PCLASS_NONE. */
const char *trygg_lighting_class_name(int pclass);

/* An interval along a place where the estimated illuminance is below dark_lux. */
typedef struct {
    double from_m, to_m;
    double lux_min;
} trygg_dark_run;

typedef struct {
    trygg_dark_run *v;
    size_t n, cap;
} trygg_dark_runs;

void trygg_dark_runs_fini(trygg_dark_runs *r);

/* Lighting of one place from the candidate lamps `cand` (indices into lamps, already filtered
 * to those within influence_m of the place's envelope). Sets lamps_near, nearest_lamp_m,
 * lux_avg, lux_min, lux_uniformity, lighting_class, dark_length_m and light_source =
 * TRYGG_LIGHT_ESTIMATED on the place; dark runs (merged, in order) go to `runs` (cleared
 * first). Samples sit at the centres of n = ceil(length/step) equal intervals; each sample
 * stands for length/n metres. */
void trygg_lighting_place(const trygg_lighting_params *p, trygg_place *place, const trygg_lamp *lamps,
                          const size_t *cand, size_t ncand, trygg_dark_runs *runs);

/* ---- Incident rates ---- */

/* Global empirical-Bayes smoothed rates (Marshall 1991): counts[i] events over exposure[i]
 * (e.g. place length / 100 m). Writes n rates into out. Exposure <= 0 gives the global mean. */
void trygg_eb_rates(const double *counts, const double *exposure, size_t n, double *out);

/* ---- Ranks and scores ---- */

/* Percentile rank 0-100 of each value among all n (mid-rank for ties; all equal gives 50).
 * NAN values get NAN. O(n log n). */
void trygg_percentile_ranks(const double *values, size_t n, double *out);

/* A score component: its percentile per place, weight, and how to say it in words. */
typedef struct {
    const char *name;       /* short id, "dark" */
    double weight;          /* > 0 to use; 0 drops it */
    const double *pct;      /* percentile per place (0-100, high = more of the score's thing);
                               NAN for a place drops the component there and renormalises */
} trygg_component;

/* Weighted mean of components per place (weights renormalised over the components present at
 * that place); NAN where none is present. */
void trygg_combine(const trygg_component *comps, size_t ncomps, size_t nplaces, double *out);

/* Fill the score fields and top_factors of every place from its measured fields.
 * `have_lamps` and `have_incidents` say which inputs existed. */
typedef struct {
    double w_vandalism_observed, w_vandalism_dark;
    double w_vandalism_hotspot; /* Gi* z of vandalism in the place's cell (gi_z_vandalism) */
    double w_littering_observed;
    double w_visibility_lighting;
    double w_safety_vandalism, w_safety_littering, w_safety_visibility;
    double dark_lux;
    double lamp_radius_m; /* the lamps_near radius, for the words "no lamp within 25 m"; 0: unnamed */
    /* Surroundings (zero: left out). The components of a missing layer drop out. */
    double w_vandalism_surveillance, w_vandalism_nightlife, w_vandalism_transit;
    double w_littering_fast_food, w_littering_transit, w_littering_nightlife, w_littering_baskets;
    double w_visibility_surveillance, w_visibility_openness, w_visibility_activity;
    bool have_buildings, have_pois;
    double activity_radius_m; /* for the words "3 bars within 150 m" */
    double surveillance_m;    /* for the words "no building within 20 m" */
} trygg_score_params;

/* The per-place work runs on the context's threads (ctx); the results do not depend on them. */
void trygg_score_places(trygg_ctx *ctx, const trygg_score_params *sp, trygg_places *places, bool have_lamps,
                        bool have_incidents);

/* ---- lighting evidence that knows its limits (src/score/lamp_evidence.c) ---- */

typedef struct {
    double radius_m;     /* register density around a place: lamps and street within this (200) */
    double sparse_ratio; /* "sparse" below this share of the area's median density (0.25) */
} trygg_lamp_evidence_params;

typedef struct {
    double area_lamps_per_km;                 /* median density around the estimated places */
    size_t places[TRYGG_CONFLICT_COUNT];      /* places per conflict kind */
    double length_m[TRYGG_CONFLICT_COUNT];    /* their length */
} trygg_lamp_evidence_summary;

/* Sets lamps_per_km and light_conflict of every place (after trygg_lighting_place): a place
 * estimated below P6 conflicts when it is tagged lit (TRYGG_CONFLICT_LIT_TAG) or when the
 * register around it is sparse (TRYGG_CONFLICT_SPARSE_REGISTER). */
void trygg_lamp_evidence(trygg_ctx *ctx, const trygg_lamp_evidence_params *p, trygg_places *places,
                         const trygg_lamps *lamps, const trygg_index *lamp_index, trygg_lamp_evidence_summary *sum);

/* Estimated from lamps and below EN 13201-2 class P6. */
bool trygg_place_below_p6(const trygg_place *pl);

/* "lit_tag", "sparse_register"; NULL for none. */
const char *trygg_light_conflict_name(int conflict);

/* ---- network kernel density (src/score/nkde.c) ---- */

/* An event on the network: the place it was snapped to and its distance along that place. */
typedef struct {
    size_t place;
    double along;
} trygg_nkde_event;

/* The one-dimensional quartic kernel 15 / (16 h) (1 - (d/h)^2)^2 for |d| < h, else 0 (per metre). */
double trygg_nkde_kernel(double d, double h);

/* Equal-split discontinuous network kernel density (Okabe, Satoh & Sugihara 2009) of the events
 * at every place's midpoint, bandwidth h metres along the network, in events per km of street:
 * per_km has places->n elements. */
void trygg_nkde_places(trygg_ctx *ctx, const trygg_places *places, const trygg_nkde_event *events, size_t nevents,
                       double h, double *per_km);

/* ---- near repeat: the Knox test over space and time bands (src/score/knox.c) ---- */

typedef struct {
    size_t ns, nt;   /* space and time bands; cell [s * nt + t] */
    double space_step_m, time_step_days;
    size_t pairs;    /* pairs of incidents within the largest space band */
    double *observed, *expected, *ratio, *p;
} trygg_knox_table;

/* The Knox table of n incidents at xy (x,y pairs) with times t (seconds, UTC). */
trygg_status trygg_knox(trygg_ctx *ctx, const double *xy, const int64_t *t, size_t n, const trygg_knox_params *p,
                        trygg_knox_table *out);
void trygg_knox_table_fini(trygg_knox_table *kt);

#endif
