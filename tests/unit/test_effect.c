/*
 * The effect of a measure from four counts (src/score/effect.c), on hand-made counts with the
 * arithmetic written out, and against scipy.stats.fisher_exact and the same interval computed
 * in Python (tools/crosscheck_effect.py prints every value used below).
 */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "score/effect.h"

#define NBSP "\u00a0" /* no-break space before a Swedish percent sign */

/* Treated 40 -> 20, comparison 100 -> 95.
 *   change at the measure: 20/40 - 1 = -0.50; at the comparison places 95/100 - 1 = -0.05
 *   RES = (a d) / (b c) = (40 * 95) / (20 * 100) = 3800 / 2000 = 1.9
 *   V(ln RES) = 1/40 + 1/20 + 1/100 + 1/95 = 0.025 + 0.05 + 0.01 + 0.0105263 = 0.0955263
 *   sqrt(V) = 0.309073; ln 1.9 = 0.641854; 1.959964 * 0.309073 = 0.605772
 *   interval exp(0.641854 - 0.605772) = exp(0.036082) = 1.03674 .. exp(1.247626) = 3.48207
 *   1 - 1/1.9 = 0.4737: 47 % fewer reports than the comparison places predict
 *   Fisher's exact test, two-sided: p = 0.0388409430558 (scipy) */
static void test_effect_worked_example(void)
{
    trygg_effect_counts n = {40, 20, 100, 95};
    trygg_effect e;
    trygg_effect_estimate(&n, 10, &e);
    CU_ASSERT_EQUAL(e.verdict, TRYGG_EFFECT_ESTIMATED);
    TH_ASSERT_NEAR(e.change, -0.50, 1e-12);
    TH_ASSERT_NEAR(e.comparison_change, -0.05, 1e-12);
    TH_ASSERT_NEAR(e.res, 1.9, 1e-12);
    TH_ASSERT_NEAR(e.res_lo, 1.03674014523, 1e-9);
    TH_ASSERT_NEAR(e.res_hi, 3.48206830476, 1e-9);
    TH_ASSERT_NEAR(e.p, 0.0388409430558, 1e-10);
    CU_ASSERT_FALSE(e.corrected);
    /* Swedish, the default language: decimal comma, a no-break space before the percent sign. */
    char *sv = trygg_effect_sentence(&n, &e, 10, "klotter", false);
    TH_ASSERT_STR(sv, "klotter minskade 50" NBSP "% efter åtgärden (40 → 20), jämförelseplatserna 5" NBSP
                      "% (100 → 95): 47" NBSP "% färre än jämförelseplatserna ger anledning att vänta (relativ effekt "
                      "1,90, 95" NBSP "% KI 1,04–3,48; p = 0,039)");
    /* English whatever the run's language (the effect_en field) ... */
    char *en = trygg_effect_sentence(&n, &e, 10, "graffiti", true);
    TH_ASSERT_STR(en, "graffiti fell 50% after the measure (40 -> 20), at the comparison places 5% "
                      "(100 -> 95): 47% fewer than the comparison places predict (relative effect size 1.90, "
                      "95% CI 1.04-3.48; p = 0.039)");
    /* ... and the same sentence in an English run. */
    th_language("en");
    char *run_en = trygg_effect_sentence(&n, &e, 10, "graffiti", false);
    th_language("sv");
    TH_ASSERT_STR(run_en, en);
    free(sv);
    free(en);
    free(run_en);
}

/* The sentence of the issue: graffiti fell 42 % after the measure, the comparison places 5 %
 * (the same way, so only the percentage); RES = (50 * 95) / (29 * 100) = 1.6379. Then the
 * comparison places the other way, which takes the verb. */
static void test_effect_sentence_languages(void)
{
    trygg_effect_counts n = {50, 29, 100, 95};
    trygg_effect e;
    trygg_effect_estimate(&n, 10, &e);
    TH_ASSERT_NEAR(e.res, 4750.0 / 2900.0, 1e-12);
    char *sv = trygg_effect_sentence(&n, &e, 10, "klotter", false);
    TH_ASSERT_CONTAINS(sv, "klotter minskade 42" NBSP "% efter åtgärden (50 → 29), jämförelseplatserna 5" NBSP
                           "% (100 → 95): ");
    TH_ASSERT_CONTAINS(sv, "relativ effekt 1,64, 95" NBSP "% KI ");
    CU_ASSERT(strstr(sv, "1.64") == NULL);
    th_language("en");
    char *en = trygg_effect_sentence(&n, &e, 10, "graffiti", false);
    th_language("sv");
    TH_ASSERT_CONTAINS(en, "graffiti fell 42% after the measure (50 -> 29), at the comparison places 5% "
                           "(100 -> 95): ");
    TH_ASSERT_CONTAINS(en, "relative effect size 1.64, 95% CI ");
    free(sv);
    free(en);
    trygg_effect_counts m = {50, 29, 100, 110};
    trygg_effect_estimate(&m, 10, &e);
    sv = trygg_effect_sentence(&m, &e, 10, "klotter", false);
    TH_ASSERT_CONTAINS(sv, "klotter minskade 42" NBSP "% efter åtgärden (50 → 29), vid jämförelseplatserna ökade "
                           "10" NBSP "% (100 → 110): ");
    en = trygg_effect_sentence(&m, &e, 10, "graffiti", true);
    TH_ASSERT_CONTAINS(en, "graffiti fell 42% after the measure (50 -> 29), at the comparison places it rose 10% "
                           "(100 -> 110): ");
    free(sv);
    free(en);
}

