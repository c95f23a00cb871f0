#pragma once

// The checks the libFuzzer harness runs on one input, shared with tst_fuzzcorpus so every
// corpus file is also replayed by an ordinary test.

#include <QString>

#include <cstddef>

namespace FuzzExercise {

// Input layout: byte 0 selects how to decode, the rest is a byte stream from a "server".
//   bit 0     MQTT 5.0 (set) or 3.1.1
//   bits 1-3  chunk size for feeding the StreamDecoder: 1, 2, 3, 5, 8, 64, 512, everything
//   bit 4     a small maximum packet size (64 bytes) to exercise PacketTooLarge
//   bit 5     also read the bytes as a recipe for a packet (fields, strings, properties) and
//             encode it for both versions: whatever the encoder accepts must decode to the same
//             packet (less what MQTT 3.1.1 cannot carry)
// Runs the StreamDecoder over the stream (chunked and all at once) and Codec::decode on the
// stream as one packet for both versions. Every decoded packet must re-encode and decode again
// to an equal packet. Returns false and describes the broken invariant in *failure.
bool run(const unsigned char *data, std::size_t size, QString *failure);

// The control byte for an input (the inverse of the layout above).
unsigned char controlByte(bool v5, int chunkSelector = 7, bool smallMaximum = false, bool encoderRecipe = false);

} // namespace FuzzExercise
