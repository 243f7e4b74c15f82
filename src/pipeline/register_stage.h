/*
 * The measure register in a run (src/plan/register.h, `[plan] register`): read and
 * matched in the plan stage, so the output's `measures` layer carries the register's ids and
 * the fields people own; written after the output set is committed, so a failed run never
 * touches the register and a register that cannot be written never costs the output.
 *
 * Ownership: trygg_register_pending_free frees the pending write, including the measures it
 * took over.
 */
#ifndef TRYGG_PIPELINE_REGISTER_STAGE_H
#define TRYGG_PIPELINE_REGISTER_STAGE_H

#include "plan/plan.h"
#include "plan/register.h"
#include "trygg/config.h"

typedef struct trygg_register_pending trygg_register_pending;

/* Read cfg->plan_register and match the proposals m to it. On success *out holds the pending
 * write (caller frees with trygg_register_pending_free) and has taken m's contents (m is left
 * empty). run_at is the run's time ("YYYY-MM-DDTHH:MM:SSZ"). */
trygg_status trygg_register_prepare(trygg_ctx *ctx, const trygg_config *cfg, const char *run_at,
                                    const char *styles_dir, trygg_measures *m, trygg_register_pending **out);

/* The proposals (borrowed), in the order of the output. */
const trygg_measures *trygg_register_pending_measures(const trygg_register_pending *p);

/* Proposal i's measure_id in the register, and its entry when it had one (borrowed; NULL for a
 * new one: its person-owned fields take their defaults). */
int64_t trygg_register_pending_id(const trygg_register_pending *p, size_t i);
const trygg_register_entry *trygg_register_pending_entry(const trygg_register_pending *p, size_t i);

/* The register as read (borrowed). */
const trygg_register *trygg_register_pending_register(const trygg_register_pending *p);

/* Counts for run_info: matched, new and gone entries. */
void trygg_register_pending_counts(const trygg_register_pending *p, size_t *matched, size_t *added, size_t *gone);

/* Write the register (create or update). */
trygg_status trygg_register_commit(trygg_ctx *ctx, const trygg_register_pending *p);

void trygg_register_pending_free(trygg_register_pending *p);

#endif
