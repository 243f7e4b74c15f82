/*
 * The safety survey beside the reports (src/score/survey.c, src/io/read_survey.c,
 * src/pipeline/survey_stage.c) on hand-made areas (EPSG:3006) and incidents held in memory.
 *
 * Norr [0,100]^2: 20 reports in 2023, 12 in 2024 (-40 %); index 2.0 -> 2.5 (+0.5: with the
 *   police's problem index, higher is less safe) -> "less safe while reports fall".
 * Söder [1000,1100]x[0,100]: 10 -> 15 (+50 %); index 3.0 -> 2.5 (safer) -> "safer while reports rise".
 * Väster [2000,2100]x[0,100]: surveyed in 2024 only -> no previous survey.
 * Öster: in the survey but without a polygon anywhere -> left out, counted.
 * Two reports far from every area on 2023-01-01 and 2024-12-31 make the data cover both years;
 * one measure overlaps Norr.
 */
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "core/internal.h"
#include "helpers.h"
#include "pipeline/survey.h"
#include "trygg/config.h"

static const struct {
    const char *name;
    double x0;
} areas[] = {{"Norr", 0}, {"Söder", 1000}, {"Väster", 2000}};

static const struct {
    const char *area;
    int year;
    double index;
} rows[] = {{"Norr", 2023, 2.0},  {"Norr", 2024, 2.5},   {"Söder", 2023, 3.0},
            {"Söder", 2024, 2.5}, {"Väster", 2024, 1.5}, {"Öster", 2024, 2.0}};

static double area_x0(const char *name)
{
    for (size_t i = 0; i < sizeof areas / sizeof areas[0]; i++)
        if (strcmp(areas[i].name, name) == 0)
            return areas[i].x0;
    return NAN;
}

static OGRGeometryH square(double x0)
{
    char wkt[200];
    snprintf(wkt, sizeof wkt, "POLYGON((%g 0,%g 0,%g 100,%g 100,%g 0))", x0, x0 + 100, x0 + 100, x0, x0);
    OGRGeometryH g = NULL;
    char *p = wkt;
    OGR_G_CreateFromWkt(&p, NULL, &g);
    return g;
}

static OGRLayerH new_layer(GDALDatasetH ds, const char *name, OGRwkbGeometryType type, const char *const *fields,
                           const OGRFieldType *types)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, srs, type, NULL);
    OSRDestroySpatialReference(srs);
    for (int i = 0; fields[i]; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(fields[i], types[i]);
        CU_ASSERT(OGR_L_CreateField(l, fd, TRUE) == OGRERR_NONE);
        OGR_Fld_Destroy(fd);
    }
    return l;
}

/* The survey with a polygon on each row. */
static void write_polygon_survey(const char *path)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
    static const char *const f[] = {"area", "year", "index_total", "respondents", NULL};
    static const OGRFieldType t[] = {OFTString, OFTInteger, OFTReal, OFTInteger};
    OGRLayerH l = new_layer(ds, "survey", wkbPolygon, f, t);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        OGRFeatureH x = OGR_F_Create(OGR_L_GetLayerDefn(l));
        OGR_F_SetFieldString(x, 0, rows[i].area);
        OGR_F_SetFieldInteger(x, 1, rows[i].year);
        OGR_F_SetFieldDouble(x, 2, rows[i].index);
        OGR_F_SetFieldInteger(x, 3, 300);
        double x0 = area_x0(rows[i].area);
        if (isfinite(x0))
            OGR_F_SetGeometryDirectly(x, square(x0));
        CU_ASSERT(OGR_L_CreateFeature(l, x) == OGRERR_NONE);
        OGR_F_Destroy(x);
    }
    GDALClose(ds);
}

