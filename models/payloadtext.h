#pragma once

#include <QByteArrayView>
#include <QString>

// Display helpers for payloads: one line, bounded length, binary shown as hex. Used by every
// model's data() so previews look the same everywhere.
namespace PayloadText {

// Whether the bytes read as text: valid UTF-8 without control characters other than
// whitespace. An incomplete UTF-8 sequence at the end is accepted when `cut` is true (the
// bytes are a prefix of a longer payload).
bool isText(QByteArrayView bytes, bool cut = false);

// A single-line preview of at most maxChars characters. `fullSize` is the payload's real
// size when `bytes` is only a stored prefix of it; anything cut off ends in "…".
QString preview(QByteArrayView bytes, int maxChars = 100, qsizetype fullSize = -1);

// "00 1f a0 …" style rendering of binary data.
QString hex(QByteArrayView bytes, int maxBytes, bool more = false);

} // namespace PayloadText
