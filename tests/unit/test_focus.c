/*
 * The focus areas of brott i nära relation and brott mot äldre (src/pipeline/focus.h) and the
 * privacy rule that keeps their reports out of every place, cell and point layer.
 *
 * Byar's limits and the rate comparison are worked by hand below. The run test uses a hand-made
 * layout in SWEREF 99 TM (EPSG:3006):
 *   one street y = 6 176 500 from x = 386 000 to 388 000 (and two cross streets);
 *   population areas Norr [386000,387000] x [6176000,6177000] (1 000 residents, 200 aged 65+)
 *   and Söder [387000,388000] x the same (4 000 residents, 800 aged 65+);
 *   reports on the street (all in 2024 unless said):
 *     Norr:  6 "bedrägeri mot äldre", 4 "bedrägeri" with victim_age 80 (fraud_elderly),
 *            1 "våld i nära relation", 1 "grov kvinnofridskränkning" in 2023 (outside period b);
 *     Söder: 2 "Bedrägeri mot äldre", 5 "relationsvåld", 4 "kvinnofrid";
 *     both:  20 "skadegörelse" (2023-01-01 .. 2024-12-31, so period b is 2024), 3 "bedrägeri" with
 *            victim_age 30 and 1 without an age (fraud, a place category).
 *   24 reports of place categories, 23 sensitive (22 in 2024).
 * Expected in focus_areas (2024): Norr fraud_elderly 10 of 200 aged 65+ = 50 per 1 000; the
 *   municipality 12 of 1 000 = 12 per 1 000; expected in Norr 12 x 200 / 1 000 = 2.4; ratio
 *   10 / 2.4 = 4.17; lower limit Byar(10) / 2.4 = 4.7874 / 2.4 = 1.99 > 1: elevated -> the measure
 *   fraud_elderly_information over Norr's polygon. Söder 2 of 800 = 2.5 per 1 000, ratio 2 / 9.6
 *   = 0.21. Violence: Norr 1 / 1 000 = 1.0, Söder 9 / 4 000 = 2.25 per 1 000; the municipality
 *   10 / 5 000 = 2.0; Söder's ratio 9 / 8 = 1.125 < 1.5: no measure for nara_relation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "pipeline/focus.h"
#include "trygg/config.h"
#include "trygg/run.h"

#define STYLES TRYGG_SOURCE_DIR "/styles"

/* ---- Byar's limits and the rate against the municipality's ---- */

static void test_focus_byar(void)
{
    double lo, hi;
    /* O = 10, z = 1.959964: 1 - 1/90 - 1.959964 / (3 sqrt 10) = 1 - 0.011111 - 0.206598 = 0.782291;
     * cubed 0.478745, x 10 = 4.7874 (exact Poisson limit 4.795). Upper: 11 (1 - 1/99 + 1.959964 /
     * (3 sqrt 11))^3 = 11 (1 - 0.010101 + 0.196985)^3 = 11 x 1.186884^3 = 18.3915 (exact 18.390). */
    trygg_poisson_ci_byar(10, 1.959963984540054, &lo, &hi);
    TH_ASSERT_NEAR(lo, 4.787450, 1e-5);
    TH_ASSERT_NEAR(hi, 18.391459, 1e-5);
    /* O = 20: 20 (1 - 1/180 - 1.959964 / (3 sqrt 20))^3 = 20 x 0.848357^3 = 12.2114 (exact 12.217) */
    trygg_poisson_ci_byar(20, 1.959963984540054, &lo, &hi);
    TH_ASSERT_NEAR(lo, 12.211429, 1e-5);
    TH_ASSERT_NEAR(hi, 30.889880, 1e-5);
    /* O = 0: lower 0; upper 1 (1 - 1/9 + 1.959964/3)^3 = 1.542210^3 = 3.6680 (exact 3.689) */
    trygg_poisson_ci_byar(0, 1.959963984540054, &lo, &hi);
    TH_ASSERT_NEAR(lo, 0, 0);
    TH_ASSERT_NEAR(hi, 3.668012, 1e-5);
    /* O = 1: (1 - 1/9 - 0.653321)^3 = 0.235568^3 = 0.013072 */
    trygg_poisson_ci_byar(1, 1.959963984540054, &lo, &hi);
    TH_ASSERT_NEAR(lo, 0.013072, 1e-6);
}

