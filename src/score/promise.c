/*
 * How far a citizen promise has come (src/score/promise.h).
 *
 * The indicator is compared as a rate per day of each period, so that periods of different
 * length compare fairly. For counts of reports (Poisson counts a at baseline and b now, over
 * periods of Da and Db days):
 * - the rate ratio R = (b / Db) / (a / Da) has V(ln R) = 1/a + 1/b (the delta method for two
 *   independent Poisson counts; Rothman, Greenland & Lash 2008, Modern Epidemiology, 3rd ed.,
 *   eq. 14-7, the same variance the measure effects use, src/score/effect.c); the 95 % interval
 *   is exp(ln R +- 1.96 sqrt(V)); a zero count adds 0.5 to each (Haldane 1956);
 * - the test of no change conditions on n = a + b: under equal rates b ~ Binomial(n, Db / (Da +
 *   Db)) (Przyborowski & Wilenski 1940, Biometrika 31, "Homogeneity of results in testing
 *   samples from Poisson series"; the C-test of Krishnamoorthy & Thomson 2004, Journal of
 *   Statistical Planning and Inference 119). Two-sided p: the outcomes no more likely than the
 *   observed one, as scipy.stats.binomtest.
 * Other aggregates (a length, a mean score) have no sampling model here: their change is
 * reported without an interval.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "score/promise.h"

static double log_binom_pmf(long k, long n, double p)
{
    return lgamma((double)n + 1) - lgamma((double)k + 1) - lgamma((double)(n - k) + 1) + (double)k * log(p) +
           (double)(n - k) * log1p(-p);
}

/* Two-sided exact binomial test of k successes in n trials with success probability p. */
static double binom_two_sided_p(long k, long n, double p)
{
    if (n == 0)
        return 1.0;
    double obs = log_binom_pmf(k, n, p), sum = 0;
    for (long i = 0; i <= n; i++) {
        double l = log_binom_pmf(i, n, p);
        if (l <= obs + 1e-7 * fabs(obs) + 1e-12)
            sum += exp(l);
    }
    return sum > 1 ? 1 : sum;
}

void trygg_promise_assess(double baseline, double current, double baseline_days, double current_days, bool counts,
                          double target, long min_reports, trygg_promise_assessment *out)
{
    memset(out, 0, sizeof *out);
    out->change = out->progress = out->ratio_lo = out->ratio_hi = out->p = NAN;
    out->verdict = TRYGG_PROMISE_CANNOT_TELL;
    if (!(baseline_days > 0) || !(current_days > 0) || !isfinite(baseline) || !isfinite(current) ||
        !(baseline > 0))
        return;
    if (counts && baseline + current < (double)min_reports)
        return;
    double ratio = (current / current_days) / (baseline / baseline_days);
    out->change = ratio - 1;
    out->progress = target != 0 ? out->change / target : NAN;
    bool beyond_chance = true;
    if (counts) {
        double a = baseline, b = current;
        if (a == 0 || b == 0) {
            a += 0.5;
            b += 0.5;
            out->corrected = true;
        }
        double r = (b / current_days) / (a / baseline_days), se = sqrt(1 / a + 1 / b);
        out->ratio_lo = exp(log(r) - 1.959964 * se);
        out->ratio_hi = exp(log(r) + 1.959964 * se);
        out->p = binom_two_sided_p(lround(current), lround(baseline) + lround(current),
                                   current_days / (baseline_days + current_days));
        beyond_chance = target < 0 ? out->ratio_hi < 1 : out->ratio_lo > 1;
    }
    double dir = target < 0 ? -1 : 1;
    if (dir * out->change >= dir * target && beyond_chance)
        out->verdict = TRYGG_PROMISE_ACHIEVED;
    else if (dir * out->change > 0)
        out->verdict = TRYGG_PROMISE_ON_TRACK;
    else
        out->verdict = TRYGG_PROMISE_OFF_TRACK;
}

const char *trygg_promise_verdict_code(trygg_promise_verdict v)
{
    switch (v) {
    case TRYGG_PROMISE_ACHIEVED:
        return "achieved";
    case TRYGG_PROMISE_ON_TRACK:
        return "on_track";
    case TRYGG_PROMISE_OFF_TRACK:
        return "off_track";
    case TRYGG_PROMISE_CANNOT_TELL:
        break;
    }
    return "cannot_tell";
}

