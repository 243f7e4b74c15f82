/*
 * The follow-up of measures in a run (issue 13 part 2): for each register entry that is
 * `genomförd` with a `done_on` date, the reports of its rule's effect indicator at its places
 * in equal windows before and after, against matched comparison places (src/score/effect.h),
 * written as the `measure_effects` layer.
 *
 * What it reads from the output is io's (io/followup.h).
 *
 * Ownership: trygg_followup_data_fini and trygg_followup_effects_fini free what they hold.
 */
#ifndef TRYGG_PIPELINE_FOLLOWUP_H
#define TRYGG_PIPELINE_FOLLOWUP_H

#include <stddef.h>
#include <stdint.h>

#include "io/followup.h"
#include "io/io.h"
#include "plan/register.h"
#include "score/effect.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* ---- the estimate per measure (src/pipeline/followup_stage.c) ---- */

typedef struct {
    int64_t measure_id;
    const trygg_register_entry *entry; /* borrowed from the register */
    char *what, *what_en;              /* the indicator in words: the run's language, English */
    char *before_from, *before_to, *after_from, *after_to; /* local days, both ends included */
    size_t places, comparison_places;
    trygg_effect_counts counts;
    trygg_effect effect;
    bool estimated;        /* counts and effect are meaningful */
    char *verdict;         /* "worked", "no clear effect", "more reports", "cannot tell yet" */
    char *sentence, *sentence_en;
} trygg_followup_effect;

typedef struct {
    trygg_followup_effect *v;
    size_t n;
} trygg_followup_effects;

void trygg_followup_effects_fini(trygg_followup_effects *e);

/* The effect of every `genomförd` register entry with a done_on date, from the layers of the
 * GeoPackage at gpkg_path. Comparison places lie farther than cfg->effect_reach_m from every
 * entry in force (beslutad, pågår, genomförd, avslutad). */
trygg_status trygg_followup_estimate(trygg_ctx *ctx, const trygg_config *cfg, const trygg_register *reg,
                                     const char *gpkg_path, trygg_followup_effects *out);

/* The effect sentence of the entry with this id (borrowed), or NULL. */
const trygg_followup_effect *trygg_followup_find(const trygg_followup_effects *e, int64_t measure_id);

/* Write the measure_effects layer (empty when there is nothing to follow up). */
trygg_status trygg_followup_write(trygg_ctx *ctx, const trygg_followup_effects *e, trygg_gpkg_writer *w);

#endif