static void test_focus_rate_tiny_population(void)
{
    /* The sample's area C: 26 frauds against residents 65+ among 690 aged 65+; the municipality
     * 43 among 2 456. Rate 26 / 690 x 1 000 = 37.68; expected 43 x 690 / 2 456 = 12.0806;
     * ratio 2.152; lower Byar(26) / 12.0806 = 16.9798 / 12.0806 = 1.4055: elevated. */
    trygg_focus_rate r = trygg_focus_rate_of(26, 690, 43, 2456, 1.5);
    TH_ASSERT_NEAR(r.per_1000, 37.681159, 1e-5);
    TH_ASSERT_NEAR(r.ratio, 2.152214, 1e-5);
    TH_ASSERT_NEAR(r.low, 16.979756 / 12.080586, 1e-5);
    CU_ASSERT(r.elevated);
    /* Area E: one fraud among 6 aged 65+: 166.7 per 1 000, 9.5 times the municipality's rate,
     * but Byar(1) / (43 x 6 / 2 456) = 0.013072 / 0.105049 = 0.1244: not elevated. */
    r = trygg_focus_rate_of(1, 6, 43, 2456, 1.5);
    TH_ASSERT_NEAR(r.per_1000, 166.666667, 1e-5);
    TH_ASSERT_NEAR(r.ratio, 9.519380, 1e-5);
    TH_ASSERT_NEAR(r.low, 0.124439, 1e-5);
    CU_ASSERT_FALSE(r.elevated);
    /* Surely above the rate but not well above it (ratio 1.2 < 1.5): 600 of 5 000 against 1 000 of
     * 10 000 -> expected 500, ratio 1.2, lower limit about 1.106: not elevated. */
    r = trygg_focus_rate_of(600, 5000, 1000, 10000, 1.5);
    TH_ASSERT_NEAR(r.ratio, 1.2, 1e-12);
    CU_ASSERT(r.low > 1);
    CU_ASSERT_FALSE(r.elevated);
    /* No residents: no rate */
    r = trygg_focus_rate_of(3, NAN, 10, 100, 1.5);
    CU_ASSERT(isnan(r.per_1000) && isnan(r.ratio));
    CU_ASSERT_FALSE(r.elevated);
}

/* ---- categories and config ---- */

static void test_focus_swedish_terms(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_category c;
    static const char *const close[] = {"våld i nära relation", "Våld i nära relationer", "relationsvåld",
                                        "kvinnofrid", "Grov kvinnofridskränkning", "grov fridskränkning",
                                        "brott i nära relation", "domestic violence", "violence_close"};
    for (size_t i = 0; i < sizeof close / sizeof close[0]; i++) {
        c = TRYGG_CAT_OTHER;
        CU_ASSERT(trygg_config_map_category(&cfg, close[i], &c));
        TH_ASSERT_STR(trygg_category_name(c), "violence_close");
    }
    static const char *const elderly[] = {"bedrägeri mot äldre", "BEDRÄGERIER MOT ÄLDRE", "äldrebedrägeri",
                                          "fraud_elderly", "fraud against older people"};
    for (size_t i = 0; i < sizeof elderly / sizeof elderly[0]; i++) {
        c = TRYGG_CAT_OTHER;
        CU_ASSERT(trygg_config_map_category(&cfg, elderly[i], &c));
        TH_ASSERT_STR(trygg_category_name(c), "fraud_elderly");
    }
    /* plain fraud and violence stay place categories */
    CU_ASSERT(trygg_config_map_category(&cfg, "bedrägeri", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_FRAUD);
    CU_ASSERT(trygg_config_map_category(&cfg, "misshandel", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_VIOLENCE);
    /* the focus-area categories are not place categories: no place or cell field names them */
    CU_ASSERT_FALSE(trygg_category_from_name("violence_close", &c));
    CU_ASSERT(trygg_category_area_only(TRYGG_CAT_FRAUD_ELDERLY));
    CU_ASSERT_FALSE(trygg_category_area_only(TRYGG_CAT_FRAUD));
    trygg_config_fini(&cfg);
}

static void test_focus_config(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    bool s[TRYGG_CAT_ALL_COUNT];
    CU_ASSERT(trygg_config_sensitive(&cfg, s, NULL));
    CU_ASSERT(s[TRYGG_CAT_VIOLENCE_CLOSE] && s[TRYGG_CAT_FRAUD_ELDERLY] && !s[TRYGG_CAT_DRUGS]);
    /* a [categories] value may name a focus-area category */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "categories", "VINR", "violence_close", "t"), TRYGG_OK);
    trygg_category c;
    CU_ASSERT(trygg_config_map_category(&cfg, "vinr", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_VIOLENCE_CLOSE);
    /* more sensitive categories; the focus-area ones stay sensitive even when not listed */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "sensitive", "drugs", "t"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    CU_ASSERT(trygg_config_sensitive(&cfg, s, NULL));
    CU_ASSERT(s[TRYGG_CAT_VIOLENCE_CLOSE] && s[TRYGG_CAT_FRAUD_ELDERLY] && s[TRYGG_CAT_DRUGS] &&
              !s[TRYGG_CAT_VANDALISM]);
    /* an unknown category is a config error naming the key and the value */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "sensitive", "violence_close, relationsvald", "t"),
                  TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    /* (the message is in the run's language; the key and the value are the same in both) */
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[privacy] sensitive = 'violence_close, relationsvald': 'relationsvald'");
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "sensitive", "violence_close", "t"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "internal", "open", "t"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[privacy] internal = 'open'");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* ---- a run on the hand-made layout ---- */

#define CRS "{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3006\"}}"

static const char *streets_geojson =
    "{\"type\":\"FeatureCollection\",\"crs\":" CRS ",\"features\":["
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Långgatan\",\"highway\":\"residential\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[386000,6176500],[388000,6176500]]}},"
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Norrgatan\",\"highway\":\"residential\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[386500,6176100],[386500,6176900]]}},"
    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Södergatan\",\"highway\":\"residential\"},"
    "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[387500,6176100],[387500,6176900]]}}"
    "]}\n";

static const char *population_geojson =
    "{\"type\":\"FeatureCollection\",\"crs\":" CRS ",\"features\":["
    "{\"type\":\"Feature\",\"properties\":{\"namn\":\"Norr\",\"folkmangd\":1000,\"aldre\":200},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[386000,6176000],[387000,6176000],[387000,6177000],"
    "[386000,6177000],[386000,6176000]]]}},"
    "{\"type\":\"Feature\",\"properties\":{\"namn\":\"Söder\",\"folkmangd\":4000,\"aldre\":800},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[387000,6176000],[388000,6176000],[388000,6177000],"
    "[387000,6177000],[387000,6176000]]]}}"
    "]}\n";

static void incident(FILE *f, int *n, double x, const char *category, const char *when, int age)
{
    char agetext[16] = "null";
    if (age >= 0)
        snprintf(agetext, sizeof agetext, "%d", age);
    fprintf(f,
            "%s{\"type\":\"Feature\",\"properties\":{\"category\":\"%s\",\"occurred_at\":\"%s\",\"victim_age\":%s},"
            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%g,6176502]}}",
            (*n)++ ? "," : "", category, when, agetext, x);
}

