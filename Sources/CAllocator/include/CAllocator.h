#ifndef THIDUA_CALLOCATOR_H
#define THIDUA_CALLOCATOR_H
/* The allocator this process runs on, e.g. "jemalloc 5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c";
   calling it also keeps the link to jemalloc (a linker dropping unused libraries would drop it). */
const char *thidua_allocator_version(void);
#endif
