#include <stddef.h>
#include <jemalloc/jemalloc.h>
#include "CAllocator.h"

/* jemalloc reads this at its first allocation, before main. One arena per CPU, each thread
   allocating from the arena of the CPU it runs on (with its per-thread cache in front), so the
   arenas follow the machine's core count. Freed pages go back to the system after a second (dirty)
   and at once when they are only lazily freed (muzzy), which keeps the peak resident size at
   glibc's. MALLOC_CONF in the environment still overrides any of these. */
const char *malloc_conf = "percpu_arena:percpu,dirty_decay_ms:1000,muzzy_decay_ms:0";

const char *thidua_allocator_version(void) {
    const char *version = NULL;
    size_t size = sizeof(version);
    if (mallctl("version", &version, &size, NULL, 0) != 0 || version == NULL) {
        return "jemalloc";
    }
    return version;
}
