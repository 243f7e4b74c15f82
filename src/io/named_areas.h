/*
 * Named area polygons (src/io/read_named_areas.c): the areas of the area reports ([reports]
 * areas), of the survey ([survey] areas), of the focus areas and of the promises, read with
 * their names in the working CRS.
 *
 * Ownership: trygg_named_areas_fini frees the areas read.
 */
#ifndef TRYGG_IO_NAMED_AREAS_H
#define TRYGG_IO_NAMED_AREAS_H

#include <stddef.h>

#include "trygg/trygg.h"

typedef struct {
    char *name;         /* the name field's value; "area FID" when empty */
    char *area_id;      /* area_id or id field, else the feature id */
    double buffer_m;    /* the feature's buffer_m field; NAN when it has none */
    unsigned char *wkb; /* ISO WKB (Multi)Polygon in the working CRS, made valid */
    size_t wkb_size;
} trygg_named_area;

typedef struct {
    trygg_named_area *v;
    size_t n;
    char *name_field; /* the field the names came from */
} trygg_named_areas;

void trygg_named_areas_fini(trygg_named_areas *a);

/* Read every polygon feature of spec ("SRC[:LAYER]") with its name from name_field (NULL: the
 * first of name, namn, fastighet, beteckning, case-insensitively), reprojected to working_crs
 * (assume_crs is used for a layer without a CRS; may be NULL). Features without a polygon are
 * skipped with a warning. TRYGG_E_OPEN naming spec when it cannot be opened or has no such
 * layer; TRYGG_E_CONFIG naming the field when name_field is missing or no name field is
 * recognised; TRYGG_E_EMPTY when no feature has a polygon. In a part of a partitioned run
 * (include/trygg/partition.h) the areas of other parts are left out (by their representative
 * point), and none left is no error: out is then empty. On failure out is untouched. */
trygg_status trygg_io_read_named_areas(trygg_ctx *ctx, const char *spec, const char *name_field,
                                       const char *working_crs, const char *assume_crs, trygg_named_areas *out);

#endif
