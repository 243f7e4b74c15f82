/*
 * GeoPackage writer, embedded QGIS styles and `trygg info`, checked with GDAL's own validator,
 * GDAL and SQLite reads of the written file, and (when present) headless QGIS.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdint.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "helpers.h"
#include "io/io.h"
#include "pipeline/output_layers.h"
#include "trygg/config.h"
#include "trygg/data.h"

#define STYLES TRYGG_SOURCE_DIR "/styles"

/* A small run, in EPSG:3006 metres near Lund. */
typedef struct {
    char crs[16];
    trygg_config cfg;
    trygg_streets streets;
    trygg_places places;
    trygg_dark_stretches stretches;
    trygg_incidents incidents;
    trygg_lamps lamps;
    trygg_kv run_info;
    trygg_output out;
} sample;

static double *coords(const double *xy, size_t nv)
{
    double *c = malloc(2 * nv * sizeof *c);
    memcpy(c, xy, 2 * nv * sizeof *c);
    return c;
}

static void place_defaults(trygg_place *p)
{
    p->nearest_lamp_m = p->lux_avg = p->lux_min = p->lux_uniformity = p->dark_length_m = NAN;
    p->eb_vandalism = p->eb_littering = NAN;
    p->vandalism_score = p->littering_score = p->visibility_score = p->safety_index = NAN;
    p->lighting_class = TRYGG_PCLASS_NONE;
}

static void sample_init(sample *s)
{
    memset(s, 0, sizeof *s);
    strcpy(s->crs, "EPSG:3006");
    s->cfg.crs = s->crs;
    s->cfg.synthetic_incidents = true;

    trygg_street *st = trygg_streets_push(&s->streets);
    st->name = strdup("Stora S\xc3\xb6" "dergatan");
    st->road_class = strdup("residential");
    st->lit = TRYGG_LIT_YES;
    st->fid = 101;
    st = trygg_streets_push(&s->streets);
    st->name = NULL;
    st->road_class = strdup("footway");
    st->lit = TRYGG_LIT_UNKNOWN;
    st->fid = 102;

    /* Place lengths: 50 m (a 30-40-50 triangle's hypotenuse), 60 m and 80 m: 190 m in all. */
    static const double xy0[] = {387000, 6176000, 387030, 6176040};
    static const double xy1[] = {387030, 6176040, 387030, 6176100};
    static const double xy2[] = {387100, 6176000, 387100, 6176080};
    trygg_place *p = trygg_places_push(&s->places);
    place_defaults(p);
    p->xy = coords(xy0, 2);
    p->nv = 2;
    p->street = 0;
    p->length_m = 50;
    p->lit = TRYGG_LIT_YES;
    p->light_source = TRYGG_LIGHT_ESTIMATED;
    p->lamps_near = 2;
    p->nearest_lamp_m = 4.254;
    p->lux_avg = 8.12349;
    p->lux_min = 1.6;
    p->lux_uniformity = 0.19696;
    p->lighting_class = 2; /* P3 */
    p->dark_length_m = 0;
    p->n_cat[TRYGG_CAT_VANDALISM] = 2;
    p->n_cat[TRYGG_CAT_GRAFFITI] = 1;
    p->n_night = 1;
    p->eb_vandalism = 1.234567;
    p->eb_littering = 0;
    p->vandalism_score = 70;
    p->littering_score = 10;
    p->visibility_score = 55;
    p->safety_index = 35.5;
    p->top_factors = strdup("vandalism reports (3)");

    p = trygg_places_push(&s->places);
    place_defaults(p);
    p->xy = coords(xy1, 2);
    p->nv = 2;
    p->street = 0;
    p->piece = 1;
    p->from_m = 50;
    p->length_m = 60;
    p->lit = TRYGG_LIT_YES;
    p->light_source = TRYGG_LIGHT_ESTIMATED;
    p->lamps_near = 0;
    p->nearest_lamp_m = 41;
    p->lux_avg = 0.5;
    p->lux_min = 0.2;
    p->lux_uniformity = 0.4;
    p->lighting_class = TRYGG_PCLASS_BELOW;
    p->dark_length_m = 30;
    p->n_night = 0;
    p->eb_vandalism = 0.8;
    p->eb_littering = 0.1;
    p->vandalism_score = 80;
    p->littering_score = 40;
    p->visibility_score = 5;
    p->safety_index = 12.4;
    p->top_factors = strdup("dark (0.2 lux minimum)");

    p = trygg_places_push(&s->places);
    place_defaults(p);
    p->xy = coords(xy2, 2);
    p->nv = 2;
    p->street = 1;
    p->length_m = 80;
    p->light_source = TRYGG_LIGHT_NOT_ASSESSED;
    p->safety_index = 80;
    p->top_factors = NULL;

    trygg_dark_stretch *d = trygg_dark_stretches_push(&s->stretches);
    static const double xyd[] = {387030, 6176040, 387030, 6176070};
    d->xy = coords(xyd, 2);
    d->nv = 2;
    d->street = 0;
    d->length_m = 30;
    d->lux_min = 0.2;
    d->night_incidents_near = 1;

    /* 1700000000 s = 19675 days + 80000 s = 2023-11-14 22:13:20 UTC. */
    trygg_incident *e = trygg_incidents_push(&s->incidents);
    e->x = 387010;
    e->y = 6176012;
    e->category = TRYGG_CAT_VANDALISM;
    e->t_utc = 1700000000;
    e->source_category = strdup("Skadeg\xc3\xb6relse");
    e->fid = 7;
    e->seg_id = 1;
    e->snap_dist_m = 2.5;
    e = trygg_incidents_push(&s->incidents);
    e->x = 387020;
    e->y = 6176030;
    e->category = TRYGG_CAT_VANDALISM;
    e->t_utc = TRYGG_TIME_UNKNOWN;
    e->fid = 8;
    e->seg_id = 1;
    e->snap_dist_m = 0.004;
    e = trygg_incidents_push(&s->incidents);
    e->x = 387500;
    e->y = 6176500;
    e->category = TRYGG_CAT_THEFT;
    e->t_utc = 0;
    e->source_category = strdup("st\xc3\xb6ld");
    e->fid = 9;
    e->seg_id = -1;
    e->snap_dist_m = NAN;

    trygg_lamp *l = trygg_lamps_push(&s->lamps);
    l->x = 387005;
    l->y = 6176010;
    l->height_m = 6;
    l->lumen = 3000;
    l->fid = 501;
    l = trygg_lamps_push(&s->lamps);
    l->x = 387025;
    l->y = 6176030;
    l->height_m = NAN;
    l->lumen = NAN;
    l->fid = 502;

    trygg_kv_set(&s->run_info, "version", "trygg %s", TRYGG_VERSION);
    trygg_kv_set(&s->run_info, "input streets", "streets.gpkg sha256 %s read 2 rejected 0", "ab12");
    trygg_kv_set(&s->run_info, "config", "[area]\nname = Lund\n");

    s->out = (trygg_output){&s->cfg, &s->streets, &s->places, &s->stretches, &s->incidents, &s->lamps,
                            &s->run_info, true, true, NULL};
}

