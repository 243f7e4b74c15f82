/*
 * The follow-up of measures done (src/pipeline/followup_stage.c, src/score/comparison.c) on a
 * hand-made GeoPackage (EPSG:3006) written with GDAL: places along lines, incidents with times,
 * and a register held in memory.
 *
 * Measure 1 (graffiti_damage: vandalism and graffiti count), genomförd on 2024-01-01, area
 * x 0..300, y -20..20, holding places 1 (10..100 on y = 0) and 2 (150..290). With 12-month
 * windows: before 2023-01-01..2023-12-31, after 2024-01-01..2024-12-31.
 *   place 1: 25 before, 12 after; place 2: 15 before, 8 after      -> a = 40, b = 20
 * Comparison pool (residential, farther than 200 m from every measure in force):
 *   place 4: 24 -> 23, place 5: 16 -> 15, place 6: 14 -> 13, place 7: 5 -> 5,
 *   place 11: 26 -> 25 (60 m from measure 3, which is only föreslagen: eligible)
 * Not eligible: place 8 (80 m from measure 1), place 10 (60 m from measure 2, beslutad),
 * place 9 (a footway: another road class), all with 25 before and 0 after, which would pull the
 * comparison change down if they were used.
 * Matching, 2 per place, the treated place with the most reports first:
 *   place 1 (25): |24-25| = |26-25| = 1, ties to the lower index -> places 4 and 11
 *   place 2 (15): |16-15| = |14-15| = 1 -> places 5 and 6
 *   c = 24 + 26 + 16 + 14 = 80, d = 23 + 25 + 15 + 13 = 76
 * RES = (40 * 76) / (20 * 80) = 3040 / 1600 = 1.9
 * V = 1/40 + 1/20 + 1/80 + 1/76 = 0.1006579, interval exp(ln 1.9 -+ 1.96 sqrt V) = 1.0202252 .. 3.5384344
 * Fisher's exact test on [[40, 20], [80, 76]]: p = 0.0474872973604 (scipy.stats.fisher_exact)
 * Other reports that must not count: a littering report and a graffiti report of 2022 on place 1;
 * "other" reports on place 7 on 2023-01-01 and 2024-12-31 make the data cover both windows.
 * Measures 4-6 (far from every place) are followed up too: one whose after period runs past the
 * data, one whose rule has no effect indicator, one without a date (left out).
 */
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "helpers.h"
#include "pipeline/followup.h"
#include "trygg/config.h"

typedef struct {
    int seg;
    const char *cls;
    double x0, y, x1;
} place_def;

static const place_def places[] = {
    {1, "residential", 10, 0, 100},     {2, "residential", 150, 0, 290},   {4, "residential", 0, 5000, 100},
    {5, "residential", 0, 5500, 100},   {6, "residential", 0, 6000, 100},  {7, "residential", 0, 6500, 100},
    {8, "residential", 0, 100, 100},    {9, "footway", 0, 7000, 100},      {10, "residential", 0, 9100, 100},
    {11, "residential", 0, 12100, 100},
};

static void add_incident(OGRLayerH l, int seg, double x, double y, const char *cat, int year, int month, int day,
                         int hour)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGR_F_SetFieldInteger64(f, 0, seg);
    OGR_F_SetFieldString(f, 1, cat);
    OGR_F_SetFieldDateTimeEx(f, 2, year, month, day, hour, 0, 0, 100);
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(g, 0, x, y);
    OGR_F_SetGeometryDirectly(f, g);
    CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
}

/* n reports on a place within one year, spread over March to October, at noon UTC. */
static void add_reports(OGRLayerH l, const place_def *p, int year, int n)
{
    for (int k = 0; k < n; k++)
        add_incident(l, p->seg, p->x0, p->y, k % 2 ? "graffiti" : "vandalism", year, 3 + k % 8, 1 + k % 28, 12);
}

static const place_def *place(int seg)
{
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (places[i].seg == seg)
            return &places[i];
    return NULL;
}

