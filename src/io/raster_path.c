/*
 * The kernel density raster's path beside a GeoPackage (declared in pipeline/hotspots.h with
 * the raster's writer).
 */
#include <string.h>

#include "core/internal.h"
#include "io/hotspots.h"

char *trygg_hotspots_raster_path(const char *gpkg_path)
{
    size_t n = strlen(gpkg_path);
    const char *slash = strrchr(gpkg_path, '/');
    const char *dot = strrchr(gpkg_path, '.');
    if (dot && (!slash || dot > slash + 1))
        n = (size_t)(dot - gpkg_path);
    return trygg__xasprintf("%.*s_kde.tif", (int)n, gpkg_path);
}
