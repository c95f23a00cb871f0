#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

// One difference between two payloads.
struct DiffEntry
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString where;    // JSON key path ("$.sensor.temp"), "line 12", "bytes 16–31"
    QString oldValue; // empty for Added
    QString newValue; // empty for Removed
};

// Differences between two messages of a topic, as the inspector's history shows them: JSON by
// key path (both must be JSON objects or arrays), text by line, anything else by byte ranges.
// Bounded work and output for any input size.
class PayloadDiff
{
    Q_DECLARE_TR_FUNCTIONS(PayloadDiff)
public:
    enum class Mode { Json, Text, Binary };
    static constexpr int MaxEntries = 1000;

    struct Result
    {
        Mode mode = Mode::Binary;
        QList<DiffEntry> entries;
        bool truncated = false; // more than MaxEntries differences
    };

    static Result diff(QByteArrayView older, QByteArrayView newer);
    static Result json(QByteArrayView older, QByteArrayView newer, bool *ok = nullptr);
    static Result text(QByteArrayView older, QByteArrayView newer);
    static Result binary(QByteArrayView older, QByteArrayView newer);
};
