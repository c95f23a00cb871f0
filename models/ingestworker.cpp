#include "ingestworker.h"

void IngestWorker::prepare(const QList<Mqtt::Message> &messages, qint64 receivedAt, IngestBatch &batch)
{
    const bool extract = m_extractSeries && batch.direction == MessageDirection::Received;
    // Keep pointEnds parallel to messages once any message of the batch had extraction.
    if (extract && batch.pointEnds.size() < size_t(batch.count))
        batch.pointEnds.resize(size_t(batch.count), quint32(batch.points.size()));
    batch.topicIds.reserve(size_t(batch.count + messages.size()));
    batch.timestamps.reserve(size_t(batch.count + messages.size()));
    for (const Mqtt::Message &m : messages) {
        const QString topic = m.topic();
        bool added = false;
        const quint32 id = m_topics.intern(topic, &added);
        if (added)
            batch.newTopics.push_back({id, topic});
        const qint64 timestamp = m.timestamp() ? m.timestamp() : receivedAt;
        batch.topicIds.push_back(id);
        batch.timestamps.push_back(timestamp);
        if (extract)
            m_extractor.extract(id, topic, m.payload(), timestamp, batch);
        if (extract || !batch.pointEnds.empty())
            batch.pointEnds.push_back(quint32(batch.points.size()));
    }
    batch.lists.push_back(messages);
    batch.count += messages.size();
}
