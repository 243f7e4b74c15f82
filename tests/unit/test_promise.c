/*
 * Citizen promises: the assessment against values worked out independently (scipy 1.10:
 * stats.binomtest(k, n, p).pvalue; the interval exp(ln R +- 1.959964 sqrt(1/a + 1/b)) by hand),
 * the target syntax, and the promise keys of the config.
 */
#include <CUnit/CUnit.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "plan/promise.h"
#include "trygg/config.h"


static void test_assess_counts(void)
{
    trygg_promise_assessment a;
    /* 40 reports in the baseline year, 28 now; target -20 %: R = 0.7, change -30 %, progress
     * 1.5; interval 0.43188 to 1.13458 includes 1: as far as the target, but could be chance. */
    trygg_promise_assess(40, 28, 365, 365, true, -0.2, 10, &a);
    TH_ASSERT_NEAR(a.change, -0.3, 1e-12);
    TH_ASSERT_NEAR(a.progress, 1.5, 1e-12);
    TH_ASSERT_NEAR(a.ratio_lo, 0.4318766, 1e-6);
    TH_ASSERT_NEAR(a.ratio_hi, 1.1345833, 1e-6);
    TH_ASSERT_NEAR(a.p, 0.1818100545, 1e-9); /* binomtest(28, 68, 0.5) */
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_ON_TRACK);
    /* 100 -> 60: interval 0.43566 to 0.82633, below 1: the target is met. */
    trygg_promise_assess(100, 60, 365, 365, true, -0.2, 10, &a);
    TH_ASSERT_NEAR(a.ratio_lo, 0.4356629, 1e-6);
    TH_ASSERT_NEAR(a.ratio_hi, 0.8263269, 1e-6);
    TH_ASSERT_NEAR(a.p, 0.001953728034, 1e-11); /* binomtest(60, 160, 0.5) */
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_ACHIEVED);
    /* Periods of unequal length compare per day: 9 in 366 days against 7 in 365. */
    trygg_promise_assess(7, 9, 365, 366, true, -0.2, 10, &a);
    TH_ASSERT_NEAR(a.change, (9.0 / 366) / (7.0 / 365) - 1, 1e-12);
    TH_ASSERT_NEAR(a.p, 0.8036223248, 1e-9); /* binomtest(9, 16, 366 / 731) */
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_OFF_TRACK);
    /* Too few reports, and no baseline: cannot tell, and no numbers. */
    trygg_promise_assess(3, 2, 365, 365, true, -0.2, 10, &a);
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_CANNOT_TELL);
    CU_ASSERT(isnan(a.change));
    trygg_promise_assess(0, 20, 365, 365, true, -0.2, 10, &a);
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_CANNOT_TELL);
    /* A rise promised (more people out at night, say) and a non-count indicator: no interval. */
    trygg_promise_assess(2.0, 2.5, 365, 365, false, 0.1, 10, &a);
    TH_ASSERT_NEAR(a.change, 0.25, 1e-12);
    CU_ASSERT(isnan(a.ratio_lo) && isnan(a.p));
    CU_ASSERT_EQUAL(a.verdict, TRYGG_PROMISE_ACHIEVED);
    CU_ASSERT_STRING_EQUAL(trygg_promise_verdict_code(a.verdict), "achieved");
}

static void test_target_syntax(void)
{
    double t = 0;
    CU_ASSERT(trygg_config_promise_target("-20 %", &t));
    TH_ASSERT_NEAR(t, -0.2, 1e-12);
    CU_ASSERT(trygg_config_promise_target("\u221220 %", &t)); /* the minus sign */
    TH_ASSERT_NEAR(t, -0.2, 1e-12);
    CU_ASSERT(trygg_config_promise_target("-0,25", &t));
    TH_ASSERT_NEAR(t, -0.25, 1e-12);
    CU_ASSERT(trygg_config_promise_target("+10%", &t));
    TH_ASSERT_NEAR(t, 0.1, 1e-12);
    CU_ASSERT_FALSE(trygg_config_promise_target("0 %", &t));
    CU_ASSERT_FALSE(trygg_config_promise_target("-120 %", &t));
    CU_ASSERT_FALSE(trygg_config_promise_target("fewer", &t));
    CU_ASSERT_FALSE(trygg_config_promise_target("-20 % by 2026", &t));
}

