/*
 * The action-plan layer (DESIGN.md section 5 "Plan"): proposed measures from the configured
 * rules, evaluated with SpatiaLite SQL over a written output GeoPackage, so a rule can use any
 * field of any output layer.
 *
 * Ownership: trygg_measures_fini frees every string and geometry of the vector.
 */
#ifndef TRYGG_PLAN_H
#define TRYGG_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "io/measures.h"
#include "trygg/config.h"
#include "trygg/trygg.h"

void trygg_measures_fini(trygg_measures *m);
/* Keep the measures whose area's representative point lies in the context's part (a part of a
 * partitioned run, trygg__set_part; every measure without one), in their order; the others are
 * freed: the neighbouring part proposes and registers them. Returns how many were dropped. */
size_t trygg_measures_keep_part(trygg_ctx *ctx, trygg_measures *m);

/* Evaluate cfg's measure rules, then (when cfg->default_rules) the shipped rules it does not
 * redefine, over the GeoPackage at gpkg_path (read only) and append the measures to out, ordered by priority, then rule order, then the lowest source fid.
 * A configured (not built-in) rule whose layer or fields do not exist is TRYGG_E_CONFIG naming
 * the rule and where it was defined; a built-in one is skipped and listed in *skipped
 * (caller frees; may be NULL). */
trygg_status trygg_plan_measures(trygg_ctx *ctx, const trygg_config *cfg, const char *gpkg_path, trygg_measures *out,
                                 char **skipped);

/* Fill an evidence template from per-feature values: `names` are the fields the template uses
 * (in the order trygg_plan_template_fields gives), values[f * nfeatures + i] the value of field
 * f on feature i (NAN when NULL) and texts[f * nfeatures + i] the same as text (NULL when NULL;
 * `texts` may be NULL). {count} is the number of features; {sum:F}, {min:F}, {max:F},
 * {mean:F}, {first:F} aggregate F's values; {distinct:F} counts the distinct items of F's
 * comma-separated lists over all features (ids near two features count once). Caller frees. */
char *trygg_plan_fill_template(const char *tmpl, const char *const *names, size_t nnames, const double *values,
                               const char *const *texts, size_t nfeatures);

/* The distinct field names a template refers to ({sum:length_m} -> length_m), in first-use
 * order. Caller frees each and the array. */
char **trygg_plan_template_fields(const char *tmpl, size_t *n);

/* ---- matching areas (src/plan/area_match.c) ---- */

typedef struct {
    const char *key;          /* only items of equal keys match (a rule, a category) */
    int64_t id;               /* ties between equal shares go to the lower id of the first set */
    const unsigned char *wkb; /* ISO WKB (Multi)Polygon; NULL or without area: matches nothing */
    size_t wkb_size;
} trygg_area_item;

/* Pair items of b with items of a: match[j] is the index in a of b[j]'s partner, or SIZE_MAX.
 * A pair qualifies when the keys are equal and the common area is at least min_share of the
 * smaller of the two areas; pairs are taken greedily by that share (largest first; ties to the
 * lower a id, then the earlier b item), each item at most once. */
trygg_status trygg_match_areas(trygg_ctx *ctx, const trygg_area_item *a, size_t na, const trygg_area_item *b,
                               size_t nb, double min_share, size_t *match);

/* ---- patrol areas (DESIGN.md section 5 "Plan") ---- */

typedef struct {
    double x, y;            /* centroid */
    double area_m2;
    unsigned incidents;     /* incidents of the patrol categories in the cell */
    bool hot;               /* a significant hot cell of a patrol category */
    const double *ring;     /* closed outer ring (x,y pairs), borrowed */
    size_t nring;
    double street_m;        /* street length of the places whose midpoints lie in the cell */
} trygg_patrol_cell;

typedef struct {
    double max_km2;          /* an area is at most this large (0.25) */
    double neighbour_m;      /* cells with centroids at most this far apart are adjacent */
    int visit_minutes;       /* Koper (1995): about 15 minutes per visit */
    int max_visits_per_week; /* for the first-ranked area; others scale with their incidents */
} trygg_patrol_params;

typedef struct {
    int rank;                /* 1 = most incidents captured */
    unsigned incidents;
    double area_km2, share_incidents, share_area, pai;
    double street_km, share_length, pai_length; /* the PAI on street length: share_incidents / share_length */
    char *time_windows;      /* "Fri 21-24, Sat 00-03, Sat 21-24" */
    int visit_minutes, visits_per_week;
    size_t *cells;           /* indices of its cells, ascending */
    size_t ncells;
    unsigned char *wkb;      /* ISO WKB (Multi)Polygon: the union of its cells */
    size_t wkb_size;
} trygg_patrol_area;

typedef struct {
    trygg_patrol_area *v;
    size_t n, cap;
} trygg_patrol_areas;

void trygg_patrol_areas_fini(trygg_patrol_areas *a);

/* The three busiest non-overlapping 3-hour windows of the week from incident hours of week
 * (0 = Monday 00-01 local, 167 = Sunday 23-24), windows wrapping over Sunday night. Writes the
 * three start hours (busiest first; -1 when there are fewer incidents than windows) and
 * returns the text "Fri 21-24, Sat 00-03, ..." (caller frees). */
char *trygg_plan_time_windows(const int *hour_of_week, size_t n, int starts[3]);

/* Patrol areas from the hot cells: hot cells grow greedily into compact areas (seeded at the
 * hot cell with most incidents, adding the adjacent hot cell with most incidents while the
 * area stays within max_km2), ranked by incidents captured. `total_incidents` and
 * `study_area_m2` are the denominators of the shares and the PAI (Chainey et al. 2008).
 * incident_cell[k] / incident_how[k] give each patrol incident's cell (or SIZE_MAX) and local
 * hour of week, for the time windows. Appends to out. */
trygg_status trygg_plan_patrol_areas(trygg_ctx *ctx, const trygg_patrol_params *p, const trygg_patrol_cell *cells,
                                     size_t ncells, double total_incidents, double study_area_m2,
                                     const size_t *incident_cell, const int *incident_how, size_t nincidents,
                                     trygg_patrol_areas *out);

#endif
