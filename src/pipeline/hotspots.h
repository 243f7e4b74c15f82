/*
 * Hotspot statistics of a run (DESIGN.md sections 2 "statistics", 4 `grid_cells` and
 * `hotspots`, 5 "Kernel density", "Hotspots", "Evaluation"): the analysis grid over the study
 * area, incidents assigned to cells, counts, quartic kernel density, Getis-Ord Gi* with
 * permutation p-values and FDR, hotspot polygons, temporal profiles by hour of week, the
 * comparison of two periods, and the prospective evaluation of `trygg evaluate`.
 *
 * The pure pieces (periods, peak hours, trend marks, hotspot merging) are public so that they
 * are tested on their own; the statistics themselves are those of trygg/stats.h and
 * trygg/grid.h. Times are seconds since 1970 UTC; "local" follows the [time] rule of the
 * configuration (trygg_io_local_time). An hour of the week is 24 * weekday + hour, local
 * time, weekday 0 = Monday.
 *
 * Ownership: trygg_hotspot_result is filled by trygg_hotspots_compute and released with
 * trygg_hotspots_fini (which accepts a zeroed result); every array and geometry in it is owned.
 */
#ifndef TRYGG_PIPELINE_HOTSPOTS_H
#define TRYGG_PIPELINE_HOTSPOTS_H

#include <geos_c.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "geom/grid.h"
#include "score/stats.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/evaluate.h"
#include "trygg/trygg.h"

#define TRYGG_HOURS_OF_WEEK 168

/* ---- periods ---- */

/* A period [from, to) in seconds since 1970 UTC. */
typedef struct {
    int64_t from, to;
} trygg_period;

/* Parse "YYYY-MM-DD/YYYY-MM-DD": from the first day's local midnight to the end of the last
 * day (the next day's local midnight), both dates included. False when the text is not two
 * valid dates or the second is before the first. */
bool trygg_period_parse(const char *text, double utc_offset_h, bool eu_summer_time, trygg_period *out);

/* The default periods: b is the 12 months up to and including the local day of `latest_utc`
 * (the latest incident), a the 12 months before b. "12 months" is the same day of the month
 * one year earlier (29 February becomes 1 March). */
void trygg_periods_default(int64_t latest_utc, double utc_offset_h, bool eu_summer_time, trygg_period *a,
                           trygg_period *b);

/* "YYYY-MM-DD/YYYY-MM-DD" (last day included) of a period into buf. */
void trygg_period_format(const trygg_period *p, double utc_offset_h, bool eu_summer_time, char *buf, size_t size);

/* Length of a period in days (fractional around summer-time changes). */
double trygg_period_days(const trygg_period *p);

/* ---- hours of the week ---- */

/* Local hour of the week (0..167) of a UTC time; -1 for TRYGG_TIME_UNKNOWN. */
int trygg_hour_of_week(int64_t t_utc, double utc_offset_h, bool eu_summer_time);

/* The busiest hours of the week from counts per hour of week (168 values): the `nwindows`
 * busiest windows of `width_h` consecutive hours (wrapping from Sunday to Monday), chosen
 * greedily without overlap, busiest first (ties: the earlier start from Monday 00:00), windows
 * without incidents left out, as "Fri 22-01, Sat 23-02" (start and end hour, local time).
 * "no incident times" when every count is zero. */
void trygg_peak_hours(const unsigned *hours, int nwindows, int width_h, char *buf, size_t size);

/* ---- trends ---- */

enum { TRYGG_TREND_FALLING = -1, TRYGG_TREND_NONE = 0, TRYGG_TREND_RISING = 1 };

/* Mark a change from na events over ta days to nb over tb days, given its p-value (or
 * q-value): rising / falling when p <= alpha, by the direction of the rates nb/tb vs na/ta;
 * otherwise none. */
int trygg_trend_mark(double na, double nb, double ta, double tb, double p, double alpha);

/* "rising", "falling", "no significant change"; "no reports" when na + nb = 0. Static. */
const char *trygg_trend_name(int mark, double na, double nb);

/* ---- confidence classes ---- */

/* "hot 99 %", "hot 95 %", "hot 90 %", "not significant", "cold 90 %", ... for the classes of
 * trygg_hotspot_class (+3..-3). Static. */
const char *trygg_hotspot_class_name(int cls);

/* ---- hotspots ---- */

typedef struct {
    trygg_category category;
    int confidence;      /* the LOWEST class among its cells: every cell is at least this sure */
    int peak_confidence; /* the highest class among its cells */
    size_t *cells;       /* grid cell indices, ascending (owned) */
    size_t ncells;
    double incidents;       /* incidents of the category in its cells, n */
    double area_m2;         /* a */
    double share_incidents; /* n / N over the whole grid */
    double pai;             /* Chainey, Tompson & Uhlig (2008): (n/N) / (a/A) */
    double street_m;        /* l: street length of the places whose midpoints lie in its cells */
    double pai_length;      /* the same on street length: (n/N) / (l/L) */
    GEOSGeometry *geom;     /* union of its cells (owned; made with the handle given) */
    unsigned hours[TRYGG_HOURS_OF_WEEK]; /* its incidents by local hour of week */
    char peak_hours[96];
    double n_a, n_b, trend_p; /* incidents in period a and b, Poisson comparison p */
    int trend;
} trygg_hotspot;

/* Merge the hot cells of one category into hotspots: cells with hot[i] set that are lattice
 * neighbours (hexagons: the six cells around; squares: the four sharing a side) form one
 * connected group, and each group becomes one hotspot with the union of its cells as geometry
 * (GEOSUnaryUnionPrec_r on a 1 mm grid, so neighbours' shared edges close exactly); a group
 * without any incident (hot only through its neighbours) is left out. cls gives
 * each cell's confidence class, counts the category's incidents per cell; the study area A and
 * the total N are the sums over all cells of the grid. Hotspots are appended to *v (*n of them,
 * *cap allocated) ordered by incidents (descending), then by their lowest cell. hours, peak
 * hours and the trend fields are left zero. TRYGG_E_GEOM when a union fails. */
