#pragma once

#include <QtGlobal>

// A time stamp (ms since the epoch) in six bytes, for entries kept by the million (the log's,
// the histories'): 48 bits cover 4,400 years either side of 1970; anything beyond is clamped.
// Two loose fields rather than a struct, so the entry can use the two bytes after them.
namespace PackedTime {
constexpr qint64 Max = (qint64(1) << 47) - 1;

inline void pack(qint64 ms, quint32 *low, qint16 *high)
{
    ms = qBound(-Max - 1, ms, Max);
    *low = quint32(quint64(ms) & 0xFFFFFFFFu);
    *high = qint16(ms >> 32);
}

inline qint64 unpack(quint32 low, qint16 high) { return qint64(high) * (qint64(1) << 32) + qint64(low); }
} // namespace PackedTime
