/*
 * Geometry: CRS handling, polyline measures, and splitting streets into places.
 * Pure functions over coordinate arrays except where a GEOS handle or context is passed.
 */
#ifndef TRYGG_GEOM_H
#define TRYGG_GEOM_H

#include <ogr_srs_api.h>
#include <stdbool.h>
#include <stddef.h>

#include "trygg/data.h"
#include "trygg/trygg.h"

/* A spatial reference from user text ("EPSG:3006", "3006", WKT, PROJ string), with
 * traditional GIS axis order. NULL with a message when it cannot be understood. Caller frees
 * with OSRDestroySpatialReference. */
OGRSpatialReferenceH trygg_geom_srs_from_user(trygg_ctx *ctx, const char *text);

/* Transform n points (interleaved x,y, in place) from src to dst. Points that do not
 * transform become NAN. TRYGG_E_CRS when no transformation exists at all. */
trygg_status trygg_geom_transform_points(trygg_ctx *ctx, OGRSpatialReferenceH src, OGRSpatialReferenceH dst,
                                         double *xy, size_t n);

/* Length of a polyline. */
double trygg_geom_polyline_length(const double *xy, size_t nv);

/* Bounding box of a polyline: minx, miny, maxx, maxy. */
void trygg_geom_polyline_envelope(const double *xy, size_t nv, double env[4]);

/* Distance from (px,py) to a polyline; *along (may be NULL) gets the distance along the line
 * of the closest point. */
double trygg_geom_point_polyline_distance(double px, double py, const double *xy, size_t nv, double *along);

/* The point at distance s along the polyline (clamped to its ends). */
void trygg_geom_point_at(const double *xy, size_t nv, double s, double *x, double *y);

/* The sub-polyline between distances s0 < s1 along the line, as a new array (caller frees)
 * of *nv_out vertices. */
double *trygg_geom_substring(const double *xy, size_t nv, double s0, double s1, size_t *nv_out);

/* Node the street network and split it into places: each street is cut where another street
 * crosses or touches it (at a vertex or in a segment's interior), then every piece longer than
 * max_len_m into equal parts no longer than max_len_m. The pieces of a street add up to its
 * length. Places are ordered by street, then along the street, and appended to `out` (owned by
 * the caller's vector; untouched on failure). Uses a STRtree over street segments. */
trygg_status trygg_geom_split_streets(trygg_ctx *ctx, const trygg_streets *streets, double max_len_m,
                                      trygg_places *out);

/* How input lines become places ([places] in the config). */
typedef struct {
    double segment_max_m; /* longest place */
    double min_place_m;   /* shortest place, unless its whole street is shorter */
    double attach_m;      /* a sidewalk or crossing this close to another line belongs to it */
} trygg_place_rules;

/* What trygg_geom_build_places did, for run_info. */
typedef struct {
    size_t input_lines;    /* lines read */
    size_t attached_lines; /* sidewalks and crossings attached to a road */
    double attached_m;     /* their length */
    size_t sidewalks_kept; /* sidewalks and crossings with no line near: kept as lines of their own */
    size_t chains;         /* stretches between intersections before the short ones were merged */
    size_t short_merged;   /* short stretches merged into a neighbour of the same street */
    size_t stubs_attached; /* unnamed stretches still shorter than min_place_m, attached to a place */
    double stubs_attached_m;
    size_t streets, places;
    size_t places_short;     /* places shorter than min_place_m (their whole street is) */
    size_t places_under_10m;
} trygg_network_stats;

/* Places between real intersections (src/geom/network.c, docs/NOTES.md "Places"): sidewalks
 * and crossings attached to their road, the other lines noded, joined across nodes where they
 * continue each other, short stretches merged into their street, then cut into equal parts of
 * at most segment_max_m. `streets_out` receives one street per joined stretch (what the
 * places' `street` index refers to), `places_out` the places in street order; both replace
 * what the vectors held. On failure neither is touched. */
trygg_status trygg_geom_build_places(trygg_ctx *ctx, const trygg_streets *in, const trygg_place_rules *rules,
                                     trygg_streets *streets_out, trygg_places *places_out,
                                     trygg_network_stats *stats);

#endif
