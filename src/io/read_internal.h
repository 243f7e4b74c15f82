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
#include "core/internal.h"
#include "trygg/trygg.h"


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

/* ---- The read driver: one loop for every vector input (read_common.c opens, read_layer.c reads).
 *
 * A reader is a descriptor (trygg__read_kind: the kind's name for messages, the geometry it
 * wants, its fields) and a callback. The driver opens the source and its layer, applies the
 * attribute filter and the partition clip, finds the fields, sets up the reprojection to the
 * working CRS, reads the features, rejects what cannot be used (counted, with the file, the
 * feature and the reason) and hands every accepted feature to the callback: its geometry in the
 * working CRS and the OGR feature for its attributes. GDAL's error text goes into one buffer per
 * read, rd->gdal_msg, from trygg__reader_begin to trygg__reader_close. ---- */

typedef enum {
    TRYGG__ROLE_STREETS,
    TRYGG__ROLE_LAMPS,
    TRYGG__ROLE_INCIDENTS,
    TRYGG__ROLE_BUILDINGS,
    TRYGG__ROLE_POIS
} trygg__role;

typedef enum {
    TRYGG__GEOM_POINTS,    /* Point or MultiPoint: the feature's points */
    TRYGG__GEOM_LINES,     /* LineString or MultiLineString (curves made linear): one part at a time */
    TRYGG__GEOM_POLYGONS,  /* Polygon or MultiPolygon (curves made linear): one polygon's rings at a time */
    TRYGG__GEOM_CENTROIDS, /* a Point, or an area's or a MultiPoint's centroid (points of interest) */
    TRYGG__GEOM_AREAS,     /* area layers: the feature's Polygon or MultiPolygon, transformed by OGR, 2D */
    TRYGG__GEOM_AREA_POLYGONS, /* the same made valid, its polygons only (GEOS); without any: skipped */
    TRYGG__GEOM_STORED,    /* a trygg output: the geometry as stored (already in the working CRS), or none */
} trygg__geom_kind;

/* A field the kind reads: the configured name, else the first of the usual names the layer
 * has (case-insensitive). */
typedef enum {
    TRYGG__FIELD_IF_CONFIGURED, /* a configured name must exist; the usual names are optional */
    TRYGG__FIELD_REQUIRED,      /* must be found */
    TRYGG__FIELD_OPTIONAL,      /* -1 when absent, configured or not */
} trygg__field_need;

typedef struct {
    const char *configured;
    const char *option; /* the configured name's option, for messages ("name_field") */
    const char *const *usual;
    trygg__field_need need;
    size_t input; /* inputs: offsetof the configured name in trygg_layer_config, instead of `configured`
                   * (0, the source's place, is no field name: none) */
} trygg__field;

/* What the callback gets besides the OGR feature. */
typedef struct {
    int64_t gfid;               /* GDAL's feature id */
    const double *xy;           /* POINTS, CENTROIDS: the feature's usable points; LINES: one part's
                                 * vertices (consecutive repeats dropped); POLYGONS: one polygon's
                                 * vertices, ring after ring, each ring closed. In the working CRS. */
    size_t n;                   /* points or vertices */
    const size_t *ring_end;     /* POLYGONS: the end of each ring in xy (vertex index) */
    size_t nrings;
    OGRGeometryH ogr;           /* AREAS, STORED: the geometry; NULL when it has no usable one */
    const GEOSGeometry *poly;   /* AREA_POLYGONS: the (Multi)Polygon (trygg__reader_wkb) */
    int tag;                    /* what kind->wanted said of the feature */
} trygg__geom;

typedef struct trygg__reader trygg__reader;

