/*
 * The figures of a merged output (trygg merge) per part, read with SQL aggregates: what the
 * overview of all parts shows. Memory follows the number of parts and of map squares, never
 * the number of features, so a country's merged output is summarised as readily as a town's.
 */
#ifndef TRYGG_IO_PARTS_SUMMARY_H
#define TRYGG_IO_PARTS_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "trygg/trygg.h"

/* The figures of one part, or of all (name NULL), read by src/io/parts_summary.c with SQL
 * aggregates: memory follows the parts and the map's squares, never the features. */
typedef struct {
    char *name;
    size_t places;
    double street_km;
    double safety_mean;  /* mean safety index of its scored places; NAN when none is scored */
    size_t scored;       /* its places with a safety index */
    size_t incidents;    /* reports of every period in the part's output */
    size_t hotspots;
    double dark_km;
    size_t measures, measures_p1;
    double x, y;         /* where its name goes on the map: the mean centre of its places */
} trygg_part_figures;

/* A square of the overview map: its lower left corner and the mean safety index of the scored
 * places whose box centre lies in it. */
typedef struct {
    double x, y, safety_mean;
    size_t places;
} trygg_part_cell;

typedef struct {
    trygg_part_figures *parts; /* in the order of the merge */
    size_t nparts;
    trygg_part_figures total;  /* name NULL; x, y unused */
    trygg_part_cell *cells;
    size_t ncells;
    double cell_m;             /* side of the squares (a round length, about 1/50 of the extent) */
    double extent[4];          /* of the places: minx, miny, maxx, maxy; empty when there are none */
    bool synthetic;            /* a part's incidents are synthetic (run_info) */
    char *study_area;          /* the first part's [study_area] name; may be NULL */
    char *run_at;              /* the latest run_at of the parts (the document's date); may be NULL */
} trygg_parts_summary;

/* Read the figures of the merged GeoPackage at path (every table optional but run_info). */
trygg_status trygg_parts_summary_read(trygg_ctx *ctx, const char *path, trygg_parts_summary *out);
void trygg_parts_summary_fini(trygg_parts_summary *s);

#endif
