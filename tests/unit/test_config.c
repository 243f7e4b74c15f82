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

static void test_config_errors_name_line_and_key(void)
{
    const char *dir = th_tmpdir("config_errors");
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;

    trygg_config_init(&cfg);
    const char *p1 = th_write_file(dir, "a.ini", "[places]\nsnap_m = 30\nsnapp_m = 4\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p1), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "a.ini line 3: unknown key 'snapp_m' in [places]");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p2 = th_write_file(dir, "b.ini", "[lighting]\n\ndark_lux = -1\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p2), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "b.ini line 3: [lighting] dark_lux = -1 is out of range (0 to 100)");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p3 = th_write_file(dir, "c.ini", "[categories]\nklotter = grafitti\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p3), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "c.ini line 2: [categories] klotter = 'grafitti' is not a trygg category");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p4 = th_write_file(dir, "d.ini", "[time]\nnight_start_h = 18.5\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p4), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "d.ini line 2: [time] night_start_h = '18.5' is not a whole number");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p5 = th_write_file(dir, "e.ini", "[nonsense]\nx = 1\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p5), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "e.ini line 2: unknown section [nonsense]");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    const char *p6 = th_write_file(dir, "f.ini", "[places]\nthis line has no equals sign\n");
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, p6), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "f.ini line 2: not an INI line");
    trygg_config_fini(&cfg);

    trygg_config_init(&cfg);
    TH_ASSERT_INT(trygg_config_load(ctx, &cfg, "/nonexistent/x.ini"), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "/nonexistent/x.ini: cannot open config file");
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
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "night has no hours");
    TH_ASSERT_INT(trygg_config_set(ctx, &cfg, "streets", "source", "roads.shp", "--streets"), TRYGG_OK);
    char *dump = trygg_config_dump(&cfg);
    TH_ASSERT_CONTAINS(dump, "[streets]\nsource = roads.shp\n");
    TH_ASSERT_CONTAINS(dump, "segment_max_m = 100\n");
    free(dump);
    char *doc = trygg_config_describe();
    TH_ASSERT_CONTAINS(doc, "snap_m");
    free(doc);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_config_register(void)
{
    static CU_TestInfo tests[] = {
        {"defaults", test_config_defaults},
        {"load file", test_config_load_file},
        {"errors name line and key", test_config_errors_name_line_and_key},
        {"built-in terms", test_config_builtin_terms},
        {"validate and dump", test_config_validate_and_dump},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("config", tests);
}
