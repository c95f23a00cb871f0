#pragma once

#include "messagedirection.h"
#include "messagelogstore.h"
#include "topichistory.h"

#include <QAbstractTableModel>

#include <atomic>
#include <mutex>

class HistoryStore;
class TopicRegistry;

namespace Mqtt {
class Message;
}

// Table over MessageLogStore: one row per message, oldest first. New rows are announced once
// per commit (one beginInsertRows), rows dropped by the bounds once per commit (one
// beginRemoveRows at the top); droppedCount() says how many fell out.
//
// Threads: the store is appended to by IngestPipeline's worker, which holds lock() (the
// history store's recursive mutex, so log and histories change together) for each slice it
// appends; everything else runs on the GUI thread and takes lock() for the time it reads the
// store. Rows are sequence numbers between a first and an end the GUI thread moves in commit(),
// so the store running ahead between commits changes nothing a view sees, and a row whose
// message the bounds dropped meanwhile reads as empty until the next commit removes it.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(quint64 droppedCount READ droppedCount NOTIFY droppedCountChanged)
public:
    enum Column { TimeColumn, DirectionColumn, TopicColumn, QosColumn, RetainColumn, SizeColumn, PayloadColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SequenceRole = Qt::UserRole + 1, // qulonglong, the log's sequence number
        TimestampRole,                   // qint64 ms since the epoch
        DirectionRole,                   // int (MessageDirection)
        TopicRole,                       // QString
        TopicIdRole,                     // uint
        QosRole,                         // int
        RetainRole,                      // bool
        SizeRole,                        // qulonglong, the payload's real size
        PayloadRole,                     // QByteArray: full payload while the topic's history has it, else the prefix
        PayloadCompleteRole,             // bool: whether PayloadRole is the whole payload
        HistorySequenceRole,             // uint, MessageLogStore::NoHistory for sent messages
    };
    Q_ENUM(Role)

    // registry and history must outlive the model.
    MessageLogModel(const TopicRegistry *registry, const HistoryStore *history, QObject *parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    using Lock = std::unique_lock<std::recursive_mutex>;
    // Held while reading store() or appending (see the class comment).
    [[nodiscard]] Lock lock() const;
    const MessageLogStore &store() const { return m_store; }
    void setMaxMessages(qsizetype count);
    void setMaxBytes(qsizetype bytes);
    void setPreviewBytes(int bytes);
    quint64 droppedCount() const;

    // Sequence number of row 0 (rows are consecutive sequence numbers).
    quint64 firstVisibleSequence() const { return m_visibleFirst; }
    quint64 sequenceAt(int row) const { return m_visibleFirst + quint64(row); }
    QString topicOf(quint64 sequence) const;
    QString topicName(quint32 topicId) const;
    // The full payload when the topic's history still holds it, else the stored prefix.
    QByteArray payloadOf(quint64 sequence, bool *complete = nullptr) const;
    // The message behind a log entry: topic, payload (see payloadOf()), QoS, retain, DUP,
    // time, and the MQTT 5 properties while the topic's history still holds the message.
    Mqtt::Message messageAt(quint64 sequence, bool *complete = nullptr) const;

    // Batch interface: append() on the writing thread under lock(), commit() on the GUI thread.
    void append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp, MessageDirection direction,
                quint32 historySequence);
    void append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp,
                MessageDirection direction, quint32 historySequence)
    {
        m_store.append(topicId, message, payload, timestamp, direction, historySequence);
        publish();
    }
    // Shows the rows appended so far (below the limit, if one was set).
    void commit();
    // Shows rows only below sequence `limit` from now on, and commits: the pipeline shows a
    // message once the GUI thread has applied it to the topic tree too.
    void commitUpTo(quint64 limit);
    void clear();
    // Connect HistoryStore::setEvictHook here so previews outlive the history (called under lock()).
    void historyEvicted(const TopicHistory::Evicted &e)
    {
        // The preview copied counts against maxBytes(); the next append trims to it.
        m_store.historyEvicted(e.tag, e.topicId, e.sequence, e.payload);
        publish();
    }

Q_SIGNALS:
    void droppedCountChanged(quint64 count);

private:
    // The store's bounds for commit(), which then needs no lock: a writer busy with a slice
    // (or taking a page fault in it) does not hold up the GUI thread's tick. Under lock().
    void publish()
    {
        m_publishedFirst.store(m_store.firstSequence(), std::memory_order_relaxed);
        m_publishedDropped.store(m_store.droppedCount(), std::memory_order_relaxed);
        m_publishedEnd.store(m_store.endSequence(), std::memory_order_release);
    }

    mutable std::recursive_mutex m_ownMutex;
    std::atomic<quint64> m_publishedFirst{0};
    std::atomic<quint64> m_publishedEnd{0};
    std::atomic<quint64> m_publishedDropped{0}; // lock() without a history store
    MessageLogStore m_store;
    const TopicRegistry *m_registry;
    const HistoryStore *m_history;
    // Rows shown: sequences [m_visibleFirst, m_visibleEnd). The store runs ahead during a
    // batch and commit() catches the view up.
    quint64 m_visibleFirst = 0;
    quint64 m_visibleEnd = 0;
    quint64 m_reportedDropped = 0;
    quint64 m_limit = ~quint64(0);
};
