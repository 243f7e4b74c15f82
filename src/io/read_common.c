/*
 * Opening layers for the read driver (read_layer.c): an input of [streets] ... [pois] (source and
 * layer selection, CSV coordinate columns, OSM layers and filters, the attribute filter, the
 * partition clip), an area layer, a trygg output GeoPackage; and what callbacks use: fields,
 * text, where a feature is.
 */
/* VSIStatBufL is a struct stat64. */
#define _GNU_SOURCE
#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <math.h>
#include <ogr_api.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "io/read_internal.h"

void trygg_io_split_source(const char *spec, char **source, char **layer)
{
    *source = NULL;
    *layer = NULL;
    if (!spec)
        return;
    const char *colon = strrchr(spec, ':');
    if (colon && colon != spec) {
        char *prefix = trygg__xmalloc((size_t)(colon - spec) + 1);
        memcpy(prefix, spec, (size_t)(colon - spec));
        prefix[colon - spec] = '\0';
        VSIStatBufL st;
        if (VSIStatL(prefix, &st) == 0) {
            *source = prefix;
            *layer = colon[1] ? trygg__xstrdup(colon + 1) : NULL;
            return;
        }
        free(prefix);
    }
    *source = trygg__xstrdup(spec);
}

static const trygg_layer_config *layer_config(const trygg_config *cfg, trygg__role role)
{
    switch (role) {
    case TRYGG__ROLE_STREETS:
        return &cfg->streets;
    case TRYGG__ROLE_LAMPS:
        return &cfg->lamps;
    case TRYGG__ROLE_BUILDINGS:
        return &cfg->buildings;
    case TRYGG__ROLE_POIS:
        return &cfg->pois;
    default:
        return &cfg->incidents;
    }
}

static bool has_suffix_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && trygg__streq_ci(s + n - m, suffix);
}

static bool name_in(const char *name, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        if (trygg__streq_ci(name, names[i]))
            return true;
    return false;
}

static const char *const lon_names[] = {"lon", "lng", "long", "longitude", NULL};
static const char *const lat_names[] = {"lat", "latitude", NULL};
static const char *const x_names[] = {"lon", "lng", "long", "longitude", "x", "easting", "e", NULL};
static const char *const y_names[] = {"lat", "latitude", "y", "northing", "n", NULL};

/* Choose the coordinate columns of a CSV opened without options (all columns are fields). */
static trygg_status csv_columns(trygg__reader *rd, OGRLayerH layer, char **xname, char **yname)
{
    trygg_status st = TRYGG_OK;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const char *conf[2] = {rd->lc->field_x, rd->lc->field_y};
    const char *const *usual[2] = {x_names, y_names};
    char **out[2] = {xname, yname};
    for (int k = 0; k < 2; k++) {
        *out[k] = NULL;
        if (conf[k]) {
            int idx = OGR_FD_GetFieldIndex(defn, conf[k]);
            if (idx < 0) {
                st = trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: layer %s has no column '%s' (%c_field)", rd->source,
                                 OGR_L_GetName(layer), conf[k], k ? 'y' : 'x');
                goto done;
            }
            *out[k] = trygg__xstrdup(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, idx)));
            continue;
        }
        /* The first usual name in order of preference that the file has. */
        for (size_t u = 0; usual[k][u] && !*out[k]; u++)
            for (int i = 0; i < OGR_FD_GetFieldCount(defn); i++) {
                const char *fname = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
                if (trygg__streq_ci(fname, usual[k][u])) {
                    *out[k] = trygg__xstrdup(fname);
                    break;
                }
            }
    }
    /* GDAL 3.6's CSV driver crashes reading a file whose coordinate column name appears twice
     * in the header (found by tools/fuzz): refuse it with a message instead. */
    for (int k = 0; k < 2; k++) {
        int seen = 0;
        for (int i = 0; *out[k] && i < OGR_FD_GetFieldCount(defn); i++)
            seen += trygg__streq_ci(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), *out[k]);
        if (seen > 1) {
            st = trygg__fail(rd->ctx, TRYGG_E_SCHEMA,
                             "%s: the header has more than one column named '%s'; coordinate columns must be unique",
                             rd->source, *out[k]);
            goto done;
        }
    }
    rd->csv_lonlat_names = *xname && *yname && name_in(*xname, lon_names) && name_in(*yname, lat_names);
