/*
 * Who reads the area reports (src/report/audience.c). Library-internal.
 */
#ifndef TRYGG_REPORT_AUDIENCE_H
#define TRYGG_REPORT_AUDIENCE_H

#include "report/report_model.h"
#include "trygg/reports.h"

/* The model's audience, min_count and sensitive categories: the options', else the run's
 * config in run_info, else the defaults. TRYGG_E_CONFIG naming the value when the audience is
 * neither owner nor internal. */
trygg_status trygg__report_audience_read(trygg__report_model *m, const trygg_reports_options *o);

#endif
