/*
 * The date of an OpenStreetMap PBF extract (src/io/osm_date.h): the replication timestamp of its
 * header block (osmosis_replication_timestamp, field 32 of HeaderBlock in the OSM PBF format,
 * https://wiki.openstreetmap.org/wiki/PBF_Format), read with a minimal protobuf walk; a zlib blob is
 * inflated with GDAL's CPLZLibInflate.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cpl_conv.h>

#include "core/internal.h"
#include "io/osm_date.h"

static bool varint(const unsigned char *b, size_t n, size_t *i, uint64_t *out)
{
    uint64_t v = 0;
    for (int shift = 0; *i < n && shift < 64; shift += 7) {
        unsigned char c = b[(*i)++];
        v |= (uint64_t)(c & 0x7f) << shift;
        if (c < 0x80) {
            *out = v;
            return true;
        }
    }
    return false;
}

/* Field `want` of a protobuf message: a varint (*num) or bytes (*at, *len). False when absent. */
static bool pb_field(const unsigned char *b, size_t n, unsigned want, uint64_t *num, const unsigned char **at,
                     size_t *len)
{
    size_t i = 0;
    while (i < n) {
        uint64_t key, v;
        if (!varint(b, n, &i, &key))
            return false;
        unsigned field = (unsigned)(key >> 3), type = (unsigned)(key & 7);
        if (type == 0) {
            if (!varint(b, n, &i, &v))
                return false;
            if (field == want && num) {
                *num = v;
                return true;
            }
        } else if (type == 2) {
            if (!varint(b, n, &i, &v) || v > n - i)
                return false;
            if (field == want && at) {
                *at = b + i;
                *len = (size_t)v;
                return true;
            }
            i += (size_t)v;
        } else if (type == 1 || type == 5) {
            i += type == 1 ? 8 : 4;
        } else {
            return false;
        }
    }
    return false;
}

/* The replication timestamp of an OSM PBF file's header block (osmosis_replication_timestamp,
 * which Geofabrik and planet extracts carry) as YYYY-MM-DD; NULL when the file is not a PBF, has
 * no timestamp or cannot be read. Caller frees. */
char *trygg__osm_pbf_date(const char *path)
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    char *out = NULL;
    unsigned char *hdr = NULL, *blob = NULL, *raw = NULL;
    unsigned char len4[4];
    if (!f || fread(len4, 1, 4, f) != 4)
        goto done;
    size_t hl = (size_t)len4[0] << 24 | (size_t)len4[1] << 16 | (size_t)len4[2] << 8 | len4[3];
    if (hl == 0 || hl > 64 * 1024)
        goto done;
    hdr = trygg__xmalloc(hl);
    const unsigned char *type;
    size_t tl;
    uint64_t datasize;
    if (fread(hdr, 1, hl, f) != hl || !pb_field(hdr, hl, 1, NULL, &type, &tl) || tl != 9 ||
        memcmp(type, "OSMHeader", 9) != 0 || !pb_field(hdr, hl, 3, &datasize, NULL, NULL) || datasize == 0 ||
        datasize > 32 * 1024 * 1024)
        goto done;
    blob = trygg__xmalloc((size_t)datasize);
    if (fread(blob, 1, (size_t)datasize, f) != datasize)
        goto done;
    const unsigned char *data, *block;
    size_t dl, bl;
    uint64_t rawsize = 0;
    if (pb_field(blob, (size_t)datasize, 1, NULL, &data, &dl)) { /* raw */
        block = data;
        bl = dl;
    } else if (pb_field(blob, (size_t)datasize, 3, NULL, &data, &dl) &&
               pb_field(blob, (size_t)datasize, 2, &rawsize, NULL, NULL) && rawsize > 0 &&
               rawsize <= 32 * 1024 * 1024) { /* zlib */
        raw = trygg__xmalloc((size_t)rawsize);
        size_t got = 0;
        if (!CPLZLibInflate(data, dl, raw, (size_t)rawsize, &got))
            goto done;
        block = raw;
        bl = got;
    } else {
        goto done;
    }
    uint64_t ts;
    if (pb_field(block, bl, 32, &ts, NULL, NULL) && ts > 0 && ts < 32503680000ULL) {
        time_t t = (time_t)ts;
        struct tm tm;
        char buf[16];
        if (gmtime_r(&t, &tm) && strftime(buf, sizeof buf, "%Y-%m-%d", &tm))
            out = trygg__xstrdup(buf);
    }
done:
    if (f)
        fclose(f);
    free(hdr);
    free(blob);
    free(raw);
    return out;
}
