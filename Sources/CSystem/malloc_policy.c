/* RTLD_DEFAULT: older glibc headers define it only for GNU sources. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <malloc.h>
#include <stddef.h>
#include "CSystem.h"

typedef int (*mallctl_function)(const char *, void *, size_t *, void *, size_t);

/* jemalloc's control entry when the process runs on it (the command links it), else NULL. */
static mallctl_function jemalloc_mallctl(void) {
    return (mallctl_function)dlsym(RTLD_DEFAULT, "mallctl");
}

void thidua_release_free_memory(void) {
    mallctl_function mallctl = jemalloc_mallctl();
    if (mallctl != NULL) {
        /* 4096 is MALLCTL_ARENAS_ALL: every arena's unused dirty pages. */
        mallctl("arena.4096.purge", NULL, NULL, NULL, 0);
        return;
    }
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
