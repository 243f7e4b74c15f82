/*
 * The focus areas of violence in close relationships (brott i nära relation) and of crimes
 * against older people (brott mot äldre): incidents of the sensitive categories are counted by
 * area only (never as points, places or cells), as rates per 1 000 residents where a population
 * layer gives the residents, and compared with the municipality's rate (docs/NOTES.md "Focus
 * areas and privacy").
 *
 * The population layer is read by io (io/population.h), the rates are score's
 * (score/focus_rates.h); the stage here counts and writes.
 *
 * Ownership: trygg_population_fini frees the areas read; trygg_focus_result_fini the result.
 */
#ifndef TRYGG_PIPELINE_FOCUS_H
#define TRYGG_PIPELINE_FOCUS_H

#include <stdbool.h>
#include <stddef.h>

#include "io/io.h"
#include "io/population.h"
#include "pipeline/hotspots.h"
#include "pipeline/reports.h"
#include "score/focus_rates.h"
#include "trygg/config.h"
#include "trygg/data.h"

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

/* The layer `focus_areas`, into the batch (written, with its schema, even without areas); r is
 * borrowed until it is written. */
void trygg_focus_write(const trygg_focus_result *r, trygg_layer_batch *b);

/* The layer `sensitive_incidents` ([privacy] internal = full), into the batch: the sensitive
 * incidents as points, outside every analysis, for the municipality and the police only. */
void trygg_focus_write_sensitive(const trygg_incidents *sensitive, trygg_layer_batch *b);

#endif
