#ifndef THIDUA_CSYSTEM_H
#define THIDUA_CSYSTEM_H
/* Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE). Returns 0 or -1 with errno set. */
int thidua_exchange_paths(const char *a, const char *b);
/* Returns free pages inside every arena to the system: jemalloc's purge when the process runs on
   jemalloc, else glibc's malloc_trim(0). */
void thidua_release_free_memory(void);
#endif
