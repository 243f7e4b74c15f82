/*
 * Input readers on real files through real GDAL: the fixtures of tests/fixtures (made by
 * tests/fixtures/make_fixtures.py, see its README.md) for every bad-input case, and the real
 * data under tests/fixtures/real and the bundled sample for the formats (OSM PBF, CSV, GML).
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/internal.h"
#include "helpers.h"
#include "io/io.h"
#include "trygg/config.h"
#include "trygg/data.h"


/* All warnings of a context, one per line (th_ctx keeps only the last). */
static char warnings[8192];

static void keep_all(trygg_log_level level, const char *message, void *user)
{
    (void)level;
    (void)user;
    size_t n = strlen(warnings);
    snprintf(warnings + n, sizeof warnings - n, "%s\n", message);
}

static trygg_ctx *ctx_all_warnings(void)
{
    trygg_ctx *ctx = trygg_ctx_new();
    warnings[0] = '\0';
    trygg_ctx_set_log(ctx, keep_all, NULL, TRYGG_LOG_WARN);
    return ctx;
}

static void set_str(char **field, const char *value)
{
    free(*field);
    *field = value ? strdup(value) : NULL;
}

/* A config with defaults and one layer set. */
static void cfg_layer(trygg_config *cfg, trygg_layer_config *lc, const char *source, const char *layer)
{
    set_str(&lc->source, source);
    set_str(&lc->layer, layer);
    (void)cfg;
}

static const trygg_reject_reason *reason(const trygg_input_report *r, const char *name)
{
    for (size_t i = 0; i < r->nreasons; i++)
        if (strcmp(r->reasons[i].reason, name) == 0)
            return &r->reasons[i];
    fprintf(stderr, "\n  no reject reason '%s'; reasons:", name);
    for (size_t i = 0; i < r->nreasons; i++)
        fprintf(stderr, " [%s: %zu, %s]", r->reasons[i].reason, r->reasons[i].count, r->reasons[i].example);
    fprintf(stderr, "\n");
    return NULL;
}

#define ASSERT_REASON(r, name, n_expected, example_expected)                                                           \
    do {                                                                                                 \
        const trygg_reject_reason *rr_ = reason((r), (name));                                            \
        CU_ASSERT_PTR_NOT_NULL(rr_);                                                                     \
        if (rr_) {                                                                                       \
            TH_ASSERT_INT(rr_->count, (n_expected));                                                          \
            TH_ASSERT_STR(rr_->example, (example_expected));                                                      \
        }                                                                                                \
    } while (0)

static void test_read_split_source(void)
{
    char *src = NULL, *layer = NULL;
    char spec[4200];
    snprintf(spec, sizeof spec, "%s:streets", th_fixture("streets_mixed.gpkg"));
    trygg_io_split_source(spec, &src, &layer);
    TH_ASSERT_STR(src, th_fixture("streets_mixed.gpkg"));
    TH_ASSERT_STR(layer, "streets");
    free(src);
    free(layer);
    /* connection strings and drive letters stay whole: "PG" and "C" are not files */
    trygg_io_split_source("PG:dbname=trygg", &src, &layer);
    TH_ASSERT_STR(src, "PG:dbname=trygg");
    CU_ASSERT_PTR_NULL(layer);
    free(src);
    trygg_io_split_source("C:\\data\\lund.gpkg", &src, &layer);
    TH_ASSERT_STR(src, "C:\\data\\lund.gpkg");
    CU_ASSERT_PTR_NULL(layer);
    free(src);
    trygg_io_split_source("no-such.gpkg:streets", &src, &layer);
    TH_ASSERT_STR(src, "no-such.gpkg:streets");
    CU_ASSERT_PTR_NULL(layer);
    free(src);
}

/* streets_mixed.gpkg layer streets (make_fixtures.py): fids 1, 2 (two parts) and 7 are usable;
 * 3 Point, 4 Polygon, 5 one distinct vertex, 6 NaN, 8 empty, 9 x = 1e9. */
