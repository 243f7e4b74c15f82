/*
 * The effect of a measure from four counts (include/trygg/effect.h).
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

#include "core/internal.h"
#include "trygg/effect.h"

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

/* A number with a decimal comma for Swedish text. */
static void num(char *buf, size_t size, int decimals, double v, bool english)
{
    snprintf(buf, size, "%.*f", decimals, v);
    if (!english)
        for (char *p = buf; *p; p++)
            if (*p == '.')
                *p = ',';
}

/* "minskade 50 %" / "fell 50 %" from before and after counts. */
static void change_words(char *buf, size_t size, long before, long after, bool english)
{
    if (before == 0) {
        snprintf(buf, size, english ? "went from 0 to %ld" : "gick från 0 till %ld", after);
        return;
    }
    double pct = round(fabs((double)after / (double)before - 1) * 100);
    if (pct == 0)
        snprintf(buf, size, "%s", english ? "stayed the same" : "var oförändrat");
    else if (after < before)
        snprintf(buf, size, english ? "fell %.0f %%" : "minskade %.0f %%", pct);
    else
        snprintf(buf, size, english ? "rose %.0f %%" : "ökade %.0f %%", pct);
}

char *trygg_effect_sentence(const trygg_effect_counts *n, const trygg_effect *e, long min_reports,
                            const char *what_sv, const char *what_en, bool english)
{
    const char *what = english ? what_en : what_sv;
    if (e->verdict == TRYGG_EFFECT_TOO_FEW_TREATED)
        return english ? trygg__xasprintf("cannot tell yet: too few reports of %s at the measure's places (%ld before "
                                          "and after together; at least %ld needed)",
                                          what, n->treated_before + n->treated_after, min_reports)
                       : trygg__xasprintf("kan inte avgöras än: för få anmälningar om %s vid åtgärden (%ld före och "
                                          "efter tillsammans; minst %ld behövs)",
                                          what, n->treated_before + n->treated_after, min_reports);
    if (e->verdict == TRYGG_EFFECT_TOO_FEW_COMPARISON)
        return english ? trygg__xasprintf("cannot tell yet: too few reports of %s at comparison places (%ld; at least "
                                          "%ld needed)",
                                          what, n->comparison_before + n->comparison_after, min_reports)
                       : trygg__xasprintf("kan inte avgöras än: för få anmälningar om %s vid jämförelseplatserna (%ld; "
                                          "minst %ld behövs)",
                                          what, n->comparison_before + n->comparison_after, min_reports);
    char here[64], there[64], res[32], lo[32], hi[32], p[32], fewer[32];
    change_words(here, sizeof here, n->treated_before, n->treated_after, english);
    change_words(there, sizeof there, n->comparison_before, n->comparison_after, english);
    num(res, sizeof res, 2, e->res, english);
    num(lo, sizeof lo, 2, e->res_lo, english);
    num(hi, sizeof hi, 2, e->res_hi, english);
    if (e->p < 0.001)
        snprintf(p, sizeof p, "p < %s", english ? "0.001" : "0,001");
    else {
        char v[24];
        num(v, sizeof v, 3, e->p, english);
        snprintf(p, sizeof p, "p = %s", v);
    }
    /* 1 - 1/RES: the share of reports fewer (or, negative, more) than the comparison predicts. */
    double share = round((1 - 1 / e->res) * 100);
    num(fewer, sizeof fewer, 0, fabs(share), english);
    const char *chance_sv = e->p >= 0.05 ? "; skillnaden kan vara slumpen" : "";
    const char *chance_en = e->p >= 0.05 ? "; the difference may be chance" : "";
    const char *corr_sv = e->corrected ? ", 0,5 lagt till varje antal eftersom ett var 0" : "";
    const char *corr_en = e->corrected ? ", 0.5 added to each count as one was 0" : "";
    if (english)
        return trygg__xasprintf("%s %s after the measure (%ld -> %ld), at the comparison places it %s (%ld -> %ld): "
                                "%s %% %s than the comparison places predict (relative effect size %s, 95 %% CI "
                                "%s-%s%s; %s%s)",
                                what, here, n->treated_before, n->treated_after, there, n->comparison_before,
                                n->comparison_after, fewer, share >= 0 ? "fewer" : "more", res, lo, hi, corr_en, p,
                                chance_en);
    return trygg__xasprintf("%s %s efter åtgärden (%ld → %ld), vid jämförelseplatserna %s (%ld → %ld): %s %% %s än "
                            "jämförelseplatserna ger anledning att vänta (relativ effekt %s, 95 %% KI %s–%s%s; %s%s)",
                            what, here, n->treated_before, n->treated_after, there, n->comparison_before,
                            n->comparison_after, fewer, share >= 0 ? "färre" : "fler", res, lo, hi, corr_sv, p,
                            chance_sv);
}
