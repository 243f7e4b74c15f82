/*
 * The population layer of the focus areas ([population] source = SRC[:LAYER]): one polygon per
 * area with its residents and residents aged 65 or older (SCB's DeSO or RegSO tables joined to
 * their polygons, or any polygons with counts), reprojected to the working CRS and made valid.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cpl_error.h>
#include <gdal.h>
#include <geos_c.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/io.h"
#include "io/population.h"
#include "io/read_internal.h"

void trygg_population_fini(trygg_population *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].name);
        free(p->v[i].wkb);
    }
    free(p->v);
    memset(p, 0, sizeof *p);
}

static int field_index(OGRFeatureDefnH defn, const char *name)
{
    for (int i = 0; name && i < OGR_FD_GetFieldCount(defn); i++)
        if (trygg__streq_ci(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), name))
            return i;
    return -1;
}

static double count_field(OGRFeatureH f, int i)
{
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return NAN;
    double v = OGR_F_GetFieldAsDouble(f, i);
    return v >= 0 ? v : NAN;
}

trygg_status trygg_io_read_population(trygg_ctx *ctx, const trygg_config *cfg, trygg_population *out)
{
    static const char *const name_fields[] = {"name", "namn", "deso", "desokod", "regso", "regsokod", NULL};
    trygg_status st = TRYGG_OK;
    char *source = NULL;
    char msg[1024];
    GDALDatasetH ds = NULL;
    OGRCoordinateTransformationH ct = NULL;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(geos);
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(geos);
    trygg_population res = {0};
    size_t cap = 0, nskipped = 0;
    unsigned char *wkb = NULL;
    const char *spec = cfg->population_source;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    GEOSWKBWriter_setFlavor_r(geos, writer, GEOS_WKB_ISO);

    OGRLayerH lyr;
    if ((st = trygg__open_area_layer(ctx, "[population] source", spec, msg, &ds, &lyr, &source)) != TRYGG_OK)
        goto done;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(lyr);
    int name_i = -1;
    if (cfg->population_area_field) {
        if ((name_i = field_index(defn, cfg->population_area_field)) < 0) {
            st = trygg__fail(ctx, TRYGG_E_CONFIG, "[population] area_field = '%s': %s has no such field",
                             cfg->population_area_field, spec);
            goto done;
        }
    } else {
        for (size_t k = 0; name_fields[k] && name_i < 0; k++)
            name_i = field_index(defn, name_fields[k]);
    }
    int total_i = field_index(defn, cfg->population_total_field);
    int aged_i = field_index(defn, cfg->population_aged_65_field);
    if (total_i < 0) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[population] total_field = '%s': %s has no such field",
                         cfg->population_total_field ? cfg->population_total_field : "", spec);
        goto done;
    }
    if (aged_i < 0) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[population] aged_65_field = '%s': %s has no such field",
                         cfg->population_aged_65_field ? cfg->population_aged_65_field : "", spec);
        goto done;
    }
    char *what = trygg__xasprintf("[population] source %s", spec);
    st = trygg__area_transform(ctx, lyr, cfg->assume_crs, cfg->crs, what, msg, &ct);
    free(what);
    if (st != TRYGG_OK)
        goto done;
    OGR_L_ResetReading(lyr);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        GEOSGeometry *poly = trygg__feature_polygons(geos, reader, f, ct, &wkb);
        if (!poly) {
            nskipped++;
            OGR_F_Destroy(f);
            continue;
        }
        trygg__grow((void **)&res.v, &cap, res.n + 1, sizeof *res.v);
        trygg_population_area *a = &res.v[res.n++];
        memset(a, 0, sizeof *a);
        const char *nm = name_i >= 0 && OGR_F_IsFieldSetAndNotNull(f, name_i) ? OGR_F_GetFieldAsString(f, name_i)
                                                                              : "";
        a->name = *nm ? trygg__xstrdup(nm) : trygg__xasprintf("area %lld", (long long)OGR_F_GetFID(f));
        a->population = count_field(f, total_i);
        a->aged_65 = count_field(f, aged_i);
        size_t size = 0;
        unsigned char *w = GEOSWKBWriter_write_r(geos, writer, poly, &size);
        a->wkb = trygg__xmalloc(size);
        memcpy(a->wkb, w, size);
        a->wkb_size = size;
        GEOSFree_r(geos, w);
        GEOSGeom_destroy_r(geos, poly);
        OGR_F_Destroy(f);
    }
    if (res.n == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "[population] source %s: no usable polygon (%zu features skipped)", spec,
                         nskipped);
        goto done;
    }
    if (nskipped)
        trygg__warn(ctx, "[population] source %s: %zu features without a usable polygon were skipped", spec,
                    nskipped);
    *out = res;
    memset(&res, 0, sizeof res);
done:
    trygg__gdal_errors_pop();
    trygg_population_fini(&res);
    free(wkb);
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    if (ds)
        GDALClose(ds);
    GEOSWKBReader_destroy_r(geos, reader);
    GEOSWKBWriter_destroy_r(geos, writer);
    free(source);
    return st;
}
