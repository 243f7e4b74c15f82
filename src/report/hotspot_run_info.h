/*
 * The hotspot statistics in run_info (src/report/hotspot_run_info.c).
 */
#ifndef TRYGG_REPORT_HOTSPOT_RUN_INFO_H
#define TRYGG_REPORT_HOTSPOT_RUN_INFO_H

#include "score/hotspot.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* Area-wide figures for run_info: hotspot counts, periods and the area-wide trend per category. */
void trygg_hotspots_run_info(const trygg_hotspot_result *r, const trygg_config *cfg, trygg_kv *kv);

#endif
