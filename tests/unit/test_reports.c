/* Area reports built from an output GeoPackage (src/pipeline/reports.c): file names, period
 * labels, and the figures of one area on a hand-made GeoPackage written here with GDAL; what an
 * owner's report shows of them against an internal one. */
#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/internal.h"
#include "helpers.h"
#include "io/io.h"
#include "io/osm_date.h"
#include "io/output_reader.h"
#include "io/output_set.h"
#include "pipeline/reports.h"
#include "report/report_names.h"
#include "report/run_facts.h"
#include "report/knox_tables.h"
#include "report/least_safe.h"
#include "report/report_internal.h"
#include "report/report_model.h"
#include "score/coverage.h"
#include "score/mid_rank.h"
#include "score/street_cover.h"
#include "trygg/config.h"

static void set_language(const char *code)
{
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL_FATAL(trygg_set_language(ctx, code), TRYGG_OK);
    trygg_ctx_free(ctx);
}

/* Text of a PDF (pdftotext) with every run of white space, no-break spaces too, made one space. */
static char *pdf_text(const char *pdf)
{
    char cmd[1300];
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", pdf);
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *t = malloc(cap);
    while ((got = fread(t + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 1024)
            t = realloc(t, cap *= 2);
    }
    t[n] = '\0';
    pclose(p);
    size_t w = 0;
    bool space = false;
    for (size_t r = 0; t[r]; r++) {
        unsigned char c = (unsigned char)t[r];
        if (c == 0xC2 && (unsigned char)t[r + 1] == 0xA0) {
            space = true, r++;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
            space = true;
            continue;
        }
        if (space && w > 0)
            t[w++] = ' ';
        space = false;
        t[w++] = (char)c;
    }
    t[w] = '\0';
    return t;
}

static void test_reports_file_name(void)
{
    char *s = trygg_reports_file_name("Västra Mårtensgatan 12", NULL, 0);
    TH_ASSERT_STR(s, "Vastra_Martensgatan_12.pdf");
    const char *taken[] = {s};
    char *t = trygg_reports_file_name("VÄSTRA MÅRTENSGATAN 12", taken, 1);
    /* folded to "VASTRA_MARTENSGATAN_12.pdf", which clashes case-insensitively with the first */
    TH_ASSERT_STR(t, "VASTRA_MARTENSGATAN_12-2.pdf");
    const char *taken2[] = {s, t};
    char *u = trygg_reports_file_name("Västra Mårtensgatan 12", taken2, 2);
    TH_ASSERT_STR(u, "Vastra_Martensgatan_12-3.pdf");
    free(s);
    free(t);
    free(u);
    s = trygg_reports_file_name("  Lund 2:14 / Öresund (ÅÄÖ é ß)  ", NULL, 0);
    TH_ASSERT_STR(s, "Lund_2_14_Oresund_AAO_e_ss.pdf");
    free(s);
    /* slashes and dots never reach the file system: no "..", no directory */
    s = trygg_reports_file_name("../../etc/passwd", NULL, 0);
    TH_ASSERT_STR(s, "etc_passwd.pdf");
    free(s);
    s = trygg_reports_file_name("", NULL, 0);
    TH_ASSERT_STR(s, "area.pdf");
    free(s);
    s = trygg_reports_file_name("★★★ — ★", NULL, 0);
    TH_ASSERT_STR(s, "area.pdf");
    free(s);
    s = trygg_reports_file_name(NULL, NULL, 0);
    TH_ASSERT_STR(s, "area.pdf");
    free(s);
    /* 70 letters: cut to 60 before ".pdf" */
    s = trygg_reports_file_name("aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggg", NULL, 0);
    TH_ASSERT_STR(s, "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffff.pdf");
    free(s);
}

static void test_reports_period_label(void)
{
    char b[64];
    trygg_reports_period_label("2023-01-01/2023-12-31", b, sizeof b);
    TH_ASSERT_STR(b, "2023");
    /* 2024 is a leap year: February ends on the 29th, a whole month */
    trygg_reports_period_label("2023-03-01/2024-02-29", b, sizeof b);
    TH_ASSERT_STR(b, "2023-03–2024-02"); /* Swedish, the default: an en dash between */
    trygg_reports_period_label("2023-03-01/2023-02-28", b, sizeof b); /* whole months, as written */
    TH_ASSERT_STR(b, "2023-03–2023-02");
    set_language("en");
    trygg_reports_period_label("2023-03-01/2024-02-29", b, sizeof b);
    TH_ASSERT_STR(b, "2023-03 to 2024-02");
    set_language("sv");
    trygg_reports_period_label("2023-03-05/2024-03-04", b, sizeof b);
    TH_ASSERT_STR(b, "2023-03-05/2024-03-04");
    trygg_reports_period_label("not a period", b, sizeof b);
    TH_ASSERT_STR(b, "not a period");
}

/* ---- A hand-made output ---- */

typedef struct {
    const char *name;
    OGRFieldType type;
} fdef;

/* A layer of rows: each row is a WKT (or NULL) and the field values as strings (NULL: null). */
static void mk_layer(GDALDatasetH ds, const char *name, OGRwkbGeometryType gt, const fdef *f, int nf,
                     const char *const *rows, int nrows)
{
    OGRSpatialReferenceH srs = NULL;
    if (gt != wkbNone) {
        srs = OSRNewSpatialReference(NULL);
        OSRImportFromEPSG(srs, 3006);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    char *opts[] = {"FID=fid", "GEOMETRY_NAME=geom", NULL};
    OGRLayerH l = GDALDatasetCreateLayer(ds, name, srs, gt, opts);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l);
    for (int i = 0; i < nf; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(f[i].name, f[i].type);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    for (int r = 0; r < nrows; r++) {
        const char *const *row = rows + r * (nf + 1);
        OGRFeatureH ft = OGR_F_Create(OGR_L_GetLayerDefn(l));
        if (row[0]) {
            OGRGeometryH g = NULL;
            char *wkt = (char *)row[0];
            OGR_G_CreateFromWkt(&wkt, srs, &g);
            OGR_F_SetGeometryDirectly(ft, g);
        }
        for (int i = 0; i < nf; i++)
            if (row[i + 1])
                OGR_F_SetFieldString(ft, i, row[i + 1]);
            else
                OGR_F_SetFieldNull(ft, i);
        CU_ASSERT(OGR_L_CreateFeature(l, ft) == OGRERR_NONE);
        OGR_F_Destroy(ft);
    }
    if (srs)
        OSRDestroySpatialReference(srs);
}

/* The area: the square (0,0)-(100,100), surroundings 10 m. One street crosses it, one is far. */
static void make_output(const char *path, const char *areas)
{
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    GDALDatasetH ds = GDALCreate(drv, path, 0, 0, 0, GDT_Unknown, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    static const fdef sf[] = {{"street", OFTString},          {"lighting_class", OFTString},
                              {"safety_index", OFTReal},      {"vandalism_score", OFTReal},
                              {"littering_score", OFTReal},   {"visibility_score", OFTReal}};
    static const char *const streets[] = {
        "LINESTRING (-50 50, 150 50)",   "Storgatan", "P4", "40", "70", "50", "30",
        "LINESTRING (-50 300, 150 300)", "Lillgatan", NULL, "80", "10", "20", "90",
    };
    mk_layer(ds, "street_segments", wkbLineString, sf, 6, streets, 2);
    static const fdef inf[] = {{"category", OFTString}, {"occurred_at", OFTString}};
    static const char *const incidents[] = {
        "POINT (50 50)",   "vandalism", "2023-06-01T12:00:00Z", /* inside, period a */
        "POINT (105 50)",  "vandalism", "2024-02-01T00:00:00Z", /* 5 m outside the square: in the 10 m, b */
        "POINT (115 50)",  "vandalism", "2024-03-01T00:00:00Z", /* 15 m outside: not counted */
        "POINT (108 108)", "vandalism", "2024-03-01T00:00:00Z", /* 11.3 m from the corner: in the box, not the zone */
        /* CET (UTC+1): 22:30Z is 23:30 on 31 December, period a; 23:30Z is 00:30 on 1 January, b */
        "POINT (50 50)",   "graffiti",  "2023-12-31T22:30:00Z",
        "POINT (50 50)",   "graffiti",  "2023-12-31T23:30:00Z",
        "POINT (50 50)",   "theft",     "2022-05-01T12:00:00Z", /* before both periods */
        "POINT (60 60)",   "drugs",     NULL,                   /* no time: in neither period */
    };
    mk_layer(ds, "incidents", wkbPoint, inf, 2, incidents, 8);
    static const char *const lamps[] = {"POINT (50 60)", "POINT (200 200)"};
    mk_layer(ds, "lamps", wkbPoint, NULL, 0, lamps, 2);
    static const fdef mf[] = {{"measure_id", OFTInteger}, {"measure", OFTString},  {"focus_area", OFTString},
                              {"responsible", OFTString}, {"priority", OFTInteger}, {"indicator", OFTString}};
    static const char *const measures[] = {
        "POLYGON ((90 40, 130 40, 130 60, 90 60, 90 40))", "7", "Bättre belysning", "trygghet", "Gatukontoret", "2",
        "lux", "POLYGON ((500 500, 510 500, 510 510, 500 510, 500 500))", "8", "Fler papperskorgar", "trygghet",
        "Gatukontoret", "3", "reports",
    };
    mk_layer(ds, "measures", wkbPolygon, mf, 6, measures, 2);
    static const fdef rf[] = {{"key", OFTString}, {"value", OFTString}};
    static const char *const info[] = {
        NULL, "crs", "EPSG:3006",
        NULL, "study_area", "Testby (hand-made)",
        NULL, "run_at", "2025-01-01T00:00:00Z",
        NULL, "trend.periods", "period a 2023-01-01/2023-12-31, period b 2024-01-01/2024-12-31",
        NULL, "config", "[time]\nutc_offset_h = 1\neu_summer_time = true\n[reports]\nbuffer_m = 10\n",
    };
    mk_layer(ds, "run_info", wkbNone, rf, 2, info, 5);
    GDALClose(ds);

    ds = GDALCreate(drv, areas, 0, 0, 0, GDT_Unknown, NULL);
    static const fdef af[] = {{"namn", OFTString}};
    static const char *const area_rows[] = {"POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", "Gård Ö"};
    mk_layer(ds, "areas", wkbPolygon, af, 1, area_rows, 1);
    GDALClose(ds);
}

static const trygg_value *field(const trygg_layer_data *L, size_t row, const char *name)
{
    for (size_t c = 0; c < L->nfields; c++)
        if (strcmp(L->fields[c].name, name) == 0)
            return &L->values[row * L->nfields + c];
    fprintf(stderr, "\n  no field %s\n", name);
    CU_FAIL("field missing");
    static const trygg_value none = {.null = true};
    return &none;
}

static void test_reports_figures_by_period(void)
{
    const char *dir = th_tmpdir("reports_figures");
    char gpkg[1024], areas[1024], out_dir[1024], pdf[1100];
    snprintf(gpkg, sizeof gpkg, "%s/t.gpkg", dir);
    snprintf(areas, sizeof areas, "%s/areas.gpkg", dir);
    snprintf(out_dir, sizeof out_dir, "%s/pdfs", dir);
    make_output(gpkg, areas);
    trygg_ctx *ctx = th_ctx();
    /* buffer_m < 0: the run's [reports] buffer_m = 10 from run_info's config */
    trygg_reports_options o = {.areas = areas, .buffer_m = -1, .out_dir = out_dir, .summary = true};
    trygg_reports_result r = {0};
    trygg_status st = trygg_reports_build(ctx, gpkg, &o, &r);
    if (st != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    CU_ASSERT_FATAL(st == TRYGG_OK);
    const trygg_layer_data *L = &r.layer;
    TH_ASSERT_INT(L->nrows, 1);
    TH_ASSERT_STR(field(L, 0, "name")->s, "Gård Ö");
    TH_ASSERT_STR(field(L, 0, "area_id")->s, "1");
    TH_ASSERT_NEAR(field(L, 0, "buffer_m")->r, 10, 0);
    TH_ASSERT_STR(field(L, 0, "period_a")->s, "2023-01-01/2023-12-31");
    /* vandalism: (50,50) in a, (105,50) in b; (115,50) and (108,108) are outside the 10 m zone */
    TH_ASSERT_INT(field(L, 0, "n_vandalism_a")->i, 1);
    TH_ASSERT_INT(field(L, 0, "n_vandalism_b")->i, 1);
    TH_ASSERT_INT(field(L, 0, "change_vandalism")->i, 0);
    /* graffiti: the new year falls between the two in local time (CET) */
    TH_ASSERT_INT(field(L, 0, "n_graffiti_a")->i, 1);
    TH_ASSERT_INT(field(L, 0, "n_graffiti_b")->i, 1);
    TH_ASSERT_INT(field(L, 0, "n_theft_a")->i + field(L, 0, "n_theft_b")->i, 0);
    TH_ASSERT_INT(field(L, 0, "n_drugs_a")->i + field(L, 0, "n_drugs_b")->i, 0);
    TH_ASSERT_INT(field(L, 0, "n_total_a")->i, 2);
    TH_ASSERT_INT(field(L, 0, "n_total_b")->i, 2);
    TH_ASSERT_INT(field(L, 0, "lamps")->i, 1);
    /* Storgatan clipped to the zone: x from -10 to 110 along y = 50, 120 m, all P4 */
    TH_ASSERT_NEAR(field(L, 0, "street_length_m")->r, 120.0, 0.05);
    TH_ASSERT_NEAR(field(L, 0, "length_p4_m")->r, 120.0, 0.05);
    TH_ASSERT_NEAR(field(L, 0, "length_not_assessed_m")->r, 0.0, 0);
    TH_ASSERT_INT(field(L, 0, "places")->i, 1);
    TH_ASSERT_NEAR(field(L, 0, "mean_safety_index")->r, 40.0, 0);
    TH_ASSERT_NEAR(field(L, 0, "mean_visibility_score")->r, 30.0, 0);
    /* 40 among {40, 80}: none below, one tie counted half: 0.5 / 2 = 25 % */
    TH_ASSERT_NEAR(field(L, 0, "safety_percentile")->r, 25.0, 0);
    /* measure 7 overlaps the square; measure 8 is 400 m away */
    TH_ASSERT_INT(field(L, 0, "measures")->i, 1);
    TH_ASSERT_STR(field(L, 0, "report_file")->s, "pdfs/Gard_O.pdf");
    CU_ASSERT_PTR_NOT_NULL(L->wkb[0]);
    /* the area's PDF, then the lägesbild beside the GeoPackage */
    TH_ASSERT_INT(r.npdfs, 2);
    snprintf(pdf, sizeof pdf, "%s/Gard_O.pdf", out_dir);
    struct stat sb;
    CU_ASSERT(stat(pdf, &sb) == 0 && sb.st_size > 1000);
    snprintf(pdf, sizeof pdf, "%s/t_lagesbild.pdf", dir);
    CU_ASSERT(stat(pdf, &sb) == 0 && sb.st_size > 1000);
    trygg_reports_result_fini(&r);

    /* An explicit buffer of 0: only the square itself; (105,50) drops out of period b. */
    o.buffer_m = 0;
    o.summary = false;
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    TH_ASSERT_INT(field(&r.layer, 0, "n_vandalism_b")->i, 0);
    TH_ASSERT_NEAR(field(&r.layer, 0, "street_length_m")->r, 100.0, 0.05);
    TH_ASSERT_INT(r.npdfs, 1);
    trygg_reports_result_fini(&r);
    trygg_ctx_free(ctx);
}

/* The follow-up of an area: the hand-made output with measure 7 (touching the square) genomförd,
 * its effect in measure_effects (a count of 2 at the measure), and two survey areas overlapping the
 * square: Syd shares 100 x 60 m with it, Norr 100 x 40 m but has a later year; Syd's latest year
 * (2024: 2.6, 0.6 up since 2022) is the area's. */
static void add_followup(const char *gpkg)
{
    GDALDatasetH ds = GDALOpenEx(gpkg, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "measures");
    const char *names[2] = {"status", "done_on"};
    for (int i = 0; i < 2; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(names[i], OFTString);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    OGRFeatureH f;
    OGR_L_ResetReading(l);
    while ((f = OGR_L_GetNextFeature(l)) != NULL) {
        bool seven = OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "measure_id")) == 7;
        OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "status"), seven ? "genomförd" : "pågår");
        if (seven)
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "done_on"), "2024-01-01");
        CU_ASSERT(OGR_L_SetFeature(l, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    static const fdef ef[] = {{"measure_id", OFTInteger},        {"verdict", OFTString},
                              {"effect", OFTString},             {"effect_en", OFTString},
                              {"reports_before", OFTInteger},    {"reports_after", OFTInteger},
                              {"comparison_before", OFTInteger}, {"comparison_after", OFTInteger}};
    static const char *const effects[] = {NULL, "7", "worked", "skadegörelsen minskade (12 → 2)",
                                          "vandalism fell (12 -> 2)", "12", "2", "100", "90"};
    mk_layer(ds, "measure_effects", wkbNone, ef, 8, effects, 1);
    static const fdef sf[] = {{"area", OFTString},          {"year", OFTInteger},         {"index_total", OFTReal},
                              {"previous_year", OFTInteger}, {"index_change", OFTReal}};
    static const char *const survey[] = {
        "POLYGON ((-50 -50, 150 -50, 150 60, -50 60, -50 -50))", "Syd", "2022", "2.0", NULL, NULL,
        "POLYGON ((-50 -50, 150 -50, 150 60, -50 60, -50 -50))", "Syd", "2024", "2.6", "2022", "0.6",
        "POLYGON ((0 60, 100 60, 100 200, 0 200, 0 60))", "Norr", "2025", "9.0", NULL, NULL,
    };
    mk_layer(ds, "survey_areas", wkbPolygon, sf, 5, survey, 3);
    l = GDALDatasetGetLayerByName(ds, "run_info");
    const char *info[2][2] = {{"plan.register", "reg.gpkg: 2 entries refreshed"}, {"survey", "3 area-years"}};
    for (int i = 0; i < 2; i++) {
        f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        OGR_F_SetFieldString(f, 0, info[i][0]);
        OGR_F_SetFieldString(f, 1, info[i][1]);
        CU_ASSERT(OGR_L_CreateFeature(l, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
}

static void test_reports_followup(void)
{
    const char *dir = th_tmpdir("reports_followup");
    char gpkg[1024], areas[1024], out_dir[1024], pdf[1100];
    snprintf(gpkg, sizeof gpkg, "%s/t.gpkg", dir);
    snprintf(areas, sizeof areas, "%s/areas.gpkg", dir);
    snprintf(out_dir, sizeof out_dir, "%s/pdfs", dir);
    make_output(gpkg, areas);
    add_followup(gpkg);
    snprintf(pdf, sizeof pdf, "%s/Gard_O.pdf", out_dir);
    trygg_ctx *ctx = th_ctx();
    trygg_reports_options o = {.areas = areas, .buffer_m = -1, .out_dir = out_dir, .summary = false};
    trygg_reports_result r = {0};
    trygg_status st = trygg_reports_build(ctx, gpkg, &o, &r);
    if (st != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    CU_ASSERT_FATAL(st == TRYGG_OK);
    const trygg_layer_data *L = &r.layer;
    TH_ASSERT_INT(field(L, 0, "measures")->i, 1);
    TH_ASSERT_INT(field(L, 0, "measures_done")->i, 1);
    TH_ASSERT_INT(field(L, 0, "measures_in_progress")->i, 0); /* measure 8 (pågår) is 400 m away */
    TH_ASSERT_STR(field(L, 0, "survey_area")->s, "Syd");
    TH_ASSERT_INT(field(L, 0, "survey_year")->i, 2024);
    TH_ASSERT_NEAR(field(L, 0, "survey_index")->r, 2.6, 1e-9);
    TH_ASSERT_INT(field(L, 0, "survey_previous_year")->i, 2022);
    TH_ASSERT_NEAR(field(L, 0, "survey_change")->r, 0.6, 1e-9);
    trygg_reports_result_fini(&r);
    /* the owner's PDF: the survey, the measure done, and its verdict in words, not the sentence
     * that names the 2 reports after the measure */
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null | tr -s ' \\n' '  '", pdf);
    FILE *p = popen(cmd, "r");
    char text[65536];
    size_t n = p ? fread(text, 1, sizeof text - 1, p) : 0;
    text[n] = '\0';
    if (p)
        pclose(p);
    TH_ASSERT_CONTAINS(text, "Trygghetsmätningen för Syd ger index 2,6 år 2024, 0,6 högre än 2022.");
    TH_ASSERT_CONTAINS(text, "1 januari 2024");
    TH_ASSERT_CONTAINS(text, "(fungerade)");
    CU_ASSERT_PTR_NULL(strstr(text, "(12 → 2)"));
    /* the internal one gives the sentence */
    o.audience = "internal";
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    trygg_reports_result_fini(&r);
    p = popen(cmd, "r");
    n = p ? fread(text, 1, sizeof text - 1, p) : 0;
    text[n] = '\0';
    if (p)
        pclose(p);
    TH_ASSERT_CONTAINS(text, "skadegörelsen minskade (12 → 2)");
    trygg_ctx_free(ctx);
}

static void test_reports_owner_and_internal(void)
{
    /* The square's vandalism is 1 report in each period. The owner's report (the default
     * audience, min_count 3 by default) shows both as "<3" and their change as "–", and draws no
     * incident dot; the layer keeps 1 and 1. The internal report shows 1, 1 and "0 %", and the
     * incidents near the square as dots. */
    const char *dir = th_tmpdir("reports_audience");
    char gpkg[1024], areas[1024], out_dir[1024], pdf[1100];
    snprintf(gpkg, sizeof gpkg, "%s/t.gpkg", dir);
    snprintf(areas, sizeof areas, "%s/areas.gpkg", dir);
    snprintf(out_dir, sizeof out_dir, "%s/pdfs", dir);
    snprintf(pdf, sizeof pdf, "%s/Gard_O.pdf", out_dir);
    make_output(gpkg, areas);
    trygg_ctx *ctx = th_ctx();
    trygg_reports_options o = {.areas = areas, .buffer_m = -1, .out_dir = out_dir};
    trygg_reports_result r = {0};
    size_t dots = trygg__report_incident_dots_drawn();
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    TH_ASSERT_INT(trygg__report_incident_dots_drawn() - dots, 0);
    TH_ASSERT_INT(field(&r.layer, 0, "n_vandalism_a")->i, 1);
    TH_ASSERT_INT(field(&r.layer, 0, "n_vandalism_b")->i, 1);
    trygg_reports_result_fini(&r);
    char *t = pdf_text(pdf);
    TH_ASSERT_CONTAINS(t, "Skadegörelse <3 <3 –");
    TH_ASSERT_CONTAINS(t, "Antal under 3 visas som <3.");
    TH_ASSERT_CONTAINS(t, "Anmälningar per ruta med sidan 100 m (rutor med färre än 3 visas inte)");
    CU_ASSERT_PTR_NULL(strstr(t, "Skadegörelse 1 1"));
    free(t);

    o.audience = "internal";
    dots = trygg__report_incident_dots_drawn();
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    CU_ASSERT(trygg__report_incident_dots_drawn() - dots >= 2);
    trygg_reports_result_fini(&r);
    t = pdf_text(pdf);
    TH_ASSERT_CONTAINS(t, "Skadegörelse 1 1 0"); /* "0 %": pdftotext may drop the space */
    TH_ASSERT_CONTAINS(t, "Intern version för kommunen och polisen");
    CU_ASSERT_PTR_NULL(strstr(t, "<3"));
    free(t);

    /* a min_count of 1 hides nothing; an audience that is neither is a config error naming the key */
    o.audience = "owner";
    o.min_count = 1;
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    trygg_reports_result_fini(&r);
    t = pdf_text(pdf);
    TH_ASSERT_CONTAINS(t, "Skadegörelse 1 1 0"); /* "0 %": pdftotext may drop the space */
    TH_ASSERT_CONTAINS(t, "Anmälningar per ruta med sidan 100 m");
    CU_ASSERT_PTR_NULL(strstr(t, "färre än 1"));
    free(t);
    /* Sensitive categories stay in the table but never reach the map: with vandalism and graffiti
     * (every report of the two periods) sensitive, the map has no report at all; a name trygg does
     * not know is ignored. */
    o.sensitive = "vandalism, graffiti,violence_close";
    CU_ASSERT_FATAL(trygg_reports_build(ctx, gpkg, &o, &r) == TRYGG_OK);
    trygg_reports_result_fini(&r);
    t = pdf_text(pdf);
    TH_ASSERT_CONTAINS(t, "Skadegörelse 1 1 0");
    CU_ASSERT_PTR_NULL(strstr(t, "Anmälningar per ruta"));
    free(t);
    o.sensitive = NULL;
    o.audience = "public";
    TH_ASSERT_INT(trygg_reports_build(ctx, gpkg, &o, &r), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[reports] audience = 'public'");
    trygg_ctx_free(ctx);
}

static void test_reports_audience_in_config(void)
{
    /* [reports] audience is owner by default, internal on request, and nothing else: the error
     * names the key and the value. */
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_STR(cfg.report_audience, "owner");
    TH_ASSERT_INT(cfg.privacy_min_count, 3);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "reports", "audience", "internal", "--test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "reports", "audience", "owners", "--test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[reports] audience = 'owners' är varken owner");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_reports_errors(void)
{
    const char *dir = th_tmpdir("reports_errors");
    char gpkg[1024], areas[1024], missing[1024];
    snprintf(gpkg, sizeof gpkg, "%s/t.gpkg", dir);
    snprintf(areas, sizeof areas, "%s/areas.gpkg", dir);
    snprintf(missing, sizeof missing, "%s/nowhere.gpkg", dir);
    make_output(gpkg, areas);
    trygg_ctx *ctx = th_ctx();
    trygg_reports_options o = {.areas = missing, .buffer_m = -1, .summary = true};
    trygg_reports_result r = {0};
    TH_ASSERT_INT(trygg_reports_build(ctx, gpkg, &o, &r), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "nowhere.gpkg");
    /* nothing was written: not even the lägesbild */
    char pdf[1100];
    struct stat sb;
    snprintf(pdf, sizeof pdf, "%s/t_lagesbild.pdf", dir);
    CU_ASSERT(stat(pdf, &sb) != 0);
    o.areas = areas;
    o.name_field = "fastighet";
    TH_ASSERT_INT(trygg_reports_build(ctx, gpkg, &o, &r), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "inget fält 'fastighet'");
    o.name_field = NULL;
    TH_ASSERT_INT(trygg_reports_build(ctx, areas, &o, &r), TRYGG_E_SCHEMA); /* not an output */
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "inte utdata från trygg");
    trygg_ctx_free(ctx);
}

/* The length of a line within r of a lamp, worked out by hand: on (0,0)-(100,0) a lamp at (50,30)
 * with r = 50 covers x in 50 +- sqrt(50^2 - 30^2) = [10, 90]; a second at (95,0) covers [45, 100]
 * (clipped at the end): together [10, 100], 90 m. A far lamp adds nothing; a lamp on the corner
 * of an L covers 10 m of each leg; the index gives the same as checking every lamp. */
static void test_reports_lamp_coverage(void)
{
    trygg_ctx *ctx = th_ctx();
    GEOSContextHandle_t geos = trygg__geos(ctx);
    const double line[4] = {0, 0, 100, 0};
    const double one[2] = {50, 30}, two[6] = {50, 30, 95, 0, 500, 500};
    TH_ASSERT_NEAR(trygg__length_within(line, 2, one, 1, NULL, geos, 50), 80.0, 1e-9);
    TH_ASSERT_NEAR(trygg__length_within(line, 2, two, 3, NULL, geos, 50), 90.0, 1e-9);
    trygg_index *idx = trygg_index_new_points(ctx, two, 3, 2);
    TH_ASSERT_NEAR(trygg__length_within(line, 2, two, 3, idx, geos, 50), 90.0, 1e-9);
    trygg_index_free(idx);
    const double ell[6] = {0, 0, 100, 0, 100, 100}, corner[2] = {100, 0};
    TH_ASSERT_NEAR(trygg__length_within(ell, 3, corner, 1, NULL, geos, 10), 20.0, 1e-9);
    /* tangent and out of reach: nothing; no lamps: nothing */
    const double tangent[2] = {50, 50};
    TH_ASSERT_NEAR(trygg__length_within(line, 2, tangent, 1, NULL, geos, 50), 0.0, 1e-9);
    TH_ASSERT_NEAR(trygg__length_within(line, 2, NULL, 0, NULL, geos, 50), 0.0, 0);
    trygg_ctx_free(ctx);
}

/* An OSM PBF header block with a replication timestamp, raw and zlib-compressed, as a writer of
 * extracts lays it out (4-byte length, BlobHeader "OSMHeader", Blob): 1700000000 s is 2023-11-14
 * 22:13:20 UTC. A header without the field, and a file that is no PBF, give no date. */
static size_t put_varint(unsigned char *b, uint64_t v)
{
    size_t n = 0;
    do {
        b[n++] = (unsigned char)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return n;
}

static void write_pbf(const char *path, const unsigned char *block, size_t bl, bool compress)
{
    unsigned char blob[512], hdr[64], *z = NULL;
    size_t n = 0, zl = 0;
    if (compress) {
        z = CPLZLibDeflate(block, bl, -1, NULL, 0, &zl);
        CU_ASSERT_FATAL(z != NULL);
        blob[n++] = 0x10; /* raw_size */
        n += put_varint(blob + n, bl);
        blob[n++] = 0x1A; /* zlib_data */
        n += put_varint(blob + n, zl);
        memcpy(blob + n, z, zl);
        n += zl;
        CPLFree(z);
    } else {
        blob[n++] = 0x0A; /* raw */
        n += put_varint(blob + n, bl);
        memcpy(blob + n, block, bl);
        n += bl;
    }
    size_t h = 0;
    hdr[h++] = 0x0A;
    hdr[h++] = 9;
    memcpy(hdr + h, "OSMHeader", 9);
    h += 9;
    hdr[h++] = 0x18; /* datasize */
    h += put_varint(hdr + h, n);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_FATAL(f != NULL);
    unsigned char len4[4] = {0, 0, (unsigned char)(h >> 8), (unsigned char)h};
    fwrite(len4, 1, 4, f);
    fwrite(hdr, 1, h, f);
    fwrite(blob, 1, n, f);
    fclose(f);
}

static void test_reports_osm_date(void)
{
    const char *dir = th_tmpdir("osm_date");
    char path[4200];
    unsigned char block[64];
    size_t bl = 0;
    block[bl++] = 0x22; /* required_features: "OsmSchema-V0.6" */
    block[bl++] = 14;
    memcpy(block + bl, "OsmSchema-V0.6", 14);
    bl += 14;
    size_t plain = bl;
    block[bl++] = 0x80; /* field 32, varint: osmosis_replication_timestamp */
    block[bl++] = 0x02;
    bl += put_varint(block + bl, 1700000000);
    snprintf(path, sizeof path, "%s/raw.osm.pbf", dir);
    write_pbf(path, block, bl, false);
    char *d = trygg__osm_pbf_date(path);
    TH_ASSERT_STR(d, "2023-11-14");
    free(d);
    snprintf(path, sizeof path, "%s/zlib.osm.pbf", dir);
    write_pbf(path, block, bl, true);
    d = trygg__osm_pbf_date(path);
    TH_ASSERT_STR(d, "2023-11-14");
    free(d);
    snprintf(path, sizeof path, "%s/none.osm.pbf", dir);
    write_pbf(path, block, plain, true);
    CU_ASSERT_PTR_NULL(trygg__osm_pbf_date(path));
    snprintf(path, sizeof path, "%s/../osm_date", dir);
    CU_ASSERT_PTR_NULL(trygg__osm_pbf_date(path)); /* a folder */
    CU_ASSERT_PTR_NULL(trygg__osm_pbf_date("/nonexistent/x.osm.pbf"));
}

/* The mid-rank percentile of the area report's sentence: among 10, 20, 20, 40 (NAN left out) a
 * mean of 20 has one value below and two equal, (1 + 2 / 2) / 4 = 50 %; 10 is (0 + 1/2) / 4. */
static void test_reports_mid_rank(void)
{
    const double all[5] = {10, 20, 20, NAN, 40}, none[2] = {NAN, NAN};
    TH_ASSERT_NEAR(trygg_percentile_mid_rank(all, 5, 20), 50.0, 1e-12);
    TH_ASSERT_NEAR(trygg_percentile_mid_rank(all, 5, 10), 12.5, 1e-12);
    TH_ASSERT_NEAR(trygg_percentile_mid_rank(all, 5, 50), 100.0, 1e-12);
    TH_ASSERT_NEAR(trygg_percentile_mid_rank(all, 5, 15), 25.0, 1e-12); /* not among them */
    CU_ASSERT(isnan(trygg_percentile_mid_rank(all, 5, NAN)));
    CU_ASSERT(isnan(trygg_percentile_mid_rank(none, 2, 20)));
    CU_ASSERT(isnan(trygg_percentile_mid_rank(NULL, 0, 20)));
}

/* The least safe places: lowest safety index first, equal indexes by seg_id, five at most. */
static void test_reports_least_safe_order(void)
{
    trygg_report_place p[6] = {{.seg_id = 1, .value = 30}, {.seg_id = 5, .value = 10}, {.seg_id = 2, .value = 10},
                               {.seg_id = 3, .value = 50}, {.seg_id = 4, .value = 20}, {.seg_id = 6, .value = 40}};
    TH_ASSERT_INT(trygg__least_safe_order(p, 6, 5), 5);
    const int64_t want[6] = {2, 5, 4, 1, 6, 3};
    for (int i = 0; i < 6; i++)
        TH_ASSERT_INT(p[i].seg_id, want[i]);
    TH_ASSERT_INT(trygg__least_safe_order(p, 2, 5), 2);
    TH_ASSERT_INT(trygg__least_safe_order(NULL, 0, 5), 0);
}

/* The summary's ranked lists, chosen while the places are read, against SQLite's own ORDER BY
 * ... LIMIT 10 on the same file (what trygg read them with before): 30 places with tied keys,
 * NULLs, places without reports and places shorter than places.min_place_m. */
static void test_reports_rankings_as_sql(void)
{
    const char *dir = th_tmpdir("reports_rankings");
    char gpkg[1024];
    snprintf(gpkg, sizeof gpkg, "%s/r.gpkg", dir);
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), gpkg, 0, 0, 0, GDT_Unknown, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    static const fdef sf[] = {{"street", OFTString},       {"location", OFTString},     {"length_m", OFTReal},
                              {"safety_index", OFTReal},   {"n_vandalism", OFTInteger}, {"n_graffiti", OFTInteger},
                              {"n_littering", OFTInteger}, {"eb_vandalism", OFTReal},   {"eb_littering", OFTReal},
                              {"top_factors", OFTString},  {"lighting_class", OFTString}, {"vandalism_score", OFTReal},
                              {"littering_score", OFTReal}, {"visibility_score", OFTReal}};
    enum { NF = 14, NROWS = 30 };
    char text[NROWS][NF + 1][48];
    const char *rows[NROWS * (NF + 1)];
    for (int i = 0; i < NROWS; i++) {
        snprintf(text[i][0], 48, "LINESTRING (%d 0, %d 10)", 20 * i, 20 * i);
        snprintf(text[i][1], 48, "Gata %d", i % 4);
        snprintf(text[i][2], 48, "plats %d", i);
        snprintf(text[i][3], 48, "%d", i % 7 == 3 ? 12 : 40 + i % 5); /* fid 4, 11, 18, 25: too short */
        snprintf(text[i][4], 48, "%d", (i * 37) % 11 * 5);             /* ties every 11 */
        snprintf(text[i][5], 48, "%d", i % 3);
        snprintf(text[i][6], 48, "%d", i % 2);
        snprintf(text[i][7], 48, "%d", i % 5 == 0 ? 0 : i % 4);
        snprintf(text[i][8], 48, "%.2f", (double)((i * 13) % 9) / 4);
        snprintf(text[i][9], 48, "%.2f", (double)((i * 7) % 6) / 3);
        snprintf(text[i][10], 48, "skäl %d", i);
        snprintf(text[i][11], 48, "P%d", 1 + i % 6);
        snprintf(text[i][12], 48, "%d", 50 + i);
        snprintf(text[i][13], 48, "%d", 60 - i);
        snprintf(text[i][14], 48, "%d", 70);
        for (int k = 0; k <= NF; k++)
            rows[i * (NF + 1) + k] = text[i][k];
        if (i % 6 == 1)
            rows[i * (NF + 1) + 4] = NULL; /* no safety index */
        if (i % 8 == 2)
            rows[i * (NF + 1) + 8] = NULL; /* no rate */
        if (i % 9 == 4)
            rows[i * (NF + 1) + 2] = NULL; /* no location: the street */
    }
    mk_layer(ds, "street_segments", wkbLineString, sf, NF, rows, NROWS);
    static const fdef rf[] = {{"key", OFTString}, {"value", OFTString}};
    static const char *const info[] = {NULL, "crs", "EPSG:3006", NULL, "places.min_place_m", "20"};
    mk_layer(ds, "run_info", wkbNone, rf, 2, info, 2);
    GDALClose(ds);

    trygg_ctx *ctx = th_ctx();
    trygg__report_model m = {.ctx = ctx, .geos = trygg__geos(ctx)};
    trygg_status st = trygg__report_model_read(&m, gpkg);
    if (st != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    TH_ASSERT_INT(st, TRYGG_OK);
    TH_ASSERT_INT(m.nrankings, 3);
    static const char *const sql[3] = {
        "safety_index IS NOT NULL ORDER BY safety_index, fid",
        "n_vandalism + n_graffiti > 0 AND eb_vandalism IS NOT NULL ORDER BY eb_vandalism DESC, fid",
        "n_littering > 0 AND eb_littering IS NOT NULL ORDER BY eb_littering DESC, fid",
    };
    for (int k = 0; k < 3 && m.nrankings == 3; k++) {
        char q[512];
        snprintf(q, sizeof q,
                 "SELECT group_concat(fid || ':' || COALESCE(location, street) || ':' || top_factors, ' ') FROM "
                 "(SELECT * FROM street_segments WHERE length_m >= 20 AND %s LIMIT 10)",
                 sql[k]);
        char *want = th_sql_text(gpkg, q);
        trygg__strbuf got = {0};
        const trygg_report_ranking *r = &m.rankings[k];
        for (size_t i = 0; i < r->n; i++)
            trygg__sb_printf(&got, "%s%lld:%s:%s", i ? " " : "", (long long)r->v[i].seg_id, r->v[i].location,
                             r->v[i].why);
        TH_ASSERT_STR(got.s ? got.s : "", want);
        /* 26 places are long enough; of them 21 have a safety index, 22 vandalism reports and a
         * rate, 13 littering reports (odd rows): every list is full */
        CU_ASSERT(r->n == 10);
        free(got.s);
        free(want);
    }
    trygg__report_model_fini(&m);
    trygg_ctx_free(ctx);
}

/* Streets over all places, by hand: a 100 m line of class slot 0, watched 0.5, with a lamp at
 * (50, 30) covering 80 m of it at 50 m (test_reports_lamp_coverage); a line of two 10 m parts of
 * slot 2, far from the lamp, without a surveillance share. 120 m, 80 m lit, 0.5 watched. */
static void test_reports_street_cover(void)
{
    trygg_ctx *ctx = th_ctx();
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSGeometry *g[2] = {GEOSGeomFromWKT_r(geos, "LINESTRING (0 0, 100 0)"),
                          GEOSGeomFromWKT_r(geos, "MULTILINESTRING ((0 500, 10 500), (20 500, 30 500))")};
    const int slot[2] = {0, 2};
    const double watched[2] = {0.5, NAN}, lamp[2] = {50, 30};
    trygg_index *idx = trygg_index_new_points(ctx, lamp, 1, 2);
    trygg__street_cover_input in = {2, (const GEOSGeometry *const *)g, slot, watched, 1, lamp, idx};
    double len[TRYGG_REPORT_LIGHT_SLOTS] = {0}, street, lit, seen;
    trygg__street_cover(geos, &in, 50, len, &street, &lit, &seen);
    TH_ASSERT_NEAR(street, 120.0, 1e-9);
    TH_ASSERT_NEAR(len[0], 100.0, 1e-9);
    TH_ASSERT_NEAR(len[2], 20.0, 1e-9);
    TH_ASSERT_NEAR(lit, 80.0 / 120.0, 1e-9);
    TH_ASSERT_NEAR(seen, 0.5, 1e-12);
    /* without lamps: no coverage figure */
    in.nlamps = 0;
    trygg__street_cover(geos, &in, 50, len, &street, &lit, &seen);
    CU_ASSERT(isnan(lit));
    TH_ASSERT_NEAR(len[0], 200.0, 1e-9); /* added to what was there */
    trygg_index_free(idx);
    GEOSGeom_destroy_r(geos, g[0]);
    GEOSGeom_destroy_r(geos, g[1]);
    trygg_ctx_free(ctx);
}

/* A GeoPackage point blob (GPKG 1.2 section 2.1.3) as the reader takes it apart: little-endian
 * header without an envelope, or with the 32-byte XY envelope; a big-endian WKB point; a Z point
 * (ISO type 1001). Empty points, other types and short or foreign blobs are no point. */
static size_t gp_point(unsigned char *b, int env_code, bool le, uint32_t type, double x, double y, bool empty)
{
    size_t n = 0;
    b[n++] = 'G';
    b[n++] = 'P';
    b[n++] = 0;
    b[n++] = (unsigned char)(1 | env_code << 1 | (empty ? 0x10 : 0));
    memset(b + n, 0, 4); /* srs_id */
    n += 4;
    size_t env = env_code == 1 ? 32 : 0;
    memset(b + n, 0, env);
    n += env;
    b[n++] = le ? 1 : 0;
    for (int k = 0; k < 4; k++)
        b[n++] = (unsigned char)(type >> (le ? 8 * k : 8 * (3 - k)));
    const double v[2] = {x, y};
    for (int c = 0; c < 2; c++) {
        uint64_t u;
        memcpy(&u, &v[c], sizeof u);
        for (int k = 0; k < 8; k++)
            b[n++] = (unsigned char)(u >> (le ? 8 * k : 8 * (7 - k)));
    }
    return n;
}

static void test_reports_point_blob(void)
{
    unsigned char b[128];
    double x = 0, y = 0;
    size_t n = gp_point(b, 0, true, 1, 385000.5, 6672000.25, false);
    CU_ASSERT(trygg__output_point_xy(b, (int)n, &x, &y));
    TH_ASSERT_NEAR(x, 385000.5, 0);
    TH_ASSERT_NEAR(y, 6672000.25, 0);
    n = gp_point(b, 1, true, 1, 1.5, -2.5, false);
    CU_ASSERT(trygg__output_point_xy(b, (int)n, &x, &y));
    TH_ASSERT_NEAR(x, 1.5, 0);
    TH_ASSERT_NEAR(y, -2.5, 0);
    n = gp_point(b, 0, false, 1, 3, 4, false);
    CU_ASSERT(trygg__output_point_xy(b, (int)n, &x, &y));
    TH_ASSERT_NEAR(x, 3, 0);
    TH_ASSERT_NEAR(y, 4, 0);
    n = gp_point(b, 0, true, 1001, 5, 6, false);
    CU_ASSERT(trygg__output_point_xy(b, (int)n, &x, &y));
    TH_ASSERT_NEAR(x, 5, 0);
    n = gp_point(b, 0, true, 1, 5, 6, true);
    CU_ASSERT_FALSE(trygg__output_point_xy(b, (int)n, &x, &y));
    n = gp_point(b, 0, true, 2, 5, 6, false);
    CU_ASSERT_FALSE(trygg__output_point_xy(b, (int)n, &x, &y));
    n = gp_point(b, 0, true, 1, 5, 6, false);
    CU_ASSERT_FALSE(trygg__output_point_xy(b, (int)n - 1, &x, &y));
    b[0] = 'X';
    CU_ASSERT_FALSE(trygg__output_point_xy(b, (int)n, &x, &y));
    CU_ASSERT_FALSE(trygg__output_point_xy(NULL, 0, &x, &y));
}

/* A value of the run's config dump (run_info "config"), by section and key. */
static void test_reports_config_value(void)
{
    const char *dump = "[time]\nutc_offset_h = 2\neu_summer_time = false\n[reports]\nbuffer_m = 150\naudience = \n";
    char *v = trygg__output_config_value(dump, "time", "utc_offset_h");
    TH_ASSERT_STR(v, "2");
    free(v);
    v = trygg__output_config_value(dump, "reports", "buffer_m");
    TH_ASSERT_STR(v, "150");
    free(v);
    CU_ASSERT_PTR_NULL(trygg__output_config_value(dump, "time", "buffer_m")); /* another section's key */
    CU_ASSERT_PTR_NULL(trygg__output_config_value(dump, "plan", "previous"));
    CU_ASSERT_PTR_NULL(trygg__output_config_value(NULL, "time", "utc_offset_h"));
    TH_ASSERT_NEAR(trygg__output_config_num(dump, "reports", "buffer_m", 200), 150.0, 0);
    TH_ASSERT_NEAR(trygg__output_config_num(dump, "reports", "audience", 7), 7.0, 0); /* empty */
    TH_ASSERT_NEAR(trygg__output_config_num(dump, "lighting", "influence_m", 60), 60.0, 0);
}

/* A Knox table from the rows of near_repeat: two distance bands by two time bands, a cell
 * observed / expected and the ratio, starred where p <= 0.05 and the ratio is above 1; a cell with
 * nothing expected shows its count over 0. */
static void test_reports_knox_tables(void)
{
    trygg__knox_row rows[4] = {{"vandalism", 0, 100, 0, 7, 5, 2.5, 2, 0.01},
                               {"vandalism", 0, 100, 7, 14, 3, 3, 1, 0.5},
                               {"vandalism", 100, 200, 0, 7, 3, 0, NAN, NAN},
                               {"vandalism", 100, 200, 7, 14, 1, 2, 0.5, 0.01}};
    trygg__report_model m = {0};
    trygg__report_knox_tables(&m); /* no near_repeat layer: no table */
    TH_ASSERT_INT(m.nknox, 0);
    CU_ASSERT_PTR_NULL(m.knox);
    m.knox_rows = rows;
    m.nknox_rows = 4;
    th_language("en");
    trygg__report_knox_tables(&m);
    th_language("sv");
    TH_ASSERT_INT(m.nknox, 1);
    const trygg_report_table *k = &m.knox[0];
    TH_ASSERT_CONTAINS(k->title, "vandalism: pairs of reports observed / expected");
    TH_ASSERT_INT(k->nrows, 2);
    TH_ASSERT_INT(k->ncols, 3);
    TH_ASSERT_STR(k->head[0], "Distance");
    TH_ASSERT_STR(k->head[1], "0-7 days");
    TH_ASSERT_STR(k->head[2], "7-14 days");
    TH_ASSERT_STR(k->cells[0], "0-100 m");
    TH_ASSERT_STR(k->cells[1], "5 / 2.5  2.00*");
    TH_ASSERT_STR(k->cells[2], "3 / 3.0  1.00");
    TH_ASSERT_STR(k->cells[3], "100-200 m");
    TH_ASSERT_STR(k->cells[4], "3 / 0");
    TH_ASSERT_STR(k->cells[5], "1 / 2.0  0.50"); /* significant, but fewer than expected */
    trygg__bag_fini(&m.mem);
}

/* What the reports say about the run, from a hand-made run_info. */
static void test_reports_run_facts(void)
{
    trygg__report_model m = {0};
    trygg_kv_set(&m.info, "study_area", "%s", "Lund (test)");
    trygg_kv_set(&m.info, "run_at", "%s", "2024-05-06T10:00:00Z");
    trygg_kv_set(&m.info, "input.incidents.synthetic", "%s", "yes");
    trygg_kv_set(&m.info, "input.streets.path", "%s", "/data/lund.osm.pbf");
    trygg_kv_set(&m.info, "input.lamps.path", "%s", "/data/lund.osm.pbf");
    trygg_kv_set(&m.info, "input.incidents.path", "%s", "/data/inc.csv");
    trygg_kv_set(&m.info, "config", "%s",
                 "[time]\nutc_offset_h = 1\neu_summer_time = true\n[reports]\nbuffer_m = 150\n");
    trygg_kv_set(&m.info, "trend.periods", "%s", "period a 2023-01-01/2023-12-31, period b 2024-01-01/2024-12-31");
    th_language("en");
    trygg__report_run_facts(&m);
    th_language("sv");
    TH_ASSERT_STR(m.municipality, "Lund");
    TH_ASSERT_STR(m.date, "2024-05-06");
    CU_ASSERT(m.synthetic);
    TH_ASSERT_CONTAINS(m.sources, "streets, lamps: lund.osm.pbf (Map data © OpenStreetMap contributors, ODbL 1.0)");
    TH_ASSERT_CONTAINS(m.sources, "incidents: inc.csv (SYNTHETIC)");
    TH_ASSERT_STR(m.attribution, "Map data © OpenStreetMap contributors, ODbL; incidents: SYNTHETIC");
    TH_ASSERT_NEAR(m.dump_buffer_m, 150, 0);
    CU_ASSERT(m.have_periods);
    TH_ASSERT_STR(m.period_a, "2023-01-01/2023-12-31");
    TH_ASSERT_STR(m.label_a, "2023");
    TH_ASSERT_STR(m.label_b, "2024");
    TH_ASSERT_INT(m.pa.from, m.pb.from - 365 * 86400);
    trygg_kv_fini(&m.info);
    trygg__bag_fini(&m.mem);

    /* Nothing recorded: the study area in words, no periods, no buffer. */
    trygg__report_model n = {0};
    trygg_kv_set(&n.info, "run_at", "%s", "2024-05-06T10:00:00Z");
    th_language("en");
    trygg__report_run_facts(&n);
    th_language("sv");
    TH_ASSERT_STR(n.municipality, "the study area");
    CU_ASSERT(!n.have_periods && !n.synthetic);
    TH_ASSERT_STR(n.label_a, "earlier period");
    TH_ASSERT_STR(n.attribution, "");
    CU_ASSERT(isnan(n.dump_buffer_m));
    trygg_kv_fini(&n.info);
    trygg__bag_fini(&n.mem);
}

/* A file's bytes (NULL when it cannot be read). */
static unsigned char *file_bytes(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    *n = 0;
    if (!f)
        return NULL;
    size_t cap = 1 << 16, got;
    unsigned char *b = malloc(cap);
    while ((got = fread(b + *n, 1, cap - *n, f)) > 0) {
        *n += got;
        if (*n == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    return b;
}

static bool same_file(const char *a, const char *b)
{
    size_t na, nb;
    unsigned char *x = file_bytes(a, &na), *y = file_bytes(b, &nb);
    bool same = x && y && na == nb && na > 1000 && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

/* The documents are tasks over the run's threads (src/pipeline/reports.c): with one thread, with
 * four and again with four, the same PDFs byte for byte (the hand-made output's run date pins
 * their timestamps), the same rows in the areas' order, the same files in the same order and the
 * same warnings (area C lies outside the study area: its warning is logged whoever draws it). */
static void test_reports_threads_deterministic(void)
{
    const char *dir = th_tmpdir("reports_threads");
    char gpkg[1024], areas[1024], areas4[1024], out_dir[1024], keep[1200], a[1200], b[1200];
    snprintf(gpkg, sizeof gpkg, "%s/t.gpkg", dir);
    snprintf(areas, sizeof areas, "%s/areas.gpkg", dir);
    snprintf(areas4, sizeof areas4, "%s/areas4.gpkg", dir);
    make_output(gpkg, areas);
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), areas4, 0, 0, 0, GDT_Unknown, NULL);
    static const fdef af[] = {{"namn", OFTString}};
    static const char *const rows[] = {
        "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",                "A",
        "POLYGON ((-40 20, 60 20, 60 120, -40 120, -40 20))",         "B",
        "POLYGON ((5000 5000, 5100 5000, 5100 5100, 5000 5100, 5000 5000))", "C",
        "POLYGON ((20 280, 120 280, 120 320, 20 320, 20 280))",       "D",
    };
    mk_layer(ds, "areas", wkbPolygon, af, 1, rows, 4);
    GDALClose(ds);
    static const char *const names[] = {"A.pdf", "B.pdf", "C.pdf", "D.pdf"};
    static const int threads[3] = {1, 4, 4};
    size_t warnings[3];
    for (int run = 0; run < 3; run++) {
        trygg_ctx *ctx = th_ctx();
        trygg_ctx_set_threads(ctx, threads[run]);
        snprintf(out_dir, sizeof out_dir, "%s/pdfs%d", dir, run);
        trygg_reports_options o = {.areas = areas4, .buffer_m = -1, .out_dir = out_dir, .summary = true,
                                   .audience = "internal"};
        trygg_reports_result r = {0};
        trygg_status st = trygg_reports_build(ctx, gpkg, &o, &r);
        if (st != TRYGG_OK)
            fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
        CU_ASSERT_FATAL(st == TRYGG_OK);
        warnings[run] = trygg_ctx_warning_count(ctx);
        TH_ASSERT_CONTAINS(th_last_warning(), "'C'");
        TH_ASSERT_INT(r.layer.nrows, 4);
        TH_ASSERT_INT(r.npdfs, 5);
        for (size_t i = 0; i < 4 && r.layer.nrows == 4 && r.npdfs == 5; i++) {
            char want[16];
            snprintf(want, sizeof want, "%c", "ABCD"[i]);
            TH_ASSERT_STR(field(&r.layer, i, "name")->s, want);
            TH_ASSERT_CONTAINS(r.pdfs[i], names[i]);
        }
        if (r.npdfs == 5)
            TH_ASSERT_CONTAINS(r.pdfs[4], "t_lagesbild.pdf");
        TH_ASSERT_INT(field(&r.layer, 0, "n_vandalism_a")->i, 1);
        TH_ASSERT_INT(field(&r.layer, 2, "places")->i, 0);
        trygg_reports_result_fini(&r);
        snprintf(a, sizeof a, "%s/t_lagesbild.pdf", dir);
        snprintf(keep, sizeof keep, "%s/lagesbild%d.pdf", dir, run);
        CU_ASSERT_FATAL(rename(a, keep) == 0);
        trygg_ctx_free(ctx);
    }
    for (int run = 1; run < 3; run++) {
        TH_ASSERT_INT(warnings[run], warnings[0]);
        snprintf(a, sizeof a, "%s/lagesbild0.pdf", dir);
        snprintf(b, sizeof b, "%s/lagesbild%d.pdf", dir, run);
        CU_ASSERT(same_file(a, b));
        for (int i = 0; i < 4; i++) {
            snprintf(a, sizeof a, "%s/pdfs0/%s", dir, names[i]);
            snprintf(b, sizeof b, "%s/pdfs%d/%s", dir, run, names[i]);
            if (!same_file(a, b))
                fprintf(stderr, "\n  %s and %s differ\n", a, b);
            CU_ASSERT(same_file(a, b));
        }
    }
}

void test_reports_register(void)
{
    static CU_TestInfo tests[] = {
        {"follow-up of an area", test_reports_followup},
        {"ranked lists as SQL orders them", test_reports_rankings_as_sql},
        {"lamp coverage", test_reports_lamp_coverage},
        {"date of an OSM extract", test_reports_osm_date},
        {"file name", test_reports_file_name},
        {"period label", test_reports_period_label},
        {"owner and internal reports", test_reports_owner_and_internal},
        {"figures by period", test_reports_figures_by_period},
        {"audience in the config", test_reports_audience_in_config},
        {"errors", test_reports_errors},
        {"mid-rank percentile", test_reports_mid_rank},
        {"least safe order", test_reports_least_safe_order},
        {"streets over all places", test_reports_street_cover},
        {"GeoPackage point blob", test_reports_point_blob},
        {"value of the config dump", test_reports_config_value},
        {"Knox tables", test_reports_knox_tables},
        {"what the reports say about the run", test_reports_run_facts},
        {"documents over threads, deterministic", test_reports_threads_deterministic},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("reports", tests);
}
