/*
 * Names in the reports (src/report/report_names.c): an area report's file name and a period's
 * label. Pure.
 */
#ifndef TRYGG_REPORT_REPORT_NAMES_H
#define TRYGG_REPORT_REPORT_NAMES_H

#include <stddef.h>

/* A file name (without directory, with ".pdf") for an area's report: Swedish and other Latin
 * letters folded to ASCII (å ä -> a, ö -> o, é -> e, ß -> ss ...), every run of other
 * characters one '_', trimmed, at most 60 characters before the extension, "area" when nothing
 * is left; made unique against `taken` (case-insensitively) with "-2", "-3", ... Caller frees. */
char *trygg_reports_file_name(const char *name, const char *const *taken, size_t ntaken);

/* The label of a period "YYYY-MM-DD/YYYY-MM-DD" (last day included): "2023" for a calendar year,
 * "2023-03 to 2024-02" for whole months, else the text itself. into buf. */
void trygg_reports_period_label(const char *period, char *buf, size_t size);

#endif
