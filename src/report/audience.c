/*
 * Who reads the area reports (report/audience.h).
 */
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "io/output_reader.h"
#include "report/audience.h"

trygg_status trygg__report_audience_read(trygg__report_model *m, const trygg_reports_options *o)
{
    const char *dump = trygg_kv_get(&m->info, "config");
    char *aud = o->audience ? trygg__xstrdup(o->audience) : trygg__output_config_value(dump, "reports", "audience");
    char *min = o->min_count > 0 ? NULL : trygg__output_config_value(dump, "privacy", "min_count");
    char *sens = o->sensitive ? trygg__xstrdup(o->sensitive) : trygg__output_config_value(dump, "privacy", "sensitive");
    trygg_status st = TRYGG_OK;
    if (!aud || trygg__streq_ci(aud, "owner"))
        m->audience = TRYGG_AUDIENCE_OWNER;
    else if (trygg__streq_ci(aud, "internal"))
        m->audience = TRYGG_AUDIENCE_INTERNAL;
    else
        st = trygg__fail(m->ctx, TRYGG_E_CONFIG, "[reports] audience = '%s' is not owner or internal", aud);
    long k = o->min_count > 0 ? o->min_count : min ? strtol(min, NULL, 10) : TRYGG_REPORT_MIN_COUNT;
    m->min_count = k >= 1 && k <= 100 ? (unsigned)k : TRYGG_REPORT_MIN_COUNT;
    /* names trygg does not know (categories of a later version) are ignored */
    memset(m->sensitive, 0, sizeof m->sensitive);
    char *list = trygg__xstrdup(sens ? sens : "violence_close,fraud_elderly"), *save = NULL;
    for (char *t = strtok_r(list, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        trygg_category c;
        if (trygg_category_from_name(t, &c))
            m->sensitive[c] = true;
    }
    free(list);
    free(aud);
    free(min);
    free(sens);
    return st;
}
