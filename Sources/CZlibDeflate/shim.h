// zlib from the system (Debian: zlib1g-dev). Only the Deflate module includes it.
#include <zlib.h>
