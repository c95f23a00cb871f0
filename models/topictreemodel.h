#pragma once

#include "topicnode.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class HistoryStore;

namespace Mqtt {
class Message;
}

// The topic tree: one row per topic level, created as topics appear, with per-node
// statistics. Changes are applied in batches: record() updates the nodes and queues new
// rows and changed cells; commit() announces them with one beginInsertRows per parent and
// one dataChanged per parent. IngestPipeline drives it ~30 times a second.
//
// An empty retained message clears the topic's value as the broker does (MQTT 5 §3.3.1.3,
// 3.1.1 §3.3.1.3); the node then disappears unless it has subtopics, and empty parent
// levels go with it, as MQTT Explorer does. An empty payload on a topic that holds a
// retained value is taken as such a clear too: brokers forward the clearing PUBLISH to
// existing subscribers with RETAIN 0.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ValueColumn,
        MessagesColumn,        // on exactly this topic
        SubtreeMessagesColumn, // this topic and all below
        SubtopicsColumn,       // topics below holding a value
        QosColumn,
        RetainedColumn,
        LastMessageColumn,
        RateColumn,            // msg/s of the subtree over a recent window
        SizeColumn,            // size of the last payload
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TopicRole = Qt::UserRole + 1, // QString, full topic name
        TopicIdRole,                  // quint32, TopicNode::NoTopic for plain levels
        HasValueRole,                 // bool
        PayloadRole,                  // QByteArray, last payload
        MessageCountRole,             // qulonglong
        SubtreeMessageCountRole,      // qulonglong
        SubtopicCountRole,            // uint
        ChildCountRole,               // int, direct children
        QosRole,                      // int
        RetainedRole,                 // bool
        LastTimeRole,                 // qint64 ms since the epoch, 0 if none
        RateRole,                     // double msg/s
        SortRole,                     // per column, a value that sorts (numbers, not text)
        SizeRole,                     // qulonglong, the last payload's real size
        SubtreeBytesRole,             // qulonglong, payload bytes received on this topic and below
    };
    Q_ENUM(Role)

    // Time constant of the rate's exponential window.
    static constexpr double RateWindowMs = 2000.0;

    explicit TopicTreeModel(QObject *parent = nullptr);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row for a topic (or level) already shown; invalid if there is none.
    QModelIndex indexForTopic(const QString &topic) const;
    const TopicNode *nodeForIndex(const QModelIndex &index) const;
    // The invisible root (its children are the top-level rows), for walkers such as the
    // traffic breakdown that read counters without going through data().
    const TopicNode *rootNode() const { return m_root.get(); }
    // Number of nodes shown (root excluded).
    int nodeCount() const;

    // With a history, values are shown from each topic's newest history entry and the nodes
    // keep no payload of their own. The history must be appended to before record().
    void setHistory(const HistoryStore *history) { m_history = history; }

    // Batch interface (GUI thread). topicId identifies `topic` for fast repeated lookups.
    void record(quint32 topicId, const QString &topic, const Mqtt::Message &message, qint64 timestamp);
    // The same, with message.payload() already at hand.
    void record(quint32 topicId, const QString &topic, const Mqtt::Message &message, const QByteArray &payload,
                qint64 timestamp);
    // With a history (the payload is there): only the payload's size and its sequence number in
    // the topic's history, so the GUI thread never touches the payload itself, and the Value
    // column shows this message even when the pipeline's worker has stored newer ones since
    // (rows change only at a commit). Only with a history; the message itself may be gone.
    void recordStored(quint32 topicId, const QString &topic, quint8 qos, bool retain, qsizetype payloadSize,
                      quint32 historySequence, qint64 timestamp);
    void commit(qint64 nowMs);
    // Emits dataChanged for the rate column of nodes whose rate is still decaying.
    void refreshRates(qint64 nowMs);
    void clear();
    // Takes a topic (or level) and everything below it out of the view, as if it had never
    // been received; a later message brings the topic back. Parent levels left with neither
    // a value nor children go too. Outside record()..commit() only.
    void forget(const QModelIndex &index);

private:
    TopicNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const TopicNode *node, int column = 0) const;
    // Outside record()..commit() every node in the tree is visible; during a batch exactly
    // the nodes created in it are not.
    static bool isVisible(const TopicNode *node) { return !node->fresh && !node->removed; }
    TopicNode *ensurePath(const QString &topic);
    void markDirty(TopicNode *node);
    void clearValue(TopicNode *node, qint64 timestamp);
    void removeNode(TopicNode *node);
    static void reveal(TopicNode *node);
    double currentRate(const TopicNode *node, qint64 nowMs) const;
    // The node recorded (null when a retained clear left nothing to show).
    TopicNode *recordSized(quint32 topicId, const QString &topic, quint8 qos, bool retain, qsizetype payloadSize,
                           const QByteArray *payload, qint64 timestamp);
    QByteArrayView valueOf(const TopicNode *node) const;
    qsizetype sizeOf(const TopicNode *node) const;

    const HistoryStore *m_history = nullptr;
    std::unique_ptr<TopicNode> m_root;
    std::vector<TopicNode *> m_nodeByTopic;
    std::vector<TopicNode *> m_dirty;
    std::vector<TopicNode *> m_grown;
    std::vector<std::unique_ptr<TopicNode>> m_graveyard;
    int m_nodeCount = 0;
};
