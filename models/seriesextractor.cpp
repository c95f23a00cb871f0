#include "seriesextractor.h"

#include "topic.h"

#include <QDateTime>

#include <cmath>

namespace {
// Seconds since the epoch stay below this until the year 5138; milliseconds pass it in 1973.
constexpr double MillisecondThreshold = 1e11;
} // namespace

class SeriesExtractor::Collector : public JsonExtractor::Visitor
{
public:
    Collector(SeriesExtractor &owner, TopicState &state, quint32 topicId, const std::string *timePath, IngestBatch &batch)
        : m_owner(owner), m_state(state), m_topicId(topicId), m_timePath(timePath), m_batch(batch)
    {
    }

    void numericLeaf(std::string_view path, double value) override
    {
        if (m_timePath && path == *m_timePath) {
            m_timeNumber = value;
            return;
        }
        if (!std::isfinite(value))
            return;
        const int position = m_leaves;
        if (++m_leaves > MaxLeavesPerPayload) {
            ++m_owner.m_ignored;
            return;
        }
        auto &last = m_state.lastLeaves;
        if (size_t(position) < last.size() && last[size_t(position)].first == path) {
            m_batch.points.push_back({last[size_t(position)].second, 0.0, value});
            return;
        }
        m_key.assign(path.data(), path.size());
        auto it = m_state.series.find(m_key);
        quint32 id;
        if (it != m_state.series.end()) {
            id = it->second;
        } else {
            if (m_owner.m_nextSeries >= m_owner.m_maxSeries) {
                ++m_owner.m_ignored;
                return;
            }
            id = m_owner.m_nextSeries++;
            m_state.series.emplace(m_key, id);
            m_batch.newSeries.push_back({id, m_topicId, QString::fromUtf8(path.data(), qsizetype(path.size()))});
        }
        if (size_t(position) < last.size())
            last[size_t(position)] = {m_key, id};
        else if (size_t(position) == last.size())
            last.emplace_back(m_key, id);
        m_batch.points.push_back({id, 0.0, value});
    }

    void stringLeaf(std::string_view path, std::string_view value) override
    {
        if (m_timePath && path == *m_timePath)
            m_timeString = std::string(value);
    }

    std::optional<double> m_timeNumber;
    std::optional<std::string> m_timeString;

private:
    SeriesExtractor &m_owner;
    TopicState &m_state;
    quint32 m_topicId;
    const std::string *m_timePath;
    IngestBatch &m_batch;
    std::string m_key;
    int m_leaves = 0;
};

SeriesExtractor::SeriesExtractor() = default;
SeriesExtractor::~SeriesExtractor() = default;

void SeriesExtractor::setTimeFieldRules(const TimeFieldRules &rules)
{
    m_rules = rules;
    m_rulePaths.clear();
    for (const TimeFieldRule &r : m_rules)
        m_rulePaths.push_back(r.path.toStdString());
    ++m_rulesVersion;
}

SeriesExtractor::TopicState &SeriesExtractor::stateFor(quint32 topicId, const QString &topic)
{
    if (topicId >= m_topics.size())
        m_topics.resize(size_t(topicId) + 1);
    TopicState &state = m_topics[topicId];
    if (state.rulesVersion != m_rulesVersion) {
        state.rulesVersion = m_rulesVersion;
        state.rule = -1;
        for (int i = 0; i < m_rules.size(); ++i) {
            if (!m_rules[i].path.isEmpty() && Mqtt::Topic::matches(m_rules[i].topicFilter, topic)) {
                state.rule = i;
                break;
            }
        }
    }
    return state;
}

int SeriesExtractor::extract(quint32 topicId, const QString &topic, const QByteArray &payload, qint64 receivedMs,
                             IngestBatch &batch)
{
    TopicState &state = stateFor(topicId, topic);
    const std::string *timePath = state.rule >= 0 ? &m_rulePaths[size_t(state.rule)] : nullptr;
    const size_t firstPoint = batch.points.size();

    Collector collector(*this, state, topicId, timePath, batch);
    m_json.setReportStrings(timePath != nullptr);
    if (!m_json.extract(payload, collector))
        return 0; // JsonExtractor reports nothing for bad input, so nothing was added

    double time = double(receivedMs);
    if (state.rule >= 0) {
        const TimeFieldRule::Unit unit = m_rules[state.rule].unit;
        std::optional<double> t;
        if (collector.m_timeNumber)
            t = timeFromNumber(*collector.m_timeNumber, unit);
        else if (collector.m_timeString)
            t = timeFromString(*collector.m_timeString, unit);
        if (t)
            time = *t;
    }
    for (size_t i = firstPoint; i < batch.points.size(); ++i)
        batch.points[i].time = time;
    return int(batch.points.size() - firstPoint);
}

std::optional<double> SeriesExtractor::timeFromNumber(double value, TimeFieldRule::Unit unit)
{
    if (!std::isfinite(value))
        return std::nullopt;
    switch (unit) {
    case TimeFieldRule::Unit::Seconds:
        return value * 1000.0;
    case TimeFieldRule::Unit::Milliseconds:
        return value;
    case TimeFieldRule::Unit::Auto:
    case TimeFieldRule::Unit::Iso8601:
        break;
    }
    return std::fabs(value) >= MillisecondThreshold ? value : value * 1000.0;
}

std::optional<double> SeriesExtractor::timeFromString(std::string_view text, TimeFieldRule::Unit unit)
{
    const QByteArray bytes = QByteArray(text.data(), qsizetype(text.size())).trimmed();
    if (unit != TimeFieldRule::Unit::Iso8601) {
        bool ok = false;
        const double number = bytes.toDouble(&ok);
        if (ok)
            return timeFromNumber(number, unit);
    }
    if (unit == TimeFieldRule::Unit::Seconds || unit == TimeFieldRule::Unit::Milliseconds)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(QString::fromUtf8(bytes), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return double(dt.toMSecsSinceEpoch());
}
