/*
 * The proposed measures of the action plan as a run holds them: made by plan (plan/plan.h:
 * trygg_plan_measures, freed by trygg_measures_fini) and written by io into the measure register
 * (io/register.h).
 */
#ifndef TRYGG_IO_MEASURES_H
#define TRYGG_IO_MEASURES_H

#include <stddef.h>

typedef struct {
    char *rule;        /* the rule's name */
    char *focus_area, *measure, *measure_en, *responsible, *evidence, *indicator;
    int priority;      /* 1 (most urgent) .. 5 */
    size_t features;   /* features of the rule's layer it covers */
    char *source_ids;  /* their fids in the rule's layer, "12,13,40" */
    unsigned char *wkb; /* ISO WKB (Multi)Polygon in the working CRS: the features buffered */
    size_t wkb_size;
} trygg_measure;

typedef struct {
    trygg_measure *v;
    size_t n, cap;
} trygg_measures;

#endif
