/*
 * An area's report as a PDF (src/report/area_document.c). Library-internal.
 */
#ifndef TRYGG_REPORT_AREA_DOCUMENT_H
#define TRYGG_REPORT_AREA_DOCUMENT_H

#include <geos_c.h>

#include "report/report_model.h"
#include "report/area_figures.h"

/* Write the report of the area `name` (area_id; polygon g; surroundings buffer_m and their zone)
 * with its figures to pdf: a map of the area and its surroundings (incidents of sensitive
 * categories left off it for an owner), the figures and the tables. */
trygg_status trygg__area_document_write(trygg__report_model *m, const char *name, const char *area_id,
                                        const GEOSGeometry *g, double buffer_m, const trygg__area_zone *zone,
                                        trygg__area_figures *fig, const char *pdf);

#endif