static void test_read_streets_mixed_geometries(void)
{
    trygg_ctx *ctx = ctx_all_warnings();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.streets, th_fixture("streets_mixed.gpkg"), "streets");
    trygg_streets s = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3006", &s, &r), TRYGG_OK);
    TH_ASSERT_INT(r.read, 9);
    TH_ASSERT_INT(r.kept, 4);
    TH_ASSERT_INT(s.n, 4);
    TH_ASSERT_INT(r.rejected, 6);
    ASSERT_REASON(&r, "fel geometrityp (Point i lagret streets)", 1, "objekt 3");
    ASSERT_REASON(&r, "fel geometrityp (Polygon i lagret streets)", 1, "objekt 4");
    ASSERT_REASON(&r, "ogiltig geometri (färre än 2 skilda hörnpunkter)", 1, "objekt 5");
    ASSERT_REASON(&r, "NaN eller oändliga koordinater", 1, "objekt 6");
    ASSERT_REASON(&r, "tom geometri", 1, "objekt 8");
    ASSERT_REASON(&r, "orimliga koordinater", 1, "objekt 9");
    TH_ASSERT_STR(r.role, "streets");
    TH_ASSERT_STR(r.layer, "streets");
    TH_ASSERT_STR(r.source_crs, "EPSG:3006");
    TH_ASSERT_INT(strlen(r.sha256), 64);
    if (s.n == 4) {
        /* field names recognised: namn, vagklass, belysning (ja/nej) */
        TH_ASSERT_STR(s.v[0].name, "Stora Södergatan");
        TH_ASSERT_STR(s.v[0].road_class, "residential");
        TH_ASSERT_INT(s.v[0].lit, TRYGG_LIT_YES);
        TH_ASSERT_INT(s.v[0].nv, 3);
        /* EPSG:3006 to EPSG:3006 is the identity */
        TH_ASSERT_NEAR(s.v[0].xy[4], 386100, 1e-6);
        TH_ASSERT_NEAR(s.v[0].xy[5], 6176010, 1e-6);
        /* the two parts of the MultiLineString, same attributes */
        TH_ASSERT_STR(s.v[1].name, "Kyrkogatan");
        TH_ASSERT_STR(s.v[2].name, "Kyrkogatan");
        TH_ASSERT_INT(s.v[1].lit, TRYGG_LIT_NO);
        TH_ASSERT_INT(s.v[1].fid, 2);
        TH_ASSERT_INT(s.v[2].fid, 2);
        TH_ASSERT_NEAR(s.v[2].xy[0], 386200, 1e-6);
        /* Z dropped */
        TH_ASSERT_STR(s.v[3].name, "three d");
        TH_ASSERT_INT(s.v[3].nv, 2);
        TH_ASSERT_NEAR(s.v[3].xy[2], 386650, 1e-6);
        TH_ASSERT_INT(s.v[3].lit, TRYGG_LIT_UNKNOWN);
    }
    trygg_streets_fini(&s);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_where_filter(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.streets, th_fixture("streets_mixed.gpkg"), "streets");
    set_str(&cfg.streets.where, "namn = 'Kyrkogatan'");
    trygg_streets s = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3006", &s, &r), TRYGG_OK);
    TH_ASSERT_INT(r.read, 1);
    TH_ASSERT_INT(s.n, 2);
    trygg_streets_fini(&s);
    trygg_input_report_fini(&r);
    set_str(&cfg.streets.where, "namn = = 'x'");
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3006", &s, &r), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: lagret streets: filtret 'namn = = 'x'' är ogiltigt");
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_points_in_streets_slot(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.streets, th_fixture("streets_mixed.gpkg"), "points");
    trygg_streets s = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3006", &s, &r), TRYGG_E_SCHEMA);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: lagret points har inga LineString eller "
                                          "MultiLineString-objekt (hittade Point) för lagret streets");
    TH_ASSERT_INT(s.n, 0);
    TH_ASSERT_INT(r.read, 3);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_whole_layer_failures(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_lamps l = {0};
    trygg_input_report r = {0};

    cfg_layer(&cfg, &cfg.lamps, th_fixture("streets_mixed.gpkg"), "empty");
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_EMPTY);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: lagret empty är tomt");
    trygg_input_report_fini(&r);

    cfg_layer(&cfg, &cfg.lamps, th_fixture("streets_mixed.gpkg"), "lamps");
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_NOLAYER);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: inget lager 'lamps' (lager: ");
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "lamps_nocrs");
    trygg_input_report_fini(&r);

    /* several layers, none named "lamps" and none given */
    cfg_layer(&cfg, &cfg.lamps, th_fixture("streets_mixed.gpkg"), NULL);
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_NOLAYER);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "5 lager och inget heter lamps");
    trygg_input_report_fini(&r);

    cfg_layer(&cfg, &cfg.lamps, TRYGG_TEST_DATA "/no-such-file.gpkg", NULL);
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "no-such-file.gpkg: filen finns inte");
    trygg_input_report_fini(&r);

    /* the first 8 KiB of a GeoPackage: SQLite's own message comes through */
    cfg_layer(&cfg, &cfg.lamps, th_fixture("truncated.gpkg"), NULL);
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "truncated.gpkg: kan inte öppna som vektordatakälla: ");
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "malformed");
    trygg_input_report_fini(&r);

    /* a configured field that is not there */
    cfg_layer(&cfg, &cfg.lamps, th_fixture("streets_mixed.gpkg"), "points");
    set_str(&cfg.lamps.field_height, "mast_height");
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_SCHEMA);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: lagret points saknar fältet 'mast_height' (angivet "
                                          "som height_field)");
    trygg_input_report_fini(&r);
    TH_ASSERT_INT(l.n, 0);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* lamps_nocrs: 4 features, one a MultiPoint of 2, one an exact duplicate of the first. */
