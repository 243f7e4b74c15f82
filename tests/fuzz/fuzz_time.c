/* libFuzzer target: the time-stamp parser on arbitrary text. A value it accepts must format
 * back to a valid local time. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    int64_t t;
    if (trygg_io_parse_time(s, 1.0, true, &t)) {
        int hour, weekday;
        trygg_io_local_time(t, 1.0, true, &hour, &weekday);
        if (hour < 0 || hour > 23 || weekday < 0 || weekday > 6)
            abort();
    }
    free(s);
    return 0;
}