/* The areas alone, named in `namn`, for the survey given as a table. */
static void write_areas(const char *path)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
    static const char *const f[] = {"namn", NULL};
    static const OGRFieldType t[] = {OFTString};
    OGRLayerH l = new_layer(ds, "omraden", wkbPolygon, f, t);
    for (size_t i = 0; i < sizeof areas / sizeof areas[0]; i++) {
        OGRFeatureH x = OGR_F_Create(OGR_L_GetLayerDefn(l));
        OGR_F_SetFieldString(x, 0, areas[i].name);
        OGR_F_SetGeometryDirectly(x, square(areas[i].x0));
        CU_ASSERT(OGR_L_CreateFeature(l, x) == OGRERR_NONE);
        OGR_F_Destroy(x);
    }
    GDALClose(ds);
}

static void add_incident(trygg_incidents *inc, double x, double y, int year, int month, int day)
{
    if (inc->n == inc->cap) {
        inc->cap = inc->cap ? 2 * inc->cap : 64;
        inc->v = realloc(inc->v, inc->cap * sizeof *inc->v);
    }
    trygg_incident *v = &inc->v[inc->n++];
    memset(v, 0, sizeof *v);
    v->x = x;
    v->y = y;
    v->category = TRYGG_CAT_VANDALISM;
    v->t_utc = trygg__days_from_civil(year, month, day) * 86400 + 12 * 3600;
}

static void make_incidents(trygg_incidents *inc)
{
    static const struct {
        double x0;
        int y2023, y2024;
    } n[] = {{0, 20, 12}, {1000, 10, 15}, {2000, 4, 4}};
    for (size_t a = 0; a < 3; a++) {
        for (int k = 0; k < n[a].y2023; k++)
            add_incident(inc, n[a].x0 + 10 + k, 50, 2023, 2 + k % 10, 1 + k % 27);
        for (int k = 0; k < n[a].y2024; k++)
            add_incident(inc, n[a].x0 + 10 + k, 50, 2024, 2 + k % 10, 1 + k % 27);
    }
    add_incident(inc, 5000, 5000, 2023, 1, 1);
    add_incident(inc, 5000, 5000, 2024, 12, 31);
}

static const trygg_survey_result *find(const trygg_survey_results *r, const char *area, int year)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->v[i].area, area) == 0 && r->v[i].row->year == year)
            return &r->v[i];
    return NULL;
}

static void check_results(const trygg_survey_results *r)
{
    TH_ASSERT_INT(r->n, 5);
    TH_ASSERT_INT(r->unmatched, 1);
    const trygg_survey_result *x = find(r, "Norr", 2024);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_INT(x->previous_year, 2023);
    TH_ASSERT_NEAR(x->previous_index, 2.0, 1e-12);
    TH_ASSERT_INT(x->incidents, 12);
    TH_ASSERT_INT(x->previous_incidents, 20);
    TH_ASSERT_INT(x->measures, 1);
    TH_ASSERT_INT(x->direction, TRYGG_SURVEY_LESS_SAFE_FEWER);
    x = find(r, "Söder", 2024);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_INT(x->incidents, 15);
    TH_ASSERT_INT(x->previous_incidents, 10);
    TH_ASSERT_INT(x->measures, 0);
    TH_ASSERT_INT(x->direction, TRYGG_SURVEY_SAFER_MORE_REPORTS);
    x = find(r, "Norr", 2023);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_INT(x->previous_year, 0);
    TH_ASSERT_INT(x->incidents, 20);
    TH_ASSERT_INT(x->direction, TRYGG_SURVEY_UNKNOWN);
    x = find(r, "Väster", 2024);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_INT(x->incidents, 4);
    TH_ASSERT_INT(x->direction, TRYGG_SURVEY_UNKNOWN);
    CU_ASSERT_PTR_NULL(find(r, "Öster", 2024));
}

