/*
 * The Knox tables of near repeat for the summary (src/report/knox_tables.c). Library-internal.
 */
#ifndef TRYGG_REPORT_KNOX_TABLES_H
#define TRYGG_REPORT_KNOX_TABLES_H

#include "report/report_model.h"

/* One table per category of the model's near_repeat rows (none without the layer), at most one
 * per category: rows the distance bands, columns the time bands, cells "observed / expected
 * ratio" with a star where p <= 0.05 and the ratio is above 1, in the run's language. */
void trygg__report_knox_tables(trygg__report_model *m);

#endif