static void write_fixture(const char *path)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH s = GDALDatasetCreateLayer(ds, "street_segments", srs, wkbLineString, NULL);
    OGRFieldDefnH fd = OGR_Fld_Create("seg_id", OFTInteger64);
    OGR_L_CreateField(s, fd, TRUE);
    OGR_Fld_Destroy(fd);
    fd = OGR_Fld_Create("road_class", OFTString);
    OGR_L_CreateField(s, fd, TRUE);
    OGR_Fld_Destroy(fd);
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(s));
        OGR_F_SetFieldInteger64(f, 0, places[i].seg);
        OGR_F_SetFieldString(f, 1, places[i].cls);
        OGRGeometryH g = OGR_G_CreateGeometry(wkbLineString);
        OGR_G_AddPoint_2D(g, places[i].x0, places[i].y);
        OGR_G_AddPoint_2D(g, places[i].x1, places[i].y);
        OGR_F_SetGeometryDirectly(f, g);
        CU_ASSERT(OGR_L_CreateFeature(s, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    OGRLayerH l = GDALDatasetCreateLayer(ds, "incidents", srs, wkbPoint, NULL);
    const char *names[] = {"seg_id", "category", "occurred_at"};
    OGRFieldType types[] = {OFTInteger64, OFTString, OFTDateTime};
    for (int i = 0; i < 3; i++) {
        fd = OGR_Fld_Create(names[i], types[i]);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    GDALDatasetStartTransaction(ds, FALSE);
    static const struct {
        int seg, before, after;
    } counts[] = {{1, 25, 12}, {2, 15, 8}, {4, 24, 23}, {5, 16, 15}, {6, 14, 13}, {7, 5, 5},
                  {8, 25, 0},  {9, 25, 0}, {10, 25, 0}, {11, 26, 25}};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        add_reports(l, place(counts[i].seg), 2023, counts[i].before);
        add_reports(l, place(counts[i].seg), 2024, counts[i].after);
    }
    add_incident(l, 1, 10, 0, "littering", 2023, 5, 5, 12);
    add_incident(l, 1, 10, 0, "graffiti", 2022, 5, 5, 12);
    add_incident(l, 7, 0, 6500, "other", 2023, 1, 1, 12);
    add_incident(l, 7, 0, 6500, "other", 2024, 12, 31, 12);
    GDALDatasetCommitTransaction(ds);
    OSRDestroySpatialReference(srs);
    GDALClose(ds);
}

static void add_entry(trygg_register *r, int64_t id, const char *rule, const char *status, const char *done_on,
                      double x0, double y0, double x1, double y1)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 8;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
    }
    trygg_register_entry *e = &r->v[r->n++];
    memset(e, 0, sizeof *e);
    e->measure_id = id;
    e->rule = strdup(rule);
    e->status = strdup(status);
    e->done_on = done_on ? strdup(done_on) : NULL;
    char wkt[256];
    snprintf(wkt, sizeof wkt, "MULTIPOLYGON(((%g %g,%g %g,%g %g,%g %g,%g %g)))", x0, y0, x1, y0, x1, y1, x0, y1, x0,
             y0);
    OGRGeometryH g = NULL;
    char *p = wkt;
    OGR_G_CreateFromWkt(&p, NULL, &g);
    e->wkb_size = (size_t)OGR_G_WkbSize(g);
    e->wkb = malloc(e->wkb_size);
    OGR_G_ExportToIsoWkb(g, wkbNDR, e->wkb);
    OGR_G_DestroyGeometry(g);
}

