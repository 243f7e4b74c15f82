/*
 * trygg compare OLD NEW (include/trygg/compare.h): hotspots new, persisting and gone; measures
 * done since the old edition; per area and category the change of the latest period's reports.
 * The text is for people: in the run's language, numbers in its format (trygg__fmt_num).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "plan/plan.h"
#include "trygg/compare.h"

/* A hotspot is the same one in the next edition when it is of the same category and a quarter
 * of the smaller of the two areas is common to both: the measure register's rule. */
#define SAME_HOTSPOT_SHARE 0.25

static const char *count(char *buf, size_t n, long v) { return trygg__fmt_num(buf, n, (double)v, 0); }

static void hotspot_line(trygg__strbuf *b, bool is_new, const trygg_edition_hotspot *h)
{
    char n[TRYGG__NUM_MAX];
    count(n, sizeof n, h->incidents);
    const char *category = h->category ? h->category : "?", *confidence = h->confidence ? h->confidence : "?";
    if (is_new)
        trygg__sb_printf(b,
                         trygg__trn("  new: %s hotspot #%lld (%s, %s report)\n",
                                    "  new: %s hotspot #%lld (%s, %s reports)\n", (unsigned long)h->incidents),
                         category, (long long)h->id, confidence, n);
    else
        trygg__sb_printf(b,
                         trygg__trn("  gone: %s hotspot #%lld (%s, %s report)\n",
                                    "  gone: %s hotspot #%lld (%s, %s reports)\n", (unsigned long)h->incidents),
                         category, (long long)h->id, confidence, n);
}

static void compare_hotspots(trygg_ctx *ctx, const trygg_edition *o, const trygg_edition *n, trygg__strbuf *b,
                             trygg_compare_counts *c)
{
    trygg_area_item *a = trygg__xcalloc(o->nhotspots + 1, sizeof *a);
    trygg_area_item *z = trygg__xcalloc(n->nhotspots + 1, sizeof *z);
    for (size_t i = 0; i < o->nhotspots; i++)
        a[i] = (trygg_area_item){o->hotspots[i].category, o->hotspots[i].id, o->hotspots[i].wkb,
                                 o->hotspots[i].wkb_size};
    for (size_t j = 0; j < n->nhotspots; j++)
        z[j] = (trygg_area_item){n->hotspots[j].category, n->hotspots[j].id, n->hotspots[j].wkb,
                                 n->hotspots[j].wkb_size};
    size_t *match = trygg__xcalloc(n->nhotspots + 1, sizeof *match);
    trygg_match_areas(ctx, a, o->nhotspots, z, n->nhotspots, SAME_HOTSPOT_SHARE, match);
    bool *kept = trygg__xcalloc(o->nhotspots + 1, sizeof *kept);
    for (size_t j = 0; j < n->nhotspots; j++)
        if (match[j] != SIZE_MAX) {
            kept[match[j]] = true;
            c->hotspots_kept++;
        } else
            c->hotspots_new++;
    for (size_t i = 0; i < o->nhotspots; i++)
        c->hotspots_gone += !kept[i];
    trygg__sb_printf(b, _("Hotspots: %zu new, %zu persisting, %zu gone (same category and at least a quarter of the "
                          "smaller area in common)\n"),
                     c->hotspots_new, c->hotspots_kept, c->hotspots_gone);
    for (size_t j = 0; j < n->nhotspots; j++)
        if (match[j] == SIZE_MAX)
            hotspot_line(b, true, &n->hotspots[j]);
    for (size_t j = 0; j < n->nhotspots; j++) {
        if (match[j] == SIZE_MAX)
            continue;
        const trygg_edition_hotspot *h = &o->hotspots[match[j]], *k = &n->hotspots[j];
        char before[TRYGG__NUM_MAX], after[TRYGG__NUM_MAX];
        trygg__sb_printf(b, _("  persisting: %s hotspot #%lld -> #%lld (%s -> %s, %s -> %s reports)\n"),
                         k->category ? k->category : "?", (long long)h->id, (long long)k->id,
                         h->confidence ? h->confidence : "?", k->confidence ? k->confidence : "?",
                         count(before, sizeof before, h->incidents), count(after, sizeof after, k->incidents));
    }
    for (size_t i = 0; i < o->nhotspots; i++)
        if (!kept[i])
            hotspot_line(b, false, &o->hotspots[i]);
    free(kept);
    free(match);
    free(a);
    free(z);
}

/* Measures of the new edition's follow-up whose done_on is on or after the old edition's run
 * date (YYYY-MM-DD strings compare as dates). */
