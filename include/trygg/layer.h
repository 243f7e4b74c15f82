/*
 * The fields and values of an output layer, and a small layer held as a table of values (the
 * area reports): written to the GeoPackage through the writer's layer descriptor
 * (trygg_layer_desc in src/io/io.h, src/io/gpkg_write.c).
 */
#ifndef TRYGG_LAYER_H
#define TRYGG_LAYER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* INT is a 64-bit integer (SQLite INTEGER), INT32 one of 32 bits (MEDIUMINT, GDAL's OFTInteger),
 * DATETIME seconds since the epoch in .i, written as YYYY-MM-DDTHH:MM:SS.000Z (UTC). */
typedef enum { TRYGG_FIELD_INT, TRYGG_FIELD_REAL, TRYGG_FIELD_TEXT, TRYGG_FIELD_INT32, TRYGG_FIELD_DATETIME } trygg_field_type;

typedef struct {
    const char *name;
    trygg_field_type type;
} trygg_field_def;

typedef struct {
    bool null;
    int64_t i;
    double r;
    const char *s;
} trygg_value;

/* A small layer held as values (the area reports), written with trygg_io_gpkg_add_table. */
typedef struct {
    const char *name;
    const char *description;
    int geometry;                     /* OGRwkbGeometryType: wkbMultiPolygon, wkbPoint, ... or wkbNone */
    const trygg_field_def *fields;
    size_t nfields;
    size_t nrows;
    const trygg_value *values;        /* nrows x nfields, row by row */
    const unsigned char *const *wkb;  /* per row, ISO WKB in the working CRS; NULL entries: no geometry */
    const size_t *wkb_size;
} trygg_layer_data;

#endif
