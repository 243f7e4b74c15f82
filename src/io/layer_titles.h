/*
 * What people call trygg's output layers: the title of each table in the run's language, used
 * for gpkg_contents.identifier and as the layer's name in the QGIS project. Table names stay
 * ASCII and the same in every language.
 */
#ifndef TRYGG_IO_LAYER_TITLES_H
#define TRYGG_IO_LAYER_TITLES_H

/* The title of output table `table` in the run's language; `table` itself for a table trygg
 * does not know. Borrowed: static text or `table`. */
const char *trygg__layer_title(const char *table);

#endif
