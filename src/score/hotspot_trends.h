/*
 * Hours of the week and trends of the hotspot statistics (src/score/hotspot_trends.c).
 */
#ifndef TRYGG_SCORE_HOTSPOT_TRENDS_H
#define TRYGG_SCORE_HOTSPOT_TRENDS_H

#include "score/hotspot.h"
#include "trygg/config.h"
#include "trygg/data.h"

/* After the hotspots are merged: each hotspot's hours of the week, peak hours, counts in the
 * two periods and exact Poisson test (trend_p, trend); with periods, the area-wide test per
 * category (area_trend_p) and each analysed cell's change, test (BH-adjusted across the cells
 * with reports when cfg->fdr) and trend mark. incidents (may be NULL) as given to the stage,
 * r->incident_cell their cells. */
void trygg__hotspot_trends(trygg_hotspot_result *r, const trygg_config *cfg, const trygg_incidents *incidents);

#endif
