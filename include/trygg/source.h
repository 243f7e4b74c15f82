/*
 * Sources and outputs as a user names them (src/io/read_common.c, src/io/pg_publish.c): an
 * input "SRC[:LAYER]" and an output that is a PostgreSQL connection string.
 */
#ifndef TRYGG_SOURCE_H
#define TRYGG_SOURCE_H

#include <stdbool.h>

/* Split "SRC[:LAYER]" into source and layer, leaving Windows drive letters and connection
 * strings ("PG:...") alone: the part after the last ':' is a layer only when what precedes it
 * exists as a file. Both results are newly allocated (layer may be NULL). */
void trygg_io_split_source(const char *spec, char **source, char **layer);

/* True when `path` is a PostgreSQL connection string ("PG:..."): an output in a database. */
bool trygg_io_is_pg(const char *path);

#endif
