/* Internals of the input readers (src/io/read*.c, osm_tags.c). */
#ifndef TRYGG_IO_READ_INTERNAL_H
#define TRYGG_IO_READ_INTERNAL_H

#include <gdal.h>
#include <ogr_srs_api.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/time.h" /* trygg__civil_valid, trygg__local_to_utc */
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* read_area.c: the transformation from a polygon layer's CRS (or assume_crs when it declares
 * none) to working_crs; *ct stays NULL when they are the same. `what` names the layer in
 * messages, `gdal_msg` is GDAL's last message. Caller destroys *ct. */
/* A feature's (Multi)Polygon in the working CRS (ct: from its layer's CRS; NULL: the same), 2D,
 * made valid, its polygons only: a new GEOS geometry, or NULL when it has none. *buf is a scratch
 * buffer the caller frees. */
GEOSGeometry *trygg__feature_polygons(GEOSContextHandle_t h, GEOSWKBReader *reader, OGRFeatureH f,
                                      OGRCoordinateTransformationH ct, unsigned char **buf);

/* Open spec ("SRC[:LAYER]") read-only and find its layer (the one named, else the first): *ds,
 * *lyr, and *source the data source part (caller frees; set even on failure). `what` names the
 * input in messages ("[survey] source"); msg is the GDAL error buffer of the caller's
 * trygg__gdal_errors_push. TRYGG_E_OPEN naming both when either is missing. */
trygg_status trygg__open_area_layer(trygg_ctx *ctx, const char *what, const char *spec, const char *msg,
                                    GDALDatasetH *ds, OGRLayerH *lyr, char **source);

trygg_status trygg__area_transform(trygg_ctx *ctx, OGRLayerH lyr, const char *assume_crs, const char *working_crs,
                                   const char *what, const char *gdal_msg, OGRCoordinateTransformationH *ct);

/* osm_tags.c */
/* Value of `key` in an OSM hstore string ("lit"=>"yes","name"=>"x"), unescaped into buf.
 * False when the key is absent. */
bool trygg__hstore_get(const char *hstore, const char *key, char *buf, size_t size);
/* TRYGG_LIT_* of a lit tag or lighting field value (yes/no/24/7/1/0/ja/nej/true/false...). */
int trygg__lit_from_text(const char *v);
/* TRYGG_ATTACH_* of an OSM way from its hstore tags (footway=sidewalk, footway=crossing, ...). */
int trygg__osm_attach_from_tags(const char *hstore);
/* The OGR attribute filter selecting OSM highway ways people walk or drive on. */
extern const char *const trygg__osm_street_filter;
/* True for a value that means "yes" in a `synthetic` field. */
bool trygg__truthy(const char *v);

/* read_common.c: one opened input layer. */
typedef enum {
    TRYGG__ROLE_STREETS,
    TRYGG__ROLE_LAMPS,
    TRYGG__ROLE_INCIDENTS,
    TRYGG__ROLE_BUILDINGS, /* read_surroundings.c */
    TRYGG__ROLE_POIS
} trygg__role;

typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    const trygg_layer_config *lc;
    trygg__role role;
    const char *role_name;
    trygg_input_report *report;
    const char *working_crs;

    char *source;     /* data source as opened */
    GDALDatasetH ds;
    OGRLayerH layer;
    const char *layer_name; /* borrowed from the layer */
    bool is_csv, is_osm;
    bool csv_lonlat_names;
    bool osm_poi_areas; /* points of interest: the OSM driver also delivers multipolygons */

    OGRSpatialReferenceH src_srs, dst_srs; /* owned */
    OGRCoordinateTransformationH ct;
    bool src_geographic;

    bool warned_text;
    char gdal_msg[1024];
} trygg__reader;

/* Open the layer of `lc` for `role`: split the source, open it, choose the layer, apply the
 * filter, and start the report. On failure the reader is still closed with reader_close. */
trygg_status trygg__reader_open(trygg__reader *rd, trygg_ctx *ctx, const trygg_config *cfg, trygg__role role,
                                const char *working_crs, trygg_input_report *report);
void trygg__reader_close(trygg__reader *rd);

/* Next feature (caller destroys with OGR_F_Destroy), NULL at the end. */
OGRFeatureH trygg__reader_next(trygg__reader *rd);

/* "feature 17", "line 18" (CSV: fid + 1, the header being line 1), "way 123" or "node 123". */
void trygg__reader_where(const trygg__reader *rd, int64_t fid, char *buf, size_t size);

/* Index of the field for `configured` (must exist) or the first of the usual `names`
 * (case-insensitive); -1 when none. TRYGG_E_SCHEMA when a configured field is missing. */
trygg_status trygg__reader_field(trygg__reader *rd, const char *configured, const char *what,
                                 const char *const *names, int *idx);

/* Decide the source CRS (the layer's, the configured one, lon/lat CSV columns or the assumed
 * one), check for swapped latitude/longitude over the n source points xy, and prepare the
 * transformation to the working CRS. */
trygg_status trygg__reader_setup_crs(trygg__reader *rd, const double *xy, size_t n);

/* Check and transform n source points in place; rejects are counted in the report with the
 * example taken from fids[i]. bad[i] is set for rejected points. For lines the caller checks
 * per street instead: see trygg__reader_check_point. */
void trygg__reader_transform_points(trygg__reader *rd, double *xy, size_t n, const int64_t *fids,
                                    unsigned char *bad);

/* Reason a source point is unusable before transformation, NULL when it is fine. */
const char *trygg__reader_source_point_problem(const trygg__reader *rd, double x, double y);

/* Text of a string field as valid UTF-8 (repairing as Latin-1 and warning once), newly
 * allocated; NULL for an unset or empty field. */
char *trygg__reader_text(trygg__reader *rd, OGRFeatureH f, int idx, int64_t fid);

#endif