static void test_read_lamps_without_crs(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.lamps, th_fixture("streets_mixed.gpkg"), "lamps_nocrs");
    trygg_lamps l = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_CRS);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "streets_mixed.gpkg: lagret lamps_nocrs saknar koordinatsystem; ange ett "
                                          "med --assume-crs eller crs= i konfigurationen");
    trygg_input_report_fini(&r);

    set_str(&cfg.assume_crs, "EPSG:3006");
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_OK);
    TH_ASSERT_STR(r.source_crs, "assumed EPSG:3006");
    TH_ASSERT_INT(r.read, 4);
    TH_ASSERT_INT(l.n, 4);
    ASSERT_REASON(&r, "dubblerad belysningspunkt", 1, "objekt 3 (samma punkt som objekt 1)");
    if (l.n == 4) {
        TH_ASSERT_NEAR(l.v[0].height_m, 8.0, 0);
        TH_ASSERT_NEAR(l.v[0].lumen, 6000, 0);
        TH_ASSERT_NEAR(l.v[1].height_m, 6.5, 0);
        CU_ASSERT(isnan(l.v[1].lumen));
        TH_ASSERT_NEAR(l.v[3].x, 386075, 1e-6);
        TH_ASSERT_INT(l.v[3].fid, 4);
    }
    trygg_lamps_fini(&l);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* incidents_bad.csv (README.md): line 2 good; 3 no coordinates; 4 lon "nan" (GDAL's CSV driver
 * makes no point of it); 5 month 13; 6 x = 1e9; 7 category "Odd thing"; 8 category in Latin-1;
 * 9 latitude 95. GDAL numbers CSV records from 1, so line = fid + 1. */
