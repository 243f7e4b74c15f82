#include "helpers.h"
#include "score/score.h"

static void test_rates_eb_four_areas(void)
{
    /* counts c = 0, 2, 5, 1 over exposure e = 1, 2, 1, 4 (e.g. 100 m units); raw r = 0, 1, 5, 0.25.
     * m  = 8 / 8 = 1
     * s2 = (1*(0-1)^2 + 2*(1-1)^2 + 1*(5-1)^2 + 4*(0.25-1)^2) / 8 = (1 + 0 + 16 + 2.25) / 8 = 2.40625
     * A  = s2 - m / (sum e / n) = 2.40625 - 1 / 2 = 1.90625 = 61/32
     * w  = A / (A + m/e): 61/93, 61/77, 61/93, 61/69
     * EB = w r + (1 - w) m: 32/93, 1, 305/93 + 32/93 = 337/93, 61/276 + 8/69 = 93/276 = 31/92. */
    const double c[] = {0, 2, 5, 1}, e[] = {1, 2, 1, 4};
    double out[4];
    trygg_eb_rates(c, e, 4, out);
    TH_ASSERT_NEAR(out[0], 32.0 / 93.0, 1e-9);
    TH_ASSERT_NEAR(out[1], 1.0, 1e-9);
    TH_ASSERT_NEAR(out[2], 337.0 / 93.0, 1e-9);
    TH_ASSERT_NEAR(out[3], 31.0 / 92.0, 1e-9);
}

static void test_rates_eb_no_extra_variance(void)
{
    /* c = 1, 1 over e = 1, 1: m = 1, s2 = 0, A = 0 - 1/1 < 0 -> 0, so w = 0 and every rate is m. */
    const double c[] = {1, 1}, e[] = {1, 1};
    double out[2];
    trygg_eb_rates(c, e, 2, out);
    TH_ASSERT_NEAR(out[0], 1.0, 1e-12);
    TH_ASSERT_NEAR(out[1], 1.0, 1e-12);
}

static void test_rates_eb_zero_counts_and_exposure(void)
{
    /* All counts zero: m = 0, every rate 0. */
    const double z[] = {0, 0, 0}, e[] = {1, 0.5, 2};
    double out[3] = {9, 9, 9};
    trygg_eb_rates(z, e, 3, out);
    TH_ASSERT_NEAR(out[0] + out[1] + out[2], 0.0, 0.0);

    /* c = 2, 7, 3 over e = 1, 0, 1: the area without exposure is left out of the sums and gets m.
     * m = 5/2 = 2.5; r = 2, 3; s2 = (0.25 + 0.25)/2 = 0.25; A = 0.25 - 2.5/(2/2) < 0 -> 0:
     * all three rates are 2.5. */
    const double c2[] = {2, 7, 3}, e2[] = {1, 0, 1};
    trygg_eb_rates(c2, e2, 3, out);
    TH_ASSERT_NEAR(out[0], 2.5, 1e-12);
    TH_ASSERT_NEAR(out[1], 2.5, 1e-12);
    TH_ASSERT_NEAR(out[2], 2.5, 1e-12);
}

void test_rates_register(void)
{
    static CU_TestInfo tests[] = {
        {"EB on four areas", test_rates_eb_four_areas},
        {"EB without extra variance", test_rates_eb_no_extra_variance},
        {"EB zero counts and exposure", test_rates_eb_zero_counts_and_exposure},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("rates", tests);
}