static void write_incidents(const char *path)
{
    FILE *f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    int n = 0;
    fputs("{\"type\":\"FeatureCollection\",\"crs\":" CRS ",\"features\":[", f);
    for (int i = 0; i < 6; i++)
        incident(f, &n, 386100 + 50 * i, "bedrägeri mot äldre", "2024-03-04 10:00", -1);
    for (int i = 0; i < 4; i++)
        incident(f, &n, 386150 + 50 * i, "bedrägeri", "2024-04-02 11:00", 80);
    incident(f, &n, 386700, "våld i nära relation", "2024-05-05 21:00", -1);
    incident(f, &n, 386750, "grov kvinnofridskränkning", "2023-06-01 22:00", -1);
    for (int i = 0; i < 2; i++)
        incident(f, &n, 387100 + 100 * i, "Bedrägeri mot äldre", "2024-06-10 10:00", -1);
    for (int i = 0; i < 5; i++)
        incident(f, &n, 387200 + 60 * i, "relationsvåld", "2024-07-07 20:00", -1);
    for (int i = 0; i < 4; i++)
        incident(f, &n, 387250 + 60 * i, "kvinnofrid", "2024-08-08 23:00", -1);
    for (int i = 0; i < 20; i++) {
        char when[32];
        snprintf(when, sizeof when, i == 0 ? "2023-01-01 12:00" : i == 19 ? "2024-12-31 12:00" : "2024-%02d-15 22:00",
                 1 + i % 12);
        incident(f, &n, 386050 + 100 * i, "skadegörelse", when, -1);
    }
    for (int i = 0; i < 3; i++)
        incident(f, &n, 386300 + 500 * i, "bedrägeri", "2024-09-09 14:00", 30);
    incident(f, &n, 387900, "bedrägeri", "2024-10-10 14:00", -1);
    fputs("]}\n", f);
    fclose(f);
}

static char *sql(const char *path, const char *q)
{
    char *t = th_sql_text(path, q);
    return t ? t : strdup("(null)");
}

