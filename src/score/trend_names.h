/*
 * Trend marks and the words for the hotspot statistics' classes and trends
 * (src/score/trend_names.c).
 */
#ifndef TRYGG_SCORE_TREND_NAMES_H
#define TRYGG_SCORE_TREND_NAMES_H

/* ---- trends ---- */

enum { TRYGG_TREND_FALLING = -1, TRYGG_TREND_NONE = 0, TRYGG_TREND_RISING = 1 };

/* Mark a change from na events over ta days to nb over tb days, given its p-value (or
 * q-value): rising / falling when p <= alpha, by the direction of the rates nb/tb vs na/ta;
 * otherwise none. */
int trygg_trend_mark(double na, double nb, double ta, double tb, double p, double alpha);

/* "rising", "falling", "no significant change"; "no reports" when na + nb = 0. Static. */
const char *trygg_trend_name(int mark, double na, double nb);

/* ---- confidence classes ---- */

/* "hot 99 %", "hot 95 %", "hot 90 %", "not significant", "cold 90 %", ... for the classes of
 * trygg_hotspot_class (+3..-3). Static. */
const char *trygg_hotspot_class_name(int cls);

#endif