trygg_status trygg_hotspots_merge(trygg_ctx *ctx, GEOSContextHandle_t geos, const trygg_grid *g,
                                  trygg_category cat, const bool *hot, const int *cls, const double *counts,
                                  trygg_hotspot **v, size_t *n, size_t *cap);

void trygg_hotspot_fini(GEOSContextHandle_t geos, trygg_hotspot *h);

/* ---- the statistics of a run ---- */

typedef struct trygg_hotspot_result {
    trygg_grid *grid;
    size_t ncells;
    double study_area_m2;        /* sum of the cell areas */
    bool analysed[TRYGG_CAT_COUNT]; /* the category has incidents in the grid: KDE and Gi* computed */
    /* per cell and category, [cell * TRYGG_CAT_COUNT + category] */
    unsigned *count;
    double *kde;        /* incidents per km^2 at the cell centroid; NAN when not analysed */
    double *gi_z;       /* Gi* z; NAN when not analysed */
    double *gi_p;       /* the p-value the class rests on: permutation (or normal when permutations = 0) */
    double *gi_q;       /* BH q-value (a copy of gi_p when fdr is off) */
    int *cls;           /* confidence class (trygg_hotspot_classes) */
    unsigned *count_a, *count_b; /* incidents in period a / b */
    double *change;     /* nb - na tb/ta: change in incidents at period b's length */
    double *trend_p;    /* Poisson comparison p-value (BH q when fdr is on) */
    int *trend;         /* TRYGG_TREND_* */
    /* per cell */
    unsigned *n_places;  /* places whose midpoint lies in the cell */
    double *street_m;    /* their length */
    double street_total_m; /* L: the length of all places in the grid */
    double *mean_scores; /* [cell * 4 + k]: vandalism, littering, visibility, safety index; NAN without places */
    /* per incident: cell index + 1, or -1 outside the grid */
    int64_t *incident_cell;
    size_t nincidents;
    size_t incidents_outside;
    trygg_hotspot *hotspots;
    size_t nhotspots, caphotspots;
    /* emerging hot spots (src/pipeline/emerging.c), per [cell * TRYGG_CAT_COUNT + category];
     * NULL when not computed (emerging_note says why) */
    int *emerging;             /* TRYGG_EMERGING_* class, 0 none */
    unsigned *emerging_hot, *emerging_cold; /* significant hot / cold steps */
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
    double kde_s, gistar_s, merge_s; /* wall time of the kernel densities, of Gi* (neighbours, z, p,
                                        classes; all categories) and of merging hot cells */
    double kde_cpu_s, gistar_cpu_s, merge_cpu_s; /* their CPU time (all threads) */
    bool gi_p_shared_draws;         /* some category's exact p-values fell back to shared draws */
    GEOSContextHandle_t geos; /* handle the hotspot geometries belong to (borrowed) */
} trygg_hotspot_result;

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

/* Gi* of the values x over the weights w with the p-values cfg asks for ([hotspots] p_method:
 * exact, permutation with `permutations` draws per cell, 0 meaning normal, or normal): writes
 * w->n z-scores into z and p-values into p. *shared (may be NULL) is set when exact p-values
 * fell back to shared draws. Errors as trygg_gistar. */
trygg_status trygg_hotspots_gistar(trygg_ctx *ctx, const trygg_config *cfg, const trygg_neighbours *w,
                                   const double *x, uint64_t seed, double *z, double *p, bool *shared);

/* Mean scores of the places of each cell (after the score stage). */
void trygg_hotspots_cell_scores(trygg_hotspot_result *r, const trygg_places *places);

/* Area-wide figures for run_info: hotspot counts, periods and the area-wide trend per category. */
void trygg_hotspots_run_info(const trygg_hotspot_result *r, const trygg_config *cfg, trygg_kv *kv);

void trygg_hotspots_fini(trygg_hotspot_result *r);

/* ---- I/O of this feature (src/io) ---- */

/* Read the study-area polygons of `spec` (SRC[:LAYER]) reprojected to `working_crs`, as one
 * valid (Multi)Polygon made with `geos` (caller destroys). A layer without CRS uses
 * cfg->assume_crs. TRYGG_E_OPEN / TRYGG_E_CRS / TRYGG_E_GEOM / TRYGG_E_EMPTY with the source
 * named. */
trygg_status trygg_io_read_area(trygg_ctx *ctx, const trygg_config *cfg, const char *spec, const char *working_crs,
                                GEOSContextHandle_t geos, GEOSGeometry **out);

/* Write the kernel density of vandalism and of littering (one band each, incidents per km^2,
 * quartic kernel of cfg->kde_bandwidth_m) on cfg->raster_cell_m cells over the grid's extent
 * as a GeoTIFF at `path` (written to a temporary name and renamed). */
trygg_status trygg_io_write_kde_geotiff(trygg_ctx *ctx, const trygg_config *cfg, const trygg_hotspot_result *r,
                                        const trygg_incidents *incidents, const char *path);

/* Path of the raster beside a GeoPackage: "out.gpkg" -> "out_kde.tif". Caller frees. */
char *trygg_hotspots_raster_path(const char *gpkg_path);

/* Emerging hot spots of every analysed category (src/pipeline/emerging.c): fills r's emerging_*
 * fields, or only emerging_note when there are fewer than four time steps. */
trygg_status trygg_emerging_compute(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                    trygg_hotspot_result *r);


#endif
