/*
 * What the lägesbild reads from an output GeoPackage besides the summary's figures
 * (src/pipeline/lagesbild_data.c): the Poisson models' relative risks, lighting and natural
 * surveillance over all places, the follow-up layers, and the sources with their limits,
 * among them the lamp register's coverage of the streets.
 */
#ifndef TRYGG_PIPELINE_LAGESBILD_DATA_H
#define TRYGG_PIPELINE_LAGESBILD_DATA_H

#include <stddef.h>

#include "trygg/report.h"

typedef struct trygg__lagesbild_data trygg__lagesbild_data;

/* Read the output at gpkg_path; *out holds the figures (x->extra) until trygg__lagesbild_free.
 * TRYGG_E_SCHEMA or TRYGG_E_READ naming the file when it cannot be read. */
trygg_status trygg__lagesbild_read(trygg_ctx *ctx, const char *gpkg_path, trygg__lagesbild_data **out);
const trygg_lagesbild_extra *trygg__lagesbild_extra(const trygg__lagesbild_data *x);
void trygg__lagesbild_free(trygg__lagesbild_data *x);
/* The comparison with the previous edition (trygg_compare_editions' text, taken) and the
 * previous edition's file name (copied), for the follow-up section. */
void trygg__lagesbild_take_previous(trygg__lagesbild_data *x, const char *path, char *text);

#endif
