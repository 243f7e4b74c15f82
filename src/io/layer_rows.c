/* Rows of a computed layer (trygg_layer_rows): what the small layer builders share. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "io/io.h"

trygg_value trygg_value_real(double r, double scale)
{
    if (!isfinite(r))
        return (trygg_value){.null = true};
    return (trygg_value){.r = round(r * scale) / scale};
}

void trygg_layer_rows_init(trygg_layer_rows *r, size_t nrows, size_t nfields)
{
    r->nrows = nrows;
    r->nfields = nfields;
    r->wkb_borrowed = false;
    r->values = trygg__xcalloc(nrows * nfields + 1, sizeof *r->values);
    r->wkb = trygg__xcalloc(nrows + 1, sizeof *r->wkb);
    r->wkb_size = trygg__xcalloc(nrows + 1, sizeof *r->wkb_size);
    r->texts = trygg__xcalloc(nrows * nfields + 1, sizeof *r->texts);
}

trygg_value *trygg_layer_rows_row(trygg_layer_rows *r, size_t i) { return r->values + i * r->nfields; }

void trygg_layer_rows_set_text(trygg_layer_rows *r, size_t i, size_t f, char *text)
{
    size_t k = i * r->nfields + f;
    free(r->texts[k]);
    r->texts[k] = text;
    r->values[k] = trygg_value_text(text);
}

void trygg_layer_rows_borrow_wkb(trygg_layer_rows *r, size_t i, const unsigned char *wkb, size_t size)
{
    r->wkb_borrowed = true;
    r->wkb[i] = (unsigned char *)wkb; /* not freed: see wkb_borrowed */
    r->wkb_size[i] = size;
}

trygg_status trygg_layer_rows_write(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_rows *r, const char *name,
                                    const char *description, int geometry, const trygg_field_def *fields)
{
    trygg_layer_data L = {
        .name = name,
        .description = description,
        .geometry = geometry,
        .fields = fields,
        .nfields = r->nfields,
        .nrows = r->nrows,
        .values = r->values,
        .wkb = (const unsigned char *const *)r->wkb,
        .wkb_size = r->wkb_size,
    };
    return trygg_io_gpkg_add_layer(ctx, w, &L);
}

void trygg_layer_rows_fini(trygg_layer_rows *r)
{
    for (size_t i = 0; i < r->nrows && !r->wkb_borrowed; i++)
        free(r->wkb[i]);
    for (size_t k = 0; k < r->nrows * r->nfields; k++)
        free(r->texts[k]);
    free(r->values);
    free(r->wkb);
    free(r->wkb_size);
    free(r->texts);
    memset(r, 0, sizeof *r);
}
