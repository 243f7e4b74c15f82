/*
 * Poisson regression with log link and offset, fitted by iteratively reweighted least squares
 * (McCullagh & Nelder 1989, Generalized Linear Models, 2nd ed., section 2.5): with
 * eta = offset + X beta and mu = exp(eta), each step solves the weighted least-squares problem
 * (X' W X) beta = X' W z with weights W = diag(mu) and working response
 * z = eta - offset + (y - mu) / mu. At convergence (X' W X)^-1 is the inverse Fisher
 * information, whose diagonal gives the squared standard errors of beta (section 2.5.1) used for
 * Wald confidence intervals. Risk terrain modelling (Caplan & Kennedy 2016, Risk Terrain Modeling:
 * Crime Prediction and Risk Reduction, ch. 4) uses the same model to weigh environmental risk
 * factors by their relative risk exp(beta).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/surroundings.h"

#define MAX_ITER 50
#define TOL 1e-10

/* Cholesky factorisation A = L L' of a p x p symmetric matrix in place (lower triangle). False
 * when A is not positive definite. */
static bool cholesky(double *a, size_t p)
{
    for (size_t j = 0; j < p; j++) {
        double d = a[j * p + j];
        for (size_t k = 0; k < j; k++)
            d -= a[j * p + k] * a[j * p + k];
        if (!(d > 1e-12 * (1.0 + fabs(a[j * p + j]))))
            return false;
        d = sqrt(d);
        a[j * p + j] = d;
        for (size_t i = j + 1; i < p; i++) {
            double s = a[i * p + j];
            for (size_t k = 0; k < j; k++)
                s -= a[i * p + k] * a[j * p + k];
            a[i * p + j] = s / d;
        }
    }
    return true;
}

/* Solve L L' x = b (b overwritten by x). */
static void chol_solve(const double *l, size_t p, double *b)
{
    for (size_t i = 0; i < p; i++) {
        double s = b[i];
        for (size_t k = 0; k < i; k++)
            s -= l[i * p + k] * b[k];
        b[i] = s / l[i * p + i];
    }
    for (size_t i = p; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < p; k++)
            s -= l[k * p + i] * b[k];
        b[i] = s / l[i * p + i];
    }
}

/* Poisson deviance 2 sum (y log(y / mu) - (y - mu)) (McCullagh & Nelder, table 2.1). */
static double deviance_of(const double *y, const double *mu, size_t n)
{
    double d = 0.0;
    for (size_t i = 0; i < n; i++)
        d += 2.0 * ((y[i] > 0 ? y[i] * log(y[i] / mu[i]) : 0.0) - (y[i] - mu[i]));
    return d;
}

int trygg_poisson_fit(const double *X, const double *y, const double *offset, size_t n, size_t p, double *beta,
                      double *se, double *deviance)
{
    int result = 0;
    double *mu = trygg__xmalloc(n * sizeof *mu);
    double *eta = trygg__xmalloc(n * sizeof *eta);
    double *xtwx = trygg__xmalloc(p * p * sizeof *xtwx);
    double *xtwz = trygg__xmalloc(p * sizeof *xtwz);
    double *b = trygg__xcalloc(p, sizeof *b);
    if (n == 0 || p == 0)
        goto done;
    /* Start from mu = y + 0.5 (McCullagh & Nelder, section 2.5: avoids log 0), i.e. eta = log(mu). */
    for (size_t i = 0; i < n; i++) {
        mu[i] = y[i] + 0.5;
        eta[i] = log(mu[i]);
    }
    double dev_old = INFINITY;
    for (int it = 1; it <= MAX_ITER; it++) {
        memset(xtwx, 0, p * p * sizeof *xtwx);
        memset(xtwz, 0, p * sizeof *xtwz);
        for (size_t i = 0; i < n; i++) {
            double w = mu[i];
            double z = eta[i] - (offset ? offset[i] : 0.0) + (y[i] - mu[i]) / mu[i];
            const double *xi = X + i * p;
            for (size_t a = 0; a < p; a++) {
                double wxa = w * xi[a];
                xtwz[a] += wxa * z;
                for (size_t c = 0; c <= a; c++)
                    xtwx[a * p + c] += wxa * xi[c];
            }
        }
        for (size_t a = 0; a < p; a++)
            for (size_t c = a + 1; c < p; c++)
                xtwx[a * p + c] = xtwx[c * p + a];
        if (!cholesky(xtwx, p))
            goto done;
        memcpy(b, xtwz, p * sizeof *b);
        chol_solve(xtwx, p, b);
        bool finite = true;
        for (size_t i = 0; i < n; i++) {
            double e = offset ? offset[i] : 0.0;
            for (size_t a = 0; a < p; a++)
                e += X[i * p + a] * b[a];
            /* exp(700) is near DBL_MAX: a diverging fit is a failed fit, not an overflow. */
            if (!(e < 700.0)) {
                finite = false;
                break;
            }
            eta[i] = e;
            mu[i] = exp(e);
            if (mu[i] < 1e-300)
                mu[i] = 1e-300;
        }
        if (!finite)
            goto done;
        double dev = deviance_of(y, mu, n);
        if (fabs(dev - dev_old) <= TOL * (fabs(dev) + 0.1)) {
            /* Converged: the standard errors come from the information at the final mu. */
            memset(xtwx, 0, p * p * sizeof *xtwx);
            for (size_t i = 0; i < n; i++) {
                const double *xi = X + i * p;
                for (size_t a = 0; a < p; a++)
                    for (size_t c = 0; c <= a; c++)
                        xtwx[a * p + c] += mu[i] * xi[a] * xi[c];
            }
            for (size_t a = 0; a < p; a++)
                for (size_t c = a + 1; c < p; c++)
                    xtwx[a * p + c] = xtwx[c * p + a];
            if (!cholesky(xtwx, p))
                goto done;
            /* Diagonal of the inverse: solve for each unit vector. */
            for (size_t a = 0; a < p; a++) {
                memset(xtwz, 0, p * sizeof *xtwz);
                xtwz[a] = 1.0;
                chol_solve(xtwx, p, xtwz);
                se[a] = sqrt(xtwz[a]);
                beta[a] = b[a];
            }
            if (deviance)
                *deviance = dev;
            result = it;
            goto done;
        }
        dev_old = dev;
    }
done:
    free(mu);
    free(eta);
    free(xtwx);
    free(xtwz);
    free(b);
    return result;
}
