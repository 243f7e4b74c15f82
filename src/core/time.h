/*
 * Time stamps (src/core/time.c): parsing to seconds since the epoch (UTC) and the local hour and
 * weekday under a fixed UTC offset plus the EU summer-time rule ([time] in the configuration).
 * Pure calendar arithmetic, shared by the readers of incident times (src/io) and the periods
 * and hours of the week (src/score/periods.c). The public names keep their `trygg_io_` prefix
 * from when they lived in src/io.
 */
#ifndef TRYGG_CORE_TIME_H
#define TRYGG_CORE_TIME_H

#include <stdbool.h>
#include <stdint.h>

/* Parse a time stamp into seconds since the epoch, UTC. Accepts ISO 8601 with 'T' or ' ',
 * optional seconds, fractions and offset (Z, +01, +01:00, +0100), a bare date, and
 * "YYYY/MM/DD HH:MM[:SS]". Values without an offset are local time: `utc_offset_h` plus one
 * hour in EU summer time when `eu_summer_time`. False when it is not a valid time. */
bool trygg_io_parse_time(const char *s, double utc_offset_h, bool eu_summer_time, int64_t *out);

/* Local hour of day (0-23) and day of week (0 = Monday) of a UTC time under the same rule. */
void trygg_io_local_time(int64_t t_utc, double utc_offset_h, bool eu_summer_time, int *hour, int *weekday);

/* Whether y-mo-d h:mi:s is a date and time of the calendar (shared with src/io/read.c). */
bool trygg__civil_valid(int64_t y, int mo, int d, int h, int mi, int s);
/* UTC of a local wall-clock time given as seconds since the epoch "as if UTC". */
int64_t trygg__local_to_utc(int64_t wall, double utc_offset_h, bool eu_summer_time);

#endif
