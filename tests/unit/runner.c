/* Runs all CUnit suites, or those named on the command line; exits with the failure count. */
#include <CUnit/Basic.h>
#include <cpl_conv.h>
#include <gdal.h>
#include <stdio.h>
#include <string.h>

#include "suites.h"

int main(int argc, char **argv)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    GDALAllRegister();
    /* Reproducible GeoPackages in tests. */
    CPLSetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z");
    size_t nsuites = sizeof trygg_suites / sizeof trygg_suites[0];
    for (size_t i = 0; i < nsuites; i++) {
        bool wanted = argc < 2;
        for (int a = 1; a < argc; a++)
            if (strcmp(argv[a], trygg_suites[i].name) == 0)
                wanted = true;
        if (wanted)
            trygg_suites[i].register_fn();
    }
    for (int a = 1; a < argc; a++) {
        bool known = false;
        for (size_t i = 0; i < nsuites; i++)
            known = known || strcmp(argv[a], trygg_suites[i].name) == 0;
        if (!known) {
            fprintf(stderr, "no test suite named '%s'\n", argv[a]);
            CU_cleanup_registry();
            return 2;
        }
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    GDALDestroyDriverManager();
    return failures > 255 ? 255 : (int)failures;
}
