/*
 * What a report's map draws, gathered from the output model (src/report/map_parts.c): streets
 * by safety index, dark stretches, polygons (hotspots, measures, the area and its buffer),
 * incidents and lamps. Library-internal.
 */
#ifndef TRYGG_REPORT_MAP_PARTS_H
#define TRYGG_REPORT_MAP_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include <geos_c.h>

#include "report/report_model.h"
#include "report/report.h"

typedef struct {
    trygg_report_polygon *v;
    size_t n, cap;
} trygg__poly_vec;

/* The arrays are the parts' (trygg__map_parts_fini); the vertices they point to are the model's. */
typedef struct {
    trygg_report_line *lines;
    size_t nlines;
    trygg_report_line *dark;
    size_t ndark;
    trygg_report_point *points;
    size_t npoints;
    double *lamps;
    size_t nlamps;
    trygg__poly_vec polys;
} trygg__map_parts;

void trygg__map_parts_fini(trygg__map_parts *p);

/* Append the polygons of g (Polygon or MultiPolygon) as report polygons of one kind; their
 * vertices are kept in the model's bag. */
void trygg__map_add_polys(trygg__report_model *m, const GEOSGeometry *g, trygg_report_poly_kind kind, const char *label,
                          trygg__poly_vec *out);

/* Everything of the output inside env, for a map: with points (an area map) incidents and
 * lamps, without (the overview) hotspots instead. Hotspots first, as the renderer draws polygons
 * in order; measures after them. With `zone`, only the measures touching it are drawn: those the
 * area report's table lists, so a marker never points at a row that is not there. */
void trygg__map_parts_collect(trygg__report_model *m, const double env[4], bool with_points,
                              const GEOSPreparedGeometry *zone, trygg__map_parts *p);

#endif