static void sample_fini(sample *s)
{
    trygg_streets_fini(&s->streets);
    trygg_places_fini(&s->places);
    trygg_dark_stretches_fini(&s->stretches);
    trygg_incidents_fini(&s->incidents);
    trygg_lamps_fini(&s->lamps);
    trygg_kv_fini(&s->run_info);
}

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 20);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static size_t temp_files_in(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)))
        n += strstr(e->d_name, ".tmp-") != NULL;
    if (d)
        closedir(d);
    return n;
}

static void test_gpkg_write_validates(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_validate"), "out.gpkg");
    trygg_status st = trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL);
    if (st)
        fprintf(stderr, "\n  write: %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(st, TRYGG_OK);
    TH_ASSERT_INT(th_validate_gpkg(out),
                  0);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void expect_fields(GDALDatasetH ds, const char *layer, const char *const *fields, OGRwkbGeometryType geom)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, layer);
    if (!l)
        fprintf(stderr, "\n  missing layer %s\n", layer);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l);
    TH_ASSERT_INT(OGR_L_GetGeomType(l), geom);
    OGRFeatureDefnH def = OGR_L_GetLayerDefn(l);
    for (const char *const *f = fields; *f; f++) {
        int idx = OGR_FD_GetFieldIndex(def, *f);
        if (idx < 0)
            fprintf(stderr, "\n  missing field %s.%s\n", layer, *f);
        CU_ASSERT(idx >= 0);
    }
}

