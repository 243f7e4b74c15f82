/*
 * A run whose output is a PostGIS schema (src/pipeline/run_postgis.c), called by trygg_run and
 * trygg_check (src/pipeline/run.c).
 */
#ifndef TRYGG_PIPELINE_RUN_POSTGIS_H
#define TRYGG_PIPELINE_RUN_POSTGIS_H

#include "trygg/config.h"
#include "trygg/run.h"
#include "trygg/trygg.h"

/* trygg_run into the PostGIS database opt->out_path, schema opt->pg_schema (run_postgis.c). */
trygg_status trygg__run_postgis(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                trygg_run_summary *summary);
/* trygg check of such an output: the schema name, no input in it, the database opens for writing. */
trygg_status trygg__postgis_check_output(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt);

#endif
