#include "ingestworker.h"

#include <algorithm>

void IngestWorker::prepare(const QList<Mqtt::Message> &messages, qint64 receivedAt, IngestBatch &batch)
{
    const bool extract = m_extractSeries && batch.direction == MessageDirection::Received;
    batch.topicIds.reserve(size_t(batch.count + messages.size()));
    batch.timestamps.reserve(size_t(batch.count + messages.size()));
    for (const Mqtt::Message &m : messages) {
        const QString &topic = m.topic();
        bool added = false;
        const quint32 id = m_topics.intern(topic, &added);
        if (added)
            batch.newTopics.push_back({id, topic});
        const qint64 timestamp = m.timestamp() ? m.timestamp() : receivedAt;
        batch.topicIds.push_back(id);
        batch.timestamps.push_back(timestamp);
        if (extract)
            m_extractor.extract(id, topic, m.payload(), timestamp, batch);
    }
    batch.lists.push_back(messages);
    batch.count += messages.size();
}

void IngestWorker::finish(IngestBatch &batch)
{
    if (batch.points.empty())
        return;
    // Counting sort by series, stable: count per run, then place.
    const size_t series = m_extractor.seriesCount();
    if (m_runOf.size() < series) {
        m_runOf.resize(series);
        m_runStamp.resize(series, 0);
    }
    if (++m_stamp == 0) { // wrapped: forget every stale stamp
        std::fill(m_runStamp.begin(), m_runStamp.end(), 0);
        m_stamp = 1;
    }
    batch.runs.clear();
    for (const IngestBatch::Point &p : batch.points) {
        if (m_runStamp[p.seriesId] != m_stamp) {
            m_runStamp[p.seriesId] = m_stamp;
            m_runOf[p.seriesId] = quint32(batch.runs.size());
            batch.runs.push_back({p.seriesId, 0, 0});
        }
        ++batch.runs[m_runOf[p.seriesId]].end; // a count for now
    }
    quint32 next = 0;
    for (IngestBatch::Run &r : batch.runs) {
        const quint32 count = r.end;
        r.begin = r.end = next;
        next += count;
    }
    batch.groupedPoints.resize(batch.points.size());
    for (const IngestBatch::Point &p : batch.points)
        batch.groupedPoints[batch.runs[m_runOf[p.seriesId]].end++] = SeriesPoint{p.time, p.value};
    std::vector<IngestBatch::Point>().swap(batch.points);
}
