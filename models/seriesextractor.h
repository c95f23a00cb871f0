#pragma once

#include "ingestbatch.h"
#include "jsonextractor.h"
#include "timefieldrule.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Turns payloads into series points: every numeric leaf of a JSON payload, and a plain
// numeric payload, becomes a point of the series (topic, path). Series ids are assigned here
// (on the ingest worker) and announced through the batch. Malformed or non-JSON payloads
// yield nothing. Not thread-safe: owned by the ingest worker.
class SeriesExtractor
{
public:
    static constexpr quint32 DefaultMaxSeries = 100000;
    // Leaves of one payload past this are ignored: a huge array is data, not thousands of
    // signals anyone wants to chart one by one.
    static constexpr int MaxLeavesPerPayload = 1024;

    SeriesExtractor();
    ~SeriesExtractor();

    void setTimeFieldRules(const TimeFieldRules &rules);
    // New leaves past this many series are ignored (counted in ignoredLeaves()).
    void setMaxSeries(quint32 count) { m_maxSeries = count; }

    // Appends the payload's points, and series seen for the first time, to `batch`.
    // Returns the number of points added.
    int extract(quint32 topicId, const QString &topic, const QByteArray &payload, qint64 receivedMs, IngestBatch &batch);

    quint32 seriesCount() const { return m_nextSeries; }
    quint64 ignoredLeaves() const { return m_ignored; }

    // ms since the epoch for a time field value, or nothing when it does not read as a time.
    static std::optional<double> timeFromNumber(double value, TimeFieldRule::Unit unit);
    static std::optional<double> timeFromString(std::string_view text, TimeFieldRule::Unit unit);

private:
    struct TopicState
    {
        int rule = -1;          // index into m_rules, -1 none
        quint32 rulesVersion = 0;
        std::unordered_map<std::string, quint32> series;
        // The previous payload's leaves in order: payloads of one topic usually repeat
        // their shape, so the k-th leaf is looked up by one string compare, not a hash.
        std::vector<std::pair<std::string, quint32>> lastLeaves;
    };
    class Collector;

    TopicState &stateFor(quint32 topicId, const QString &topic);

    JsonExtractor m_json;
    TimeFieldRules m_rules;
    std::vector<std::string> m_rulePaths; // UTF-8 of m_rules[i].path
    quint32 m_rulesVersion = 1;
    std::vector<TopicState> m_topics;
    quint32 m_nextSeries = 0;
    quint32 m_maxSeries = DefaultMaxSeries;
    quint64 m_ignored = 0;
};
