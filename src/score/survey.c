/*
 * Does the safety survey point the same way as the reports? (src/pipeline/survey.h)
 */
#include <math.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "score/survey.h"

trygg_survey_direction trygg_survey_direction_of(double previous, double index, long previous_n, long n,
                                                 bool higher_is_safer, double min_index_change)
{
    if (!isfinite(previous) || !isfinite(index) || previous_n < 0 || n < 0)
        return TRYGG_SURVEY_UNKNOWN;
    double d = index - previous;
    /* Half a rounding step of slack: indices are published with one or two decimals. */
    if (fabs(d) < min_index_change - 1e-9)
        return TRYGG_SURVEY_AGREE;
    bool safer = higher_is_safer ? d > 0 : d < 0;
    long most = previous_n > n ? previous_n : n;
    /* The reports move by 10 % of the earlier year's count, with 10 or more in one of the years. */
    bool moved = most >= 10 && (previous_n == 0 || labs(n - previous_n) * 10 >= previous_n);
    if (!moved)
        return TRYGG_SURVEY_AGREE;
    bool more = n > previous_n;
    if (safer && more)
        return TRYGG_SURVEY_SAFER_MORE_REPORTS;
    if (!safer && !more)
        return TRYGG_SURVEY_LESS_SAFE_FEWER;
    return TRYGG_SURVEY_AGREE;
}

const char *trygg_survey_direction_text(trygg_survey_direction d, bool english)
{
    static const char safer_more[] = N_("people feel safer while reports rise");
    static const char less_safe_fewer[] = N_("people feel less safe while reports fall");
    switch (d) {
    case TRYGG_SURVEY_SAFER_MORE_REPORTS:
        return english ? safer_more : _(safer_more);
    case TRYGG_SURVEY_LESS_SAFE_FEWER:
        return english ? less_safe_fewer : _(less_safe_fewer);
    default:
        return "";
    }
}
