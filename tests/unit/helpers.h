/*
 * Test helpers: assertions that print expected and obtained values, a context that keeps
 * the last error, fixture paths and a per-test scratch directory.
 */
#ifndef TRYGG_TEST_HELPERS_H
#define TRYGG_TEST_HELPERS_H

#include <CUnit/CUnit.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "suite_decls.h"
#include "trygg/trygg.h"

/* Suite registration: add a suite with the given tests (NULL-terminated CU_TestInfo). */
void th_add_suite(const char *name, CU_TestInfo *tests);

/* |obtained - expected| <= tol, printing both on failure. */
#define TH_ASSERT_NEAR(obtained, expected, tol)                                                          \
    do {                                                                                                 \
        double th_o_ = (double)(obtained), th_e_ = (double)(expected);                                   \
        int th_ok_ = fabs(th_o_ - th_e_) <= (tol);                                                       \
        if (!th_ok_)                                                                                     \
            fprintf(stderr, "\n  %s:%d: expected %s = %.9g, obtained %.9g (tol %g)\n", __FILE__,       \
                    __LINE__, #obtained, th_e_, th_o_, (double)(tol));                                   \
        CU_ASSERT(th_ok_);                                                                               \
    } while (0)

#define TH_ASSERT_INT(obtained, expected)                                                                \
    do {                                                                                                 \
        long long th_o_ = (long long)(obtained), th_e_ = (long long)(expected);                          \
        if (th_o_ != th_e_)                                                                              \
            fprintf(stderr, "\n  %s:%d: expected %s = %lld, obtained %lld\n", __FILE__, __LINE__,      \
                    #obtained, th_e_, th_o_);                                                            \
        CU_ASSERT(th_o_ == th_e_);                                                                       \
    } while (0)

#define TH_ASSERT_STR(obtained, expected)                                                                \
    do {                                                                                                 \
        const char *th_o_ = (obtained), *th_e_ = (expected);                                             \
        int th_ok_ = th_o_ && th_e_ && strcmp(th_o_, th_e_) == 0;                                        \
        if (!th_ok_)                                                                                     \
            fprintf(stderr, "\n  %s:%d: expected %s = \"%s\", obtained \"%s\"\n", __FILE__, __LINE__,  \
                    #obtained, th_e_ ? th_e_ : "(null)", th_o_ ? th_o_ : "(null)");                      \
        CU_ASSERT(th_ok_);                                                                               \
    } while (0)

/* obtained contains `needle`. */
#define TH_ASSERT_CONTAINS(obtained, needle)                                                             \
    do {                                                                                                 \
        const char *th_o_ = (obtained), *th_n_ = (needle);                                               \
        int th_ok_ = th_o_ && strstr(th_o_, th_n_) != NULL;                                              \
        if (!th_ok_)                                                                                     \
            fprintf(stderr, "\n  %s:%d: expected %s to contain \"%s\", obtained \"%s\"\n", __FILE__,   \
                    __LINE__, #obtained, th_n_, th_o_ ? th_o_ : "(null)");                               \
        CU_ASSERT(th_ok_);                                                                               \
    } while (0)

/* A context whose warnings are kept (th_last_warning) instead of printed. Free with
 * trygg_ctx_free. */
trygg_ctx *th_ctx(void);
const char *th_last_warning(void);
/* Set the language of what trygg writes ("sv", the default, or "en"); process-wide, so a test
 * that sets "en" sets "sv" back before it ends. */
void th_language(const char *code);

/* Path of a fixture under tests/fixtures, or of a file of the bundled sample under gis-data
 * (static buffer, valid until the next call of the same function). A missing file fails the
 * running test there and then, with its path (CUnit's fatal assertion: the test stops, nothing
 * reads a file that is not there). */
const char *th_fixture(const char *rel);
const char *th_sample(const char *rel);

/* A fresh empty scratch directory for the current test ("<build>/test-tmp/<name>"). */
const char *th_tmpdir(const char *name);

/* Write text to a file (creating it); returns the path (static buffer). */
const char *th_write_file(const char *dir, const char *name, const char *text);

/* GDAL's GeoPackage validator in its strictest mode on `path`; its exit status (0 = valid). */
int th_validate_gpkg(const char *path);

/* The first column of the first row of an SQL query on a SQLite file, as text (caller frees);
 * NULL for no row or a NULL value. */
char *th_sql_text(const char *path, const char *sql);

#endif