static void test_gpkg_contract_layers_and_fields(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_fields"), "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(out, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    /* DESIGN.md section 4 names (plus the extra fields this writer adds). */
    static const char *const seg[] = {"seg_id", "street", "road_class", "length_m", "lamps_near", "nearest_lamp_m",
                                      "lux_avg", "lux_min", "lux_uniformity", "lighting_class", "dark_length_m",
                                      "n_vandalism", "n_graffiti", "n_littering", "n_other", "n_night",
                                      "vandalism_score", "littering_score", "visibility_score", "safety_index",
                                      "top_factors", "lighting_source", "lit_tag", "street_fid", NULL};
    static const char *const dark[] = {"stretch_id", "street", "length_m", "lux_min", "night_incidents_near", NULL};
    static const char *const inc[] = {"incident_id", "category", "occurred_at", "seg_id", "snap_dist_m",
                                      "source_fid", "synthetic", NULL};
    static const char *const lamps[] = {"lamp_id", "height_m", "lumen", "source_fid", NULL};
    static const char *const info[] = {"key", "value", NULL};
    expect_fields(ds, "street_segments", seg, wkbLineString);
    expect_fields(ds, "dark_stretches", dark, wkbLineString);
    expect_fields(ds, "incidents", inc, wkbPoint);
    expect_fields(ds, "lamps", lamps, wkbPoint);
    expect_fields(ds, "run_info", info, wkbNone);

    OGRLayerH l = GDALDatasetGetLayerByName(ds, "street_segments");
    TH_ASSERT_INT(OGR_L_GetFeatureCount(l, TRUE), 3);
    OGRFeatureH f = OGR_L_GetFeature(l, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    OGRFeatureDefnH def = OGR_L_GetLayerDefn(l);
    TH_ASSERT_INT(OGR_F_GetFieldAsInteger64(f, OGR_FD_GetFieldIndex(def, "seg_id")), 1);
    TH_ASSERT_STR(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(def, "street")), "Stora S\xc3\xb6" "dergatan");
    /* 8.12349 rounded to 0.001 lux; 4.254 m to the centimetre. */
    TH_ASSERT_NEAR(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(def, "lux_avg")), 8.123, 1e-12);
    TH_ASSERT_NEAR(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(def, "nearest_lamp_m")), 4.25, 1e-12);
    TH_ASSERT_STR(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(def, "lighting_class")), "P3");
    TH_ASSERT_STR(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(def, "lit_tag")), "yes");
    TH_ASSERT_INT(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(def, "n_graffiti")), 1);
    TH_ASSERT_INT(OGR_F_GetFieldAsInteger64(f, OGR_FD_GetFieldIndex(def, "street_fid")), 101);
    TH_ASSERT_NEAR(OGR_G_Length(OGR_F_GetGeometryRef(f)), 50.0, 1e-9);
    OGR_F_Destroy(f);
    /* The place without a lamp layer: lighting fields NULL, not NaN or 0. */
    f = OGR_L_GetFeature(l, 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    static const char *const nulls[] = {"lux_avg", "lux_min", "lux_uniformity", "nearest_lamp_m", "lighting_class",
                                        "dark_length_m", "lamps_near", "street", "lit_tag", "top_factors", NULL};
    for (const char *const *n = nulls; *n; n++) {
        int isnull = OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, *n));
        if (!isnull)
            fprintf(stderr, "\n  expected NULL %s\n", *n);
        CU_ASSERT(isnull);
    }
    TH_ASSERT_STR(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(def, "lighting_source")),
                  "not assessed (no lamp layer)");
    OGR_F_Destroy(f);

    l = GDALDatasetGetLayerByName(ds, "incidents");
    def = OGR_L_GetLayerDefn(l);
    TH_ASSERT_INT(OGR_L_GetFeatureCount(l, TRUE), 3);
    f = OGR_L_GetFeature(l, 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT(OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, "seg_id")));
    CU_ASSERT(OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, "snap_dist_m")));
    TH_ASSERT_INT(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(def, "synthetic")), 1);
    TH_ASSERT_STR(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(def, "category")), "theft");
    OGR_F_Destroy(f);
    f = OGR_L_GetFeature(l, 2);
    CU_ASSERT(OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, "occurred_at")));
    /* 0.004 m rounds to 0 cm. */
    TH_ASSERT_NEAR(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(def, "snap_dist_m")), 0.0, 0);
    OGR_F_Destroy(f);

    l = GDALDatasetGetLayerByName(ds, "lamps");
    def = OGR_L_GetLayerDefn(l);
    f = OGR_L_GetFeature(l, 2);
    CU_ASSERT(OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, "lumen")));
    CU_ASSERT(OGR_F_IsFieldNull(f, OGR_FD_GetFieldIndex(def, "height_m")));
    TH_ASSERT_INT(OGR_F_GetFieldAsInteger64(f, OGR_FD_GetFieldIndex(def, "source_fid")), 502);
    OGR_F_Destroy(f);
    GDALClose(ds);

    /* Stored text of the DateTimes: UTC with a trailing Z. */
    char *t = th_sql_text(out, "SELECT occurred_at FROM incidents WHERE fid = 1");
    TH_ASSERT_CONTAINS(t, "2023-11-14T22:13:20");
    CU_ASSERT(t && t[strlen(t) - 1] == 'Z');
    free(t);
    t = th_sql_text(out, "SELECT occurred_at FROM incidents WHERE fid = 3");
    TH_ASSERT_CONTAINS(t, "1970-01-01T00:00:00");
    free(t);
    t = th_sql_text(out, "SELECT group_concat(key, '|') FROM (SELECT key FROM run_info ORDER BY fid)");
    TH_ASSERT_STR(t, "version|input streets|config");
    free(t);
    t = th_sql_text(out, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'street_segments'");
    TH_ASSERT_STR(t, "3006");
    free(t);
    t = th_sql_text(out, "SELECT count(*) FROM rtree_street_segments_geom");
    TH_ASSERT_STR(t, "3");
    free(t);
    t = th_sql_text(out, "SELECT rtreecheck('rtree_street_segments_geom')");
    TH_ASSERT_STR(t, "ok");
    free(t);
    /* Place 1 runs from (387000, 6176000) to (387030, 6176040): float32 bounds that contain it. */
    t = th_sql_text(out, "SELECT minx <= 387000 AND maxx >= 387030 AND miny <= 6176000 AND maxy >= 6176040 "
                      "AND maxx - minx < 31 FROM rtree_street_segments_geom WHERE id = 1");
    TH_ASSERT_STR(t, "1");
    free(t);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

/* The packed index carries GPKG's triggers: edits made later (here through GDAL, as QGIS
 * would) keep it in step with the table. */
static void test_gpkg_index_follows_edits(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_edits"), "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(out, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "lamps");
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(g, 0, 387200, 6176200);
    OGR_F_SetGeometryDirectly(f, g);
    TH_ASSERT_INT(OGR_L_CreateFeature(l, f), OGRERR_NONE);
    OGR_F_Destroy(f);
    TH_ASSERT_INT(OGR_L_DeleteFeature(l, 1), OGRERR_NONE);
    /* Only lamp 3 (the new one) lies in this window, found through the index. */
    OGR_L_SetSpatialFilterRect(l, 387150, 6176150, 387250, 6176250);
    TH_ASSERT_INT(OGR_L_GetFeatureCount(l, TRUE), 1);
    GDALClose(ds);
    char *t = th_sql_text(out, "SELECT group_concat(id, ',') FROM (SELECT id FROM rtree_lamps_geom ORDER BY id)");
    TH_ASSERT_STR(t, "2,3");
    free(t);
    t = th_sql_text(out, "SELECT rtreecheck('rtree_lamps_geom')");
    TH_ASSERT_STR(t, "ok");
    free(t);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_layer_styles(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_styles"), "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    char *t = th_sql_text(out, "SELECT group_concat(f_table_name || ':' || f_geometry_column, ',') FROM "
                            "(SELECT * FROM layer_styles WHERE useAsDefault = 1 AND f_table_catalog = '' "
                            "AND f_table_schema = '' ORDER BY f_table_name)");
    /* grid_cells, hotspots and temporal_profiles are written (empty) even without statistics. */
    TH_ASSERT_STR(t, "dark_stretches:geom,grid_cells:geom,hotspots:geom,incidents:geom,lamps:geom,run_info:,"
                     "street_segments:geom,temporal_profiles:");
    free(t);
    t = th_sql_text(out, "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'");
    TH_ASSERT_STR(t, "attributes");
    free(t);
    t = th_sql_text(out, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'street_segments'");
    TH_ASSERT_CONTAINS(t, "graduatedSymbol");
    /* Legends and aliases in the run's language: Swedish by default, English on request. */
    TH_ASSERT_CONTAINS(t, "label=\"80–100 tryggast\"");
    TH_ASSERT_CONTAINS(t, "<alias field=\"safety_index\" name=\"Trygghetsindex (0–100, högt = tryggt)\"");
    free(t);
    t = th_sql_text(out, "SELECT description FROM layer_styles WHERE f_table_name = 'lamps'");
    TH_ASSERT_STR(t, "Belysningspunkter som används för att beräkna belysningen. Tomt när körningen saknade "
                     "belysningsdata.");
    free(t);
    char *out_en = path_in(th_tmpdir("gpkg_styles_en"), "out.gpkg");
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    trygg_status st_en = trygg__output_write(ctx, &s.out, out_en, STYLES, NULL, NULL);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    TH_ASSERT_INT(st_en, TRYGG_OK);
    t = th_sql_text(out_en, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'street_segments'");
    TH_ASSERT_CONTAINS(t, "label=\"80-100 safest\"");
    TH_ASSERT_CONTAINS(t, "<alias field=\"safety_index\" name=\"Safety index (0-100, high = safe)\"");
    free(t);
    t = th_sql_text(out_en, "SELECT identifier FROM gpkg_contents WHERE table_name = 'street_segments'");
    TH_ASSERT_STR(t, "Street segments");
    free(t);
    free(out_en);
    t = th_sql_text(out, "SELECT update_time FROM layer_styles LIMIT 1");
    CU_ASSERT(t && t[strlen(t) - 1] == 'Z');
    free(t);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_reproducible(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    /* Same name in two directories: the embedded QGIS project names the file. */
    char *a = path_in(th_tmpdir("gpkg_repro/1"), "out.gpkg"), *b = path_in(th_tmpdir("gpkg_repro/2"), "out.gpkg");
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, a, STYLES, NULL, NULL), TRYGG_OK);
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, b, STYLES, NULL, NULL), TRYGG_OK);
    unsetenv("SOURCE_DATE_EPOCH");
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", a, b);
    TH_ASSERT_INT(system(cmd), 0);
    /* 1700000000 = 2023-11-14T22:13:20Z, in gpkg_contents and layer_styles alike. */
    char *t = th_sql_text(a, "SELECT last_change FROM gpkg_contents WHERE table_name = 'incidents'");
    TH_ASSERT_STR(t, "2023-11-14T22:13:20.000Z");
    free(t);
    t = th_sql_text(a, "SELECT update_time FROM layer_styles WHERE f_table_name = 'lamps'");
    TH_ASSERT_CONTAINS(t, "2023-11-14T22:13:20");
    free(t);
    free(a);
    free(b);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_unwritable_destination(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("gpkg_unwritable");
    char *missing = path_in(dir, "no/such/dir/out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, missing, STYLES, NULL, NULL), TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), missing);
    /* Tests run as root, so a read-only directory would not stop them: use a regular file as
     * the parent instead. */
    th_write_file(dir, "plain.txt", "not a directory\n");
    char *under_file = path_in(dir, "plain.txt/out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, under_file, STYLES, NULL, NULL), TRYGG_E_WRITE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), under_file);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "är ingen mapp");
    free(missing);
    free(under_file);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static int cancel_progress(double complete, const char *msg, void *arg)
{
    (void)complete;
    (void)msg;
    (*(int *)arg)++;
    return FALSE;
}

static void test_gpkg_failed_write_keeps_existing_output(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("gpkg_keep");
    char *dirc = strdup(dir);
    char *out = path_in(dirc, "out.gpkg");
    char *nostyles = path_in(dirc, "nostyles");
    th_write_file(dirc, "out.gpkg", "sentinel: the previous output\n");

    /* A missing style: an error naming the style file, nothing written. */
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, nostyles, NULL, NULL), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "nostyles/street_segments.qml");
    char *text = read_all(out);
    TH_ASSERT_STR(text, "sentinel: the previous output\n");
    free(text);

    /* Cancelled half-way (after the first layer): the temporary file is gone, the old output
     * is intact. */
    int calls = 0;
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, cancel_progress, &calls), TRYGG_E_INTERRUPTED);
    TH_ASSERT_INT(calls, 1);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "street_segments");
    text = read_all(out);
    TH_ASSERT_STR(text, "sentinel: the previous output\n");
    free(text);
    TH_ASSERT_INT(temp_files_in(dirc), 0);

    /* A CRS GDAL does not know. */
    char bad[] = "EPSG:999999";
    s.cfg.crs = bad;
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_E_CRS);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "EPSG:999999");
    text = read_all(out);
    TH_ASSERT_STR(text, "sentinel: the previous output\n");
    free(text);
    TH_ASSERT_INT(temp_files_in(dirc), 0);

    free(out);
    free(nostyles);
    free(dirc);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_empty_incidents_and_lamps(void)
{
    sample s;
    sample_init(&s);
    s.out.have_incidents = false;
    s.out.have_lamps = false;
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_empty"), "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    char *t = th_sql_text(out, "SELECT (SELECT count(*) FROM incidents) || ',' || (SELECT count(*) FROM lamps)");
    TH_ASSERT_STR(t, "0,0");
    free(t);
    TH_ASSERT_INT(th_validate_gpkg(out),
                  0);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_info_summary(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("gpkg_info");
    char *dirc = strdup(dir);
    char *out = path_in(dirc, "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    char *text = NULL;
    trygg_status st = trygg_io_info(ctx, out, &text);
    if (st)
        fprintf(stderr, "\n  info: %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(st, TRYGG_OK);
    if (text && getenv("TRYGG_TEST_VERBOSE"))
        fprintf(stderr, "\n%s\n", text);
    /* Swedish by default: words, decimal commas and columns counted in characters. */
    TH_ASSERT_CONTAINS(text, "street_segments    features           3 objekt");
    TH_ASSERT_CONTAINS(text, "run_info           attributes         3 objekt");
    TH_ASSERT_CONTAINS(text, "P3                   1 plats           50,0 m");
    TH_ASSERT_CONTAINS(text, "under P6             1 plats           60,0 m");
    TH_ASSERT_CONTAINS(text, "ej bedömd            1 plats           80,0 m");
    TH_ASSERT_CONTAINS(text, "totalt               3 platser        190,0 m");
    TH_ASSERT_CONTAINS(text, "Mörka sträckor: 1, sammanlagt 30,0 m");
    TH_ASSERT_CONTAINS(text, "      3  (namnlös)                                   80 m   80,0  ");
    TH_ASSERT_CONTAINS(text, "config                   (2 rader)");
    free(text);

    /* The same in English. */
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    text = NULL;
    st = trygg_io_info(ctx, out, &text);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    TH_ASSERT_INT(st, TRYGG_OK);
    TH_ASSERT_CONTAINS(text, "street_segments    features           3 features");
    TH_ASSERT_CONTAINS(text, "incidents          features           3 features");
    TH_ASSERT_CONTAINS(text, "run_info           attributes         3 features");
    /* By class, from the geometries: P3 the 50 m place, below P6 the 60 m one, the 80 m place
     * not assessed; 190 m in all. */
    TH_ASSERT_CONTAINS(text, "P3                   1 place          50.0 m");
    TH_ASSERT_CONTAINS(text, "below P6             1 place          60.0 m");
    TH_ASSERT_CONTAINS(text, "not assessed         1 place          80.0 m");
    TH_ASSERT_CONTAINS(text, "total                3 places        190.0 m");
    /* Two vandalism reports, one theft. */
    TH_ASSERT_CONTAINS(text, "vandalism            2");
    TH_ASSERT_CONTAINS(text, "theft                1");
    TH_ASSERT_CONTAINS(text, "Dark stretches: 1, total 30.0 m");
    /* Least safe first: seg 2 (12.4), then seg 1 (35.5), then seg 3 (80). */
    const char *p2 = text ? strstr(text, "      2  Stora") : NULL;
    const char *p1 = text ? strstr(text, "      1  Stora") : NULL;
    CU_ASSERT(p2 && p1 && p2 < p1);
    TH_ASSERT_CONTAINS(text, "12.4  dark (0.2 lux minimum)");
    TH_ASSERT_CONTAINS(text, "input streets            streets.gpkg sha256 ab12 read 2 rejected 0");
    TH_ASSERT_CONTAINS(text, "config                   (2 lines)");
    free(text);

    /* The first 4096 bytes of the file: a truncated GeoPackage. */
    char *trunc = path_in(dirc, "truncated.gpkg");
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "head -c 4096 '%s' > '%s'", out, trunc);
    TH_ASSERT_INT(system(cmd), 0);
    text = NULL;
    TH_ASSERT_INT(trygg_io_info(ctx, trunc, &text), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), trunc);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "truncated");
    CU_ASSERT_PTR_NULL(text);

    char *missing = path_in(dirc, "missing.gpkg");
    TH_ASSERT_INT(trygg_io_info(ctx, missing, &text), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), missing);
    const char *plain = th_write_file(dirc, "plain.gpkg", "name,x,y\n");
    char *plainc = strdup(plain);
    TH_ASSERT_INT(trygg_io_info(ctx, plainc, &text), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), plainc);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "ingen GeoPackage");
    CU_ASSERT_PTR_NULL(text);

    free(plainc);
    free(missing);
    free(trunc);
    free(out);
    free(dirc);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static void test_gpkg_qgis_applies_default_styles(void)
{
    char script[4096];
    snprintf(script, sizeof script, "%s/tools/qgis_check.sh", TRYGG_SOURCE_DIR);
    FILE *probe = fopen(TRYGG_SOURCE_DIR "/tools/qgis_check.py", "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(probe);
    fclose(probe);
    if (system("/usr/bin/python3 -c 'import qgis.core' 2>/dev/null") != 0) {
        const char *require = getenv("TRYGG_REQUIRE_QGIS");
        fprintf(stderr, "\n  (PyQGIS not installed: %s)\n", require && strcmp(require, "1") == 0 ? "failed" : "skipped");
        CU_ASSERT(!(require && strcmp(require, "1") == 0));
        return;
    }
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    char *out = path_in(th_tmpdir("gpkg_qgis"), "out.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL), TRYGG_OK);
    char cmd[16384];
    snprintf(cmd, sizeof cmd, "bash '%s' '%s' > '%s.qgis.txt' 2>&1", script, out, out);
    int rc = system(cmd);
    if (rc != 0)
        fprintf(stderr, "\n  qgis_check failed, see %s.qgis.txt\n", out);
    TH_ASSERT_INT(rc, 0);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Lund-sized output (DESIGN.md section 6): 20 000 places, 30 000 lamps, 50 000 incidents on a
 * 10 km square, generated row by row so inserts are spatially ordered as a real run's are
 * (places follow streets). Prints the time; asserts only that the write succeeds. */
static void test_gpkg_benchmark_lund_sized(void)
{
    enum { NSTREETS = 200, PER = 100, NPLACES = NSTREETS * PER, NLAMPS = 30000, NINC = 50000 };
    sample s;
    memset(&s, 0, sizeof s);
    strcpy(s.crs, "EPSG:3006");
    s.cfg.crs = s.crs;
    unsigned rng = 12345;
#define RND() ((rng = rng * 1103515245u + 12345u) >> 8 & 0xffff)
    for (int k = 0; k < NSTREETS; k++) {
        trygg_street *st = trygg_streets_push(&s.streets);
        char name[32];
        snprintf(name, sizeof name, "Gata %d", k);
        st->name = strdup(name);
        st->road_class = strdup("residential");
        st->lit = k % 3 - 1;
        st->fid = k + 1;
    }
    for (int i = 0; i < NPLACES; i++) {
        trygg_place *p = trygg_places_push(&s.places);
        place_defaults(p);
        double x0 = 380000 + (i % PER) * 100.0, y0 = 6170000 + (i / PER) * 50.0;
        double xy[] = {x0, y0, x0 + 50, y0 + 10, x0 + 100, y0};
        p->xy = coords(xy, 3);
        p->nv = 3;
        p->street = (size_t)(i / PER);
        p->length_m = 101.98;
        p->light_source = TRYGG_LIGHT_ESTIMATED;
        p->lamps_near = (int)(RND() % 5);
        p->nearest_lamp_m = RND() / 1000.0;
        p->lux_avg = RND() / 3000.0;
        p->lux_min = p->lux_avg / 3;
        p->lux_uniformity = 0.333;
        p->lighting_class = (int)(RND() % 7);
        p->dark_length_m = 0;
        p->n_cat[0] = RND() % 3;
        p->safety_index = RND() / 655.36;
        p->vandalism_score = p->littering_score = p->visibility_score = 50;
        p->eb_vandalism = p->eb_littering = 0.5;
        p->top_factors = strdup("vandalism reports (2); dark (0.4 lux minimum)");
    }
    for (int i = 0; i < NLAMPS; i++) {
        trygg_lamp *l = trygg_lamps_push(&s.lamps);
        l->x = 380000 + (i % 150) * 66.7 + RND() % 10;
        l->y = 6170000 + (i / 150) * 50.0;
        l->height_m = 6;
        l->lumen = NAN;
        l->fid = i + 1;
    }
    for (int i = 0; i < NINC; i++) {
        trygg_incident *e = trygg_incidents_push(&s.incidents);
        e->x = 380000 + (i % 250) * 40.0 + RND() % 20;
        e->y = 6170000 + (i / 250) * 50.0;
        e->category = (trygg_category)(RND() % TRYGG_CAT_COUNT);
        e->t_utc = 1700000000 + (int64_t)i * 600;
        e->fid = i + 1;
        e->seg_id = i % NPLACES + 1;
        e->snap_dist_m = 3.2;
    }
    trygg_kv_set(&s.run_info, "version", "trygg %s", TRYGG_VERSION);
    s.out = (trygg_output){&s.cfg, &s.streets, &s.places, &s.stretches, &s.incidents, &s.lamps, &s.run_info, true,
                           true, NULL};
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, 2);
    char *out = path_in(th_tmpdir("gpkg_bench"), "lund.gpkg");
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    double t0 = now_s();
    trygg_status st = trygg__output_write(ctx, &s.out, out, STYLES, NULL, NULL);
    double t1 = now_s();
    if (st)
        fprintf(stderr, "\n  write: %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(st, TRYGG_OK);
    /* Rows and R-trees go partly to helpers here (more than ASIDE_MIN_ROWS rows); with one
     * thread their parts run in turn, and the file is the same to the byte. */
    trygg_ctx_set_threads(ctx, 1);
    char *serial = path_in(th_tmpdir("gpkg_bench/serial"), "lund.gpkg");
    TH_ASSERT_INT(trygg__output_write(ctx, &s.out, serial, STYLES, NULL, NULL), TRYGG_OK);
    unsetenv("SOURCE_DATE_EPOCH");
    char cmp[8192];
    snprintf(cmp, sizeof cmp, "cmp -s '%s' '%s'", out, serial);
    TH_ASSERT_INT(system(cmp), 0);
    free(serial);
    char *text = NULL;
    TH_ASSERT_INT(trygg_io_info(ctx, out, &text), TRYGG_OK);
    double t2 = now_s();
    TH_ASSERT_CONTAINS(text, "street_segments    features      20\u202f000 objekt"); /* Swedish digit groups */
    free(text);
    /* The packed spatial indexes pass SQLite's own consistency check (multi-level trees:
     * 50 000 incidents make 981 leaves under 20 nodes under the root). */
    static const char *const checks[] = {
        "SELECT rtreecheck('rtree_street_segments_geom')", "SELECT rtreecheck('rtree_incidents_geom')",
        "SELECT rtreecheck('rtree_lamps_geom')", "SELECT rtreecheck('rtree_dark_stretches_geom')", NULL};
    for (const char *const *c = checks; *c; c++) {
        char *r = th_sql_text(out, *c);
        TH_ASSERT_STR(r, "ok");
        free(r);
    }
    /* A window query through the index finds exactly the incidents inside it. The window
     * edges lie between the generated columns (x = 380000 + 40 k + 0..19) and rows
     * (y = 6170000 + 50 j), well clear of float32 rounding. */
    double x1 = 382030.5, x2 = 383030.5, y1 = 6171025, y2 = 6172025;
    size_t inside = 0;
    for (size_t i = 0; i < s.incidents.n; i++)
        inside += s.incidents.v[i].x >= x1 && s.incidents.v[i].x <= x2 && s.incidents.v[i].y >= y1 &&
                  s.incidents.v[i].y <= y2;
    char sql[512], want[32];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM rtree_incidents_geom WHERE minx <= %.1f AND maxx >= %.1f AND miny <= %.1f "
             "AND maxy >= %.1f",
             x2, x1, y2, y1);
    snprintf(want, sizeof want, "%zu", inside);
    char *got = th_sql_text(out, sql);
    TH_ASSERT_STR(got, want);
    CU_ASSERT(inside > 100);
    free(got);
    got = th_sql_text(out, "SELECT count(*) FROM rtree_incidents_geom");
    TH_ASSERT_STR(got, "50000");
    free(got);
    size_t n = NPLACES + NLAMPS + NINC;
    fprintf(stderr, "\n  benchmark: wrote %zu features (%d places, %d lamps, %d incidents) in %.3f s "
            "(%.0f features/s); trygg info in %.3f s\n",
            n, NPLACES, NLAMPS, NINC, t1 - t0, (double)n / (t1 - t0), t2 - t1);
    free(out);
    trygg_ctx_free(ctx);
    sample_fini(&s);
#undef RND
}

/* ---- Rows through a layer descriptor, byte for byte as GDAL's GPKG driver writes them ---- */

enum { R_ID, R_SHARE, R_NAME, R_COUNT, R_AT, R_NFIELDS };
static const trygg_field_def row_fields[R_NFIELDS] = {
    [R_ID] = {"id", TRYGG_FIELD_INT},       [R_SHARE] = {"share", TRYGG_FIELD_REAL},
    [R_NAME] = {"name", TRYGG_FIELD_TEXT},  [R_COUNT] = {"count", TRYGG_FIELD_INT32},
    [R_AT] = {"at", TRYGG_FIELD_DATETIME},
};

/* A square ring from (x, y), side 10, closed. */
static const double square[10] = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};

/* ISO WKB of the square as a Polygon (multi = false) or a one-part MultiPolygon, in the byte
 * order `le`, into b; returns its size. */
static size_t square_wkb(unsigned char *b, bool multi, bool le)
{
    size_t n = 0;
    unsigned char *p = b;
#define PUT32(v)                                                                                                   \
    do {                                                                                                           \
        uint32_t u_ = (v);                                                                                         \
        for (int k = 0; k < 4; k++)                                                                                \
            p[n++] = (unsigned char)(le ? u_ >> (8 * k) : u_ >> (8 * (3 - k)));                                    \
    } while (0)
    if (multi) {
        p[n++] = le;
        PUT32(6);
        PUT32(1);
    }
    p[n++] = le;
    PUT32(3);
    PUT32(1);
    PUT32(5);
    for (int i = 0; i < 10; i++) {
        uint64_t u;
        double d = square[i] + (i % 2 ? 6170000.0 : 380000.0);
        memcpy(&u, &d, 8);
        for (int k = 0; k < 8; k++)
            p[n++] = (unsigned char)(le ? u >> (8 * k) : u >> (8 * (7 - k)));
    }
#undef PUT32
    return n;
}

/* Row 0: a one-part MultiPolygon, big-endian, and every value; row 1: nothing; row 2: a
 * Polygon, little-endian; row 3: an empty line (on a line layer) or no geometry. */
typedef struct {
    int geometry;
} row_case;

static trygg_status fill_case(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row)
{
    (void)ctx;
    const row_case *c = arg;
    trygg_value *v = trygg_row_values(row);
    unsigned char wkb[200];
    if (i == 0) {
        v[R_ID] = trygg_value_int(7);
        v[R_SHARE] = trygg_value_real(0.123456, 1e4);
        trygg_row_take_text(row, R_NAME, strdup("G\xc3\xa5rden"));
        v[R_COUNT] = trygg_value_int(-3);
        v[R_AT] = trygg_value_int(1700000000);
        if (c->geometry == wkbLineString)
            trygg_row_line(row, square, 5);
        else
            trygg_row_wkb(row, wkb, square_wkb(wkb, true, false));
    } else if (i == 2) {
        v[R_SHARE] = trygg_value_real(NAN, 1e4);
        if (c->geometry != wkbLineString)
            trygg_row_wkb(row, wkb, square_wkb(wkb, false, true));
    } else if (i == 3 && c->geometry == wkbLineString) {
        trygg_row_line(row, square, 0);
    }
    return TRYGG_OK;
}

/* The same rows through GDAL's feature API into `ds`. */
static void gdal_case(GDALDatasetH ds, OGRSpatialReferenceH srs, const char *name, int geometry)
{
    static const OGRFieldType types[] = {OFTInteger64, OFTReal, OFTString, OFTInteger, OFTDateTime};
    char *opts[] = {"GEOMETRY_NAME=geom", "FID=fid", NULL};
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, srs, (OGRwkbGeometryType)geometry, opts);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l);
    for (int f = 0; f < R_NFIELDS; f++) {
        OGRFieldDefnH fd = OGR_Fld_Create(row_fields[f].name, types[f]);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    for (int i = 0; i < 4; i++) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        OGR_F_SetFID(f, i + 1);
        unsigned char wkb[200];
        OGRGeometryH g = NULL;
        if (i == 0) {
            OGR_F_SetFieldInteger64(f, R_ID, 7);
            OGR_F_SetFieldDouble(f, R_SHARE, 0.1235);
            OGR_F_SetFieldString(f, R_NAME, "G\xc3\xa5rden");
            OGR_F_SetFieldInteger(f, R_COUNT, -3);
            OGR_F_SetFieldDateTimeEx(f, R_AT, 2023, 11, 14, 22, 13, 20.0f, 100);
        }
        for (int k = 0; k < R_NFIELDS && i != 0; k++)
            OGR_F_SetFieldNull(f, k);
        if (geometry == wkbLineString && i == 0) {
            g = OGR_G_CreateGeometry(wkbLineString);
            OGR_G_SetPoints(g, 5, square, 16, square + 1, 16, NULL, 0);
        } else if (geometry == wkbLineString && i == 3) {
            g = OGR_G_CreateGeometry(wkbLineString);
        } else if (geometry != wkbLineString && (i == 0 || i == 2)) {
            OGR_G_CreateFromWkb(wkb, NULL, &g, (int)square_wkb(wkb, i == 0, i == 2));
            g = geometry == wkbMultiPolygon ? OGR_G_ForceToMultiPolygon(g) : OGR_G_ForceToPolygon(g);
        }
        OGR_F_SetGeometryDirectly(f, g);
        CU_ASSERT_EQUAL(OGR_L_CreateFeature(l, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
}

static void test_gpkg_rows_as_gdal_writes_them(void)
{
    sample s;
    sample_init(&s);
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("gpkg_rows");
    char *out = path_in(dir, "out.gpkg"), *ref = path_in(dir, "gdal.gpkg");
    /* layers with shipped styles, of the three geometry types a descriptor turns WKB into */
    static const struct {
        const char *name;
        int geometry;
    } cases[] = {{"patrol_areas", wkbPolygon}, {"measures", wkbMultiPolygon}, {"lighting_conflicts", wkbLineString}};
    trygg_gpkg_writer *w = NULL;
    TH_ASSERT_INT(trygg__output_begin(ctx, &s.out, out, STYLES, NULL, NULL, &w), TRYGG_OK);
    for (size_t c = 0; c < 3; c++) {
        row_case rc = {cases[c].geometry};
        trygg_layer_desc d = {cases[c].name, cases[c].geometry, "test", row_fields, R_NFIELDS, 4, fill_case, &rc};
        TH_ASSERT_INT(trygg_io_gpkg_add_layer(ctx, w, &d), TRYGG_OK);
    }
    TH_ASSERT_INT(trygg_io_gpkg_commit(ctx, w), TRYGG_OK);

    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), ref, 0, 0, 0, GDT_Unknown, NULL);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRSetFromUserInput(srs, "EPSG:3006");
    for (size_t c = 0; c < 3; c++)
        gdal_case(ds, srs, cases[c].name, cases[c].geometry);
    GDALClose(ds);
    OSRDestroySpatialReference(srs);

    for (size_t c = 0; c < 3; c++) {
        char sql[512];
        snprintf(sql, sizeof sql,
                 "SELECT group_concat(fid || ':' || quote(geom) || ':' || quote(id) || ':' || quote(share) || ':' || "
                 "quote(name) || ':' || quote(count) || ':' || quote(at), ' | ') FROM (SELECT * FROM \"%s\" ORDER BY "
                 "fid)",
                 cases[c].name);
        char *got = th_sql_text(out, sql), *want = th_sql_text(ref, sql);
        TH_ASSERT_STR(got, want);
        free(got);
        free(want);
        snprintf(sql, sizeof sql,
                 "SELECT printf('%%.17g %%.17g %%.17g %%.17g', min_x, min_y, max_x, max_y) || ' ' || "
                 "(SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = '%s') FROM gpkg_contents WHERE "
                 "table_name = '%s'",
                 cases[c].name, cases[c].name);
        got = th_sql_text(out, sql);
        want = th_sql_text(ref, sql);
        TH_ASSERT_STR(got, want);
        free(got);
        free(want);
        snprintf(sql, sizeof sql, "SELECT rtreecheck('rtree_%s_geom')", cases[c].name);
        got = th_sql_text(out, sql);
        TH_ASSERT_STR(got, "ok");
        free(got);
    }
    free(out);
    free(ref);
    trygg_ctx_free(ctx);
    sample_fini(&s);
}

void test_gpkg_register(void)
{
    static CU_TestInfo tests[] = {
        {"write validates (validate_gpkg --extra)", test_gpkg_write_validates},
        {"rows through a descriptor as GDAL writes them", test_gpkg_rows_as_gdal_writes_them},
        {"contract layers, fields, NULLs, UTC times", test_gpkg_contract_layers_and_fields},
        {"layer_styles default rows", test_gpkg_layer_styles},
        {"spatial index follows edits", test_gpkg_index_follows_edits},
        {"SOURCE_DATE_EPOCH gives identical files", test_gpkg_reproducible},
        {"unwritable destination", test_gpkg_unwritable_destination},
        {"failed write keeps existing output", test_gpkg_failed_write_keeps_existing_output},
        {"empty incidents and lamps layers", test_gpkg_empty_incidents_and_lamps},
        {"info summary and damaged files", test_gpkg_info_summary},
        {"QGIS applies default styles", test_gpkg_qgis_applies_default_styles},
        {"benchmark Lund-sized write", test_gpkg_benchmark_lund_sized},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("gpkg", tests);
}