static void test_sentence(void)
{
    trygg_promise_result r = {.baseline_from = "2023-01-01", .baseline_to = "2023-12-31",
                              .current_from = "2024-01-01", .current_to = "2024-12-31",
                              .baseline = 100, .current = 60, .counts = true, .target = -0.2,
                              .end = "2025-12-31", .measures = 2, .measures_done = 1};
    trygg_promise_assess(100, 60, 365, 365, true, -0.2, 10, &r.a);
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "en"), TRYGG_OK);
    char *en = trygg_promise_sentence(&r);
    CU_ASSERT_STRING_EQUAL(en, "Baseline 1 January 2023 – 31 December 2023: 100; 1 January 2024 – 31 December 2024: "
                               "60. Change: \u221240% (95 % interval \u221256% to \u221217%). Target: \u221220% by "
                               "31 December 2025. The target is met. 2 measures are linked to the promise (done: 1).");
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "sv"), TRYGG_OK);
    char *sv = trygg_promise_sentence(&r);
    CU_ASSERT_STRING_EQUAL(sv, "Baslinje 1 januari 2023 – 31 december 2023: 100; 1 januari 2024 – 31 december 2024: "
                               "60. Förändring: \u221240\u00a0% (95 % konfidensintervall \u221256\u00a0% till "
                               "\u221217\u00a0%). Mål: \u221220\u00a0% till 31 december 2025. Målet är nått. 2 åtgärder "
                               "är kopplade till löftet (genomförda: 1).");
    free(en);
    free(sv);
    trygg_ctx_free(ctx);
}

static trygg_status config_from_text(trygg_ctx *ctx, trygg_config *cfg, const char *text)
{
    trygg_config_init(cfg);
    return trygg_config_load(ctx, cfg, th_write_file(th_tmpdir("promise_config"), "p.ini", text));
}

static void test_config_keys(void)
{
    trygg_ctx *ctx = trygg_ctx_new();
    trygg_config cfg;
    const char *ini = "[streets]\nsource = s.gpkg\n[promise:klotter]\ntext = Mindre klotter\n"
                      "baseline = 2023-01-01/2023-12-31\ntarget = -20 %\nend = 2025-12-31\n";
    CU_ASSERT_EQUAL_FATAL(config_from_text(ctx, &cfg, ini), TRYGG_OK);
    CU_ASSERT_EQUAL(cfg.npromises, 1);
    CU_ASSERT_STRING_EQUAL(cfg.promises[0].layer, "incidents");
    CU_ASSERT_STRING_EQUAL(cfg.promises[0].aggregate, "count(*)");
    CU_ASSERT_EQUAL(trygg_config_validate(ctx, &cfg), TRYGG_OK);
    trygg_config_fini(&cfg);
    const char *bad = "[streets]\nsource = s.gpkg\n[promise:klotter]\ntext = x\nbaseline = 2023-12-31/2023-01-01\n"
                      "target = -20 %\n";
    CU_ASSERT_EQUAL_FATAL(config_from_text(ctx, &cfg, bad), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[promise:klotter] baseline = '2023-12-31/2023-01-01'");
    trygg_config_fini(&cfg);
    const char *no_target = "[streets]\nsource = s.gpkg\n[promise:klotter]\ntext = x\nbaseline = 2023-01-01/2023-12-31\n";
    CU_ASSERT_EQUAL_FATAL(config_from_text(ctx, &cfg, no_target), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_config_validate(ctx, &cfg), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[promise:klotter]");
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "'target'");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_promise_register(void)
{
    CU_pSuite s = CU_add_suite("promise", NULL, NULL);
    CU_add_test(s, "assessment against worked values", test_assess_counts);
    CU_add_test(s, "target syntax", test_target_syntax);
    CU_add_test(s, "the sentence in English and Swedish", test_sentence);
    CU_add_test(s, "[promise:NAME] keys and their validation", test_config_keys);
}
