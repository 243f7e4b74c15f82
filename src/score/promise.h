/*
 * How far a citizen promise (medborgarlöfte; [promise:NAME] sections) has come from its baseline
 * towards its target: the assessment, a pure function of two values, and the sentence a reader
 * gets (src/score/promise.c). The values come from SQL over the output (src/plan/promises.c,
 * plan/promise.h).
 *
 * Ownership: trygg_promise_sentence and the strings of trygg_promise_results are the caller's
 * (trygg_promise_results_fini frees them).
 */
#ifndef TRYGG_SCORE_PROMISE_H
#define TRYGG_SCORE_PROMISE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    TRYGG_PROMISE_ACHIEVED,    /* the change reached the target (and, for counts, is not chance) */
    TRYGG_PROMISE_ON_TRACK,    /* the change goes the target's way, not (yet) as far or not beyond chance */
    TRYGG_PROMISE_OFF_TRACK,   /* no change, or the other way */
    TRYGG_PROMISE_CANNOT_TELL, /* no baseline, or too few reports to say */
} trygg_promise_verdict;

typedef struct {
    trygg_promise_verdict verdict;
    double change;           /* rate now / rate at baseline - 1 (per day of each period) */
    double progress;         /* change / target: 1 = the target is met; NAN when cannot tell */
    double ratio_lo, ratio_hi; /* 95 % interval of the rate ratio (counts only; NAN otherwise) */
    double p;                /* exact conditional test of no change (counts only; NAN otherwise) */
    bool corrected;          /* a count was 0: 0.5 added to each for the interval */
} trygg_promise_assessment;

/* Assess a promise: `baseline` over baseline_days and `current` over current_days; counts says
 * the indicator is a count of reports (then the interval and test apply, and fewer than
 * min_reports in both periods together cannot tell); target is the relative change promised
 * (-0.2 for 20 % fewer). */
void trygg_promise_assess(double baseline, double current, double baseline_days, double current_days, bool counts,
                          double target, long min_reports, trygg_promise_assessment *out);

/* "achieved", "on_track", "off_track", "cannot_tell": the verdict field's stable codes. */
const char *trygg_promise_verdict_code(trygg_promise_verdict v);

/* One promise's values as the promises layer holds them. */
typedef struct {
    char *name, *text, *indicator;
    char *baseline_from, *baseline_to, *current_from, *current_to; /* YYYY-MM-DD, inclusive */
    double baseline, current;
    bool counts;
    double target;
    char *end;                 /* YYYY-MM-DD or NULL */
    trygg_promise_assessment a;
    long measures, measures_done; /* measures whose promise field names it; of them genomförd/avslutad */
    char *sentence;            /* in the run's language */
    unsigned char *wkb;        /* the area, ISO WKB MultiPolygon; NULL: the whole study area */
    size_t wkb_size;
    bool elsewhere;            /* its area lies in another part of a partitioned run: not assessed here */
} trygg_promise_result;

typedef struct {
    trygg_promise_result *v;
    size_t n;
} trygg_promise_results;

void trygg_promise_results_fini(trygg_promise_results *r);
/* Free the strings and geometry of each result, not the vector itself. */
void trygg_promise_results_fini_items(trygg_promise_results *r);

/* The sentence a reader gets in the run's language: the values of both periods, the change
 * with its interval, the target and the verdict. Caller frees. */
char *trygg_promise_sentence(const trygg_promise_result *r);

#endif