static void test_read_incidents_bad_rows(void)
{
    trygg_ctx *ctx = ctx_all_warnings();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.incidents, th_fixture("incidents_bad.csv"), NULL);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_OK);
    TH_ASSERT_STR(r.source_crs, "EPSG:4326");
    TH_ASSERT_INT(r.read, 8);
    TH_ASSERT_INT(r.kept, 4);
    TH_ASSERT_INT(r.rejected, 4);
    ASSERT_REASON(&r, "tom geometri", 2, "rad 3");
    ASSERT_REASON(&r, "orimliga koordinater", 2, "rad 6 (x=1e+09, y=55.7)");
    TH_ASSERT_INT(r.time_unparsed, 1);
    TH_ASSERT_INT(r.nunmapped, 1);
    if (r.nunmapped == 1) {
        TH_ASSERT_STR(r.unmapped[0].value, "Odd thing");
        TH_ASSERT_INT(r.unmapped[0].count, 1);
    }
    TH_ASSERT_CONTAINS(warnings, "incidents_bad.csv rad 5: tiden '2024-13-01 10:00' är ingen giltig tidpunkt");
    TH_ASSERT_CONTAINS(warnings,
                       "incidents_bad.csv rad 8: fältet brottstyp är inte giltig UTF-8; läst som Windows-1252");
    TH_ASSERT_INT(inc.n, 4);
    if (inc.n == 4) {
        /* id column; Skadegörelse -> vandalism (built-in term) */
        TH_ASSERT_INT(inc.v[0].fid, 1);
        TH_ASSERT_INT(inc.v[0].category, TRYGG_CAT_VANDALISM);
        /* 22:15 CET = 21:15 UTC: date -u -d "2024-03-01 21:15:00 UTC" +%s */
        TH_ASSERT_INT(inc.v[0].t_utc, 1709327700);
        /* echo 55.70 13.19 | cs2cs -f %.4f EPSG:4326 EPSG:3006 -> 6174175.7003	386248.2672 */
        TH_ASSERT_NEAR(inc.v[0].x, 386248.2672, 0.001);
        TH_ASSERT_NEAR(inc.v[0].y, 6174175.7003, 0.001);
        TH_ASSERT_INT(inc.v[0].seg_id, -1);
        TH_ASSERT_INT(inc.v[1].fid, 4);
        TH_ASSERT_INT(inc.v[1].t_utc, TRYGG_TIME_UNKNOWN);
        TH_ASSERT_INT(inc.v[1].category, TRYGG_CAT_LITTERING);
        TH_ASSERT_INT(inc.v[2].category, TRYGG_CAT_OTHER);
        TH_ASSERT_STR(inc.v[2].source_category, "Odd thing");
        /* date -u -d "2024-06-01 12:00:00 UTC" +%s */
        TH_ASSERT_INT(inc.v[2].t_utc, 1717243200);
        /* Latin-1 0xF6 repaired to U+00F6 */
        TH_ASSERT_STR(inc.v[3].source_category, "Skadegörelse");
        TH_ASSERT_INT(inc.v[3].category, TRYGG_CAT_VANDALISM);
        /* 10:00 CEST = 08:00 UTC: date -u -d "2024-07-01 08:00:00 UTC" +%s */
        TH_ASSERT_INT(inc.v[3].t_utc, 1719820800);
    }
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* incidents_dt: the same wall time 2024-07-15 09:30:45 in a GeoPackage DateTime field as UTC,
 * at +02:00 and without a zone (local: CEST). */
static void test_read_incidents_datetime_field(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.incidents, th_fixture("streets_mixed.gpkg"), "incidents_dt");
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_OK);
    TH_ASSERT_INT(inc.n, 3);
    if (inc.n == 3) {
        /* date -u -d "2024-07-15 09:30:45 UTC" +%s */
        TH_ASSERT_INT(inc.v[0].t_utc, 1721035845);
        /* +02:00 and CEST both give 07:30:45 UTC: date -u -d "2024-07-15 07:30:45 UTC" +%s */
        TH_ASSERT_INT(inc.v[1].t_utc, 1721028645);
        TH_ASSERT_INT(inc.v[2].t_utc, 1721028645);
        TH_ASSERT_INT(inc.v[0].category, TRYGG_CAT_GRAFFITI);
        TH_ASSERT_INT(inc.v[1].category, TRYGG_CAT_LITTERING);
        TH_ASSERT_INT(inc.v[2].category, TRYGG_CAT_VANDALISM);
    }
    TH_ASSERT_INT(r.time_unparsed, 0);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_swapped_lat_lon(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    /* five Lund points with the latitude in the lon column */
    cfg_layer(&cfg, &cfg.incidents, th_fixture("lund_swapped.csv"), NULL);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_E_CRS);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "lund_swapped.csv: koordinaterna ser ut att ha latitud och longitud "
                                          "omkastade (x från 55.6987 till 55.7153, y från 13.1802 till 13.2101)");
    TH_ASSERT_INT(inc.n, 0);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_sha256(void)
{
    trygg_ctx *ctx = th_ctx();
    char hex[65] = "";
    /* sha256sum tests/fixtures/lund_swapped.csv */
    TH_ASSERT_INT(trygg_io_sha256_file(ctx, th_fixture("lund_swapped.csv"), hex), TRYGG_OK);
    TH_ASSERT_STR(hex, "287b1db08257dd17cae0738cc8d434158dd37f91d70fc455373c4fc0ff5f20e4");
    TH_ASSERT_INT(trygg_io_sha256_file(ctx, TRYGG_TEST_DATA "/nope.csv", hex), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "nope.csv: kan inte öppna för hashning");
    /* A hash is remembered per file, and a changed file is hashed anew (printf abc | sha256sum,
     * printf abcd | sha256sum). */
    const char *dir = th_tmpdir("read_sha256");
    const char *path = th_write_file(dir, "x.txt", "abc");
    TH_ASSERT_INT(trygg_io_sha256_file(ctx, path, hex), TRYGG_OK);
    TH_ASSERT_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    TH_ASSERT_INT(trygg_io_sha256_file(ctx, path, hex), TRYGG_OK);
    TH_ASSERT_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    th_write_file(dir, "x.txt", "abcd");
    TH_ASSERT_INT(trygg_io_sha256_file(ctx, path, hex), TRYGG_OK);
    TH_ASSERT_STR(hex, "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589");
    trygg_ctx_free(ctx);
}

