/* OpenStreetMap conventions used by the readers: hstore tags and the highway values that are streets. */
#include <string.h>

#include "core/internal.h"
#include "io/read_internal.h"

/* Ways people walk, cycle or drive on are streets. Excluded: ways that do not exist yet or any
 * more (proposed, planned, construction, abandoned, disused, razed), ways that are not
 * outdoor public routes (platform, corridor, elevator, services, rest_area, emergency_bay,
 * escape), ways for vehicles no pedestrian or car uses (raceway, bus_guideway, busway), and the
 * values "no"/"none". Source for the values: https://wiki.openstreetmap.org/wiki/Key:highway */
const char *const trygg__osm_street_filter =
    "highway IS NOT NULL AND highway NOT IN ('proposed', 'planned', 'construction', 'abandoned', 'disused', "
    "'razed', 'platform', 'corridor', 'elevator', 'services', 'rest_area', 'emergency_bay', 'escape', "
    "'raceway', 'bus_guideway', 'busway', 'no', 'none')";

bool trygg__hstore_get(const char *hstore, const char *key, char *buf, size_t size)
{
    /* Format written by GDAL's OSM driver: "k"=>"v","k2"=>"v2" with \" and \\ escaped. */
    const char *p = hstore;
    size_t klen = strlen(key);
    if (!p || size == 0)
        return false;
    while (*p) {
        while (*p == ',' || *p == ' ')
            p++;
        if (*p != '"')
            return false;
        p++;
        const char *k = p;
        bool kescaped = false;
        while (*p && *p != '"') {
            if (*p == '\\' && p[1]) {
                p++;
                kescaped = true;
            }
            p++;
        }
        if (!*p)
            return false;
        size_t kl = (size_t)(p - k);
        p++;
        if (strncmp(p, "=>\"", 3) != 0)
            return false;
        p += 3;
        bool match = !kescaped && kl == klen && strncmp(k, key, klen) == 0;
        size_t o = 0;
        while (*p && *p != '"') {
            if (*p == '\\' && p[1])
                p++;
            if (match && o + 1 < size)
                buf[o++] = *p;
            p++;
        }
        if (match) {
            buf[o] = '\0';
            return true;
        }
        if (*p == '"')
            p++;
    }
    return false;
}

int trygg__lit_from_text(const char *v)
{
    /* lit=* values per https://wiki.openstreetmap.org/wiki/Key:lit; timed lighting counts as lit. */
    static const char *const yes[] = {"yes", "24/7", "automatic", "limited", "sunset-sunrise", "interval",
                                      "dusk-dawn", "true", "1", "ja", "j", "y"};
    static const char *const no[] = {"no", "disused", "false", "0", "nej", "n"};
    if (!v)
        return TRYGG_LIT_UNKNOWN;
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (trygg__streq_ci(v, yes[i]))
            return TRYGG_LIT_YES;
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (trygg__streq_ci(v, no[i]))
            return TRYGG_LIT_NO;
    return TRYGG_LIT_UNKNOWN;
}

bool trygg__truthy(const char *v)
{
    return v && (trygg__streq_ci(v, "1") || trygg__streq_ci(v, "true") || trygg__streq_ci(v, "yes") ||
                 trygg__streq_ci(v, "t") || trygg__streq_ci(v, "ja"));
}

int trygg__osm_attach_from_tags(const char *hstore)
{
    /* A way mapped beside or across a road: footway=sidewalk|crossing, and the same under
     * cycleway=* and path=* (https://wiki.openstreetmap.org/wiki/Key:footway,
     * https://wiki.openstreetmap.org/wiki/Sidewalks). */
    static const char *const keys[] = {"footway", "cycleway", "path"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        char v[32];
        if (!trygg__hstore_get(hstore, keys[i], v, sizeof v))
            continue;
        if (strcmp(v, "sidewalk") == 0)
            return TRYGG_ATTACH_SIDEWALK;
        if (strcmp(v, "crossing") == 0)
            return TRYGG_ATTACH_CROSSING;
    }
    return TRYGG_ATTACH_NONE;
}
