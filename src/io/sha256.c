/* SHA-256 of an input file for provenance (run_info), streamed through OpenSSL's EVP API. */
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "core/internal.h"
#include "io/io.h"

trygg_status trygg_io_sha256_file(trygg_ctx *ctx, const char *path, char hex[65])
{
    trygg_status st = TRYGG_OK;
    FILE *f = NULL;
    EVP_MD_CTX *md = NULL;
    unsigned char buf[65536], digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;

    f = fopen(path, "rb");
    if (!f) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open for hashing: %s", path, strerror(errno));
        goto done;
    }
    md = EVP_MD_CTX_new();
    if (!md || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: cannot start SHA-256", path);
        goto done;
    }
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (EVP_DigestUpdate(md, buf, n) != 1) {
            st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: SHA-256 update failed", path);
            goto done;
        }
    if (ferror(f)) {
        st = trygg__fail(ctx, TRYGG_E_IO, "%s: read error while hashing: %s", path, strerror(errno));
        goto done;
    }
    if (EVP_DigestFinal_ex(md, digest, &dlen) != 1 || dlen != 32) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "%s: SHA-256 final failed", path);
        goto done;
    }
    for (unsigned i = 0; i < dlen; i++)
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
done:
    EVP_MD_CTX_free(md);
    if (f)
        fclose(f);
    return st;
}
