/* Vectors of the surroundings inputs (buildings, points of interest) and the kind names. */
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "trygg/data.h"

static const char *const poi_kind_names[TRYGG_POI_COUNT] = {
    "shop", "restaurant", "cafe", "fast_food", "bar", "transit", "waste_basket", "school", "youth", "other",
};

const char *trygg_poi_kind_name(trygg_poi_kind k)
{
    return ((unsigned)k < TRYGG_POI_COUNT) ? poi_kind_names[k] : NULL;
}

bool trygg_poi_kind_from_name(const char *s, trygg_poi_kind *out)
{
    for (int k = 0; k < TRYGG_POI_COUNT; k++)
        if (trygg__streq_ci(s, poi_kind_names[k])) {
            *out = (trygg_poi_kind)k;
            return true;
        }
    return false;
}

trygg_building *trygg_buildings_push(trygg_buildings *b)
{
    trygg__grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
    trygg_building *e = &b->v[b->n++];
    memset(e, 0, sizeof *e);
    return e;
}

trygg_poi *trygg_pois_push(trygg_pois *p)
{
    trygg__grow((void **)&p->v, &p->cap, p->n + 1, sizeof *p->v);
    trygg_poi *e = &p->v[p->n++];
    memset(e, 0, sizeof *e);
    return e;
}

void trygg_buildings_fini(trygg_buildings *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->v[i].xy);
        free(b->v[i].ring_end);
    }
    free(b->v);
    memset(b, 0, sizeof *b);
}

void trygg_pois_fini(trygg_pois *p)
{
    free(p->v);
    memset(p, 0, sizeof *p);
}
