/*
 * The safety survey beside the reports (src/score/survey.c): whether the change of an area's
 * survey index and the change of its reports point the same way, and the sentence for it.
 */
#ifndef TRYGG_SCORE_SURVEY_H
#define TRYGG_SCORE_SURVEY_H

#include <stdbool.h>

typedef enum {
    TRYGG_SURVEY_AGREE,              /* both point the same way, or one does not move */
    TRYGG_SURVEY_SAFER_MORE_REPORTS, /* people feel safer while reports rise */
    TRYGG_SURVEY_LESS_SAFE_FEWER,    /* people feel less safe while reports fall */
    TRYGG_SURVEY_UNKNOWN,            /* no previous survey or no reports for a year */
} trygg_survey_direction;

/* Compare the change of the survey index (index - previous) with the change of the reports
 * (n - previous_n). The index moves when it changes by at least min_index_change (higher_is_safer
 * says which way is better); the reports move when they change by at least 10 % of previous_n
 * and one of the two years has at least 10. */
trygg_survey_direction trygg_survey_direction_of(double previous, double index, long previous_n, long n,
                                                 bool higher_is_safer, double min_index_change);

/* The sentence for a direction in the run's language (english false) or in English (english true);
 * a static string, "" for AGREE and UNKNOWN. */
const char *trygg_survey_direction_text(trygg_survey_direction d, bool english);

#endif
