/* libFuzzer target: arbitrary bytes as a trygg INI config (DESIGN.md section 7: the config
 * parser is fuzzed), and as text for the secrets mask. Any input must give TRYGG_OK or an error
 * with a message, never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trygg/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/trygg-fuzz-config-%d.ini", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    /* The masking helper sees every message: arbitrary text must give a string no longer than
     * the text plus its masks, never a crash. */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    char *masked = trygg_mask_secrets(text);
    if (!masked || strlen(masked) > 2 * strlen(text) + 3)
        abort();
    free(masked);
    free(text);
    trygg_ctx *ctx = trygg_ctx_new();
    trygg_config cfg;
    trygg_config_init(&cfg);
    if (trygg_config_load(ctx, &cfg, path) == TRYGG_OK) {
        trygg_config_validate(ctx, &cfg);
        char *dump = trygg_config_dump(&cfg);
        free(dump);
        trygg_category c;
        trygg_config_map_category(&cfg, "skadegörelse", &c);
    } else if (!trygg_errmsg(ctx)[0]) {
        abort(); /* an error must say what is wrong */
    }
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
    return 0;
}
