/*
 * The figures of one area for its report and its row of area_reports (src/report/area_figures.c):
 * the output model (report/report_model.h) joined to the area's zone (its polygon buffered by the
 * surroundings), filter-then-refine with the model's STRtrees and prepared GEOS geometries.
 * Library-internal.
 */
#ifndef TRYGG_REPORT_AREA_FIGURES_H
#define TRYGG_REPORT_AREA_FIGURES_H

#include <stddef.h>

#include <geos_c.h>

#include "report/report_model.h"
#include "report/report.h"

/* The area report's table lists this many least safe places at most. */
#define TRYGG__AREA_LEAST_SAFE 5

/* The area's polygon buffered by buffer_m (a copy of it with none), prepared. */
typedef struct {
    GEOSGeometry *g;
    const GEOSPreparedGeometry *prepared;
} trygg__area_zone;

/* TRYGG_E_GEOM "area 'NAME': buffering by B m failed"; *zone is to be finished either way. */
trygg_status trygg__area_zone_init(trygg__report_model *m, const char *name, const GEOSGeometry *g, double buffer_m,
                                   trygg__area_zone *zone);
void trygg__area_zone_fini(trygg__report_model *m, trygg__area_zone *zone);

typedef struct {
    unsigned n_a[TRYGG_CAT_COUNT], n_b[TRYGG_CAT_COUNT];
    size_t lamps, places, dark;
    double length[TRYGG_REPORT_LIGHT_SLOTS], street_length, dark_length, longest_dark;
    const char *longest_dark_street;
    double mean[4], safety_pct;
    size_t nmeasures;
    size_t measures_done, measures_in_progress;
    const char *survey_area; /* NULL: no survey area overlaps the area */
    int survey_year, survey_previous_year;
    double survey_index, survey_change;
    char *report_file; /* the caller's */
    /* for the PDF: the measures touching the zone, those of them done (with their effect), and
     * the least safe places touching it; the arrays are the figures' (trygg__area_figures_fini) */
    trygg_report_measure *measures, *done;
    trygg_report_place least[TRYGG__AREA_LEAST_SAFE];
    size_t nleast;
} trygg__area_figures;

/* The figures of the area `name` (polygon g, surroundings buffer_m, zone from
 * trygg__area_zone_init) into *fig; a warning when no street touches the zone. */
void trygg__area_figures_compute(trygg__report_model *m, const char *name, const GEOSGeometry *g, double buffer_m,
                                 const trygg__area_zone *zone, trygg__area_figures *fig);
void trygg__area_figures_fini(trygg__area_figures *fig);

#endif
