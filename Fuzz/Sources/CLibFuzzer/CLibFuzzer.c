// The declaration of LLVMFuzzerRunDriver is all this module provides; libFuzzer itself is linked by -sanitize=fuzzer.
#include "CLibFuzzer.h"