static void test_followup_worked_fixture(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("followup_worked");
    char path[4096];
    snprintf(path, sizeof path, "%s/out.gpkg", dir);
    write_fixture(path);
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg.effect_comparison_per_place = 2;
    trygg_register reg = {0};
    add_entry(&reg, 1, "graffiti_damage", "genomförd", "2024-01-01", 0, -20, 300, 20);
    add_entry(&reg, 2, "lighting", "beslutad", NULL, 0, 9000, 100, 9040);
    add_entry(&reg, 3, "lighting", "föreslagen", NULL, 0, 12000, 100, 12040);
    add_entry(&reg, 4, "graffiti_damage", "genomförd", "2024-06-01", 0, 20000, 100, 20040); /* after ends 2025-05-31 */
    add_entry(&reg, 5, "lamp_register", "genomförd", "2024-01-01", 0, 21000, 100, 21040); /* no effect indicator */
    add_entry(&reg, 6, "graffiti_damage", "genomförd", NULL, 0, 22000, 100, 22040); /* no date: not followed */
    trygg_followup_effects fx;
    CU_ASSERT_EQUAL_FATAL(trygg_followup_estimate(ctx, &cfg, &reg, path, &fx), TRYGG_OK);
    TH_ASSERT_INT(fx.n, 3);
    const trygg_followup_effect *x = trygg_followup_find(&fx, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_STR(x->before_from, "2023-01-01");
    TH_ASSERT_STR(x->before_to, "2023-12-31");
    TH_ASSERT_STR(x->after_from, "2024-01-01");
    TH_ASSERT_STR(x->after_to, "2024-12-31");
    TH_ASSERT_STR(x->what, "skadegörelse och klotter");
    TH_ASSERT_STR(x->what_en, "vandalism and graffiti");
    TH_ASSERT_INT(x->places, 2);
    TH_ASSERT_INT(x->comparison_places, 4);
    TH_ASSERT_INT(x->counts.treated_before, 40);
    TH_ASSERT_INT(x->counts.treated_after, 20);
    TH_ASSERT_INT(x->counts.comparison_before, 80);
    TH_ASSERT_INT(x->counts.comparison_after, 76);
    CU_ASSERT(x->estimated);
    TH_ASSERT_NEAR(x->effect.res, 1.9, 1e-12);
    TH_ASSERT_NEAR(x->effect.res_lo, 1.0202252096737625, 1e-9);
    TH_ASSERT_NEAR(x->effect.res_hi, 3.5384344219002095, 1e-9);
    TH_ASSERT_NEAR(x->effect.p, 0.04748729736040448, 1e-10);
    TH_ASSERT_STR(x->verdict, "worked");
    TH_ASSERT_CONTAINS(x->sentence, "skadegörelse och klotter minskade 50\u00a0% efter åtgärden (40 → 20), "
                                    "jämförelseplatserna 5\u00a0% (80 → 76)");
    TH_ASSERT_CONTAINS(x->sentence_en, "vandalism and graffiti fell 50% after the measure (40 -> 20), at the "
                                       "comparison places 5% (80 -> 76)");
    x = trygg_followup_find(&fx, 4);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    CU_ASSERT_FALSE(x->estimated);
    TH_ASSERT_STR(x->verdict, "cannot tell yet");
    TH_ASSERT_STR(x->sentence_en, "cannot tell yet: the periods before and after the measure (2023-06-01 to "
                                  "2025-05-31) are not covered by the reports (2022-05-05 to 2024-12-31)");
    x = trygg_followup_find(&fx, 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    TH_ASSERT_STR(x->sentence_en, "cannot tell: the rule lamp_register has no effect indicator (effect)");
    CU_ASSERT_PTR_NULL(trygg_followup_find(&fx, 6));
    trygg_followup_effects_fini(&fx);
    trygg_register_fini(&reg);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* The matching alone: strata by class, nearest count, no place twice, none of the treated. */
static void test_followup_comparison_matching(void)
{
    const char *cls[] = {"a", "a", "a", "b", "a", "a", NULL};
    long before[] = {10, 3, 9, 10, 11, 10, 10};
    bool eligible[] = {true, true, true, true, true, false, true};
    size_t treated[] = {0, 1};
    size_t chosen[4];
    /* place 0 (10) first: candidates of class a, eligible, not treated: 2 (9, d 1), 4 (11, d 1) -> 2, 4;
     * place 1 (3): what is left of class a is nothing (5 not eligible) -> none. */
    size_t n = trygg_effect_comparison(cls, before, eligible, 7, treated, 2, 2, chosen);
    TH_ASSERT_INT(n, 2);
    TH_ASSERT_INT(chosen[0], 2);
    TH_ASSERT_INT(chosen[1], 4);
}

static void test_followup_effect_spec(void)
{
    bool cats[TRYGG_CAT_COUNT], night;
    const char *bad = NULL;
    CU_ASSERT(trygg_config_effect_parse("vandalism, graffiti", cats, &night, &bad));
    CU_ASSERT(cats[TRYGG_CAT_VANDALISM] && cats[TRYGG_CAT_GRAFFITI] && !cats[TRYGG_CAT_LITTERING] && !night);
    CU_ASSERT(trygg_config_effect_parse("night", cats, &night, &bad));
    CU_ASSERT(night && cats[TRYGG_CAT_OTHER] && cats[TRYGG_CAT_VANDALISM]);
    CU_ASSERT(trygg_config_effect_parse("night, violence", cats, &night, &bad));
    CU_ASSERT(night && cats[TRYGG_CAT_VIOLENCE] && !cats[TRYGG_CAT_OTHER]);
    CU_ASSERT_FALSE(trygg_config_effect_parse("vandalism, klotter", cats, &night, &bad));
    TH_ASSERT_STR(bad, "klotter");
    CU_ASSERT_FALSE(trygg_config_effect_parse("", cats, &night, &bad));
    /* Every shipped rule's effect is valid. */
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_config_add_default_rules(&cfg);
    size_t with = 0;
    for (size_t i = 0; i < cfg.nrules; i++)
        if (cfg.rules[i].effect) {
            CU_ASSERT(trygg_config_effect_parse(cfg.rules[i].effect, cats, &night, NULL));
            with++;
        }
    /* all but lamp_register (followed up by doing it) and the two focus-area rules over
     * focus_areas, whose reports are never counted at places (their effect is not estimated yet) */
    TH_ASSERT_INT(with, cfg.nrules - 3);
    trygg_config_fini(&cfg);
}

void test_followup_register(void)
{
    static CU_TestInfo tests[] = {
        {"worked_fixture", test_followup_worked_fixture},
        {"comparison_matching", test_followup_comparison_matching},
        {"effect_spec", test_followup_effect_spec},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("followup", tests);
}