static void test_read_synthetic_flag(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *dir = th_tmpdir("read_synthetic");
    const char *path = th_write_file(dir, "gen.csv", "lon,lat,category,synthetic\n13.19,55.70,graffiti,1\n");
    cfg_layer(&cfg, &cfg.incidents, path, NULL);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_OK);
    CU_ASSERT(r.synthetic);
    TH_ASSERT_INT(inc.n, 1);
    if (inc.n)
        TH_ASSERT_INT(inc.v[0].category, TRYGG_CAT_GRAFFITI);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* ogrinfo -ro -q -dialect sqlite helsinki_centre_2019.osm.pbf -sql "select highway, count(*) from lines
 *   where highway is not null group by highway": 2504 ways, of which construction 3, corridor 6,
 * elevator 2 and platform 32 are not streets: 2461. */
static void test_read_helsinki_osm_streets(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.streets, th_sample("helsinki_centre_2019.osm.pbf"), NULL);
    trygg_streets s = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_streets(ctx, &cfg, "EPSG:3067", &s, &r), TRYGG_OK);
    TH_ASSERT_STR(r.layer, "lines");
    TH_ASSERT_STR(r.source_crs, "EPSG:4326");
    TH_ASSERT_INT(r.read, 2461);
    TH_ASSERT_INT(s.n, 2461);
    size_t lit_yes = 0, lit_no = 0, named = 0, footway = 0;
    double xmin = 1e300, xmax = -1e300;
    for (size_t i = 0; i < s.n; i++) {
        lit_yes += s.v[i].lit == TRYGG_LIT_YES;
        lit_no += s.v[i].lit == TRYGG_LIT_NO;
        named += s.v[i].name != NULL;
        footway += s.v[i].road_class && strcmp(s.v[i].road_class, "footway") == 0;
        xmin = fmin(xmin, s.v[i].xy[0]);
        xmax = fmax(xmax, s.v[i].xy[0]);
    }
    TH_ASSERT_INT(footway, 1058);
    /* ogrinfo -ro -q -dialect sqlite helsinki_centre_2019.osm.pbf -sql "select hstore_get_value(other_tags,
     *   'lit') v, count(*) n from lines where highway is not null and highway not in ('construction',
     *   'corridor', 'elevator', 'platform') group by v" -> yes 1403, 24/7 67, no 7, disused 1, none 983 */
    TH_ASSERT_INT(lit_yes, 1403 + 67);
    TH_ASSERT_INT(lit_no, 7 + 1);
    /* central Helsinki in ETRS-TM35FIN: easting around 385 000 */
    CU_ASSERT(xmin > 380000 && xmax < 392000);
    trygg_streets_fini(&s);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* ogrinfo -ro -q helsinki_centre_2019.osm.pbf -sql "select count(*) from points where
 *   highway='street_lamp'" -> 586 */
static void test_read_helsinki_osm_lamps(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.lamps, th_sample("helsinki_centre_2019.osm.pbf"), NULL);
    trygg_lamps l = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3067", &l, &r), TRYGG_OK);
    TH_ASSERT_STR(r.layer, "points");
    TH_ASSERT_INT(r.read, 586);
    TH_ASSERT_INT(l.n, 586);
    TH_ASSERT_INT(r.rejected, 0);
    trygg_lamps_fini(&l);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* The first 12 000 rows of the Bristol street lights (tests/fixtures/README.md), 7 exact duplicates:
 *   tail -n +2 bristol_streetlights_2024_first12000.csv | sort -u | wc -l -> 11993 */
