/*
 * The effect of a measure from four counts (src/score/effect.h).
 *
 * Relative effect size: Welsh, B.C. & Farrington, D.P. (2008), "Effects of improved street
 * lighting on crime", Campbell Systematic Reviews 4(1), section 3 (also Farrington & Welsh
 * 2002, Home Office Research Study 251, and Welsh & Farrington 2009, Justice Quarterly 26(4)):
 * with a, b the reports before and after in the experimental area and c, d in the control
 * area, RES = (a d) / (b c), and under the assumption that the counts are Poisson
 * V(ln RES) = 1/a + 1/b + 1/c + 1/d; the 95 % interval is exp(ln RES +- 1.96 sqrt(V)). RES > 1
 * means fewer reports after the measure than the comparison places' change predicts.
 *
 * Test: four independent Poisson counts with the log-linear model period + treated + period x
 * treated; conditioning on the sufficient statistics of the nuisance parameters (the row and
 * column totals) leaves a hypergeometric distribution for a that depends only on the
 * interaction, so the exact conditional test of "no effect" is Fisher's exact test on the
 * 2 x 2 table (Agresti 2013, Categorical Data Analysis, 3rd ed., sections 3.5.1 and 16.6;
 * Cox & Snell 1989, Analysis of Binary Data, 2.4). Two-sided p as in R's fisher.test and
 * scipy.stats.fisher_exact: the tables no more likely than the observed one.
 *
 * A zero count makes RES 0 or infinite: then 0.5 is added to each count for RES and its
 * interval (Haldane 1956, Annals of Human Genetics 20; the usual correction for odds ratios),
 * and `corrected` says so; the test uses the counts as they are.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "score/effect.h"

/* log of the hypergeometric probability of x in the top-left cell with row totals r1, r2 and
 * first column total c1. */
static double log_hyper(long x, long r1, long r2, long c1)
{
    double n = (double)(r1 + r2);
    return lgamma((double)r1 + 1) - lgamma((double)x + 1) - lgamma((double)(r1 - x) + 1) + lgamma((double)r2 + 1) -
           lgamma((double)(c1 - x) + 1) - lgamma((double)(r2 - c1 + x) + 1) - lgamma(n + 1) + lgamma((double)c1 + 1) +
           lgamma(n - (double)c1 + 1);
}

double trygg_fisher_exact_p(long a, long b, long c, long d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return NAN;
    long r1 = a + b, r2 = c + d, c1 = a + c;
    long lo = c1 - r2 > 0 ? c1 - r2 : 0, hi = r1 < c1 ? r1 : c1;
    double obs = log_hyper(a, r1, r2, c1);
    double p = 0;
    for (long x = lo; x <= hi; x++) {
        double lp = log_hyper(x, r1, r2, c1);
        /* The relative tolerance of R and scipy, so ties in probability count as ties. */
        if (lp <= obs + log1p(1e-7))
            p += exp(lp);
    }
    return p > 1 ? 1 : p;
}

void trygg_effect_estimate(const trygg_effect_counts *n, long min_reports, trygg_effect *out)
{
    memset(out, 0, sizeof *out);
    out->change = out->comparison_change = out->res = out->res_lo = out->res_hi = out->p = NAN;
    long a = n->treated_before, b = n->treated_after, c = n->comparison_before, d = n->comparison_after;
    if (a + b < min_reports) {
        out->verdict = TRYGG_EFFECT_TOO_FEW_TREATED;
        return;
    }
    if (c + d < min_reports) {
        out->verdict = TRYGG_EFFECT_TOO_FEW_COMPARISON;
        return;
    }
    out->verdict = TRYGG_EFFECT_ESTIMATED;
    out->change = a > 0 ? (double)b / (double)a - 1 : NAN;
    out->comparison_change = c > 0 ? (double)d / (double)c - 1 : NAN;
    double A = (double)a, B = (double)b, C = (double)c, D = (double)d;
    if (a == 0 || b == 0 || c == 0 || d == 0) {
        A += 0.5, B += 0.5, C += 0.5, D += 0.5;
        out->corrected = true;
    }
    out->res = (A * D) / (B * C);
    double se = sqrt(1 / A + 1 / B + 1 / C + 1 / D);
    out->res_lo = exp(log(out->res) - 1.959963984540054 * se);
    out->res_hi = exp(log(out->res) + 1.959963984540054 * se);
    out->p = trygg_fisher_exact_p(a, b, c, d);
}

/* A msgid in the run's language, or as it is when the English text is asked for. */
static const char *tr(const char *msgid, bool english) TRYGG__FORMAT_ARG(1);
static const char *tr(const char *msgid, bool english)
{
    return english ? msgid : _(msgid);
}

/* A number in the run's format ("1,90" in Swedish), or in English whatever the run's language. */
static const char *num(char *buf, size_t size, int decimals, double v, bool english)
{
    if (!english)
        return trygg__fmt_num(buf, size, v, decimals);
    snprintf(buf, size, "%.*f", decimals, v);
    return buf;
}

/* A percentage 0..100 the same way ("42 %" in Swedish, "42%" in English). */
static const char *pct(char *buf, size_t size, double percent, bool english)
{
    if (!english)
        return trygg__fmt_pct(buf, size, percent / 100, 0);
    snprintf(buf, size, "%.0f%%", percent);
    return buf;
}

