// zlib, which the Swift toolchain itself requires on Linux (zlib1g-dev), for reading and writing .gz files.
#include <zlib.h>