done:
    return st;
}

static void list_layers(GDALDatasetH ds, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < GDALDatasetGetLayerCount(ds) && o + 1 < size; i++) {
        int w = snprintf(buf + o, size - o, "%s%s", i ? ", " : "", OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        if (w < 0)
            break;
        o += (size_t)w;
    }
}

/* The run's clip area (trygg__set_clip: a part of a partitioned study area with its halo) as the
 * layer's spatial filter, in the layer's CRS: GDAL then never hands over a feature wholly outside
 * (for most drivers it does not even read it): the clip's envelope in fact, see below. A layer without a geometry field (a CSV read by
 * its coordinate columns) or without a known CRS is read whole: the study box around the streets
 * and the pruning of the part's output keep its features in place. */
static void apply_clip(trygg__reader *rd)
{
    size_t n;
    const unsigned char *wkb = trygg__clip(rd->ctx, &n);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(rd->layer);
    if (!wkb || OGR_FD_GetGeomFieldCount(defn) == 0)
        return;
    OGRSpatialReferenceH layer_srs = NULL, working = OSRNewSpatialReference(NULL);
    OGRSpatialReferenceH declared = OGR_L_GetSpatialRef(rd->layer);
    const char *crs = rd->lc->crs ? rd->lc->crs : rd->cfg->assume_crs;
    if (declared) {
        layer_srs = OSRClone(declared);
    } else if (crs) {
        layer_srs = OSRNewSpatialReference(NULL);
        if (OSRSetFromUserInput(layer_srs, crs) != OGRERR_NONE) {
            OSRDestroySpatialReference(layer_srs);
            layer_srs = NULL;
        }
    }
    OGRGeometryH g = NULL;
    OGRCoordinateTransformationH ct = NULL;
    if (layer_srs && OSRSetFromUserInput(working, rd->working_crs) == OGRERR_NONE) {
        OSRSetAxisMappingStrategy(working, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(layer_srs, OAMS_TRADITIONAL_GIS_ORDER);
        ct = OCTNewCoordinateTransformation(working, layer_srs);
        OGREnvelope env;
        if (ct && OGR_G_CreateFromWkb(wkb, working, &g, (int)n) == OGRERR_NONE && OGR_G_Transform(g, ct) == OGRERR_NONE) {
            /* The envelope, not the polygon: GDAL then compares envelopes only, never testing
             * a broken source geometry with GEOS (an OSM multipolygon with a two-point ring
             * would fail the read); what the rectangle lets through beyond the polygon is
             * pruned from the part's output. */
            OGR_G_GetEnvelope(g, &env);
            OGR_L_SetSpatialFilterRect(rd->layer, env.MinX, env.MinY, env.MaxX, env.MaxY);
        }
    }
    if (g)
        OGR_G_DestroyGeometry(g);
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    if (layer_srs)
        OSRDestroySpatialReference(layer_srs);
    OSRDestroySpatialReference(working);
}

trygg_status trygg__reader_open(trygg__reader *rd, trygg_ctx *ctx, const trygg_config *cfg, trygg__role role,
                                const char *working_crs, trygg_input_report *report)
{
    trygg_status st = TRYGG_OK;
    char *layer_req = NULL, *filter = NULL, *xname = NULL, *yname = NULL;
    char **options = NULL;
    static const char *const role_names[] = {"streets", "lamps", "incidents", "buildings", "pois"};

    trygg__reader_begin(rd, ctx);
    rd->cfg = cfg;
    rd->role = role;
    rd->role_name = role_names[role];
    rd->lc = layer_config(cfg, role);
    rd->report = report;
    rd->working_crs = working_crs ? working_crs : (cfg->crs ? cfg->crs : "EPSG:3006");
    memset(report, 0, sizeof *report);
    report->role = trygg__xstrdup(rd->role_name);
    report->path = trygg__xstrdup(rd->lc->source);

    if (!rd->lc->source || !*rd->lc->source) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "no source given for the %s layer", rd->role_name);
        goto done;
    }
    if (rd->lc->layer) {
        rd->source = trygg__xstrdup(rd->lc->source);
        layer_req = trygg__xstrdup(rd->lc->layer);
    } else {
        trygg_io_split_source(rd->lc->source, &rd->source, &layer_req);
    }

    /* GDAL's GML driver would write a .gfs schema beside the input; inputs are read-only to us. */
    if (has_suffix_ci(rd->source, ".gml"))
        options = CSLSetNameValue(options, "WRITE_GFS", "NO");
    rd->ds = GDALOpenEx(rd->source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, (const char *const *)options, NULL);
    if (!rd->ds) {
        VSIStatBufL sb;
        if (VSIStatL(rd->source, &sb) != 0 && strchr(rd->source, ':') == NULL)
            st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: no such file (%s layer)", rd->source, rd->role_name);
        else
            st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as a vector data source%s%s", rd->source,
                             rd->gdal_msg[0] ? ": " : "", rd->gdal_msg);
        goto done;
    }
    const char *driver = GDALGetDriverShortName(GDALGetDatasetDriver(rd->ds));
    rd->is_csv = strcmp(driver, "CSV") == 0;
    rd->is_osm = strcmp(driver, "OSM") == 0;

    if (rd->is_csv) {
        OGRLayerH l0 = GDALDatasetGetLayer(rd->ds, 0);
        if (l0 && OGR_L_GetGeomType(l0) == wkbNone) {
            st = csv_columns(rd, l0, &xname, &yname);
            if (st)
                goto done;
            if (!xname || !yname) {
                st = trygg__fail(ctx, TRYGG_E_SCHEMA,
                                 "%s: no coordinate columns found (looked for %s and %s; set x_field and y_field)",
                                 rd->source, "lon/lng/longitude/x/easting/e", "lat/latitude/y/northing/n");
                goto done;
            }
            GDALClose(rd->ds);
            CSLDestroy(options);
            options = NULL;
            options = CSLSetNameValue(options, "X_POSSIBLE_NAMES", xname);
            options = CSLSetNameValue(options, "Y_POSSIBLE_NAMES", yname);
            options = CSLSetNameValue(options, "KEEP_GEOM_COLUMNS", "NO");
            rd->ds = GDALOpenEx(rd->source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, (const char *const *)options,
                                NULL);
            if (!rd->ds) {
                st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as CSV%s%s", rd->source,
                                 rd->gdal_msg[0] ? ": " : "", rd->gdal_msg);
                goto done;
            }
        }
    }

    if (layer_req) {
        rd->layer = GDALDatasetGetLayerByName(rd->ds, layer_req);
    } else if (rd->is_osm) {
        rd->layer = GDALDatasetGetLayerByName(rd->ds, role == TRYGG__ROLE_STREETS     ? "lines"
                                                      : role == TRYGG__ROLE_BUILDINGS ? "multipolygons"
                                                                                      : "points");
    } else if (GDALDatasetGetLayerCount(rd->ds) == 1) {
        rd->layer = GDALDatasetGetLayer(rd->ds, 0);
    } else {
        rd->layer = GDALDatasetGetLayerByName(rd->ds, rd->role_name);
    }
    if (!rd->layer) {
        char names[1024];
        list_layers(rd->ds, names, sizeof names);
        if (layer_req)
            st = trygg__fail(ctx, TRYGG_E_NOLAYER, "%s: no layer '%s' (layers: %s)", rd->source, layer_req,
                             names[0] ? names : "none");
        else
            st = trygg__fail(ctx, TRYGG_E_NOLAYER,
                             "%s: %d layers and none named %s; name one with layer = NAME in [%s] or --%s-layer NAME "
                             "(layers: %s)",
                             rd->source, GDALDatasetGetLayerCount(rd->ds), rd->role_name, rd->role_name,
                             rd->role_name, names[0] ? names : "none");
        goto done;
    }
    rd->layer_name = OGR_L_GetName(rd->layer);
    report->layer = trygg__xstrdup(rd->layer_name);

    if (rd->is_osm) {
        char sql[256];
        /* GDAL's OSM driver skips ways for good once a SET leaves out every way layer, so the
         * points of interest ask for their areas here, in the first SET. */
        rd->osm_poi_areas = role == TRYGG__ROLE_POIS && !layer_req && strcmp(rd->layer_name, "points") == 0;
        snprintf(sql, sizeof sql, "SET interest_layers = %s",
                 rd->osm_poi_areas ? "points,multipolygons" : rd->layer_name);
        OGRLayerH r = GDALDatasetExecuteSQL(rd->ds, sql, NULL, NULL);
        if (r)
            GDALDatasetReleaseResultSet(rd->ds, r);
    }

    const char *builtin = NULL;
    if (rd->is_osm && role == TRYGG__ROLE_STREETS && strcmp(rd->layer_name, "lines") == 0)
        builtin = trygg__osm_street_filter;
    else if (rd->is_osm && role == TRYGG__ROLE_LAMPS && strcmp(rd->layer_name, "points") == 0)
        builtin = "highway = 'street_lamp'";
    else if (rd->is_osm && role == TRYGG__ROLE_BUILDINGS && strcmp(rd->layer_name, "multipolygons") == 0)
        builtin = "building IS NOT NULL AND building <> 'no'";
    if (builtin && rd->lc->where)
        filter = trygg__xasprintf("(%s) AND (%s)", builtin, rd->lc->where);
    else if (builtin || rd->lc->where)
        filter = trygg__xstrdup(builtin ? builtin : rd->lc->where);
    if (filter) {
        rd->gdal_msg[0] = '\0';
        if (OGR_L_SetAttributeFilter(rd->layer, filter) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_CONFIG, "%s: layer %s: filter '%s' is not valid%s%s", rd->source,
                             rd->layer_name, rd->lc->where ? rd->lc->where : filter, rd->gdal_msg[0] ? ": " : "",
                             rd->gdal_msg);
            goto done;
        }
    }

    apply_clip(rd);

    /* Provenance: the hash of the file itself (a directory or connection string has none). */
    VSIStatBufL sb;
    if (strncmp(rd->source, "/vsi", 4) != 0 && VSIStatL(rd->source, &sb) == 0 && VSI_ISREG(sb.st_mode)) {
        st = trygg_io_sha256_file(ctx, rd->source, report->sha256);
        if (st)
            goto done;
    }
    rd->gdal_msg[0] = '\0';
