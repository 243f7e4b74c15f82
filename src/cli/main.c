#include <stdio.h>
#include "trygg/trygg.h"
int main(void) { printf("trygg %s\n", TRYGG_VERSION); return 0; }
