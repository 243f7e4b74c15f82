/*
 * Language: Swedish and English number and date formats (Språkrådet, Svenska skrivregler 2017,
 * 12.2-12.3; worked out by hand) and the gettext catalog built from po/sv.po.
 */
#include <CUnit/CUnit.h>
#include <string.h>

#include "core/i18n.h"
#include "helpers.h"
#include "trygg/trygg.h"

#define NNBSP "\u202f" /* narrow no-break space between digit groups */

static void set_language(const char *code)
{
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL_FATAL(trygg_set_language(ctx, code), TRYGG_OK);
    trygg_ctx_free(ctx);
}

static void test_numbers_swedish(void)
{
    char b[TRYGG__NUM_MAX];
    set_language("sv");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 12345.64, 1), "12" NNBSP "345,6");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 1234, 0), "1234");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 1234567, 0), "1" NNBSP "234" NNBSP "567");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 0.5, 2), "0,50");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, -0.04, 1), "0,0");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, -12.25, 1), "\u221212,2"); /* %.1f rounds half to even */
    CU_ASSERT_STRING_EQUAL(trygg__fmt_pct(b, sizeof b, 0.42, 0), "42\u00a0%");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_date(b, sizeof b, 2024, 3, 5), "5 mars 2024");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_iso_date(b, sizeof b, "2024-12-31T23:00:00Z"), "31 december 2024");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_iso_date(b, sizeof b, "okänt"), "okänt");
}

static void test_numbers_english(void)
{
    char b[TRYGG__NUM_MAX];
    set_language("en");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 12345.64, 1), "12,345.6");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_num(b, sizeof b, 1234, 0), "1,234");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_pct(b, sizeof b, 0.425, 1), "42.5%");
    CU_ASSERT_STRING_EQUAL(trygg__fmt_date(b, sizeof b, 2024, 3, 5), "5 March 2024");
    set_language("sv");
}

static void test_catalog(void)
{
    trygg_ctx *ctx = trygg_ctx_new();
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "fi"), TRYGG_E_USAGE);
    /* The message of that failure, from the Swedish catalog (the default language). */
    CU_ASSERT_STRING_EQUAL(trygg_errmsg(ctx), "språket 'fi' är varken sv eller en");
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "EN"), TRYGG_OK);
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "xx"), TRYGG_E_USAGE);
    CU_ASSERT_STRING_EQUAL(trygg_errmsg(ctx), "language 'xx' is not sv or en");
    CU_ASSERT_STRING_EQUAL(trygg_language_code(trygg__language()), "en");
    CU_ASSERT_EQUAL(trygg_set_language(ctx, "svenska"), TRYGG_OK);
    CU_ASSERT_STRING_EQUAL(_("language '%s' is not sv or en"), "språket '%s' är varken sv eller en");
    /* A msgid the catalog lacks comes back as it is. */
    CU_ASSERT_STRING_EQUAL(_("no such msgid in any catalog"), "no such msgid in any catalog");
    trygg_ctx_free(ctx);
}

void test_i18n_register(void)
{
    CU_pSuite s = CU_add_suite("i18n", NULL, NULL);
    CU_add_test(s, "Swedish numbers, percentages and dates", test_numbers_swedish);
    CU_add_test(s, "English numbers, percentages and dates", test_numbers_english);
    CU_add_test(s, "the Swedish catalog through gettext", test_catalog);
}
