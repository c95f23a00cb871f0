// libFuzzer harness for the MQTT decoder: StreamDecoder (chunked and whole) and
// Codec::decode for both protocol versions, plus re-encoding of every decoded packet.
// Build with -DMQTTSCOPE_FUZZ=ON and clang; run with scripts/fuzz.sh.

#include "fuzzexercise.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString failure;
    if (!FuzzExercise::run(data, size, &failure)) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
