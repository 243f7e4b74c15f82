/*
 * The police's safety survey (trygghetsmätning) beside the incidents (issue 13 part 3):
 * `[survey] source = SRC[:LAYER]` holds one row per area and year with the survey's total index
 * (0-6) and, optionally, respondents; its areas are its own polygons, or the polygons of
 * `[survey] areas` joined by name. Per area and year the run reports the index, its change since
 * the area's previous survey, the incidents reported in the area that calendar year and the
 * year before the previous survey's, the measures in the area, and a flag where the survey and
 * the reports point in different directions.
 *
 * The rows are read by io (io/survey.h), the direction of two changes is score's
 * (score/survey.h); the stage here joins, counts and writes.
 *
 * Ownership: trygg_survey_rows_fini frees the rows read; trygg_survey_results_fini the results.
 */
#ifndef TRYGG_PIPELINE_SURVEY_H
#define TRYGG_PIPELINE_SURVEY_H

#include <stdbool.h>
#include <stddef.h>

#include "io/io.h"
#include "io/survey.h"
#include "pipeline/reports.h"
#include "plan/plan.h"
#include "score/survey.h"
#include "trygg/config.h"
#include "trygg/data.h"

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