static void compare_measures(const trygg_edition *o, const trygg_edition *n, trygg__strbuf *b,
                             trygg_compare_counts *c)
{
    char since[11] = "";
    if (o->run_at)
        snprintf(since, sizeof since, "%.10s", o->run_at);
    for (size_t i = 0; i < n->neffects; i++)
        c->measures_done += n->effects[i].done_on && strcmp(n->effects[i].done_on, since) >= 0;
    trygg__sb_printf(b, _("Measures done since %s: %zu"), since[0] ? since : _("the old edition"), c->measures_done);
    if (!n->neffects)
        trygg__sb_printf(b, " %s", _("(the new edition has no measure_effects: run it with a measure register)"));
    trygg__sb_printf(b, "\n");
    for (size_t i = 0; i < n->neffects; i++) {
        const trygg_edition_effect *e = &n->effects[i];
        if (!e->done_on || strcmp(e->done_on, since) < 0)
            continue;
        /* The effect in the run's language as measure_effects words it, else the verdict. */
        const char *effect = trygg__language() == TRYGG_LANG_EN ? e->effect_en : e->effect;
        if (!effect)
            effect = e->effect_en ? e->effect_en : e->verdict ? e->verdict : "";
        trygg__sb_printf(b, _("  #%lld %s, done %s: %s\n"), (long long)e->measure_id, e->rule ? e->rule : "?",
                         e->done_on, effect);
    }
}

static void change_text(trygg__strbuf *b, const char *what, long before, long after)
{
    if (before < 0 || after < 0)
        return;
    char x[TRYGG__NUM_MAX], y[TRYGG__NUM_MAX];
    trygg__sb_printf(b, " %s %s -> %s", what, count(x, sizeof x, before), count(y, sizeof y, after));
    if (before != 0) {
        /* the change with its sign: "+25 %", "−17 %" (trygg__fmt_pct writes a minus sign) */
        double change = (double)after / (double)before - 1;
        char pct[TRYGG__NUM_MAX];
        trygg__fmt_pct(pct, sizeof pct, change, 0);
        trygg__sb_printf(b, " (%s%s)", change > 0 && pct[0] != '0' ? "+" : "", pct);
    }
    trygg__sb_printf(b, ";");
}

static void compare_areas(const trygg_edition *o, const trygg_edition *n, trygg__strbuf *b)
{
    trygg__sb_printf(b, _("Areas (reports in each edition's latest period: %s and %s):\n"),
                     o->period_b ? o->period_b : "?", n->period_b ? n->period_b : "?");
    size_t shown = 0;
    for (size_t j = 0; j < n->nareas; j++) {
        const trygg_edition_area *k = &n->areas[j], *h = NULL;
        for (size_t i = 0; k->area_id && i < o->nareas && !h; i++)
            if (o->areas[i].area_id && strcmp(o->areas[i].area_id, k->area_id) == 0)
                h = &o->areas[i];
        if (!h) {
            trygg__sb_printf(b, _("  %s %s: only in the new edition\n"), k->area_id ? k->area_id : "?",
                             k->name ? k->name : "");
            continue;
        }
        trygg__sb_printf(b, "  %s %s:", k->area_id, k->name ? k->name : "");
        change_text(b, _("total"), h->total_b, k->total_b);
        for (int c = 0; c < TRYGG_CAT_COUNT; c++)
            if (h->n_b[c] > 0 || k->n_b[c] > 0)
                change_text(b, trygg_category_name((trygg_category)c), h->n_b[c], k->n_b[c]);
        if (b->n && b->s[b->n - 1] == ';') /* no ';' after the last */
            b->s[--b->n] = '\0';
        trygg__sb_printf(b, "\n");
        shown++;
    }
    for (size_t i = 0; i < o->nareas; i++) {
        bool found = false;
        for (size_t j = 0; o->areas[i].area_id && j < n->nareas && !found; j++)
            found = n->areas[j].area_id && strcmp(o->areas[i].area_id, n->areas[j].area_id) == 0;
        if (!found)
            trygg__sb_printf(b, _("  %s %s: only in the old edition\n"),
                             o->areas[i].area_id ? o->areas[i].area_id : "?",
                             o->areas[i].name ? o->areas[i].name : "");
    }
    if (!n->nareas && !o->nareas)
        trygg__sb_printf(b, "%s", _("  none: neither edition has area reports ([reports] areas)\n"));
}

trygg_status trygg_compare_editions(trygg_ctx *ctx, const trygg_edition *o, const char *old_name,
                                    const trygg_edition *n, const char *new_name, char **text,
                                    trygg_compare_counts *counts)
{
    trygg_compare_counts c = {0};
    trygg__strbuf b = {0};
    trygg__sb_printf(&b, _("old: %s (run %s)\nnew: %s (run %s)\n"), old_name, o->run_at ? o->run_at : "?", new_name,
                     n->run_at ? n->run_at : "?");
    compare_hotspots(ctx, o, n, &b, &c);
    compare_measures(o, n, &b, &c);
    compare_areas(o, n, &b);
    *text = trygg__sb_steal(&b);
    if (counts)
        *counts = c;
    return TRYGG_OK;
}

trygg_status trygg_compare(trygg_ctx *ctx, const char *old_path, const char *new_path, char **text,
                           trygg_compare_counts *counts)
{
    trygg_edition o, n;
    trygg_status st = trygg_io_read_edition(ctx, old_path, &o);
    if (st != TRYGG_OK)
        return st;
    if ((st = trygg_io_read_edition(ctx, new_path, &n)) != TRYGG_OK) {
        trygg_edition_fini(&o);
        return st;
    }
    st = trygg_compare_editions(ctx, &o, old_path, &n, new_path, text, counts);
    trygg_edition_fini(&o);
    trygg_edition_fini(&n);
    return st;
}