/* Which way a count moved: FELL, ROSE, SAME (to the percent), or FROM_ZERO. */
enum { FELL = -1, SAME = 0, ROSE = 1, FROM_ZERO = 2 };

/* "minskade 50 %" / "fell 50%" from before and after counts; only the percentage ("5 %") when
 * the count moved the way `elide_if` says (the comparison places going the measure's way:
 * "klotter minskade 42 % efter åtgärden, jämförelseplatserna 5 %"). Returns the direction. */
static int change_words(char *buf, size_t size, long before, long after, int elide_if, bool english)
{
    if (before == 0) {
        snprintf(buf, size, tr(N_("went from 0 to %ld"), english), after);
        return FROM_ZERO;
    }
    double change = round(fabs((double)after / (double)before - 1) * 100);
    char p[TRYGG__NUM_MAX];
    pct(p, sizeof p, change, english);
    int dir = change == 0 ? SAME : after < before ? FELL : ROSE;
    if (dir == SAME)
        snprintf(buf, size, "%s", tr(N_("stayed the same"), english));
    else if (dir == elide_if)
        snprintf(buf, size, "%s", p);
    else if (dir == FELL)
        /* TRANSLATORS: a count fell by a percentage ("42 %") */
        snprintf(buf, size, tr(N_("fell %s"), english), p);
    else
        /* TRANSLATORS: a count rose by a percentage ("42 %") */
        snprintf(buf, size, tr(N_("rose %s"), english), p);
    return dir;
}

char *trygg_effect_sentence(const trygg_effect_counts *n, const trygg_effect *e, long min_reports, const char *what,
                            bool english)
{
    if (e->verdict == TRYGG_EFFECT_TOO_FEW_TREATED)
        return trygg__xasprintf(tr(N_("cannot tell yet: too few reports of %s at the measure's places (%ld before and "
                                      "after together; at least %ld needed)"),
                                   english),
                                what, n->treated_before + n->treated_after, min_reports);
    if (e->verdict == TRYGG_EFFECT_TOO_FEW_COMPARISON)
        return trygg__xasprintf(tr(N_("cannot tell yet: too few reports of %s at comparison places (%ld; at least %ld "
                                      "needed)"),
                                   english),
                                what, n->comparison_before + n->comparison_after, min_reports);
    char here[96], there[192], res[TRYGG__NUM_MAX], lo[TRYGG__NUM_MAX], hi[TRYGG__NUM_MAX], p[96],
        fewer[TRYGG__NUM_MAX];
    int dir = change_words(here, sizeof here, n->treated_before, n->treated_after, SAME, english);
    int same_way = dir == FELL || dir == ROSE ? dir : SAME; /* SAME elides nothing: "stayed the same" is said */
    char there_words[96];
    int dir_there = change_words(there_words, sizeof there_words, n->comparison_before, n->comparison_after, same_way,
                                 english);
    if (dir_there == same_way && same_way != SAME)
        /* TRANSLATORS: the comparison places' change when it goes the measure's way, only a percentage */
        snprintf(there, sizeof there, tr(N_("at the comparison places %s"), english), there_words);
    else
        /* TRANSLATORS: the comparison places' change: "fell 5 %", "went from 0 to 6" */
        snprintf(there, sizeof there, tr(N_("at the comparison places it %s"), english), there_words);
    num(res, sizeof res, 2, e->res, english);
    num(lo, sizeof lo, 2, e->res_lo, english);
    num(hi, sizeof hi, 2, e->res_hi, english);
    char v[TRYGG__NUM_MAX];
    if (e->p < 0.001)
        snprintf(p, sizeof p, "p < %s", num(v, sizeof v, 3, 0.001, english));
    else
        snprintf(p, sizeof p, "p = %s", num(v, sizeof v, 3, e->p, english));
    /* 1 - 1/RES: the share of reports fewer (or, negative, more) than the comparison predicts. */
    double share = round((1 - 1 / e->res) * 100);
    pct(fewer, sizeof fewer, fabs(share), english);
    const char *chance = e->p >= 0.05 ? tr(N_("; the difference may be chance"), english) : "";
    const char *corr = e->corrected ? tr(N_(", 0.5 added to each count as one was 0"), english) : "";
    if (share >= 0)
        return trygg__xasprintf(tr(N_("%s %s after the measure (%ld -> %ld), %s (%ld -> %ld): %s fewer than the "
                                      "comparison places predict (relative effect size %s, 95%% CI %s-%s%s; %s%s)"),
                                   english),
                                what, here, n->treated_before, n->treated_after, there, n->comparison_before,
                                n->comparison_after, fewer, res, lo, hi, corr, p, chance);
    return trygg__xasprintf(tr(N_("%s %s after the measure (%ld -> %ld), %s (%ld -> %ld): %s more than the "
                                  "comparison places predict (relative effect size %s, 95%% CI %s-%s%s; %s%s)"),
                               english),
                            what, here, n->treated_before, n->treated_after, there, n->comparison_before,
                            n->comparison_after, fewer, res, lo, hi, corr, p, chance);
}
