/*
 * The hotspot statistics of a run as the stage fills them (src/score/hotspot.c): a hotspot (hot
 * cells of one category merged) and the result over the grid, per cell and category.
 *
 * Ownership: trygg_hotspot_result is filled by trygg_hotspots_compute (src/pipeline/hotspots.h)
 * and released with trygg_hotspots_fini (which accepts a zeroed result); every array and
 * geometry in it is owned.
 */
#ifndef TRYGG_SCORE_HOTSPOT_H
#define TRYGG_SCORE_HOTSPOT_H

#include <geos_c.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "geom/grid.h"
#include "score/periods.h"
#include "trygg/data.h"

typedef struct {
    trygg_category category;
    int confidence;      /* the LOWEST class among its cells: every cell is at least this sure */
    int peak_confidence; /* the highest class among its cells */
    size_t *cells;       /* grid cell indices, ascending (owned) */
    size_t ncells;
    double incidents;                    /* incidents of the category in its cells, n */
    double area_m2;                      /* a */
    double share_incidents;              /* n / N over the whole grid */
    double pai;                          /* Chainey, Tompson & Uhlig (2008): (n/N) / (a/A) */
    double street_m;                     /* l: street length of the places whose midpoints lie in its cells */
    double pai_length;                   /* the same on street length: (n/N) / (l/L) */
    GEOSGeometry *geom;                  /* union of its cells (owned; made with the handle given) */
    unsigned hours[TRYGG_HOURS_OF_WEEK]; /* its incidents by local hour of week */
    char peak_hours[96];
    double n_a, n_b, trend_p; /* incidents in period a and b, Poisson comparison p */
    int trend;
} trygg_hotspot;

void trygg_hotspot_fini(GEOSContextHandle_t geos, trygg_hotspot *h);

typedef struct trygg_hotspot_result {
    trygg_grid *grid;
    size_t ncells;
    double study_area_m2;           /* sum of the cell areas */
    bool analysed[TRYGG_CAT_COUNT]; /* the category has incidents in the grid: KDE and Gi* computed */
    /* per cell and category, [cell * TRYGG_CAT_COUNT + category] */
    unsigned *count;
    double *kde;                 /* incidents per km^2 at the cell centroid; NAN when not analysed */
    double *gi_z;                /* Gi* z; NAN when not analysed */
    double *gi_p;                /* the p-value the class rests on: permutation (or normal when permutations = 0) */
    double *gi_q;                /* BH q-value (a copy of gi_p when fdr is off) */
    int *cls;                    /* confidence class (trygg_hotspot_classes) */
    unsigned *count_a, *count_b; /* incidents in period a / b */
    double *change;              /* nb - na tb/ta: change in incidents at period b's length */
    double *trend_p;             /* Poisson comparison p-value (BH q when fdr is on) */
    int *trend;                  /* TRYGG_TREND_* */
    /* per cell */
    unsigned *n_places;    /* places whose midpoint lies in the cell */
    double *street_m;      /* their length */
    double street_total_m; /* L: the length of all places in the grid */
    double *mean_scores;   /* [cell * 4 + k]: vandalism, littering, visibility, safety index; NAN without places */
    /* per incident: cell index + 1, or -1 outside the grid */
    int64_t *incident_cell;
    size_t nincidents;
    size_t incidents_outside;
    trygg_hotspot *hotspots;
    size_t nhotspots, caphotspots;
    /* emerging hot spots (src/pipeline/emerging.c), per [cell * TRYGG_CAT_COUNT + category];
     * NULL when not computed (emerging_note says why) */
    int *emerging;                               /* TRYGG_EMERGING_* class, 0 none */
    unsigned *emerging_hot, *emerging_cold;      /* significant hot / cold steps */
    double *emerging_trend_z, *emerging_trend_p; /* Mann-Kendall of the cell's Gi* z over the steps */
    size_t emerging_steps;
    char emerging_first[40], emerging_last[40], emerging_unit[8]; /* "2023Q1", "2024Q4", "quarter" */
    char emerging_note[128];
    unsigned area_hours[TRYGG_CAT_COUNT][TRYGG_HOURS_OF_WEEK];
    /* periods */
    bool have_periods;
    trygg_period period_a, period_b;
    unsigned area_a[TRYGG_CAT_COUNT], area_b[TRYGG_CAT_COUNT];
    double area_trend_p[TRYGG_CAT_COUNT];
    double kde_s, gistar_s, merge_s;             /* wall time of the kernel densities, of Gi* (neighbours, z, p,
                                                    classes; all categories) and of merging hot cells */
    double kde_cpu_s, gistar_cpu_s, merge_cpu_s; /* their CPU time (all threads) */
    bool gi_p_shared_draws;                      /* some category's exact p-values fell back to shared draws */
    GEOSContextHandle_t geos;                    /* handle the hotspot geometries belong to (borrowed) */
} trygg_hotspot_result;

/* Mean scores of the places of each cell (after the score stage). */
void trygg_hotspots_cell_scores(trygg_hotspot_result *r, const trygg_places *places);

void trygg_hotspots_fini(trygg_hotspot_result *r);

#endif