/* More cases against scipy: a borderline p, a small one, a zero count (0.5 added to each:
 * RES = (0.5 * 30.5) / (6.5 * 40.5) = 15.25 / 263.25 = 0.0579297) and no change at all. */
static void test_effect_against_scipy(void)
{
    static const struct {
        long n[4];
        double p, res, lo, hi;
    } cases[] = {
        {{12, 3, 50, 48}, 0.0501172693015, 3.84, 1.01997416615, 14.4568367409},
        {{5, 2, 30, 31}, 0.429056639878, 2.58333333333, 0.4649384268, 14.3537525109},
        {{0, 6, 40, 30}, 0.00890952997942, 0.0579297245964, 0.00314137868744, 1.06827394138},
        {{30, 30, 100, 100}, 1, 1, 0.561581833845, 1.78068438068},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        trygg_effect_counts n = {cases[i].n[0], cases[i].n[1], cases[i].n[2], cases[i].n[3]};
        trygg_effect e;
        trygg_effect_estimate(&n, 5, &e);
        CU_ASSERT_EQUAL(e.verdict, TRYGG_EFFECT_ESTIMATED);
        TH_ASSERT_NEAR(e.p, cases[i].p, 1e-10);
        TH_ASSERT_NEAR(e.res, cases[i].res, 1e-9 * cases[i].res);
        TH_ASSERT_NEAR(e.res_lo, cases[i].lo, 1e-9 * cases[i].lo);
        TH_ASSERT_NEAR(e.res_hi, cases[i].hi, 1e-9 * cases[i].hi);
        CU_ASSERT_EQUAL(e.corrected, cases[i].n[0] == 0);
    }
    /* p >= 0.05 says so; a zero count says 0.5 was added. */
    trygg_effect_counts n = {0, 6, 40, 30};
    trygg_effect e;
    trygg_effect_estimate(&n, 5, &e);
    char *en = trygg_effect_sentence(&n, &e, 5, "reports", true);
    TH_ASSERT_CONTAINS(en, "reports went from 0 to 6 after the measure");
    TH_ASSERT_CONTAINS(en, "0.5 added to each count as one was 0");
    TH_ASSERT_CONTAINS(en, "more than the comparison places predict");
    free(en);
    trygg_effect_counts m = {5, 2, 30, 31};
    trygg_effect_estimate(&m, 5, &e);
    en = trygg_effect_sentence(&m, &e, 5, "reports", true);
    TH_ASSERT_CONTAINS(en, "p = 0.429; the difference may be chance");
    free(en);
    char *sv = trygg_effect_sentence(&m, &e, 5, "anmälningar", false);
    TH_ASSERT_CONTAINS(sv, "p = 0,429; skillnaden kan vara slumpen");
    free(sv);
}

/* Too few reports: no number at all, the reason and the counts instead. */
static void test_effect_cannot_tell_yet(void)
{
    trygg_effect_counts n = {4, 3, 100, 95};
    trygg_effect e;
    trygg_effect_estimate(&n, 10, &e);
    CU_ASSERT_EQUAL(e.verdict, TRYGG_EFFECT_TOO_FEW_TREATED);
    CU_ASSERT(isnan(e.res) && isnan(e.p) && isnan(e.res_lo));
    char *en = trygg_effect_sentence(&n, &e, 10, "graffiti", true);
    TH_ASSERT_STR(en, "cannot tell yet: too few reports of graffiti at the measure's places (7 before and after "
                      "together; at least 10 needed)");
    char *sv = trygg_effect_sentence(&n, &e, 10, "klotter", false);
    TH_ASSERT_STR(sv, "kan inte avgöras än: för få anmälningar om klotter vid åtgärden (7 före och efter "
                      "tillsammans; minst 10 behövs)");
    free(en);
    free(sv);
    trygg_effect_counts m = {40, 20, 3, 2};
    trygg_effect_estimate(&m, 10, &e);
    CU_ASSERT_EQUAL(e.verdict, TRYGG_EFFECT_TOO_FEW_COMPARISON);
    en = trygg_effect_sentence(&m, &e, 10, "graffiti", true);
    TH_ASSERT_CONTAINS(en, "cannot tell yet: too few reports of graffiti at comparison places (5;");
    free(en);
}

/* Fisher's exact test by hand on a small table [[3, 1], [1, 3]]: margins 4, 4, 4, n = 8;
 * P(x) = C(4,x) C(4,4-x) / C(8,4) = 1, 16, 36, 16, 1 over 70 for x = 0..4; the observed x = 3
 * has 16/70, so p = (1 + 16 + 16 + 1) / 70 = 34/70. */
static void test_effect_fisher_by_hand(void)
{
    TH_ASSERT_NEAR(trygg_fisher_exact_p(3, 1, 1, 3), 34.0 / 70.0, 1e-12);
    TH_ASSERT_NEAR(trygg_fisher_exact_p(4, 0, 0, 4), 2.0 / 70.0, 1e-12);
    TH_ASSERT_NEAR(trygg_fisher_exact_p(2, 2, 2, 2), 1.0, 1e-12);
}

void test_effect_register(void)
{
    static CU_TestInfo tests[] = {
        {"worked_example", test_effect_worked_example},
        {"sentence_in_swedish_and_english", test_effect_sentence_languages},
        {"against_scipy", test_effect_against_scipy},
        {"cannot_tell_yet", test_effect_cannot_tell_yet},
        {"fisher_by_hand", test_effect_fisher_by_hand},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("effect", tests);
}
