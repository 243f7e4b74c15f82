/*
 * Queries over the output model (report/model_query.h).
 */
#include <stdint.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "report/model_query.h"

void trygg__report_env_of(GEOSContextHandle_t geos, const GEOSGeometry *g, double env[4])
{
    GEOSGeom_getXMin_r(geos, g, &env[0]);
    GEOSGeom_getYMin_r(geos, g, &env[1]);
    GEOSGeom_getXMax_r(geos, g, &env[2]);
    GEOSGeom_getYMax_r(geos, g, &env[3]);
}

void trygg__report_query(const trygg__report_model *m, const trygg_index *idx, const double env[4], trygg_idlist *out)
{
    out->n = 0;
    if (idx)
        trygg_index_query(idx, m->geos, env[0], env[1], env[2], env[3], out);
}

bool trygg__report_point_in(const trygg__report_model *m, const GEOSPreparedGeometry *pg, double x, double y)
{
    GEOSGeometry *p = GEOSGeom_createPointFromXY_r(m->geos, x, y);
    bool in = p && GEOSPreparedIntersects_r(m->geos, pg, p) == 1;
    if (p)
        GEOSGeom_destroy_r(m->geos, p);
    return in;
}

const char *trygg__report_streets_at(trygg__report_model *m, const GEOSGeometry *g)
{
    double env[4];
    trygg__report_env_of(m->geos, g, env);
    trygg_idlist ids = {0};
    trygg__report_query(m, m->pl_idx, env, &ids);
    const GEOSPreparedGeometry *pg = GEOSPrepare_r(m->geos, g);
    const char *names[64];
    size_t counts[64], nn = 0;
    for (size_t k = 0; k < ids.n && pg; k++) {
        size_t i = ids.v[k];
        if (!m->pl_street[i] || GEOSPreparedIntersects_r(m->geos, pg, m->pl[i].g) != 1)
            continue;
        size_t j = 0;
        while (j < nn && strcmp(names[j], m->pl_street[i]) != 0)
            j++;
        if (j == nn && nn < 64) {
            names[nn] = m->pl_street[i];
            counts[nn++] = 0;
        }
        if (j < nn)
            counts[j]++;
    }
    if (pg)
        GEOSPreparedGeom_destroy_r(m->geos, pg);
    trygg_idlist_fini(&ids);
    if (nn == 0)
        return NULL;
    size_t best = 0, second = SIZE_MAX;
    for (size_t j = 1; j < nn; j++)
        if (counts[j] > counts[best])
            best = j;
    for (size_t j = 0; j < nn; j++)
        if (j != best && (second == SIZE_MAX || counts[j] > counts[second]))
            second = j;
    return second == SIZE_MAX ? trygg__bag_str(&m->mem, names[best])
                              : trygg__bag_keep(&m->mem, trygg__xasprintf("%s / %s", names[best], names[second]));
}

int trygg__report_period_of(const trygg__report_model *m, int64_t t)
{
    if (!m->have_periods || t == TRYGG__REPORT_TIME_NONE)
        return -1;
    if (t >= m->pa.from && t < m->pa.to)
        return 0;
    if (t >= m->pb.from && t < m->pb.to)
        return 1;
    return -1;
}

void trygg__report_name_places(trygg__report_model *m)
{
    for (size_t i = 0; i < m->nm; i++)
        m->ms_info[i].place = trygg__report_streets_at(m, m->ms[i].g);
    for (size_t i = 0; i < m->nh; i++)
        m->hs_info[i].place = trygg__report_streets_at(m, m->hs[i].g);
    for (size_t i = 0; i < m->nemerging; i++) {
        const char *where = trygg__report_streets_at(m, m->em[i].g);
        m->emerging[i] = trygg__bag_keep(&m->mem, where ? trygg__xasprintf(_("At %s, %s"), where, m->em_what[i])
                                                        : trygg__xstrdup(m->em_what[i]));
    }
}
