#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (`-sanitize=fuzzer` links it): parses the command line and runs `callback` on each input.
/// The fuzz targets call it from their own `main`, since SwiftPM gives every executable a `main` of its own.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
