/*
 * What the reports say about the run (report/run_facts.h), from its run_info.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_reader.h"
#include "report/report_names.h"
#include "report/run_facts.h"

static bool is_osm(const char *p)
{
    size_t n = p ? strlen(p) : 0;
    return (n > 8 && strcmp(p + n - 8, ".osm.pbf") == 0) || (n > 4 && strcmp(p + n - 4, ".osm") == 0) ||
           (n > 4 && strcmp(p + n - 4, ".pbf") == 0);
}

void trygg__report_run_facts(trygg__report_model *m)
{
    const trygg_kv *kv = &m->info;
    const char *area = trygg_kv_get(kv, "study_area");
    char *muni = trygg__xstrdup(area && *area ? area : _("the study area"));
    /* "Helsinki centre (sample, synthetic incidents)" reads as "Helsinki centre" in sentences */
    char *paren = strstr(muni, " (");
    if (paren && paren != muni && muni[strlen(muni) - 1] == ')')
        *paren = '\0';
    m->municipality = trygg__bag_keep(&m->mem, muni);
    const char *run_at = trygg_kv_get(kv, "run_at");
    char date[11];
    if (run_at && strlen(run_at) >= 10) {
        memcpy(date, run_at, 10);
        date[10] = '\0';
    } else {
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(date, sizeof date, "%Y-%m-%d", &tm);
    }
    m->date = trygg__bag_str(&m->mem, date);
    const char *syn = trygg_kv_get(kv, "input.incidents.synthetic");
    m->synthetic = syn && strncmp(syn, "yes", 3) == 0;

    /* Sources: the inputs by file, OSM attributed as its licence asks. */
    static const char *const roles[] = {"streets", "lamps", "buildings", "pois", "incidents"};
    static const char *const words[] = {N_("streets"), N_("lamps"), N_("buildings"), N_("points of interest"),
                                        N_("incidents")};
    trygg__strbuf b = {0};
    bool done[5] = {false}, osm = false;
    for (int r = 0; r < 5; r++) {
        if (done[r])
            continue;
        char key[64];
        snprintf(key, sizeof key, "input.%s.path", roles[r]);
        const char *path = trygg_kv_get(kv, key);
        if (!path || !*path)
            continue;
        trygg__sb_printf(&b, "%s%s", b.n ? "; " : "", _(words[r]));
        for (int s = r + 1; s < 5; s++) {
            snprintf(key, sizeof key, "input.%s.path", roles[s]);
            const char *other = trygg_kv_get(kv, key);
            if (other && strcmp(other, path) == 0) {
                trygg__sb_printf(&b, ", %s", _(words[s]));
                done[s] = true;
            }
        }
        trygg__sb_printf(&b, ": %s", trygg__base_of(path));
        if (is_osm(path)) {
            trygg__sb_printf(&b, " (%s)", _("Map data © OpenStreetMap contributors, ODbL 1.0"));
            osm = true;
        }
        if (r == 4 && m->synthetic)
            trygg__sb_printf(&b, " (%s)", _("SYNTHETIC"));
    }
    char when[TRYGG__NUM_MAX];
    trygg__sb_printf(&b, "%s", b.n ? "; " : "");
    trygg__sb_printf(&b, _("figures from the trygg run of %s"), trygg__fmt_iso_date(when, sizeof when, m->date));
    /* Masked again: run_info of an output written before masking may still hold a password. */
    char *sources = trygg__sb_steal(&b);
    m->sources = trygg__bag_keep(&m->mem, trygg_mask_secrets(sources));
    free(sources);
    m->attribution = trygg__bag_keep(
        &m->mem, trygg__xasprintf("%s%s%s", osm ? _("Map data © OpenStreetMap contributors, ODbL") : "",
                                  osm && m->synthetic ? "; " : "", m->synthetic ? _("incidents: SYNTHETIC") : ""));

    /* Periods as the hotspot stage wrote them, in the run's time-zone rule. */
    const char *dump = trygg_kv_get(kv, "config");
    char *off = trygg__output_config_value(dump, "time", "utc_offset_h"),
         *est = trygg__output_config_value(dump, "time", "eu_summer_time");
    char *buf = trygg__output_config_value(dump, "reports", "buffer_m");
    double utc_offset = off ? strtod(off, NULL) : 1.0;
    bool summer = est ? strcmp(est, "true") == 0 : true;
    m->dump_buffer_m = buf ? strtod(buf, NULL) : NAN;
    free(off);
    free(est);
    free(buf);
    const char *periods = trygg_kv_get(kv, "trend.periods");
    if (periods && sscanf(periods, "period a %31[0-9/-], period b %31[0-9/-]", m->period_a, m->period_b) == 2 &&
        trygg_period_parse(m->period_a, utc_offset, summer, &m->pa) &&
        trygg_period_parse(m->period_b, utc_offset, summer, &m->pb)) {
        m->have_periods = true;
        trygg_reports_period_label(m->period_a, m->label_a, sizeof m->label_a);
        trygg_reports_period_label(m->period_b, m->label_b, sizeof m->label_b);
    } else {
        m->period_a[0] = m->period_b[0] = '\0';
        snprintf(m->label_a, sizeof m->label_a, "%s", _("earlier period"));
        snprintf(m->label_b, sizeof m->label_b, "%s", _("later period"));
    }
}
