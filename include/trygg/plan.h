/*
 * The action-plan layer (DESIGN.md section 5 "Plan"): proposed measures from the configured
 * rules, evaluated with SpatiaLite SQL over a written output GeoPackage, so a rule can use any
 * field of any output layer.
 *
 * Ownership: trygg_measures_fini frees every string and geometry of the vector.
 */
#ifndef TRYGG_PLAN_H
#define TRYGG_PLAN_H

#include <stddef.h>

#include "trygg/config.h"
#include "trygg/trygg.h"

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

void trygg_measures_fini(trygg_measures *m);

/* Evaluate cfg's measure rules over the GeoPackage at gpkg_path (read only) and append the
 * measures to out, ordered by priority, then rule order, then the lowest source fid.
 * A configured (not built-in) rule whose layer or fields do not exist is TRYGG_E_CONFIG naming
 * the rule and where it was defined; a built-in one is skipped and listed in *skipped
 * (caller frees; may be NULL). */
trygg_status trygg_plan_measures(trygg_ctx *ctx, const trygg_config *cfg, const char *gpkg_path, trygg_measures *out,
                                 char **skipped);

/* Fill an evidence template from per-feature values: `names` are the fields the template uses
 * (in the order trygg_plan_template_fields gives), values[f * nfeatures + i] the value of field
 * f on feature i (NAN when NULL). Caller frees the result. */
char *trygg_plan_fill_template(const char *tmpl, const char *const *names, size_t nnames, const double *values,
                               size_t nfeatures);

/* The distinct field names a template refers to ({sum:length_m} -> length_m), in first-use
 * order. Caller frees each and the array. */
char **trygg_plan_template_fields(const char *tmpl, size_t *n);

#endif
