#pragma once

#include "topichistory.h"

#include <QObject>

#include <memory>
#include <vector>

// The per-topic histories, indexed by topic id (see TopicRegistry). Only the GUI thread
// touches it; IngestPipeline appends and emits updated() once per applied batch.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDepth = 1000;
    static constexpr qsizetype DefaultMaxPayload = 1024 * 1024;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    int depth() const { return m_depth; }
    void setDepth(int depth);
    // Payloads longer than this are kept cut (HistoryMessage::isTruncated()).
    qsizetype maxPayloadSize() const { return m_maxPayload; }
    void setMaxPayloadSize(qsizetype bytes);

    // Returns the message's per-topic sequence number. `tag` goes to the evict hook.
    quint32 append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp, quint64 tag = 0)
    {
        return append(topicId, message, message.payload(), timestamp, tag);
    }
    // The same, with message.payload() already at hand.
    quint32 append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp, quint64 tag);
    // Called for every message the histories drop (not on clear()).
    void setEvictHook(TopicHistory::EvictHook hook) { m_onEvict = std::move(hook); }
    // nullptr when the topic has no history.
    const TopicHistory *history(quint32 topicId) const;
    void clear();

    qsizetype memoryUsage() const;

Q_SIGNALS:
    void updated();
    void cleared();

private:
    friend class IngestPipeline;
    void notifyUpdated() { Q_EMIT updated(); }

    std::vector<std::unique_ptr<TopicHistory>> m_histories;
    TopicHistory::EvictHook m_onEvict;
    int m_depth = DefaultDepth;
    qsizetype m_maxPayload = DefaultMaxPayload;
};
