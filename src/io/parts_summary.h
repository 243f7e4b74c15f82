/*
 * The figures of a merged output (trygg merge) per part, read with SQL aggregates: what the
 * overview of all parts shows. Memory follows the number of parts and of map squares, never
 * the number of features, so a country's merged output is summarised as readily as a town's.
 */
#ifndef TRYGG_IO_PARTS_SUMMARY_H
#define TRYGG_IO_PARTS_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "report/report.h"
#include "trygg/trygg.h"

/* Read the figures of the merged GeoPackage at path (every table optional but run_info); the
 * types are the overview's, in src/report/report.h. */
trygg_status trygg_parts_summary_read(trygg_ctx *ctx, const char *path, trygg_parts_summary *out);
void trygg_parts_summary_fini(trygg_parts_summary *s);

#endif
