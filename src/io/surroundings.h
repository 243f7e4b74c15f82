/*
 * The readers of the surroundings (src/io/read_surroundings.c, DESIGN.md section 5): the
 * buildings and points-of-interest layers, and the kinds of points of interest from OSM-style
 * tags. The measures over them are score's (score/surroundings.h).
 *
 * Ownership: output vectors belong to the caller and are freed with their _fini functions
 * (data.h).
 */
#ifndef TRYGG_IO_SURROUNDINGS_H
#define TRYGG_IO_SURROUNDINGS_H

#include <stdbool.h>

#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* Read building polygons (Polygon/MultiPolygon; OSM: the `multipolygons` layer with building
 * set and not "no"). Each polygon part becomes one trygg_building. Invalid polygons are made
 * valid with GEOS MakeValid when the repair keeps a polygon of positive area (counted in
 * out->repaired); otherwise they are rejected and counted in the report. */
trygg_status trygg_io_read_buildings(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_buildings *out, trygg_input_report *report);

/* Read points of interest (points; polygons count at their centroid). The kind comes from
 * cfg->pois.field_kind, else from OSM-style fields or tags (amenity, shop, leisure, highway,
 * railway, public_transport; OSM: `points` plus amenity/shop/leisure areas of
 * `multipolygons`). Features of no interest to trygg (an OSM node with no such tag) are
 * skipped without being counted as rejects. */
trygg_status trygg_io_read_pois(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                trygg_pois *out, trygg_input_report *report);

/* Kind of a point of interest from OSM-style tag values (any may be NULL). False when none of
 * them names anything trygg counts. */
bool trygg_poi_kind_from_tags(const char *amenity, const char *shop, const char *leisure, const char *highway,
                              const char *railway, const char *public_transport, trygg_poi_kind *out);

/* Kind from a single value of a kind field: a trygg kind name, or an OSM-style value
 * ("pub", "bus_stop", "kiosk", "playground", ...). False when it is not known. */
bool trygg_poi_kind_from_value(const char *value, trygg_poi_kind *out);

#endif
