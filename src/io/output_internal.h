/* Internals of the output set (src/io/output_*.c). */
#ifndef TRYGG_IO_OUTPUT_INTERNAL_H
#define TRYGG_IO_OUTPUT_INTERNAL_H

#include <stdbool.h>

#include "trygg/trygg.h"

/* The list of moves a commit writes into the staging folder before the first move. */
#define TRYGG__OUTPUT_MANIFEST "COMMIT"

/* output_lock.c: take the advisory lock at lock_path (created) for the output `what` (named in
 * messages); *lock_fd holds it. TRYGG_E_WRITE when another process holds it (naming it) or the
 * file cannot be made. trygg__output_unlock removes the file and lets go (lock_fd < 0: no-op). */
trygg_status trygg__output_lock(trygg_ctx *ctx, const char *lock_path, const char *what, int *lock_fd);
void trygg__output_unlock(const char *lock_path, int lock_fd);

/* output_cleanup.c: remove a folder and everything in it (symbolic links not followed); and
 * what killed runs on the output named `base` left in `dir` (its staging folders, finishing a
 * begun commit first, and temporary files; reports_dir: the temporary PDFs of a reports
 * folder). Called under the lock. */
void trygg__output_remove_tree(const char *path);
void trygg__output_remove_stale(const char *dir, const char *base, bool reports_dir);

#endif
