#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"
#include "trygg/config.h"

static void test_config_defaults(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_STR(cfg.crs, "EPSG:3006");
    TH_ASSERT_NEAR(cfg.segment_max_m, 100, 0);
    TH_ASSERT_NEAR(cfg.snap_m, 30, 0);
    TH_ASSERT_NEAR(cfg.dark_lux, 0.6, 0);
    TH_ASSERT_NEAR(cfg.maintenance, 0.8, 0);
    TH_ASSERT_INT(cfg.night_start_h, 18);
    CU_ASSERT(cfg.eu_summer_time);
    CU_ASSERT_PTR_NULL(cfg.streets.source);
    trygg_config_fini(&cfg);
}

static void test_config_load_file(void)
{
    const char *dir = th_tmpdir("config_load");
    const char *path = th_write_file(dir, "t.ini",
                                     "; sample\n"
                                     "[study_area]\n"
                                     "crs = EPSG:3067\n"
                                     "[streets]\n"
                                     "source = roads.gpkg\n"
                                     "name_field = gatunamn\n"
                                     "[incidents]\n"
                                     "source = /abs/inc.csv\n"
                                     "synthetic = yes\n"
                                     "[categories]\n"
                                     "Skadegörelse = vandalism\n"
                                     "[places]\n"
                                     "segment_max_m = 80\n");
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_status st = trygg_config_load(ctx, &cfg, path);
    TH_ASSERT_INT(st, TRYGG_OK);
    TH_ASSERT_STR(cfg.crs, "EPSG:3067");
    /* Relative sources resolve against the config file's directory, absolute ones stay. */
    char expect[4200];
    snprintf(expect, sizeof expect, "%s/roads.gpkg", dir);
    TH_ASSERT_STR(cfg.streets.source, expect);
    TH_ASSERT_STR(cfg.incidents.source, "/abs/inc.csv");
    TH_ASSERT_STR(cfg.streets.field_name, "gatunamn");
    CU_ASSERT(cfg.synthetic_incidents);
    TH_ASSERT_NEAR(cfg.segment_max_m, 80, 0);
    trygg_category c = TRYGG_CAT_OTHER;
    /* Upper-case Å/Ä/Ö fold like ASCII: the rule was written "Skadegörelse". */
    CU_ASSERT(trygg_config_map_category(&cfg, "SKADEGÖRELSE", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_VANDALISM);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* The message of a typical mistake, a word where a number belongs, names the file, the line and
 * the key in the run's language: Swedish by default, English with the language set to en. The
 * whole message is compared, so nothing of it is left in the other language. */
static void test_config_error_in_swedish_and_english(void)
{
    const char *dir = th_tmpdir("config_language");
    const char *path = th_write_file(dir, "lund.ini", "[places]\nsnap_m = 30\n\n[lighting]\ndark_lux = tre\n");
    char expected[4200];
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;

    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, path), TRYGG_E_CONFIG);
    snprintf(expected, sizeof expected, "%s rad 5: [lighting] dark_lux = 'tre' är inte ett tal", path);
    TH_ASSERT_STR(trygg_errmsg(ctx), expected);
    trygg_config_fini(&cfg);

    th_language("en");
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, path), TRYGG_E_CONFIG);
    snprintf(expected, sizeof expected, "%s line 5: [lighting] dark_lux = 'tre' is not a number", path);
    TH_ASSERT_STR(trygg_errmsg(ctx), expected);
    trygg_config_fini(&cfg);
    trygg_config_init(&cfg);
    /* A value out of range, in English while the language is en ... */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "lighting", "dark_lux", "-1", "--set"), TRYGG_E_CONFIG);
    TH_ASSERT_STR(trygg_errmsg(ctx), "--set: [lighting] dark_lux = -1 is out of range (0 to 100)");
    th_language("sv");
    /* ... and in Swedish again once it is sv. */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "lighting", "dark_lux", "-1", "--set"), TRYGG_E_CONFIG);
    TH_ASSERT_STR(trygg_errmsg(ctx), "--set: [lighting] dark_lux = -1 ligger utanför intervallet (0 till 100)");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_config_errors_name_line_and_key(void)
{
    const char *dir = th_tmpdir("config_errors");
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;

    trygg_config_init(&cfg);
    const char *p1 = th_write_file(dir, "a.ini", "[places]\nsnap_m = 30\nsnapp_m = 4\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p1), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "a.ini rad 3: okänd nyckel 'snapp_m' i [places]");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p2 = th_write_file(dir, "b.ini", "[lighting]\n\ndark_lux = -1\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p2), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx),
                       "b.ini rad 3: [lighting] dark_lux = -1 ligger utanför intervallet (0 till 100)");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p3 = th_write_file(dir, "c.ini", "[categories]\nklotter = grafitti\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p3), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "c.ini rad 2: [categories] klotter = 'grafitti' är ingen kategori i trygg");
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "(vandalism, graffiti, littering, violence, theft, drugs, disorder, fraud, "
                                          "other, violence_close, fraud_elderly)");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p4 = th_write_file(dir, "d.ini", "[time]\nnight_start_h = 18.5\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p4), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "d.ini rad 2: [time] night_start_h = '18.5' är inte ett heltal");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p5 = th_write_file(dir, "e.ini", "[nonsense]\nx = 1\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p5), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "e.ini rad 2: okänd sektion [nonsense]");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p6 = th_write_file(dir, "f.ini", "[places]\nthis line has no equals sign\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p6), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "f.ini rad 2: ingen INI-rad");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, "/nonexistent/x.ini"), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "/nonexistent/x.ini: kan inte öppna konfigurationsfilen");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_config_builtin_terms(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_category c;
    CU_ASSERT(trygg_config_map_category(&cfg, "Criminal damage and arson", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_VANDALISM);
    CU_ASSERT(trygg_config_map_category(&cfg, " Klotter ", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_GRAFFITI);
    CU_ASSERT(trygg_config_map_category(&cfg, "Graffiti", &c));
    TH_ASSERT_INT(c, TRYGG_CAT_GRAFFITI);
    CU_ASSERT_FALSE(trygg_config_map_category(&cfg, "parkering", &c));
    CU_ASSERT_FALSE(trygg_config_map_category(&cfg, NULL, &c));
    trygg_config_fini(&cfg);
}

static void test_config_validate_and_dump(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "time", "night_end_h", "18", "--test"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "natten har inga timmar");
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "streets", "source", "roads.shp", "--streets"), TRYGG_OK);
    char *dump = trygg_config_dump(&cfg);
    TH_ASSERT_CONTAINS(dump, "[streets]\nsource = roads.shp\n");
    TH_ASSERT_CONTAINS(dump, "segment_max_m = 100\n");
    free(dump);
    char *doc = trygg_config_describe();
    TH_ASSERT_CONTAINS(doc, "snap_m");
    /* `trygg help config` in the run's language, Swedish by default; defaults and ranges in the
     * config file's own number format. */
    TH_ASSERT_CONTAINS(doc, "  snap_m               anmälningar längre bort från alla platser knyts inte till någon "
                            "plats (m) (standard: 30; 0 till 1000)\n");
    TH_ASSERT_CONTAINS(doc, "  assume_crs           referenssystem som antas för indata som saknar uppgift om det "
                            "(annars är sådana indata ett fel) (standard: inget)\n");
    TH_ASSERT_CONTAINS(doc, "  merge_m              objekt närmare varandra än så slås ihop (m), standard: 50\n");
    free(doc);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    doc = trygg_config_describe();
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    TH_ASSERT_CONTAINS(doc, "  snap_m               incidents farther from any place are not snapped (m) (default: 30; 0 to "
                            "1000)\n");
    TH_ASSERT_CONTAINS(doc, "  merge_m              features closer than this merge (m), default: 50\n");
    TH_ASSERT_CONTAINS(doc, "  <source value> = <category>   vandalism,");
    free(doc);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* Write `n` bytes (may hold NUL) to dir/name; returns the path (static buffer). */
