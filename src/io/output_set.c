/*
 * The output set as one transaction (src/io/output_set.h): a staging folder beside the
 * GeoPackage, every output written there, moved into place together at the end. The lock is
 * in output_lock.c, the clean-up after killed runs in output_cleanup.c, the check that no
 * output is an input in output_guard.c.
 */
#define _GNU_SOURCE /* O_CLOEXEC */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/output_internal.h"
#include "io/output_set.h"

struct trygg_output_set {
    char *gpkg, *dir, *base, *staging, *lock_path;
    int lock_fd;
    trygg_input_path *inputs; /* copies: role and path owned */
    size_t ninputs;
    char **final, **staged; /* n pairs; staged[i] is in the staging folder */
    size_t n, cap;
};

/* ---- the set ---- */

static void set_free(trygg_output_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        free(set->final[i]);
        free(set->staged[i]);
    }
    free(set->final);
    free(set->staged);
    for (size_t i = 0; i < set->ninputs; i++) {
        free((char *)set->inputs[i].role);
        free((char *)set->inputs[i].path);
    }
    free(set->inputs);
    free(set->gpkg);
    free(set->dir);
    free(set->base);
    free(set->staging);
    free(set->lock_path);
    free(set);
}

void trygg_output_set_abort(trygg_output_set *set)
{
    if (!set)
        return;
    if (set->staging)
        trygg__output_remove_tree(set->staging);
    trygg__output_unlock(set->lock_path, set->lock_fd);
    set->lock_fd = -1;
    set_free(set);
}

trygg_status trygg_output_set_open(trygg_ctx *ctx, const char *gpkg_path, const char *extra_dir,
                                   const trygg_input_path *inputs, size_t ninputs, trygg_output_set **out)
{
    trygg_status st;
    trygg_output_set *set = trygg__xcalloc(1, sizeof *set);
    set->lock_fd = -1;
    set->gpkg = trygg__xstrdup(gpkg_path);
    set->dir = trygg__dir_of(gpkg_path);
    set->base = trygg__xstrdup(trygg__base_of(gpkg_path));
    set->inputs = trygg__xcalloc(ninputs ? ninputs : 1, sizeof *set->inputs);
    for (size_t i = 0; i < ninputs; i++)
        set->inputs[i] = (trygg_input_path){trygg__xstrdup(inputs[i].role), trygg__xstrdup(inputs[i].path)};
    set->ninputs = ninputs;
    set->lock_path = trygg__xasprintf("%s/.%s.lock", set->dir, set->base);
    struct stat sb;
    if ((st = trygg_output_check_not_input(ctx, gpkg_path, N_("output"), inputs, ninputs)) != TRYGG_OK ||
        (extra_dir && (st = trygg_output_check_not_input(ctx, extra_dir, N_("reports folder"), inputs, ninputs)) !=
                          TRYGG_OK))
        goto fail;
    if (!*set->base) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "output %s: no file name", gpkg_path);
        goto fail;
    }
    errno = 0;
    if (stat(set->dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", gpkg_path, set->dir,
                         errno ? strerror(errno) : "not a directory");
        goto fail;
    }
    if (stat(gpkg_path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a directory", gpkg_path);
        goto fail;
    }
    if ((st = trygg__output_lock(ctx, set->lock_path, set->gpkg, &set->lock_fd)) != TRYGG_OK)
        goto fail;
    trygg__output_remove_stale(set->dir, set->base, false);
    if (extra_dir)
        trygg__output_remove_stale(extra_dir, set->base, true);
    char *tmpl = trygg__xasprintf("%s/.%s.staging-XXXXXX", set->dir, set->base);
    if (!mkdtemp(tmpl)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: making a staging folder in %s: %s", gpkg_path,
                         set->dir, strerror(errno));
        free(tmpl);
        goto fail;
    }
    set->staging = tmpl;
    *out = set;
    return TRYGG_OK;
fail:
    trygg_output_set_abort(set);
    return st;
}

trygg_status trygg_output_set_stage(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                    const char **staged)
{
    trygg_status st = trygg_output_check_not_input(ctx, final_path, N_("output"), set->inputs, set->ninputs);
    if (st != TRYGG_OK)
        return st;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->final[i], final_path) == 0) {
            *staged = set->staged[i];
            return TRYGG_OK;
        }
    trygg__grow((void **)&set->final, &set->cap, set->n + 1, sizeof *set->final);
    set->staged = trygg__xrealloc(set->staged, set->cap * sizeof *set->staged);
    set->final[set->n] = trygg__xstrdup(final_path);
    /* The GeoPackage keeps its own name; every other file gets a numbered one, so two outputs
     * of the same name in different folders do not meet in the staging folder. */
    set->staged[set->n] = strcmp(final_path, set->gpkg) == 0
                              ? trygg__xasprintf("%s/%s", set->staging, set->base)
                              : trygg__xasprintf("%s/f%zu-%s", set->staging, set->n, trygg__base_of(final_path));
    *staged = set->staged[set->n];
    set->n++;
    return TRYGG_OK;
}

