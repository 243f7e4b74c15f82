/*
 * The Knox tables of near repeat for the summary (report/knox_tables.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/knox_tables.h"

/* A category code as the words of the run's language ("vandalism" -> "skadegörelse"). */
static const char *knox_category_words(const char *code)
{
    trygg_category c;
    return code && trygg_category_from_name(code, &c) ? trygg_category_words(c, false) : code;
}

void trygg__report_knox_tables(trygg__report_model *m)
{
    const trygg__knox_row *rows = m->knox_rows;
    size_t n = m->nknox_rows;
    if (!rows)
        return;
    m->knox = trygg__bag_keep(&m->mem, trygg__xcalloc(TRYGG_CAT_COUNT, sizeof *m->knox));
    for (size_t i = 0; i < n && m->nknox < TRYGG_CAT_COUNT;) {
        size_t j = i, nt = 0;
        while (j < n && strcmp(rows[j].category, rows[i].category) == 0)
            j++;
        while (i + nt < j && rows[i + nt].space_from_m == rows[i].space_from_m)
            nt++;
        size_t ns = nt ? (j - i) / nt : 0, ncols = nt + 1;
        const char **head = trygg__bag_keep(&m->mem, trygg__xcalloc(ncols, sizeof *head));
        const char **cells = trygg__bag_keep(&m->mem, trygg__xcalloc(ns * ncols + 1, sizeof *cells));
        head[0] = _("Distance");
        char a[TRYGG__NUM_MAX], b[TRYGG__NUM_MAX];
        for (size_t t = 0; t < nt; t++)
            head[t + 1] = trygg__bag_keep(
                &m->mem, trygg__xasprintf(_("%s-%s days"), trygg__fmt_num(a, sizeof a, rows[i + t].time_from_days, 0),
                                          trygg__fmt_num(b, sizeof b, rows[i + t].time_to_days, 0)));
        for (size_t s = 0; s < ns; s++) {
            const trygg__knox_row *r0 = &rows[i + s * nt];
            cells[s * ncols] =
                trygg__bag_keep(&m->mem, trygg__xasprintf("%s-%s m", trygg__fmt_num(a, sizeof a, r0->space_from_m, 0),
                                                          trygg__fmt_num(b, sizeof b, r0->space_to_m, 0)));
            for (size_t t = 0; t < nt; t++) {
                const trygg__knox_row *cell = &rows[i + s * nt + t];
                char o[TRYGG__NUM_MAX], e[TRYGG__NUM_MAX], ratio[TRYGG__NUM_MAX];
                trygg__fmt_num(o, sizeof o, cell->observed, 0);
                cells[s * ncols + t + 1] =
                    isfinite(cell->ratio)
                        ? trygg__bag_keep(&m->mem, trygg__xasprintf("%s / %s  %s%s", o,
                                                                    trygg__fmt_num(e, sizeof e, cell->expected, 1),
                                                                    trygg__fmt_num(ratio, sizeof ratio, cell->ratio, 2),
                                                                    cell->p <= 0.05 && cell->ratio > 1 ? "*" : ""))
                        : trygg__bag_keep(&m->mem, trygg__xasprintf("%s / 0", o));
            }
        }
        m->knox[m->nknox++] = (trygg_report_table){
            trygg__bag_keep(&m->mem, trygg__xasprintf(_("%s: pairs of reports observed / expected with no space-time "
                                                        "interaction, and their ratio (* p <= 0.05)"),
                                                      knox_category_words(rows[i].category))),
            ns, ncols, head, cells};
        i = j;
    }
}
