#ifndef C_FILE_SYSTEM_TYPE_H
#define C_FILE_SYSTEM_TYPE_H

#include <stdint.h>

/// The magic number of the file system holding `path` (statfs(2)'s f_type, as in
/// <linux/magic.h>), or 0 when it cannot be told. Glibc's Swift module does not carry statfs.
int64_t evidence_pack_file_system_type(const char *path);

#endif
