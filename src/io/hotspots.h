/*
 * The I/O of the hotspot statistics (pipeline/hotspots.h): the study-area polygons
 * (src/io/read_area.c) and the kernel-density raster beside the GeoPackage (src/io/raster.c,
 * src/io/raster_path.c).
 *
 * Ownership: the caller destroys the area read and frees the raster's path.
 */
#ifndef TRYGG_IO_HOTSPOTS_H
#define TRYGG_IO_HOTSPOTS_H

#include <geos_c.h>

#include "score/hotspot.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* Read the study-area polygons of `spec` (SRC[:LAYER]) reprojected to `working_crs`, as one
 * valid (Multi)Polygon made with `geos` (caller destroys). A layer without CRS uses
 * cfg->assume_crs. TRYGG_E_OPEN / TRYGG_E_CRS / TRYGG_E_GEOM / TRYGG_E_EMPTY with the source
 * named. */
trygg_status trygg_io_read_area(trygg_ctx *ctx, const trygg_config *cfg, const char *spec, const char *working_crs,
                                GEOSContextHandle_t geos, GEOSGeometry **out);

/* Write the kernel density of vandalism and of littering (one band each, incidents per km^2,
 * quartic kernel of cfg->kde_bandwidth_m) on cfg->raster_cell_m cells over the grid's extent
 * as a GeoTIFF at `path` (written to a temporary name and renamed). */
trygg_status trygg_io_write_kde_geotiff(trygg_ctx *ctx, const trygg_config *cfg, const trygg_hotspot_result *r,
                                        const trygg_incidents *incidents, const char *path);

/* Path of the raster beside a GeoPackage: "out.gpkg" -> "out_kde.tif". Caller frees. */
char *trygg_hotspots_raster_path(const char *gpkg_path);

#endif
