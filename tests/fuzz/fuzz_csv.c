/* libFuzzer target: arbitrary bytes as an incidents CSV read through GDAL and trygg's reader
 * (column recognition, coordinates, categories, times, Windows-1252 repair, the per-point
 * plausibility check with its swap detection). Any input must give
 * TRYGG_OK or an error with a message, never a crash. */
#include <gdal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "io/io.h"
#include "trygg/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0]) {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        snprintf(path, sizeof path, "/tmp/trygg-fuzz-%d.csv", (int)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    trygg_ctx *ctx = trygg_ctx_new();
    /* Central Lund's streets as the study area: the per-point plausibility check runs too. */
    static const double lund[4] = {385700, 6174100, 386900, 6175300};
    trygg_ctx_set_study_extent(ctx, lund, 10000);
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_config_set(ctx, &cfg, "incidents", "source", path, "fuzz");
    trygg_config_set(ctx, &cfg, "incidents", "crs", "EPSG:4326", "fuzz");
    trygg_incidents inc = {0};
    trygg_input_report rep = {0};
    if (trygg_io_read_incidents(ctx, &cfg, "EPSG:3006", &inc, &rep) != TRYGG_OK && !trygg_errmsg(ctx)[0])
        abort();
    trygg_incidents_fini(&inc);
    trygg_input_report_fini(&rep);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
    return 0;
}