done:
    free(layer_req);
    free(filter);
    free(xname);
    free(yname);
    CSLDestroy(options);
    return st;
}

void trygg__reader_begin(trygg__reader *rd, trygg_ctx *ctx)
{
    memset(rd, 0, sizeof *rd);
    rd->ctx = ctx;
    rd->id_idx = rd->synthetic_idx = -1;
    trygg__gdal_init();
    trygg__gdal_errors_push(rd->gdal_msg, sizeof rd->gdal_msg);
}

trygg_status trygg__reader_open_area(trygg__reader *rd, trygg_ctx *ctx, const char *what, const char *spec,
                                     const char *assume_crs, const char *working_crs)
{
    char *layer_name = NULL;
    trygg_status st = TRYGG_OK;
    trygg__reader_begin(rd, ctx);
    rd->spec = spec;
    rd->assume_crs = assume_crs;
    rd->working_crs = working_crs;
    trygg_io_split_source(spec, &rd->source, &layer_name);
    rd->ds = rd->source ? GDALOpenEx(rd->source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL) : NULL;
    if (!rd->ds)
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s %s: cannot open as a vector data source%s%s", what,
                         spec ? spec : "(none)", rd->gdal_msg[0] ? ": " : "", rd->gdal_msg);
    else if (!(rd->layer = layer_name ? GDALDatasetGetLayerByName(rd->ds, layer_name)
                                      : GDALDatasetGetLayer(rd->ds, 0)))
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s %s: no layer '%s'", what, rd->source,
                         layer_name ? layer_name : "(first)");
    else
        rd->layer_name = OGR_L_GetName(rd->layer);
    free(layer_name);
    return st;
}

