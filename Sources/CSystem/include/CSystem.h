#ifndef THIDUA_CSYSTEM_H
#define THIDUA_CSYSTEM_H
/* Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE). Returns 0 or -1 with errno set. */
int thidua_exchange_paths(const char *a, const char *b);
#endif
