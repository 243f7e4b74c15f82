/*
 * The area_reports layer (src/report/area_layer.c): DESIGN.md section 4's fields first (area_id,
 * name), then each area's figures (report/area_figures.h), report_file last. Library-internal.
 */
#ifndef TRYGG_REPORT_AREA_LAYER_H
#define TRYGG_REPORT_AREA_LAYER_H

#include <stddef.h>

#include "io/io.h"
#include "report/report_model.h"
#include "report/area_figures.h"

/* The layer's fields, values and geometries; the strings in mem. */
typedef struct {
    trygg__bag mem;
    trygg_field_def *fields;
    size_t nfields;
    trygg_value *values;
    unsigned char **wkb;
    size_t *wkb_size;
} trygg__area_layer;

/* The fields, and room for nrows rows. Free with trygg__area_layer_free (accepts NULL). */
trygg__area_layer *trygg__area_layer_new(size_t nrows);
void trygg__area_layer_free(trygg__area_layer *s);
/* Row `row`: the area (area_id, name, surroundings buffer_m), the model's periods and the
 * area's figures, rounded to 0.1 (report_file as f gives it). */
void trygg__area_layer_fill(trygg__area_layer *s, size_t row, const char *area_id, const char *name, double buffer_m,
                            const trygg__report_model *m, const trygg__area_figures *f);
/* A copy of the area's WKB as row's geometry. */
void trygg__area_layer_set_geometry(trygg__area_layer *s, size_t row, const unsigned char *wkb, size_t wkb_size);
/* The layer for the writer, nrows rows; it borrows s. */
trygg_layer_data trygg__area_layer_data(const trygg__area_layer *s, size_t nrows);

#endif
