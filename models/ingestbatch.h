#pragma once

#include "message.h"
#include "messagedirection.h"

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

    MessageDirection direction = MessageDirection::Received;
    // The messages as they were ingested, list by list: no per-message copies (each costs
    // atomic reference counting on memory another thread wrote).
    std::vector<QList<Mqtt::Message>> lists;
    qsizetype count = 0;
    std::vector<quint32> topicIds;   // one per message
    std::vector<qint64> timestamps;  // one per message: the message's, or when it was ingested
    std::vector<quint32> pointEnds;  // one per message when points were extracted: end index into points
    std::vector<Point> points;
    // Must be applied before the messages (they refer to them).
    std::vector<NewTopic> newTopics;
    std::vector<NewSeries> newSeries;
    // Messages already applied (the GUI may apply a batch across several ticks), and where
    // the next one is in `lists`.
    qsizetype applied = 0;
    size_t cursorList = 0;
    qsizetype cursorOffset = 0;
    bool announced = false; // newTopics/newSeries applied

    qsizetype size() const { return count; }
    // Drops the messages not applied yet (new topics and series stay to be announced).
    void discardMessages()
    {
        lists.clear();
        count = applied = cursorOffset = 0;
        cursorList = 0;
    }
};