#define SQL_IS(path, query, expected)                                                                    \
    do {                                                                                                 \
        char *t_ = sql(path, query);                                                                     \
        TH_ASSERT_STR(t_, expected);                                                                     \
        free(t_);                                                                                        \
    } while (0)

static trygg_status run(trygg_ctx *ctx, const char *dir, const char *out, const char *internal, const char *sensitive)
{
    char streets[4200], pop[4200], inc[4200];
    snprintf(streets, sizeof streets, "%s", th_write_file(dir, "streets.geojson", streets_geojson));
    snprintf(pop, sizeof pop, "%s", th_write_file(dir, "population.geojson", population_geojson));
    snprintf(inc, sizeof inc, "%s/incidents.geojson", dir);
    write_incidents(inc);
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "streets", "source", streets, "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "incidents", "source", inc, "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "incidents", "victim_age_field", "victim_age", "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "population", "source", pop, "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "population", "area_field", "namn", "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "population", "total_field", "folkmangd", "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "population", "aged_65_field", "aldre", "test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "internal", internal, "test"), TRYGG_OK);
    if (sensitive)
        TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "privacy", "sensitive", sensitive, "test"), TRYGG_OK);
    trygg_run_options opt = {.out_path = out, .styles_dir = STYLES};
    trygg_status s = trygg_run(ctx, &cfg, &opt, NULL);
    if (s != TRYGG_OK)
        fprintf(stderr, "\n  %s\n", trygg_errmsg(ctx));
    trygg_config_fini(&cfg);
    return s;
}

