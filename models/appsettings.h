#pragma once

#include <QCoreApplication>
#include <QString>

class IngestPipeline;

// The user's preferences, apart from the dialog that edits them (kept in QSettings, group
// "preferences"). A plain value: load(), change, save(); apply() hands the limits to a live
// pipeline. The language takes effect at the next start.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    enum class TimeFormat { Local, LocalWithDate, Iso8601 };

    QString language;                 // "" = the system's, "en", "zh_CN"
    int historyDepth = 1000;          // messages kept per topic
    int logSize = 1000000;            // messages in the message log
    int payloadBytes = 1024 * 1024;   // bytes of each payload kept in history and log
    int seriesPoints = 1000000;       // points per numeric series
    TimeFormat timeFormat = TimeFormat::Local;

    static AppSettings load();
    void save() const;
    void apply(IngestPipeline *pipeline) const;

    // What the limits imply at most, in bytes, for `topics` topics and `series` series: a
    // worst case for the preferences dialog (payloads at their limit are rare).
    qint64 typicalMemory(int topics, int series, int typicalPayload = 64) const;
    qint64 worstCaseMemory(int topics, int series) const;
    // "12.3 MiB", "1.2 GiB".
    static QString formatBytes(qint64 bytes);
    // A time stamp (ms since the epoch) as the preference says.
    QString formatTime(qint64 msecsSinceEpoch) const;

    static constexpr int MinHistoryDepth = 1;
    static constexpr int MaxHistoryDepth = 100000;
    static constexpr int MinLogSize = 1000;
    static constexpr int MaxLogSize = 10000000;
    static constexpr int MinPayloadBytes = 1024;
    static constexpr int MaxPayloadBytes = 256 * 1024 * 1024;
    static constexpr int MinSeriesPoints = 1000;
    static constexpr int MaxSeriesPoints = 10000000;
};
