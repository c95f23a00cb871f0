#pragma once

#include "message.h"
#include "messagedirection.h"
#include "series.h"

#include <QList>
#include <QString>

#include <vector>

// What the ingest worker hands the GUI thread: the messages with everything expensive already
// worked out (interned topic ids, numeric points from JSON payloads, effective timestamps).
struct IngestBatch
{
    struct NewTopic
    {
        quint32 id;
        QString name;
    };
    struct NewSeries
    {
        quint32 id;
        quint32 topicId;
        QString path;
    };
    struct Point
    {
        quint32 seriesId;
        double time; // ms since the epoch
        double value;
    };
    // A stretch of groupedPoints that belongs to one series.
    struct Run
    {
        quint32 seriesId;
        quint32 begin;
        quint32 end;
    };

    MessageDirection direction = MessageDirection::Received;
    // Sent messages that also go to the topic tree and per-topic history (received ones always do).
    bool intoTree = false;
    // The messages as they were ingested, list by list: no per-message copies (each costs
    // atomic reference counting on memory another thread wrote). Released by the preparing
    // thread once they are in the history and the log (IngestPipeline::storeMessages): what
    // the GUI thread needs of them is in the vectors below, and messages waiting for a GUI
    // tick would otherwise hold their payloads twice.
    std::vector<QList<Mqtt::Message>> lists;
    qsizetype count = 0;
    std::vector<quint32> topicIds;   // one per message
    std::vector<qint64> timestamps;  // one per message: the message's, or when it was ingested
    // Points as extracted, in arrival order; IngestWorker::finish() regroups them by series
    // (runs over groupedPoints, arrival order kept within each) so each series' points are
    // appended in one go instead of hopping between thousands of series. The preparing
    // thread appends them to the series store (IngestPipeline::storePoints) and frees them
    // before the batch goes to the GUI thread.
    std::vector<Point> points;
    std::vector<SeriesPoint> groupedPoints;
    std::vector<Run> runs;
    // Filled by the preparing thread as it appends the messages to the history and the log
    // (IngestPipeline::storeMessages): each payload's size, for the topic tree, and the log
    // sequence of the first message (the batch's messages are consecutive in the log).
    std::vector<quint32> payloadSizes;
    // Each message's QoS (bits 0-1) and retain flag (RetainFlag).
    std::vector<quint8> messageFlags;
    static constexpr quint8 QosMask = 0x03;
    static constexpr quint8 RetainFlag = 0x04;
    // Each message's sequence number in its topic's history (MessageLogStore::NoHistory if none).
    std::vector<quint32> historySequences;
    quint64 logBegin = 0;
    // Must be applied before the messages (they refer to them).
    std::vector<NewTopic> newTopics;
    std::vector<NewSeries> newSeries;
    // Messages already applied (the GUI may apply a batch across several ticks).
    qsizetype applied = 0;
    bool announced = false; // newTopics/newSeries applied on the GUI thread

    qsizetype size() const { return count; }
    // Drops the messages not applied yet (new topics and series stay to be announced).
    void discardMessages()
    {
        lists.clear();
        payloadSizes.clear();
        messageFlags.clear();
        historySequences.clear();
        count = applied = 0;
    }
};
