// Zstandard from the system (Debian: libzstd-dev). Only the Zstandard module includes it.
#include <zstd.h>