static void test_read_bristol_lamps_csv(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.lamps, th_fixture("real/bristol_streetlights_2024_first12000.csv"), NULL);
    trygg_lamps l = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:27700", &l, &r), TRYGG_OK);
    TH_ASSERT_STR(r.source_crs, "EPSG:4326");
    TH_ASSERT_INT(r.read, 12000);
    TH_ASSERT_INT(r.kept, 11993);
    TH_ASSERT_INT(l.n, 11993);
    const trygg_reject_reason *rr = reason(&r, "dubblerad belysningspunkt");
    CU_ASSERT_PTR_NOT_NULL(rr);
    if (rr)
        TH_ASSERT_INT(rr->count, 7);
    /* echo 51.49049679592616 -2.536601140327318 | cs2cs -f %.4f EPSG:4326 EPSG:27700
     *   -> 362840.9508	176975.5295 (the first row, line 2) */
    TH_ASSERT_NEAR(l.v[0].x, 362840.9508, 0.001);
    TH_ASSERT_NEAR(l.v[0].y, 176975.5295, 0.001);
    trygg_lamps_fini(&l);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static bool file_exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0;
}

/* 204 of the 2 095 3D points of Gjøvik's Belysningspunkt.gml in EPSG:6173 (ETRS89 / UTM 33N + NN2000
 * height), among them both pairs of exact duplicates (tests/fixtures/README.md) -> lamps in EPSG:3006.
 * Read from a copy so that nothing is written beside the fixture. */
static void test_read_gjovik_gml_lamps(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *dir = th_tmpdir("read_gml");
    char cmd[8400], path[4200], gfs[4200];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s/Belysningspunkt.gml'", th_fixture("real/gjovik_belysningspunkt_204.gml"), dir);
    TH_ASSERT_INT(system(cmd), 0);
    snprintf(path, sizeof path, "%s/Belysningspunkt.gml", dir);
    snprintf(gfs, sizeof gfs, "%s/Belysningspunkt.gfs", dir);
    cfg_layer(&cfg, &cfg.lamps, path, NULL);
    trygg_lamps l = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_OK);
    TH_ASSERT_INT(r.read, 204);
    /* ogr2ogr -f CSV out.csv gjovik_belysningspunkt_204.gml -lco GEOMETRY=AS_XY -oo WRITE_GFS=NO;
     * tail -n +2 out.csv | cut -d, -f1,2 | sort -u | wc -l -> 202: two exact duplicates */
    TH_ASSERT_INT(l.n, 202);
    ASSERT_REASON(&r, "dubblerad belysningspunkt", 2, r.nreasons ? r.reasons[0].example : "");
    TH_ASSERT_INT(r.rejected, 2);
    TH_ASSERT_STR(r.source_crs, "EPSG:25833");
    /* SWEREF 99 TM of Gjøvik (about 10.7 E, 60.8 N): west of Sweden, x near 300 000 */
    CU_ASSERT(l.n > 0 && l.v[0].x > 200000 && l.v[0].x < 400000 && l.v[0].y > 6700000 && l.v[0].y < 6800000);
    /* no .gfs schema written beside the input */
    CU_ASSERT(!file_exists(gfs));
    trygg_lamps_fini(&l);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* 1 695 rows of "Criminal damage and arson", no time column. */
