/*
 * trygg compare on two hand-made editions (GeoPackages written with GDAL, EPSG:3006).
 * Old hotspots: #1 vandalism [0,100]^2, #2 littering [500,600]x[0,100], #3 graffiti at x 1000.
 * New hotspots: #1 vandalism [20,120]x[0,100] (80 of 100 % of the smaller area in common with
 * old #1: persisting), #2 graffiti at x 2000 (new; old #3 is gone), #3 littering [590,690]
 * (10 % in common with old #2: below a quarter, so old #2 is gone and this one new), #4
 * vandalism [500,600] (where old littering #2 was, but another category: new).
 * So 3 new, 1 persisting, 2 gone. Areas: EX-1 in both (total 30 -> 25 = -17 %, vandalism
 * 10 -> 6 = -40 %), EX-2 only old, EX-3 only new. Measures: #7 done 2025-03-01, after the old
 * edition's run (2025-01-01): counted; #8 done 2024-06-01: before it, not counted.
 */
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "helpers.h"
#include "trygg/compare.h"

static OGRLayerH layer(GDALDatasetH ds, const char *name, OGRwkbGeometryType type, const char *const *fields,
                       const OGRFieldType *types)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, type == wkbNone ? NULL : srs, type, NULL);
    OSRDestroySpatialReference(srs);
    for (int i = 0; fields[i]; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(fields[i], types[i]);
        CU_ASSERT(OGR_L_CreateField(l, fd, TRUE) == OGRERR_NONE);
        OGR_Fld_Destroy(fd);
    }
    return l;
}

static void add_run_info(OGRLayerH l, const char *key, const char *value)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGR_F_SetFieldString(f, 0, key);
    OGR_F_SetFieldString(f, 1, value);
    CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
}

static void add_hotspot(OGRLayerH l, int id, const char *cat, double x0, long incidents)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGR_F_SetFieldInteger(f, 0, id);
    OGR_F_SetFieldString(f, 1, cat);
    OGR_F_SetFieldString(f, 2, "95 % hot");
    OGR_F_SetFieldInteger(f, 3, (int)incidents);
    char wkt[200];
    snprintf(wkt, sizeof wkt, "MULTIPOLYGON(((%g 0,%g 0,%g 100,%g 100,%g 0)))", x0, x0 + 100, x0 + 100, x0, x0);
    OGRGeometryH g = NULL;
    char *p = wkt;
    OGR_G_CreateFromWkt(&p, NULL, &g);
    OGR_F_SetGeometryDirectly(f, g);
    CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
}

static void add_area(OGRLayerH l, const char *id, const char *name, int vandalism, int total)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGR_F_SetFieldString(f, 0, id);
    OGR_F_SetFieldString(f, 1, name);
    OGR_F_SetFieldInteger(f, 2, vandalism);
    OGR_F_SetFieldInteger(f, 3, total);
    CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
}

static void add_effect(OGRLayerH l, int id, const char *done_on, const char *effect)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    OGR_F_SetFieldInteger(f, 0, id);
    OGR_F_SetFieldString(f, 1, "lighting");
    OGR_F_SetFieldString(f, 2, done_on);
    OGR_F_SetFieldString(f, 3, "cannot tell yet");
    OGR_F_SetFieldString(f, 4, effect);
    CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
}

static const char *const ri_fields[] = {"key", "value", NULL};
static const OGRFieldType ri_types[] = {OFTString, OFTString};
static const char *const hs_fields[] = {"hotspot_id", "category", "confidence", "incidents", NULL};
static const OGRFieldType hs_types[] = {OFTInteger, OFTString, OFTString, OFTInteger};
static const char *const ar_fields[] = {"area_id", "name", "n_vandalism_b", "n_total_b", NULL};
static const OGRFieldType ar_types[] = {OFTString, OFTString, OFTInteger, OFTInteger};
static const char *const ef_fields[] = {"measure_id", "rule", "done_on", "verdict", "effect_en", NULL};
static const OGRFieldType ef_types[] = {OFTInteger, OFTString, OFTString, OFTString, OFTString};

static void write_old(const char *path)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
    OGRLayerH ri = layer(ds, "run_info", wkbNone, ri_fields, ri_types);
    add_run_info(ri, "run_at", "2025-01-01T00:00:00Z");
    add_run_info(ri, "trend.periods", "period a 2023-01-01/2023-12-31, period b 2024-01-01/2024-12-31 (default)");
    OGRLayerH hs = layer(ds, "hotspots", wkbMultiPolygon, hs_fields, hs_types);
    add_hotspot(hs, 1, "vandalism", 0, 30);
    add_hotspot(hs, 2, "littering", 500, 12);
    add_hotspot(hs, 3, "graffiti", 1000, 9);
    OGRLayerH ar = layer(ds, "area_reports", wkbNone, ar_fields, ar_types);
    add_area(ar, "EX-1", "Torget", 10, 30);
    add_area(ar, "EX-2", "Parken", 3, 5);
    GDALClose(ds);
}

