/*
 * Runs split by part ([partition] source and field: municipalities, police areas). Each part is
 * its own job: `trygg run CONFIG --part NAME -o PART.gpkg` reads the inputs within the part and a
 * halo of [partition] halo_m around it (GDAL spatial filters: memory bounded by the part), so
 * statistics at the edge see their neighbours, and keeps in its output only what lies in the
 * part; `trygg merge OUT.gpkg PART.gpkg...` joins the parts into one output with a `partition`
 * field. The parts run side by side with existing schedulers (GNU parallel, Slurm job arrays):
 * README "Many municipalities".
 */
#ifndef TRYGG_PARTITION_H
#define TRYGG_PARTITION_H

#include <stddef.h>

#include "trygg/config.h"
#include "trygg/trygg.h"

/* The part NAME of cfg's [partition] source: its polygon (*part) and the polygon with its halo
 * (*clip), ISO WKB in the working CRS (caller frees both). TRYGG_E_CONFIG naming the known parts
 * when there is no such part; TRYGG_E_USAGE without [partition] source. */
trygg_status trygg_partition_select(trygg_ctx *ctx, const trygg_config *cfg, const char *name, unsigned char **part,
                                    size_t *part_size, unsigned char **clip, size_t *clip_size);

/* The names of the parts, in the source's order, one per line (caller frees). */
trygg_status trygg_partition_names(trygg_ctx *ctx, const trygg_config *cfg, char **names);

/* Remove from the GeoPackage every feature whose representative point (the point itself, else
 * GEOS's point on surface) is not covered by the part (ISO WKB), and the hotspot profiles of
 * hotspots removed; *removed counts the features. One transaction. */
trygg_status trygg_io_gpkg_keep_part(trygg_ctx *ctx, const char *gpkg_path, const unsigned char *part_wkb,
                                     size_t part_size, size_t *removed);

/* Join part outputs (each written by `trygg run --part`, named in its run_info `partition`) into
 * out_path: every table of the parts, in the first part's order, with a `partition` field after
 * the part's own fields (features of each part in the order given), the first part's styles,
 * and a QGIS project over the result; beside it OUT_lagesbild.pdf, the overview of all parts. Written aside and moved into place when complete; an
 * input is never overwritten. TRYGG_E_USAGE when a file is not a part output or two parts share
 * a name; TRYGG_E_SCHEMA when a table's geometry type or CRS differs between parts. */
trygg_status trygg_merge_parts(trygg_ctx *ctx, const char *out_path, const char *const *parts, size_t nparts);

#endif