static void test_read_police_uk_incidents(void)
{
    trygg_ctx *ctx = ctx_all_warnings();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg_layer(&cfg, &cfg.incidents, th_fixture("real/northumbria_criminal_damage.csv"), NULL);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:27700", &inc, &r), TRYGG_OK);
    TH_ASSERT_INT(r.read, 1695);
    TH_ASSERT_INT(inc.n, 1695);
    /* "criminal damage and arson" is one of the built-in terms for vandalism */
    size_t vandalism = 0;
    for (size_t i = 0; i < inc.n; i++)
        vandalism += inc.v[i].category == TRYGG_CAT_VANDALISM;
    TH_ASSERT_INT(vandalism, 1695);
    TH_ASSERT_INT(r.nunmapped, 0);
    TH_ASSERT_INT(r.time_unparsed, 1695);
    TH_ASSERT_CONTAINS(warnings, "northumbria_criminal_damage.csv: lagret northumbria_criminal_damage saknar "
                                 "tidsfält");
    TH_ASSERT_STR(inc.v[0].source_category, "Criminal damage and arson");
    TH_ASSERT_INT(inc.v[0].fid, 1);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);

    /* mapped elsewhere by a [categories] rule: the rule wins over the built-in term */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "categories", "Criminal damage and arson", "disorder", "test"),
                  TRYGG_OK);
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:27700", &inc, &r), TRYGG_OK);
    TH_ASSERT_INT(inc.v[0].category, TRYGG_CAT_DISORDER);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_read_no_category_field(void)
{
    trygg_ctx *ctx = ctx_all_warnings();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *dir = th_tmpdir("read_nocat");
    const char *path = th_write_file(dir, "nocat.csv", "x,y,when\n386000,6176000,2024-01-01\n");
    cfg_layer(&cfg, &cfg.incidents, path, NULL);
    set_str(&cfg.incidents.crs, "EPSG:3006");
    set_str(&cfg.incidents.field_time, "when");
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_OK);
    TH_ASSERT_CONTAINS(warnings, "nocat.csv: lagret nocat saknar kategorifält");
    TH_ASSERT_INT(inc.n, 1);
    TH_ASSERT_INT(inc.v[0].category, TRYGG_CAT_OTHER);
    /* local midnight CET = 2023-12-31 23:00 UTC: date -u -d "2023-12-31 23:00:00 UTC" +%s */
    TH_ASSERT_INT(inc.v[0].t_utc, 1704063600);
    TH_ASSERT_NEAR(inc.v[0].x, 386000, 1e-6);
    TH_ASSERT_STR(r.source_crs, "EPSG:3006");
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    /* x/y columns in metres without a configured CRS: no guess */
    set_str(&cfg.incidents.crs, NULL);
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_E_CRS);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "nocat.csv: lagret nocat saknar koordinatsystem");
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* Found by tools/fuzz: GDAL 3.6's CSV driver crashes on a header naming the coordinate column
 * twice; trygg refuses the file with a message naming the column. */
static void test_read_duplicate_coordinate_column(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *dir = th_tmpdir("read_dupcol");
    const char *path = th_write_file(dir, "dup.csv", "id,lon,lid,lon,lat,typ\n1,13.19,55.70,13.2,55.71,klotter\n");
    cfg_layer(&cfg, &cfg.incidents, path, NULL);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_E_SCHEMA);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "dup.csv: rubrikraden har mer än en kolumn som heter 'lon'");
    TH_ASSERT_INT(inc.n, 0);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* cfg, initialised, with `text` written to a file `name` of a directory of its own as the layer lc. */
static void csv_layer(trygg_config *cfg, trygg_layer_config *lc, const char *dir, const char *name, const char *text)
{
    trygg_config_init(cfg);
    cfg_layer(cfg, lc, th_write_file(th_tmpdir(dir), name, text), NULL);
}

/* The driver reads in chunks and transforms each chunk as it goes, yet the report lists its reasons
 * by step, as when the whole layer was read first: reading (no point), the source coordinates
 * (absurd), then the study box (outside, swapped), whatever the order of the rows. */