static void test_focus_run_keeps_sensitive_out_of_places(void)
{
    const char *dir = th_tmpdir("focus_run");
    char out[4200], strict[4200];
    snprintf(out, sizeof out, "%s/out.gpkg", dir);
    snprintf(strict, sizeof strict, "%s/strict.gpkg", dir);
    trygg_ctx *ctx = th_ctx();
    TH_ASSERT_INT(run(ctx, dir, out, "full", NULL), TRYGG_OK);

    /* not as points: the incidents layer holds the 24 reports of place categories only */
    SQL_IS(out, "SELECT count(*) FROM incidents", "24");
    SQL_IS(out, "SELECT group_concat(category || ':' || n, ',') FROM (SELECT category, count(*) n FROM incidents "
                "GROUP BY category ORDER BY category)",
           "fraud:4,vandalism:20");
    /* not at places: the place counts add up to the 24 snapped reports, and no field names the
     * focus-area categories */
    SQL_IS(out, "SELECT sum(n_vandalism + n_graffiti + n_littering + n_violence + n_theft + n_drugs + n_disorder + "
                "n_fraud + n_other) FROM street_segments",
           "24");
    SQL_IS(out, "SELECT sum(n_fraud) FROM street_segments", "4");
    SQL_IS(out, "SELECT count(*) FROM pragma_table_info('street_segments') WHERE name LIKE '%violence_close%' "
                "OR name LIKE '%fraud_elderly%' OR name LIKE '%sensitive%'",
           "0");
    /* not in cells or hotspots */
    SQL_IS(out, "SELECT count(*) FROM pragma_table_info('grid_cells') WHERE name LIKE '%violence_close%' "
                "OR name LIKE '%fraud_elderly%'",
           "0");
    SQL_IS(out, "SELECT count(*) FROM hotspots WHERE category IN ('violence_close', 'fraud_elderly')", "0");
    SQL_IS(out, "SELECT count(*) FROM emerging_hotspots WHERE category IN ('violence_close', 'fraud_elderly')", "0");

    /* area totals: 2024 only (the 2023 report of Norr is outside period b) */
    SQL_IS(out, "SELECT group_concat(area || ':' || population || '/' || aged_65 || ':' || n_violence_close || ','"
                " || n_fraud_elderly || ':' || period, ' ') FROM (SELECT * FROM focus_areas ORDER BY area)",
           "Norr:1000/200:1,10:2024-01-01/2024-12-31 Söder:4000/800:9,2:2024-01-01/2024-12-31");
    /* rates per 1 000 (fraud per 1 000 aged 65+) and the comparison, worked at the top */
    SQL_IS(out, "SELECT fraud_elderly_per_1000_65 || ' ' || fraud_elderly_ratio || ' ' || fraud_elderly_low || ' ' "
                "|| fraud_elderly_elevated FROM focus_areas WHERE area = 'Norr'",
           "50.0 4.17 1.99 1");
    SQL_IS(out, "SELECT fraud_elderly_per_1000_65 || ' ' || fraud_elderly_ratio || ' ' || fraud_elderly_elevated "
                "FROM focus_areas WHERE area = 'Söder'",
           "2.5 0.21 0");
    SQL_IS(out, "SELECT group_concat(violence_close_per_1000 || ' ' || violence_close_ratio || ' ' || "
                "violence_close_elevated, '; ') FROM (SELECT * FROM focus_areas ORDER BY area)",
           "1.0 0.5 0; 2.25 1.13 0");

    /* the measures: one for aldre over Norr's polygon (1 000 m square plus the 15 m buffer), its
     * owner the municipality's plan with the police; none for nara_relation */
    SQL_IS(out, "SELECT count(*) || ' ' || focus_area || ' ' || source_layer || ' ' || source_ids FROM measures "
                "WHERE rule = 'fraud_elderly_information'",
           "1 aldre focus_areas 1");
    SQL_IS(out, "SELECT count(*) FROM measures WHERE focus_area = 'aldre' AND responsible LIKE "
                "'Kommunens åtgärdsplan%' AND responsible LIKE '%polisen%'",
           "1");
    SQL_IS(out, "SELECT count(*) FROM measures WHERE focus_area = 'nara_relation'", "0");
    SQL_IS(out, "SELECT round(r.minx) || ' ' || round(r.maxx) || ' ' || round(r.miny) || ' ' || round(r.maxy) FROM "
                "rtree_measures_geom r JOIN measures m ON m.fid = r.id WHERE m.rule = 'fraud_elderly_information'",
           "385985.0 387015.0 6175985.0 6177015.0");
    SQL_IS(out, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'measures'", "MULTIPOLYGON");

    /* full: the points kept apart, for the municipality and the police only */
    SQL_IS(out, "SELECT count(*) FROM sensitive_incidents", "23");
    SQL_IS(out, "SELECT count(*) FROM sensitive_incidents WHERE category = 'fraud_elderly' AND source_category = "
                "'bedrägeri'",
           "4");
    SQL_IS(out, "SELECT substr(value, 1, 44) FROM run_info WHERE key = 'privacy.sensitive_incidents'",
           "23 (violence_close 11, fraud_elderly 12): ut");
    SQL_IS(out, "SELECT substr(value, 1, 5) FROM run_info WHERE key = 'privacy.internal'", "full:");

    /* strict: area totals only, the same totals */
    TH_ASSERT_INT(run(ctx, dir, strict, "strict", NULL), TRYGG_OK);
    SQL_IS(strict, "SELECT count(*) FROM gpkg_contents WHERE table_name = 'sensitive_incidents'", "0");
    SQL_IS(strict, "SELECT count(*) FROM incidents", "24");
    SQL_IS(strict, "SELECT sum(n_violence_close) || ' ' || sum(n_fraud_elderly) FROM focus_areas", "10 12");
    SQL_IS(strict, "SELECT substr(value, 1, 7) FROM run_info WHERE key = 'privacy.internal'", "strict:");

    /* a place category made sensitive: out of the points and places, into the area totals. With
     * vandalism gone the latest place report is the fraud of 2024-10-10, so period b is
     * 2023-10-11/2024-10-10: the vandalism of the 15th of January to July and February to
     * September 2024 (i = 1..8 and 12..18), 15 reports. */
    char more[4200];
    snprintf(more, sizeof more, "%s/vandalism.gpkg", dir);
    TH_ASSERT_INT(run(ctx, dir, more, "full", "violence_close, fraud_elderly, vandalism"), TRYGG_OK);
    SQL_IS(more, "SELECT group_concat(DISTINCT category) || ' ' || count(*) FROM incidents", "fraud 4");
    SQL_IS(more, "SELECT sum(n_vandalism) FROM street_segments", "0");
    SQL_IS(more, "SELECT count(*) FROM sensitive_incidents WHERE category = 'vandalism'", "20");
    SQL_IS(more, "SELECT min(period) || ' ' || sum(n_other_sensitive) FROM focus_areas", "2023-10-11/2024-10-10 15");
    trygg_ctx_free(ctx);
}

void test_focus_register(void)
{
    static CU_TestInfo tests[] = {
        {"Byar's Poisson limits, worked by hand", test_focus_byar},
        {"rates against the municipality's; a tiny population is not elevated", test_focus_rate_tiny_population},
        {"Swedish terms of the focus-area categories", test_focus_swedish_terms},
        {"[privacy] sensitive and internal are validated", test_focus_config},
        {"sensitive reports in area totals only, never at places, cells or as points",
         test_focus_run_keeps_sensitive_out_of_places},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("focus", tests);
}
