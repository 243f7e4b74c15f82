/*
 * The rows of the police's safety survey (`[survey] source`, src/io/read_survey.c): one per area,
 * year and, with [survey] gender_field, whose answers, with the survey's total index and its
 * question fields. What a run makes of them is in pipeline/survey.h.
 *
 * Ownership: trygg_survey_rows_fini frees the rows read.
 */
#ifndef TRYGG_IO_SURVEY_H
#define TRYGG_IO_SURVEY_H

#include <stddef.h>

#include "trygg/config.h"
#include "trygg/trygg.h"

/* Whose answers a survey row holds ([survey] gender_field): all respondents (no gender field, an
 * empty value or any other value: "alla", "totalt"), women ("kvinnor", "kvinna", "k", "women",
 * "female", "f") or men ("män", "man", "m", "men", "male"), case-insensitively. */
typedef enum { TRYGG_SURVEY_ALL = 0, TRYGG_SURVEY_WOMEN, TRYGG_SURVEY_MEN } trygg_survey_gender;
trygg_survey_gender trygg_survey_gender_of(const char *value);

typedef struct {
    char *area;         /* the area's name */
    int year;
    double index_total; /* NAN when empty */
    long respondents;   /* -1 when not given */
    unsigned char *wkb; /* the row's own polygon in the working CRS, or NULL */
    size_t wkb_size;
    double *questions;  /* the [survey] question_fields, in their order (NAN when empty) */
    trygg_survey_gender gender; /* with [survey] gender_field: whose answers the row holds */
} trygg_survey_row;

typedef struct {
    trygg_survey_row *v;
    size_t n;
    char **questions;  /* the question fields' names (nquestions of them) */
    size_t nquestions;
} trygg_survey_rows;

void trygg_survey_rows_fini(trygg_survey_rows *r);

/* Read cfg->survey_source: a row per feature with cfg's area, year, index and respondents
 * fields. A missing field is TRYGG_E_CONFIG naming it and the source; a row without a name or a
 * year is skipped with a warning. */
trygg_status trygg_io_read_survey(trygg_ctx *ctx, const trygg_config *cfg, trygg_survey_rows *out);

#endif
