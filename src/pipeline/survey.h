/*
 * The police's safety survey (trygghetsmätning) beside the incidents (issue 13 part 3):
 * `[survey] source = SRC[:LAYER]` holds one row per area and year with the survey's total index
 * (0-6) and, optionally, respondents; its areas are its own polygons, or the polygons of
 * `[survey] areas` joined by name. Per area and year the run reports the index, its change since
 * the area's previous survey, the incidents reported in the area that calendar year and the
 * year before the previous survey's, the measures in the area, and a flag where the survey and
 * the reports point in different directions.
 *
 * Ownership: trygg_survey_rows_fini frees the rows read; trygg_survey_results_fini the results.
 */
#ifndef TRYGG_PIPELINE_SURVEY_H
#define TRYGG_PIPELINE_SURVEY_H

#include <stdbool.h>
#include <stddef.h>

#include "io/io.h"
#include "pipeline/reports.h"
#include "plan/plan.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* ---- the direction of two changes (src/score/survey.c) ---- */

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

/* ---- reading (src/io/read_survey.c) ---- */

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

/* ---- per area and year (src/pipeline/survey_stage.c) ---- */

typedef struct {
    const trygg_survey_row *row; /* borrowed */
    const char *area;            /* the area's name: as in [survey] areas when joined, else the row's */
    char *key;                   /* the name case-folded (ASCII and Latin-1 letters), owned */
    const unsigned char *wkb;    /* the area's polygon (borrowed) */
    size_t wkb_size;
    int previous_year;           /* 0: none */
    double previous_index;
    long incidents, previous_incidents; /* in the area in the calendar year; -1 when the reports do not cover it */
    size_t measures;             /* this run's measures touching the area */
    const trygg_survey_row *previous; /* the previous survey's row of the area (all respondents), or NULL */
    double index_women, index_men;    /* the same area and year by gender; NAN when not given */
    trygg_survey_direction direction;
} trygg_survey_result;

typedef struct {
    trygg_survey_result *v;
    size_t n;
    trygg_survey_rows rows;    /* what v points into */
    trygg_named_areas areas;   /* the [survey] areas polygons, when given */
    size_t unmatched;          /* rows whose area has no polygon */
} trygg_survey_results;

void trygg_survey_results_fini(trygg_survey_results *r);

/* Names of one area in a survey and a map layer may differ in case ("NORR", "Norr", "ÖSTER"):
 * a key with ASCII and Latin-1 capitals (UTF-8) in lower case. Caller frees. */
char *trygg_survey_name_key(const char *name);

/* Read the survey (and its areas), and count per area and year the incidents (calendar years
 * in local standard time) and this run's measures. */
trygg_status trygg_survey_estimate(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                   const trygg_measures *measures, trygg_survey_results *out);

/* Write the survey_areas layer. */
trygg_status trygg_survey_write(trygg_ctx *ctx, const trygg_survey_results *r, trygg_gpkg_writer *w);

#endif