static trygg_status copy_file(trygg_ctx *ctx, const char *from, const char *to)
{
    trygg_status st = TRYGG_OK;
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[1 << 16];
    size_t n;
    if (!in || !out) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
        goto done;
    }
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            break;
    if (ferror(in) || ferror(out) || fflush(out) != 0 || fsync(fileno(out)) != 0)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
    struct stat sb;
    if (st == TRYGG_OK && stat(from, &sb) == 0)
        fchmod(fileno(out), sb.st_mode & 07777);
done:
    if (in)
        fclose(in);
    if (out && fclose(out) != 0 && st == TRYGG_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot copy %s to %s: %s", from, to, strerror(errno));
    if (st != TRYGG_OK)
        unlink(to);
    return st;
}

trygg_status trygg_output_set_stage_existing(trygg_ctx *ctx, trygg_output_set *set, const char *final_path,
                                             const char **staged)
{
    trygg_status st = trygg_output_set_stage(ctx, set, final_path, staged);
    if (st == TRYGG_OK && link(final_path, *staged) != 0)
        st = copy_file(ctx, final_path, *staged);
    return st;
}

static void sync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

trygg_status trygg_output_set_commit(trygg_ctx *ctx, trygg_output_set *set)
{
    trygg_status st = TRYGG_OK;
    FILE *mf = NULL;
    char *manifest = trygg__xasprintf("%s/" TRYGG__OUTPUT_MANIFEST, set->staging);
    struct stat staging_sb, sb;
    size_t *order = trygg__xcalloc(set->n ? set->n : 1, sizeof *order), norder = 0;
    char **copies = trygg__xcalloc(set->n ? set->n : 1, sizeof *copies);
    bool committed = false;
    if (stat(set->staging, &staging_sb) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: staging folder %s: %s", set->gpkg, set->staging,
                         strerror(errno));
        goto done;
    }
    /* Prepare every move before the first: the GeoPackage last, files on another file system
     * copied beside their target first, so that what follows are renames within one folder. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < set->n; i++) {
            bool is_gpkg = strcmp(set->final[i], set->gpkg) == 0;
            if (is_gpkg != (pass == 1) || lstat(set->staged[i], &sb) != 0)
                continue;
            struct stat dsb;
            if (stat(set->final[i], &dsb) == 0 && S_ISDIR(dsb.st_mode)) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a folder", set->final[i]);
                goto done;
            }
            char *dir = trygg__dir_of(set->final[i]);
            if (stat(dir, &dsb) != 0 && mkdir(dir, 0777) != 0) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: folder %s: %s", set->final[i], dir,
                                 strerror(errno));
                free(dir);
                goto done;
            }
            if (stat(dir, &dsb) == 0 && dsb.st_dev != staging_sb.st_dev) {
                copies[i] = trygg__xasprintf("%s/.%s.trygg-tmp-%ld", dir, trygg__base_of(set->final[i]), (long)getpid());
                if ((st = copy_file(ctx, set->staged[i], copies[i])) != TRYGG_OK) {
                    free(dir);
                    goto done;
                }
            }
            free(dir);
            order[norder++] = i;
        }
    mf = fopen(manifest, "w");
    if (!mf) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s: %s", set->gpkg, manifest, strerror(errno));
        goto done;
    }
    for (size_t k = 0; k < norder; k++)
        fprintf(mf, "%s\t%s\n", copies[order[k]] ? copies[order[k]] : set->staged[order[k]], set->final[order[k]]);
    if (fflush(mf) != 0 || fsync(fileno(mf)) != 0 || fclose(mf) != 0) {
        mf = NULL;
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s: %s", set->gpkg, manifest, strerror(errno));
        unlink(manifest);
        goto done;
    }
    mf = NULL;
    sync_path(set->staging);
    committed = true;
    /* From here the set is committed: a failure is finished by the next run (roll_forward). */
    for (size_t k = 0; k < norder; k++) {
        size_t i = order[k];
        const char *from = copies[i] ? copies[i] : set->staged[i];
        if (rename(from, set->final[i]) != 0 && st == TRYGG_OK)
            st = trygg__fail(ctx, TRYGG_E_WRITE,
                             "moving %s into place failed: %s (the next run on %s finishes the move)", set->final[i],
                             strerror(errno), set->gpkg);
        else {
            free(copies[i]);
            copies[i] = NULL;
        }
    }
    sync_path(set->dir);
    if (st != TRYGG_OK) {
        /* keep the staging folder with its manifest for the next run */
        free(set->staging);
        set->staging = NULL;
    }
done:
    if (mf)
        fclose(mf);
    for (size_t i = 0; i < set->n; i++) {
        if (copies[i]) {
            if (!committed)
                unlink(copies[i]);
            free(copies[i]);
        }
    }
    free(copies);
    free(order);
    free(manifest);
    trygg_output_set_abort(set);
    return st;
}
