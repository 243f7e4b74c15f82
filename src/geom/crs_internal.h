/* CRS internals shared with the readers: transforming with a prepared transformation. */
#ifndef TRYGG_GEOM_CRS_INTERNAL_H
#define TRYGG_GEOM_CRS_INTERNAL_H

#include <ogr_srs_api.h>
#include <stddef.h>

/* Transform n interleaved x,y points in place with ct, in batches; points that fail become NAN.
 * Returns the number of points that failed. */
size_t trygg__transform_xy(OGRCoordinateTransformationH ct, double *xy, size_t n);

/* Route GDAL/CPL error messages of the calling thread into buf (the last CE_Failure or worse
 * wins) until trygg__gdal_errors_pop. */
void trygg__gdal_errors_push(char *buf, size_t size);
void trygg__gdal_errors_pop(void);

#endif
