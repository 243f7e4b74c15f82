/*
 * What the follow-up of measures (pipeline/followup.h) reads from a written output
 * (src/io/read_followup.c): the places and the snapped incidents with their times.
 *
 * Ownership: trygg_followup_data_fini frees what it holds.
 */
#ifndef TRYGG_IO_FOLLOWUP_H
#define TRYGG_IO_FOLLOWUP_H

#include <stddef.h>
#include <stdint.h>

#include "trygg/data.h"
#include "trygg/trygg.h"

typedef struct {
    int64_t seg_id;
    char *road_class;
    unsigned char *wkb; /* ISO WKB LineString, working CRS */
    size_t wkb_size;
} trygg_followup_place;

typedef struct {
    int64_t seg_id;
    trygg_category category;
    int64_t t_utc;
} trygg_followup_incident;

typedef struct {
    trygg_followup_place *places; /* ascending seg_id */
    size_t nplaces;
    trygg_followup_incident *incidents; /* snapped and with a time only */
    size_t nincidents;
    int64_t t_min, t_max; /* first and last report time (TRYGG_TIME_UNKNOWN when none) */
} trygg_followup_data;

/* Read street_segments and incidents of the GeoPackage at path. */
trygg_status trygg_io_read_followup(trygg_ctx *ctx, const char *path, trygg_followup_data *out);
void trygg_followup_data_fini(trygg_followup_data *d);

#endif
