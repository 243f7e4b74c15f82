/*
 * A small layer of an output (measures, patrol areas, area reports): its fields, values and
 * geometries, written to the GeoPackage by src/io/gpkg_write.c.
 */
#ifndef TRYGG_LAYER_H
#define TRYGG_LAYER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { TRYGG_FIELD_INT, TRYGG_FIELD_REAL, TRYGG_FIELD_TEXT } trygg_field_type;

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

/* A small layer computed after the analysis (measures, patrol areas, area reports). */
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