typedef struct {
    const char *name;           /* messages: the input ("[population] source") */
    trygg__role role;           /* inputs of [streets] ... [pois] */
    trygg__geom_kind geom;
    const char *want;           /* the geometry types in messages (a msgid: "Point or MultiPoint") */
    bool ids;                   /* the id_field and `synthetic` fields of an input (trygg__reader_fid) */
    bool first_problem;         /* a layer with nothing usable names its first problem, not every reason */
    bool geometry_optional;     /* AREAS: features without a usable polygon are handed over too (NULL) */
    bool spec_in_messages;      /* AREAS, AREA_POLYGONS: the CRS messages name the spec as given, not the
                                 * data source */
    const trygg__field *fields; /* found before the loop into rd->field[] */
    size_t nfields;
    /* All optional but `feature`. begin: after the fields are found, before the loop. wanted:
     * false for a feature that is not of this kind at all (not counted as read); it may set a tag
     * for the callback (trygg__geom.tag). feature: one accepted feature (or part: LINES,
     * POLYGONS); it may reject it (trygg__reader_reject) or count it skipped (rd->skipped), and
     * counts what it keeps in rd->kept. end: after the last feature. missing: the message for
     * required field k, when the layer lacks it.
     * Inputs of [streets] ... [pois] (trygg__read_input): the driver allocates the kind's state,
     * `size` bytes, zeroed, which starts with the result (the type of *out, result_size bytes): on
     * success it is swapped with *out. fini frees what the state holds, leaving it empty and
     * usable: at the end, and to forget every feature handed over when the layer is read again in
     * another CRS. */
    trygg_status (*begin)(trygg__reader *rd, void *user);
    bool (*wanted)(trygg__reader *rd, OGRFeatureH f, int *tag, void *user);
    void (*feature)(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user);
    trygg_status (*end)(trygg__reader *rd, void *user);
    size_t size, result_size;
    void (*fini)(void *user);
    trygg_status (*missing)(trygg__reader *rd, size_t k, void *user);
} trygg__read_kind;

struct trygg__read_state; /* the driver's bookkeeping during a read (read_layer.c) */

struct trygg__reader {
    trygg_ctx *ctx;
    /* an input of [streets] ... [pois] (trygg__reader_open) */
    const trygg_config *cfg;
    const trygg_layer_config *lc;
    trygg__role role;
    const char *role_name;
    trygg_input_report *report; /* NULL for area layers and outputs */
    /* an area layer (trygg__reader_open_area) */
    const char *spec;       /* SRC[:LAYER] as given */
    const char *assume_crs; /* for a layer without a CRS */
    const char *working_crs;

    char *source; /* data source as opened */
    GDALDatasetH ds;
    OGRLayerH layer;
    const char *layer_name; /* borrowed from the layer */
    OGRLayerH also;         /* OSM: a second layer read along (the points of interest's areas) */
    OGRLayerH from;         /* the layer of the feature being handed over */
    bool is_csv, is_osm;
    bool csv_lonlat_names;
    bool osm_poi_areas; /* points of interest: the OSM driver also delivers multipolygons */

    OGRSpatialReferenceH src_srs, dst_srs; /* owned */
    OGRCoordinateTransformationH ct;
    bool src_geographic;

    int *field; /* the kind's fields, in its order; -1: absent */
    int id_idx, synthetic_idx;
    size_t kept;    /* what the callbacks kept (the input report's `kept`) */
    size_t skipped; /* area layers: features without a usable polygon */

    bool warned_text;
    char gdal_msg[1024];
    struct trygg__read_state *state;
};

/* Start a reader: GDAL initialised once (trygg__gdal_init), its errors kept in rd->gdal_msg
 * until trygg__reader_close. The open functions start it themselves. */
void trygg__reader_begin(trygg__reader *rd, trygg_ctx *ctx);
void trygg__reader_close(trygg__reader *rd);

/* Open the layer of [streets] ... [pois] for `role`: split the source, open it, choose the
 * layer, apply the filter and the clip, and start the report. On failure the reader is still
 * closed with trygg__reader_close. */
trygg_status trygg__reader_open(trygg__reader *rd, trygg_ctx *ctx, const trygg_config *cfg, trygg__role role,
                                const char *working_crs, trygg_input_report *report);

/* Open an area layer spec ("SRC[:LAYER]") read-only: the layer named, else the first. `what`
 * names the input in messages ("[survey] source"). TRYGG_E_OPEN naming both when either is
 * missing. rd->source is set even on failure. */
trygg_status trygg__reader_open_area(trygg__reader *rd, trygg_ctx *ctx, const char *what, const char *spec,
                                     const char *assume_crs, const char *working_crs);

