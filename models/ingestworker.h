#pragma once

#include "ingestbatch.h"
#include "seriesextractor.h"
#include "topicregistry.h"

// The expensive, GUI-independent half of ingest: interns topics, resolves timestamps and
// extracts series points. IngestPipeline runs it on its worker thread (or, unthreaded, in
// slices on the GUI thread). Owns its own topic registry; new ids travel in the batches.
class IngestWorker
{
public:
    void setExtractSeries(bool on) { m_extractSeries = on; }
    bool extractSeries() const { return m_extractSeries; }
    void setTimeFieldRules(const TimeFieldRules &rules) { m_extractor.setTimeFieldRules(rules); }
    void setMaxSeries(quint32 count) { m_extractor.setMaxSeries(count); }

    // Appends `messages` to `batch` (same direction). receivedAt stands in for messages
    // without a timestamp.
    void prepare(const QList<Mqtt::Message> &messages, qint64 receivedAt, IngestBatch &batch);
    // Completes a batch once nothing more is added to it (groups its points by series).
    void finish(IngestBatch &batch);

    quint64 ignoredLeaves() const { return m_extractor.ignoredLeaves(); }
    // The topics interned so far (the preparing thread only).
    const TopicRegistry &topics() const { return m_topics; }

private:
    TopicRegistry m_topics;
    SeriesExtractor m_extractor;
    bool m_extractSeries = true;
    // Per series id, for grouping: the run it has in the batch being finished, if m_stamp
    // matches. Sized to the number of series; only touched entries are read.
    std::vector<quint32> m_runOf;
    std::vector<quint32> m_runStamp;
    quint32 m_stamp = 0;
};
