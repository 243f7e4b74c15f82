/*
 * The measure register (DESIGN.md section 1, the action plan that lives across runs): a
 * GeoPackage layer `measures` keyed by a stable `measure_id` (the layer's FID). A run matches
 * its proposals to the register's entries (trygg_register_match), refreshes the fields trygg
 * owns (evidence, priority, features, source ids, geometry, last_seen, evidence_state), marks
 * entries without a proposal `gone` and appends new proposals. Fields a person owns (status,
 * decided_on, done_on, responsible, promise, note) are never overwritten; `responsible` is
 * initialised from the rule when an entry is created.
 *
 * The entries and the register file are io's (io/register.h).
 *
 * Ownership: trygg_register_fini (io/register.h) frees every string and geometry of the
 * entries; trygg_register_match fills a caller-allocated array.
 */
#ifndef TRYGG_PLAN_REGISTER_H
#define TRYGG_PLAN_REGISTER_H

#include <stddef.h>
#include <stdint.h>

#include "io/register.h"
#include "plan/plan.h"
#include "trygg/trygg.h"

/* Status values a person sets (Brå's and the Lund agreement's steps); the first is the default
 * (TRYGG_REGISTER_STATUS_DEFAULT, io/register.h). */
extern const char *const trygg_register_statuses[6];

/* Smallest share of the smaller area two measures must have in common to be the same task. */
#define TRYGG_REGISTER_MIN_OVERLAP 0.25

/* Match proposals to entries: match[i] is the index into reg->v of proposal i's entry, or
 * SIZE_MAX when it is new. A pair qualifies when the rule is the same and the areas' common
 * part is at least min_overlap of the smaller area; pairs are taken greedily by that share
 * (largest first; ties to the lower measure_id, then the earlier proposal), each entry and
 * proposal at most once. Gone entries can match again. */
trygg_status trygg_register_match(trygg_ctx *ctx, const trygg_register *reg, const trygg_measures *m,
                                  double min_overlap, size_t *match);

#endif
