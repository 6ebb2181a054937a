#include <malloc.h>
#include "CSystem.h"

void thidua_malloc_policy(int arenas) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
    mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
#endif
}

void thidua_release_free_memory(void) {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
