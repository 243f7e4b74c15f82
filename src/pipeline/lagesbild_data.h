/*
 * What the lägesbild reads from an output GeoPackage besides the summary's figures
 * (src/pipeline/lagesbild_data.c): the Poisson models' relative risks, lighting and natural
 * surveillance over all places, the follow-up layers, and the sources with their limits,
 * among them the lamp register's coverage of the streets.
 */
#ifndef TRYGG_PIPELINE_LAGESBILD_DATA_H
#define TRYGG_PIPELINE_LAGESBILD_DATA_H

#include <stddef.h>

#include <geos_c.h>

#include "trygg/index.h"
#include "trygg/report.h"

typedef struct trygg__lagesbild_data trygg__lagesbild_data;

/* Read the output at gpkg_path; *out holds the figures (x->extra) until trygg__lagesbild_free.
 * TRYGG_E_SCHEMA or TRYGG_E_READ naming the file when it cannot be read. */
trygg_status trygg__lagesbild_read(trygg_ctx *ctx, const char *gpkg_path, trygg__lagesbild_data **out);
const trygg_lagesbild_extra *trygg__lagesbild_extra(const trygg__lagesbild_data *x);
void trygg__lagesbild_free(trygg__lagesbild_data *x);

/* Length of the polyline xy (nv vertices) within r of any of the points in pts (npts
 * interleaved x,y), exactly: per edge, the parameter interval inside each circle, united.
 * idx indexes pts (trygg_index_new_points); NULL checks every point. */
double trygg__length_within(const double *xy, size_t nv, const double *pts, size_t npts, const trygg_index *idx,
                            GEOSContextHandle_t geos, double r);

/* The date of an OpenStreetMap PBF extract (its header's replication timestamp) as YYYY-MM-DD;
 * NULL when it has none or is not a readable PBF. Caller frees. */
char *trygg__osm_pbf_date(const char *path);

#endif