/* Open a trygg output GeoPackage read-only; false when it does not open (rd->gdal_msg says why;
 * the caller's message). Its layers are read with trygg__reader_use_layer and trygg__read_features. */
bool trygg__reader_open_output(trygg__reader *rd, trygg_ctx *ctx, const char *path);
/* Read the layer `name` of the output next; false when it has none. */
bool trygg__reader_use_layer(trygg__reader *rd, const char *name);

/* The driver (read_layer.c): the opened layer's features through `kind`. Inputs of [streets] ...
 * [pois] fail when nothing is usable; area layers and outputs leave that to kind->end. */
trygg_status trygg__read_features(trygg__reader *rd, const trygg__read_kind *kind, void *user);

/* Open, read and close: an input of [streets] ... [pois] into *out (untouched on failure), an
 * area layer. */
trygg_status trygg__read_input(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                               trygg_input_report *report, const trygg__read_kind *kind, void *out);
trygg_status trygg__read_area(trygg_ctx *ctx, const char *what, const char *spec, const char *assume_crs,
                              const char *working_crs, const trygg__read_kind *kind, void *user);

/* For callbacks. The source's own id when it has an integer id field (kind->ids), else GDAL's. */
int64_t trygg__reader_fid(const trygg__reader *rd, OGRFeatureH f);

/* Count a rejected feature of an input under `reason`, with its place as the example. */
void trygg__reader_reject(trygg__reader *rd, const char *reason, int64_t gfid);
void trygg__reader_reject_ex(trygg__reader *rd, const char *reason, const char *example_fmt, ...)
    TRYGG__PRINTF(3, 4);

/* "feature 17", "line 18" (CSV: fid + 1, the header being line 1), "way 123" or "node 123". */
void trygg__reader_where(const trygg__reader *rd, int64_t fid, char *buf, size_t size);

/* Index of the field for `configured` (must exist) or the first of the usual `names`
 * (case-insensitive); -1 when none. TRYGG_E_SCHEMA when a configured field is missing. */
trygg_status trygg__reader_field(trygg__reader *rd, const char *configured, const char *what,
                                 const char *const *names, int *idx);

/* Index of `configured`, else of the first of `names` the layer has (case-insensitive); -1. */
int trygg__layer_field(OGRLayerH layer, const char *configured, const char *const *names);

/* Text of a string field as valid UTF-8 (repairing as Latin-1 and warning once), newly
 * allocated; NULL for an unset or empty field. */
char *trygg__reader_text(trygg__reader *rd, OGRFeatureH f, int idx, int64_t fid);

/* Coordinates beyond this magnitude (metres, feet or degrees) are never real. */
#define TRYGG__ABSURD_COORD 1e8

/* Reason a source point is unusable before transformation, NULL when it is fine. */
const char *trygg__reader_source_point_problem(const trygg__reader *rd, double x, double y);

/* An area's polygons as ISO WKB (malloc'd): TRYGG__GEOM_AREA_POLYGONS. */
unsigned char *trygg__reader_wkb(trygg__reader *rd, const GEOSGeometry *poly, size_t *size);

/* An area's name: the text of field idx, else "area <fid>". Newly allocated. */
char *trygg__area_name(OGRFeatureH f, int idx, int64_t gfid);

/* The polygons of area layers (read_area.c, for the driver): a feature's (Multi)Polygon, already in
 * the working CRS and 2D, made valid, its polygons only: a new GEOS geometry, or NULL when it has
 * none; and such a geometry as ISO WKB (malloc'd). */
typedef struct {
    GEOSContextHandle_t geos;
    GEOSWKBReader *reader;
    GEOSWKBWriter *writer;
    unsigned char *buf;
} trygg__polygons;

void trygg__polygons_init(trygg__polygons *p, GEOSContextHandle_t geos);
void trygg__polygons_fini(trygg__polygons *p);
GEOSGeometry *trygg__feature_polygons(trygg__polygons *p, OGRGeometryH g);
unsigned char *trygg__polygons_wkb(trygg__polygons *p, const GEOSGeometry *poly, size_t *size);

#endif