static const char *write_bytes(const char *dir, const char *name, const char *bytes, size_t n)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fwrite(bytes, 1, n, f);
    fclose(f);
    return path;
}

static void expect_config_error(const char *path, const char *message)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, path), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), message);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_config_strict_file(void)
{
    const char *dir = th_tmpdir("config_strict");
    /* A NUL byte would cut the value short: "3<NUL>0" read as 3. */
    static const char nul[] = "[places]\nsegment_max_m = 80\nsnap_m = 3\0" "0\n";
    expect_config_error(write_bytes(dir, "nul.ini", nul, sizeof nul - 1), "nul.ini rad 3: innehåller en NUL-byte");
    /* UTF-16 (as Windows Notepad may save) is full of NUL bytes. */
    static const char utf16[] = "\xff\xfe[\0p\0l\0a\0c\0e\0s\0]\0\n\0";
    expect_config_error(write_bytes(dir, "utf16.ini", utf16, sizeof utf16 - 1),
                        "utf16.ini rad 1: innehåller en NUL-byte");
    /* Windows-1252 text: the 0xF6 of "skadeg\xf6relse". */
    static const char latin[] = "[categories]\nklotter = graffiti\nskadeg\xf6relse = vandalism\n";
    expect_config_error(write_bytes(dir, "latin.ini", latin, sizeof latin - 1),
                        "latin.ini rad 3: inte giltig UTF-8 (byte 0xF6 i kolumn 7)");
    expect_config_error(th_write_file(dir, "dup.ini", "[places]\nsnap_m = 30\nsegment_max_m = 80\n\nsnap_m = 40\n"),
                        "dup.ini rad 5: nyckeln 'snap_m' förekommer två gånger i [places] (först satt på rad 2)");
    expect_config_error(th_write_file(dir, "dupcat.ini", "[categories]\nklotter = graffiti\nklotter = vandalism\n"),
                        "dupcat.ini rad 3: nyckeln 'klotter' förekommer två gånger i [categories]");
    expect_config_error(th_write_file(dir, "indent.ini", "[places]\nsegment_max_m = 80\n  snap_m = 40\n"),
                        "indent.ini rad 3: raden är indragen");
    char long_line[400];
    snprintf(long_line, sizeof long_line, "[study_area]\nname = %0300d\n", 7);
    expect_config_error(th_write_file(dir, "long.ini", long_line), "long.ini rad 2: längre än de");
    expect_config_error(dir, "config_strict: är en mapp, inte en konfigurationsfil");
    /* The same key in two sections, and a section given twice with different keys, are fine;
     * a UTF-8 byte-order mark too. */
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    const char *ok = th_write_file(dir, "ok.ini",
                                   "\xef\xbb\xbf[streets]\nlayer = a\n[lamps]\nlayer = b\n[places]\nsnap_m = 20\n"
                                   "[places]\nsegment_max_m = 70\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, ok), TRYGG_OK);
    TH_ASSERT_NEAR(cfg.snap_m, 20, 0);
    TH_ASSERT_NEAR(cfg.segment_max_m, 70, 0);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

static void test_config_messages_name_real_keys_and_sections(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "patrols", "max_km2", "1", "t.ini line 3"), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "okänd sektion [patrols] (kända: study_area, streets, lamps, incidents, "
                                          "buildings, pois, categories, places, lighting, time, weights, "
                                          "surroundings, run, patrol, plan, survey, followup, grid, hotspots, "
                                          "spacetime, nearrepeat, periods, partition, output, privacy, population, reports, "
                                          "measure:NAME, promise:NAME)");
    /* every key the describe text names is a key the parser takes */
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "incidents", "x_field", "lon", "t"), TRYGG_OK);
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "incidents", "field_x", "lon", "t"), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "okänd nyckel 'field_x' i [incidents]");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_config_register(void)
{
    static CU_TestInfo tests[] = {
        {"defaults", test_config_defaults},
        {"load file", test_config_load_file},
        {"errors name line and key", test_config_errors_name_line_and_key},
        {"error in Swedish and English", test_config_error_in_swedish_and_english},
        {"built-in terms", test_config_builtin_terms},
        {"validate and dump", test_config_validate_and_dump},
        {"strict file", test_config_strict_file},
        {"messages name real keys and sections", test_config_messages_name_real_keys_and_sections},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("config", tests);
}
