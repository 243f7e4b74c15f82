/*
 * The focus areas of violence in close relationships (brott i nära relation) and of crimes
 * against older people (brott mot äldre): incidents of the sensitive categories are counted by
 * area only (never as points, places or cells), as rates per 1 000 residents where a population
 * layer gives the residents, and compared with the municipality's rate (docs/NOTES.md "Focus
 * areas and privacy").
 *
 * Ownership: trygg_population_fini frees the areas read; trygg_focus_result_fini the result.
 */
#ifndef TRYGG_PIPELINE_FOCUS_H
#define TRYGG_PIPELINE_FOCUS_H

#include <stdbool.h>
#include <stddef.h>

#include "io/io.h"
#include "pipeline/hotspots.h"
#include "pipeline/reports.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* ---- the population layer (src/io/read_population.c) ---- */

typedef struct {
    char *name;             /* [population] area_field (or a recognised name/code field), else "area FID" */
    double population;      /* residents of all ages; NAN when not given */
    double aged_65;         /* residents aged 65 or older; NAN when not given */
    unsigned char *wkb;     /* ISO WKB (Multi)Polygon in the working CRS, made valid */
    size_t wkb_size;
} trygg_population_area;

typedef struct {
    trygg_population_area *v;
    size_t n;
} trygg_population;

void trygg_population_fini(trygg_population *p);

/* Read cfg->population_source. A configured field the layer lacks is TRYGG_E_CONFIG naming the
 * key and the field; features without a polygon are skipped with a warning. */
trygg_status trygg_io_read_population(trygg_ctx *ctx, const trygg_config *cfg, trygg_population *out);

/* ---- rates (src/score/focus_rates.c) ---- */

/* Byar's approximation to the exact Poisson confidence limits of an observed count (Breslow &
 * Day 1987, Statistical Methods in Cancer Research II, p. 69; Rothman & Boice 1979): with z the
 * normal quantile (1.96 for 95 %),
 *   lower = O (1 - 1/(9 O) - z / (3 sqrt O))^3            (0 when O = 0)
 *   upper = (O + 1) (1 - 1/(9 (O + 1)) + z / (3 sqrt(O + 1)))^3. */
void trygg_poisson_ci_byar(double observed, double z, double *lower, double *upper);

/* One area's figure for one category, compared with the municipality by indirect
 * standardisation: expected = total_count * residents / total_residents, ratio = count /
 * expected (the standardised ratio), low/high its 95 % limits (Byar). `elevated` when the ratio
 * is at least high_ratio and its lower limit is above 1: a tiny population with one or two
 * reports has a wide interval and is not flagged by its rate alone. */
typedef struct {
    long count;
    double per_1000; /* count per 1 000 residents; NAN without residents */
    double ratio, low, high;
    bool elevated;
} trygg_focus_rate;

trygg_focus_rate trygg_focus_rate_of(long count, double residents, long total_count, double total_residents,
                                     double high_ratio);

/* ---- the focus_areas layer (src/pipeline/focus_stage.c) ---- */

typedef struct {
    char *name;
    double population, aged_65;      /* NAN when unknown */
    const unsigned char *wkb;        /* borrowed from the population or the areas read */
    size_t wkb_size;
    trygg_focus_rate violence_close; /* per 1 000 residents */
    trygg_focus_rate fraud_elderly;  /* per 1 000 residents aged 65+ */
    long other_sensitive;            /* reports of the other sensitive categories ([privacy] sensitive) */
} trygg_focus_row;

typedef struct {
    trygg_focus_row *v;
    size_t n;
    char *source;        /* what the areas are: "population" or "report areas", NULL without areas */
    char period[48];     /* "YYYY-MM-DD/YYYY-MM-DD" counted, or "all reports" */
    long total[TRYGG_CAT_ALL_COUNT];   /* sensitive incidents in the period, all areas and outside */
    long outside;        /* sensitive incidents in the period outside every area */
    double total_population, total_aged_65;
    trygg_population population; /* owned */
    trygg_named_areas areas;     /* owned: [reports] areas when there is no population layer */
} trygg_focus_result;

void trygg_focus_result_fini(trygg_focus_result *r);

/* Count the sensitive incidents (those trygg_incidents_split moved out of the analysis) in the
 * population areas ([population] source) or, without one, in [reports] areas; `period` (NULL:
 * every report) limits them to a time span. Rates need residents: without a population layer
 * they stay NULL and no area is elevated. */
trygg_status trygg_focus_compute(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *sensitive,
                                 const trygg_period *period, trygg_focus_result *out);

/* The layer `focus_areas` (written, with its schema, even without areas). */
trygg_status trygg_focus_write(trygg_ctx *ctx, const trygg_focus_result *r, trygg_gpkg_writer *w);

/* The layer `sensitive_incidents` ([privacy] internal = full): the sensitive incidents as points,
 * outside every analysis, for the municipality and the police only. */
trygg_status trygg_focus_write_sensitive(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *sensitive,
                                         trygg_gpkg_writer *w);

#endif
