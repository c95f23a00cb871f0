#pragma once

#include "topichistory.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

// The per-topic histories, indexed by topic id (see TopicRegistry). IngestPipeline appends on
// the thread that prepares batches (its worker) and emits updated() on the GUI thread once per
// tick. Everything that reads or changes the histories holds lock(), a recursive mutex shared
// with the message log (MessageLogModel::lock()): history() hands out a pointer and
// TopicHistory hands out views of its chunks, both valid only while the lock is held. The
// writer takes it for a slice of a few hundred messages at a time. The models' commits (the
// log's, the history model's) hold it across their row signals, so the writer cannot drop a
// row between a begin and an end signal; no slot of those signals may wait for the writer.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDepth = 1000;
    static constexpr qsizetype DefaultMaxPayload = 1024 * 1024;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    using Lock = std::unique_lock<std::recursive_mutex>;
    [[nodiscard]] Lock lock() const
    {
        m_waiting.fetch_add(1, std::memory_order_relaxed);
        Lock locked(m_mutex);
        m_waiting.fetch_sub(1, std::memory_order_relaxed);
        return locked;
    }
    // Someone is blocked in lock(). The ingest worker, which holds the lock for slices of
    // messages, checks it between slices and lets the reader in before it locks again (a
    // std::mutex is not fair: without this the worker took it back before the GUI thread woke).
    bool lockWanted() const { return m_waiting.load(std::memory_order_relaxed) > 0; }

    int depth() const { return m_depth; }
    void setDepth(int depth);
    // Payloads longer than this are kept cut (HistoryMessage::isTruncated()).
    qsizetype maxPayloadSize() const { return m_maxPayload; }
    void setMaxPayloadSize(qsizetype bytes);

    // Returns the message's per-topic sequence number. `tag` goes to the evict hook. Under lock().
    quint32 append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp, quint32 tag = 0)
    {
        return append(topicId, message, message.payload(), timestamp, tag);
    }
    // The same, with message.payload() already at hand.
    quint32 append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp, quint32 tag);
    // Called for every message the histories drop (not on clear()).
    void setEvictHook(TopicHistory::EvictHook hook) { m_onEvict = std::move(hook); }
    // nullptr when the topic has no history. Under lock(), and only while it is held.
    const TopicHistory *history(quint32 topicId) const;
    void clear();

    qsizetype memoryUsage() const;

Q_SIGNALS:
    void updated();
    void cleared();

private:
    friend class IngestPipeline;
    void notifyUpdated() { Q_EMIT updated(); }

    mutable std::recursive_mutex m_mutex;
    mutable std::atomic<int> m_waiting{0};
    std::vector<std::unique_ptr<TopicHistory>> m_histories;
    TopicHistory::EvictHook m_onEvict;
    int m_depth = DefaultDepth;
    qsizetype m_maxPayload = DefaultMaxPayload;
};
