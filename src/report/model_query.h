/*
 * Queries over the output as the reports read it (report/report_model.h), for the area reports and
 * the summary: STRtree filters, points in a prepared polygon, the streets at a geometry and the
 * period of an incident (src/report/model_query.c). Library-internal.
 */
#ifndef TRYGG_REPORT_MODEL_QUERY_H
#define TRYGG_REPORT_MODEL_QUERY_H

#include <stdbool.h>
#include <stdint.h>

#include <geos_c.h>

#include "index/index.h"
#include "report/report_model.h"

/* The envelope of g: xmin, ymin, xmax, ymax. */
void trygg__report_env_of(GEOSContextHandle_t geos, const GEOSGeometry *g, double env[4]);
/* The ids of idx's items whose envelopes meet env into out (emptied first); none without idx. */
void trygg__report_query(const trygg__report_model *m, const trygg_index *idx, const double env[4], trygg_idlist *out);
/* Whether the point x, y meets the prepared geometry pg. */
bool trygg__report_point_in(const trygg__report_model *m, const GEOSPreparedGeometry *pg, double x, double y);
/* The street names of the places meeting g, most places first (ties: first seen), up to two,
 * "A / B"; NULL when none. Allocated in the model's bag. */
const char *trygg__report_streets_at(trygg__report_model *m, const GEOSGeometry *g);
/* 0 when t lies in the earlier period, 1 in the later, -1 in neither or without periods. */
int trygg__report_period_of(const trygg__report_model *m, int64_t t);
/* The street names of the measures', hotspots' and emerging hot spots' places, for the tables;
 * the emerging hot spots' sentences ("At A / B, vandalism: ..."). */
void trygg__report_name_places(trygg__report_model *m);

#endif
