/*
 * Writing a file's pages to disk in the background (src/io/io.h, trygg__start_writeback): Linux's sync_file_range starts the write-out of the dirty pages
 * and returns; the fsync of the commit then has little left to wait for. Elsewhere it does
 * nothing, and the fsync does it all as before.
 */
#define _GNU_SOURCE

#include <fcntl.h>
#include <unistd.h>

#include "io/io.h"

void trygg__start_writeback(const char *path)
{
#if defined(__linux__)
    int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
    if (fd < 0)
        return;
    (void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    close(fd);
#else
    (void)path;
#endif
}
