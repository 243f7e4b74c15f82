/*
 * What the lägesbild reads from an output GeoPackage besides the summary's figures
 * (src/report/lagesbild_read.c): the Poisson models' relative risks, lighting and natural
 * surveillance over all places, the follow-up layers, and the sources with their limits,
 * among them the lamp register's coverage of the streets.
 */
#ifndef TRYGG_IO_LAGESBILD_READ_H
#define TRYGG_IO_LAGESBILD_READ_H

#include <stddef.h>

#include <geos_c.h>

#include "index/index.h"
#include "report/report.h"

typedef struct trygg__lagesbild_data trygg__lagesbild_data;

/* What the caller has already read from the same output (report/report_model.h reads it once
 * for the area reports and the lägesbild): the rows of street_segments with a geometry, in fid
 * order (geometry, lighting class as TRYGG_PCLASS_* or TRYGG_REPORT_LIGHT_NOT_ASSESSED,
 * surveillance_share or NAN), and the lamps (interleaved x, y in fid order) with their index
 * (NULL when there are none). The geometries belong to the GEOS handle of ctx. */
typedef struct {
    size_t nplaces;
    const GEOSGeometry *const *place_geom;
    const int *place_slot;
    const double *place_surveillance;
    bool have_lamps; /* the output has a lamps layer */
    size_t nlamps;
    const double *lamp_xy;
    const trygg_index *lamp_idx;
} trygg__lagesbild_held;

/* Read the output at gpkg_path; *out holds the figures (x->extra) until trygg__lagesbild_free.
 * The places and lamps are taken from `held`, not read again.
 * TRYGG_E_SCHEMA or TRYGG_E_READ naming the file when it cannot be read. */
trygg_status trygg__lagesbild_read(trygg_ctx *ctx, const char *gpkg_path, const trygg__lagesbild_held *held,
                                   trygg__lagesbild_data **out);
/* trygg__lagesbild_read in two steps: what it reads of its own (no places or lamps needed, so it
 * may run beside the reading of the model), then the street figures from `held` (in memory). */
trygg_status trygg__lagesbild_read_own(trygg_ctx *ctx, const char *gpkg_path, trygg__lagesbild_data **out);
void trygg__lagesbild_add_held(trygg_ctx *ctx, trygg__lagesbild_data *d, const trygg__lagesbild_held *held);
const trygg_lagesbild_extra *trygg__lagesbild_extra(const trygg__lagesbild_data *x);
void trygg__lagesbild_free(trygg__lagesbild_data *x);
/* The comparison with the previous edition (trygg_compare_editions' text, taken) and the
 * previous edition's file name (copied), for the follow-up section. */
void trygg__lagesbild_take_previous(trygg__lagesbild_data *x, const char *path, char *text);

#endif