static void test_read_reasons_by_step(void)
{
    trygg_ctx *ctx = ctx_all_warnings();
    trygg_config cfg;
    /* Lund (SWEREF 99 TM 386100 6176050 is 13.18686 E 55.71680 N): line 2 far away, line 3 swapped,
     * line 4 no point, line 5 latitude 95, line 6 usable */
    csv_layer(&cfg, &cfg.incidents, "read_steps", "steps.csv",
              "lon,lat,category\n15.0,58.0,graffiti\n55.7168,13.1869,graffiti\n,,graffiti\n13.19,95.0,graffiti\n"
              "13.1869,55.7168,graffiti\n");
    const double streets[4] = {386000, 6176000, 386650, 6176100};
    trygg_ctx_set_study_extent(ctx, streets, 10000);
    trygg_incidents inc = {0};
    trygg_input_report r = {0};
    TH_ASSERT_INT(trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &r), TRYGG_OK);
    TH_ASSERT_INT(r.read, 5);
    TH_ASSERT_INT(r.kept, 1);
    TH_ASSERT_INT(r.rejected, 4);
    TH_ASSERT_INT(r.nreasons, 4);
    if (r.nreasons == 4) {
        TH_ASSERT_STR(r.reasons[0].reason, "tom geometri");
        TH_ASSERT_STR(r.reasons[1].reason, "orimliga koordinater");
        TH_ASSERT_STR(r.reasons[2].example, "rad 2 (x=15, y=58)");
        TH_ASSERT_STR(r.reasons[3].example, "rad 3 (x=55.7168, y=13.1869)");
    }
    /* the swap is named once the layer is read */
    TH_ASSERT_CONTAINS(warnings,
                       "steps.csv rad 3: latitud och longitud ser ut att vara omkastade (x=55.7168, y=13.1869)");
    TH_ASSERT_INT(inc.n, 1);
    if (inc.n == 1)
        TH_ASSERT_NEAR(inc.v[0].x, 386100, 5);
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* Columns named lon and lat that hold metres: read as WGS 84 first, then again in the assumed
 * CRS, with every feature counted once. */
static void test_read_lonlat_columns_in_metres(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    csv_layer(&cfg, &cfg.lamps, "read_lonlat_metres", "lamps.csv",
              "lamp_id,lon,lat,height\n1,386100,6176050,8\n2,386150,6176050,\n3,386100,6176050,6\n4,,,5\n"
              "5,386200,6176060,7\n");
    trygg_lamps l = {0};
    trygg_input_report r = {0};
    /* without an assumed CRS: no guess */
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_E_CRS);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "lamps.csv: lagret lamps saknar koordinatsystem");
    trygg_input_report_fini(&r);
    set_str(&cfg.assume_crs, "EPSG:3006");
    TH_ASSERT_INT(trygg_io_read_lamps(ctx, &cfg, "EPSG:3006", &l, &r), TRYGG_OK);
    TH_ASSERT_STR(r.source_crs, "assumed EPSG:3006");
    TH_ASSERT_INT(r.read, 5);
    TH_ASSERT_INT(r.kept, 3);
    TH_ASSERT_INT(r.rejected, 2);
    ASSERT_REASON(&r, "tom geometri", 1, "rad 5");
    ASSERT_REASON(&r, "dubblerad belysningspunkt", 1, "rad 4 (samma punkt som rad 2)");
    TH_ASSERT_INT(l.n, 3);
    if (l.n == 3) {
        TH_ASSERT_NEAR(l.v[0].x, 386100, 1e-6);
        TH_ASSERT_NEAR(l.v[0].height_m, 8, 0);
        TH_ASSERT_INT(l.v[2].fid, 5);
    }
    trygg_lamps_fini(&l);
    trygg_input_report_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_read_register(void)
{
    static CU_TestInfo tests[] = {
        {"split source", test_read_split_source},
        {"streets with mixed geometries", test_read_streets_mixed_geometries},
        {"where filter", test_read_where_filter},
        {"points in the streets slot", test_read_points_in_streets_slot},
        {"whole-layer failures", test_read_whole_layer_failures},
        {"lamps without CRS", test_read_lamps_without_crs},
        {"incidents with bad rows", test_read_incidents_bad_rows},
        {"incidents with a DateTime field", test_read_incidents_datetime_field},
        {"swapped latitude/longitude", test_read_swapped_lat_lon},
        {"sha256", test_read_sha256},
        {"synthetic flag", test_read_synthetic_flag},
        {"no category field", test_read_no_category_field},
        {"duplicate coordinate column", test_read_duplicate_coordinate_column},
        {"reasons listed by step", test_read_reasons_by_step},
        {"lon/lat columns in metres", test_read_lonlat_columns_in_metres},
        {"Helsinki OSM streets", test_read_helsinki_osm_streets},
        {"Helsinki OSM lamps", test_read_helsinki_osm_lamps},
        {"Bristol lamps CSV", test_read_bristol_lamps_csv},
        {"Gjovik GML lamps", test_read_gjovik_gml_lamps},
        {"police.uk incidents", test_read_police_uk_incidents},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("read", tests);
}