bool trygg__reader_open_output(trygg__reader *rd, trygg_ctx *ctx, const char *path)
{
    const char *drivers[] = {"GPKG", NULL};
    trygg__reader_begin(rd, ctx);
    rd->source = trygg__xstrdup(path);
    rd->ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, NULL, NULL);
    return rd->ds != NULL;
}

bool trygg__reader_use_layer(trygg__reader *rd, const char *name)
{
    rd->layer = GDALDatasetGetLayerByName(rd->ds, name);
    rd->layer_name = rd->layer ? OGR_L_GetName(rd->layer) : NULL;
    return rd->layer != NULL;
}

void trygg__reader_close(trygg__reader *rd)
{
    if (rd->ct)
        OCTDestroyCoordinateTransformation(rd->ct);
    if (rd->src_srs)
        OSRDestroySpatialReference(rd->src_srs);
    if (rd->dst_srs)
        OSRDestroySpatialReference(rd->dst_srs);
    if (rd->ds)
        GDALClose(rd->ds);
    free(rd->source);
    free(rd->field);
    trygg__gdal_errors_pop();
    memset(rd, 0, sizeof *rd);
}

void trygg__reader_where(const trygg__reader *rd, int64_t fid, char *buf, size_t size)
{
    if (rd->is_csv)
        snprintf(buf, size, _("line %lld"), (long long)fid + 1);
    else if (rd->is_osm)
        snprintf(buf, size, "%s %lld", strcmp(rd->layer_name, "points") == 0 ? "node" : "way", (long long)fid);
    else
        snprintf(buf, size, _("feature %lld"), (long long)fid);
}

