/*
 * The population layer ([population] source, src/io/read_population.c): areas with their
 * residents, of all ages and aged 65 or older, for the rates of the focus areas
 * (pipeline/focus.h).
 *
 * Ownership: trygg_population_fini frees the areas read.
 */
#ifndef TRYGG_IO_POPULATION_H
#define TRYGG_IO_POPULATION_H

#include <stddef.h>

#include "trygg/config.h"
#include "trygg/trygg.h"

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

#endif
