#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/fs.h>
#include "CSystem.h"

int thidua_exchange_paths(const char *a, const char *b) {
    /* The syscall directly: older glibc headers may lack the renameat2 wrapper. */
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
}