int trygg__layer_field(OGRLayerH layer, const char *configured, const char *const *names)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    if (configured)
        return OGR_FD_GetFieldIndex(defn, configured);
    for (size_t u = 0; names && names[u]; u++)
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); i++)
            if (trygg__streq_ci(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), names[u]))
                return i;
    return -1;
}

trygg_status trygg__reader_field(trygg__reader *rd, const char *configured, const char *what,
                                 const char *const *names, int *idx)
{
    *idx = trygg__layer_field(rd->layer, configured, names);
    if (configured && *idx < 0)
        return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: layer %s has no field '%s' (configured as %s)", rd->source,
                           rd->layer_name, configured, what);
    return TRYGG_OK;
}

char *trygg__reader_text(trygg__reader *rd, OGRFeatureH f, int idx, int64_t fid)
{
    if (idx < 0 || !OGR_F_IsFieldSetAndNotNull(f, idx))
        return NULL;
    const char *s = OGR_F_GetFieldAsString(f, idx);
    if (!s || !*s)
        return NULL;
    if (trygg__utf8_valid((const unsigned char *)s, strlen(s), NULL)) {
        /* A driver that recoded Windows-1252 as Latin-1 (a shapefile without .cpg) leaves C1
         * controls where the euro sign, dashes and quotes were. */
        char *fixed = trygg__c1_as_cp1252(s);
        return fixed ? fixed : trygg__xstrdup(s);
    }
    if (!rd->warned_text) {
        char where[64];
        trygg__reader_where(rd, fid, where, sizeof where);
        trygg__warn(rd->ctx,
                    "%s %s: field %s is not valid UTF-8; read as Windows-1252 (further cases not reported)",
                    rd->source, where, OGR_Fld_GetNameRef(OGR_F_GetFieldDefnRef(f, idx)));
        rd->warned_text = true;
    }
    return trygg__cp1252_to_utf8(s);
}