static const char *signed_pct(char *buf, size_t n, double share)
{
    char num[TRYGG__NUM_MAX / 2];
    trygg__fmt_pct(num, sizeof num, fabs(share), 0);
    snprintf(buf, n, "%s%s", share > 0 ? "+" : share < 0 ? "\u2212" : "", num);
    return buf;
}

char *trygg_promise_sentence(const trygg_promise_result *r)
{
    trygg__strbuf b = {0};
    char d1[64], d2[64], d3[64], d4[64], v1[TRYGG__NUM_MAX], v2[TRYGG__NUM_MAX], c[TRYGG__NUM_MAX],
        lo[TRYGG__NUM_MAX], hi[TRYGG__NUM_MAX], t[TRYGG__NUM_MAX];
    int dec = r->counts ? 0 : 1;
    trygg__fmt_iso_date(d1, sizeof d1, r->baseline_from);
    trygg__fmt_iso_date(d2, sizeof d2, r->baseline_to);
    trygg__fmt_iso_date(d3, sizeof d3, r->current_from);
    trygg__fmt_iso_date(d4, sizeof d4, r->current_to);
    trygg__fmt_num(v1, sizeof v1, r->baseline, dec);
    trygg__fmt_num(v2, sizeof v2, r->current, dec);
    trygg__sb_printf(&b, _("Baseline %s – %s: %s; %s – %s: %s."), d1, d2, v1, d3, d4, v2);
    const trygg_promise_assessment *a = &r->a;
    if (isfinite(a->change)) {
        signed_pct(c, sizeof c, a->change);
        if (isfinite(a->ratio_lo)) {
            signed_pct(lo, sizeof lo, a->ratio_lo - 1);
            signed_pct(hi, sizeof hi, a->ratio_hi - 1);
            trygg__sb_printf(&b, " ");
            trygg__sb_printf(&b, _("Change: %s (95 %% interval %s to %s)."), c, lo, hi);
        } else {
            trygg__sb_printf(&b, " ");
            trygg__sb_printf(&b, _("Change: %s."), c);
        }
    }
    signed_pct(t, sizeof t, r->target);
    trygg__sb_printf(&b, " ");
    if (r->end) {
        char e[64];
        trygg__sb_printf(&b, _("Target: %s by %s."), t, trygg__fmt_iso_date(e, sizeof e, r->end));
    } else {
        trygg__sb_printf(&b, _("Target: %s."), t);
    }
    trygg__sb_printf(&b, " ");
    char p[TRYGG__NUM_MAX];
    switch (a->verdict) {
    case TRYGG_PROMISE_ACHIEVED:
        trygg__sb_printf(&b, "%s", _("The target is met."));
        break;
    case TRYGG_PROMISE_ON_TRACK:
        trygg__fmt_pct(p, sizeof p, a->progress, 0);
        if (a->progress >= 1)
            trygg__sb_printf(&b, _("The change is as large as the target (%s of it), but it could be chance: "
                                   "the interval includes no change."),
                             p);
        else
            trygg__sb_printf(&b, _("The change goes the target's way: %s of the target so far."), p);
        break;
    case TRYGG_PROMISE_OFF_TRACK:
        trygg__sb_printf(&b, "%s", _("No change towards the target."));
        break;
    case TRYGG_PROMISE_CANNOT_TELL:
        trygg__sb_printf(&b, "%s",
                         r->baseline > 0 ? _("Cannot tell yet: too few reports in the two periods.")
                                         : _("Cannot tell: the baseline is zero."));
        break;
    }
    if (r->measures > 0) {
        trygg__sb_printf(&b, " ");
        trygg__sb_printf(&b, trygg__trn("%ld measure is linked to the promise (done: %ld).",
                                        "%ld measures are linked to the promise (done: %ld).",
                                        (unsigned long)r->measures),
                         r->measures, r->measures_done);
    }
    return trygg__sb_steal(&b);
}

void trygg_promise_results_fini(trygg_promise_results *r)
{
    trygg_promise_results_fini_items(r);
    free(r->v);
    memset(r, 0, sizeof *r);
}

void trygg_promise_results_fini_items(trygg_promise_results *r)
{
    for (size_t i = 0; i < r->n; i++) {
        trygg_promise_result *x = &r->v[i];
        free(x->name);
        free(x->text);
        free(x->indicator);
        free(x->baseline_from);
        free(x->baseline_to);
        free(x->current_from);
        free(x->current_to);
        free(x->end);
        free(x->sentence);
        free(x->wkb);
        memset(x, 0, sizeof *x);
    }
}