static void run_case(const char *survey, const char *areas_spec)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg.survey_source = strdup(survey);
    cfg.survey_areas = areas_spec ? strdup(areas_spec) : NULL;
    trygg_incidents inc = {0};
    make_incidents(&inc);
    trygg_measures m = {0};
    m.v = calloc(1, sizeof *m.v);
    m.n = m.cap = 1;
    OGRGeometryH g = square(50); /* half over Norr */
    m.v[0].wkb_size = (size_t)OGR_G_WkbSize(g);
    m.v[0].wkb = malloc(m.v[0].wkb_size);
    OGR_G_ExportToIsoWkb(g, wkbNDR, m.v[0].wkb);
    OGR_G_DestroyGeometry(g);
    trygg_survey_results r;
    CU_ASSERT_EQUAL_FATAL(trygg_survey_estimate(ctx, &cfg, &inc, &m, &r), TRYGG_OK);
    check_results(&r);
    TH_ASSERT_CONTAINS(th_last_warning(), "Öster");
    trygg_survey_results_fini(&r);
    trygg_measures_fini(&m);
    free(inc.v);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_survey_polygons(void)
{
    const char *dir = th_tmpdir("survey_polygons");
    char path[4096];
    snprintf(path, sizeof path, "%s/survey.gpkg", dir);
    GDALAllRegister();
    write_polygon_survey(path);
    char spec[4200];
    snprintf(spec, sizeof spec, "%s:survey", path);
    run_case(spec, NULL);
}

static void test_survey_table_joined_by_name(void)
{
    const char *dir = th_tmpdir("survey_by_name");
    const char *csv = th_write_file(dir, "trygghetsmatning.csv",
                                    "area,year,index_total,respondents\n"
                                    "Norr,2023,2.0,310\nNORR,2024,2.5,305\nSöder,2023,3.0,280\n"
                                    "SÖDER,2024,2.5,290\nVäster,2024,1.5,120\nÖster,2024,2.0,99\n");
    char survey[4200], areas_path[4096], spec[4200];
    snprintf(survey, sizeof survey, "%s", csv);
    snprintf(areas_path, sizeof areas_path, "%s/areas.gpkg", dir);
    GDALAllRegister();
    write_areas(areas_path);
    snprintf(spec, sizeof spec, "%s:omraden", areas_path);
    run_case(survey, spec);
}

/* The direction rule at its edges: the index must move by min_index_change (0.2) and the
 * reports by 10 % of the earlier year with 10 or more in one year. */
static void test_survey_direction_rule(void)
{
    char *k = trygg_survey_name_key("SÖDER Å×");
    TH_ASSERT_STR(k, "söder å×");
    free(k);
    /* index +0.2 (less safe), reports 20 -> 18 (-10 %): both move */
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.2, 20, 18, false, 0.2), TRYGG_SURVEY_LESS_SAFE_FEWER);
    /* index +0.1: no change */
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.1, 20, 10, false, 0.2), TRYGG_SURVEY_AGREE);
    /* reports 20 -> 19 (-5 %): no change */
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.5, 20, 19, false, 0.2), TRYGG_SURVEY_AGREE);
    /* too few reports: 6 -> 3 */
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.5, 6, 3, false, 0.2), TRYGG_SURVEY_AGREE);
    /* with higher_is_safer the same numbers mean safer while reports fall: they agree */
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.5, 20, 12, true, 0.2), TRYGG_SURVEY_AGREE);
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.5, 10, 15, true, 0.2), TRYGG_SURVEY_SAFER_MORE_REPORTS);
    TH_ASSERT_INT(trygg_survey_direction_of(NAN, 2.5, 10, 15, true, 0.2), TRYGG_SURVEY_UNKNOWN);
    TH_ASSERT_INT(trygg_survey_direction_of(2.0, 2.5, -1, 15, true, 0.2), TRYGG_SURVEY_UNKNOWN);
    TH_ASSERT_STR(trygg_survey_direction_text(TRYGG_SURVEY_LESS_SAFE_FEWER, true),
                  "people feel less safe while reports fall");
}

void test_survey_register(void)
{
    static CU_TestInfo tests[] = {
        {"polygons", test_survey_polygons},
        {"table_joined_by_name", test_survey_table_joined_by_name},
        {"direction_rule", test_survey_direction_rule},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("survey", tests);
}
