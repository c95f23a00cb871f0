#pragma once

#include <QList>
#include <QString>

// Where a series takes its time from: by default the time the message arrived; a rule names
// a payload field instead for the topics matching its filter.
struct TimeFieldRule
{
    enum class Unit {
        Auto,         // numbers above 1e11 are milliseconds, others seconds; strings ISO-8601
        Seconds,      // since the epoch, fractions allowed
        Milliseconds, // since the epoch
        Iso8601,      // "2025-11-24T16:00:00.123Z"
    };

    QString topicFilter = QStringLiteral("#"); // MQTT filter syntax
    QString path;                              // JSON path, e.g. "timestamp" or "meta.ts"
    Unit unit = Unit::Auto;

    bool operator==(const TimeFieldRule &o) const
    {
        return topicFilter == o.topicFilter && path == o.path && unit == o.unit;
    }
};

using TimeFieldRules = QList<TimeFieldRule>;