static void write_new(const char *path)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path, 0, 0, 0, GDT_Unknown, NULL);
    OGRLayerH ri = layer(ds, "run_info", wkbNone, ri_fields, ri_types);
    add_run_info(ri, "run_at", "2026-01-01T00:00:00Z");
    add_run_info(ri, "trend.periods", "period a 2024-01-01/2024-12-31, period b 2025-01-01/2025-12-31 (default)");
    OGRLayerH hs = layer(ds, "hotspots", wkbMultiPolygon, hs_fields, hs_types);
    add_hotspot(hs, 1, "vandalism", 20, 22);
    add_hotspot(hs, 2, "graffiti", 2000, 7);
    add_hotspot(hs, 3, "littering", 590, 11);
    add_hotspot(hs, 4, "vandalism", 500, 8);
    OGRLayerH ar = layer(ds, "area_reports", wkbNone, ar_fields, ar_types);
    add_area(ar, "EX-1", "Torget", 6, 25);
    add_area(ar, "EX-3", "Stationen", 2, 4);
    OGRLayerH ef = layer(ds, "measure_effects", wkbNone, ef_fields, ef_types);
    add_effect(ef, 7, "2025-03-01", "cannot tell yet: too few reports");
    add_effect(ef, 8, "2024-06-01", "an older one");
    GDALClose(ds);
}

static void test_compare_two_editions(void)
{
    trygg_ctx *ctx = th_ctx();
    const char *dir = th_tmpdir("compare_two");
    char old_path[4096], new_path[4096];
    snprintf(old_path, sizeof old_path, "%s/old.gpkg", dir);
    snprintf(new_path, sizeof new_path, "%s/new.gpkg", dir);
    GDALAllRegister();
    write_old(old_path);
    write_new(new_path);
    char *text = NULL;
    trygg_compare_counts c;
    CU_ASSERT_EQUAL_FATAL(trygg_compare(ctx, old_path, new_path, &text, &c), TRYGG_OK);
    TH_ASSERT_INT(c.hotspots_new, 3);
    TH_ASSERT_INT(c.hotspots_kept, 1);
    TH_ASSERT_INT(c.hotspots_gone, 2);
    TH_ASSERT_INT(c.measures_done, 1);
    /* Swedish by default, numbers in Swedish format (a minus sign, a space before %). */
    TH_ASSERT_CONTAINS(text, "Brottskoncentrationer: 3 nya, 1 kvarstående, 2 borta");
    TH_ASSERT_CONTAINS(text, "  kvarstående: brottskoncentration vandalism nr 1 -> nr 1 (95 % hot -> 95 % hot, 30 -> 22 "
                             "anmälningar)\n");
    TH_ASSERT_CONTAINS(text, "  ny: brottskoncentration graffiti nr 2 (95 % hot, 7 anmälningar)\n");
    TH_ASSERT_CONTAINS(text, "  borta: brottskoncentration littering nr 2 (95 % hot, 12 anmälningar)\n");
    TH_ASSERT_CONTAINS(text, "Åtgärder genomförda sedan 2025-01-01: 1\n  nr 7 lighting, genomförd 2025-03-01: cannot tell");
    TH_ASSERT_CONTAINS(text, "  EX-1 Torget: totalt 30 -> 25 (\u221217\u00a0%); vandalism 10 -> 6 (\u221240\u00a0%)\n");
    TH_ASSERT_CONTAINS(text, "  EX-3 Stationen: bara i den nya utgåvan\n");
    TH_ASSERT_CONTAINS(text, "  EX-2 Parken: bara i den äldre utgåvan\n");
    free(text);

    /* The same in English. */
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    text = NULL;
    trygg_status st_en = trygg_compare(ctx, old_path, new_path, &text, &c);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    CU_ASSERT_EQUAL_FATAL(st_en, TRYGG_OK);
    TH_ASSERT_CONTAINS(text, "Hotspots: 3 new, 1 persisting, 2 gone");
    TH_ASSERT_CONTAINS(text, "  persisting: vandalism hotspot #1 -> #1 (95 % hot -> 95 % hot, 30 -> 22 reports)\n");
    TH_ASSERT_CONTAINS(text, "  new: graffiti hotspot #2 (95 % hot, 7 reports)\n");
    TH_ASSERT_CONTAINS(text, "  new: littering hotspot #3");
    TH_ASSERT_CONTAINS(text, "  new: vandalism hotspot #4");
    TH_ASSERT_CONTAINS(text, "  gone: littering hotspot #2 (95 % hot, 12 reports)\n");
    TH_ASSERT_CONTAINS(text, "  gone: graffiti hotspot #3");
    TH_ASSERT_CONTAINS(text, "Measures done since 2025-01-01: 1\n  #7 lighting, done 2025-03-01: cannot tell yet");
    CU_ASSERT_PTR_NULL(strstr(text, "#8 lighting"));
    TH_ASSERT_CONTAINS(text, "latest period: 2024-01-01/2024-12-31 and 2025-01-01/2025-12-31");
    TH_ASSERT_CONTAINS(text, "  EX-1 Torget: total 30 -> 25 (\u221217%); vandalism 10 -> 6 (\u221240%)\n");
    TH_ASSERT_CONTAINS(text, "  EX-3 Stationen: only in the new edition\n");
    TH_ASSERT_CONTAINS(text, "  EX-2 Parken: only in the old edition\n");
    free(text);

    /* Not a trygg output: named, nothing compared. */
    const char *bad = th_write_file(dir, "bad.gpkg", "no");
    text = NULL;
    CU_ASSERT_EQUAL(trygg_compare(ctx, old_path, bad, &text, NULL), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "bad.gpkg");
    CU_ASSERT_PTR_NULL(text);
    trygg_ctx_free(ctx);
}

void test_compare_register(void)
{
    static CU_TestInfo tests[] = {
        {"two_editions", test_compare_two_editions},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("compare", tests);
}
