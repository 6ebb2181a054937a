#include <stddef.h>
#include <jemalloc/jemalloc.h>
#include "CAllocator.h"

/* jemalloc reads this at its first allocation, before main. Two arenas: one per core of the
   machines thidua runs on, with per-thread caches in front. Freed pages go back to the system
   after a second (dirty) and at once when they are only lazily freed (muzzy), which keeps the peak
   resident size at glibc's. MALLOC_CONF in the environment still overrides any of these. */
const char *malloc_conf = "narenas:2,dirty_decay_ms:1000,muzzy_decay_ms:0";

const char *thidua_allocator_version(void) {
    const char *version = NULL;
    size_t size = sizeof(version);
    if (mallctl("version", &version, &size, NULL, 0) != 0 || version == NULL) {
        return "jemalloc";
    }
    return version;
}
