#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

// One level of the topic tree. Plain data owned by TopicTreeModel; children are kept in
// arrival order and each caches its row so the model never searches for it.
struct TopicNode
{
    static constexpr quint32 NoTopic = 0xFFFFFFFFu;

    QString name;
    TopicNode *parent = nullptr;
    std::vector<std::unique_ptr<TopicNode>> children;
    // Name lookup once a level has many children (a plain scan is faster below that).
    std::unique_ptr<QHash<QString, TopicNode *>> childIndex;

    QByteArray lastPayload;     // a copy of the latest payload (only without a HistoryStore)
    qint64 lastTime = 0;        // ms since the epoch, this topic or (for levels) the subtree
    quint64 messageCount = 0;   // messages on exactly this topic
    quint64 subtreeCount = 0;   // this topic and every topic below it
    quint64 subtreeBytes = 0;   // payload bytes of those messages
    quint32 subtopicCount = 0;  // topics below this one that hold a value
    quint32 topicId = NoTopic;  // set once a message arrived on exactly this topic
    int row = 0;
    // Children [0, visibleCount) are what the model shows; later ones arrived in the batch
    // being applied and are announced with one beginInsertRows at commit.
    int visibleCount = 0;

    // Message rate over a recent window: an exponentially weighted rate, updated at commit
    // from the messages counted since the previous commit (tickCount).
    float rate = 0;
    qint64 rateStamp = 0;
    quint32 tickCount = 0;

    static constexpr quint32 NoSequence = 0xFFFFFFFFu;
    // The shown message: its payload's size, and its sequence number in the topic's history
    // (NoSequence: the history's newest).
    quint32 lastSize = 0;
    quint32 lastSequence = NoSequence;
    quint8 qos = 0;
    bool retained = false;
    bool hasValue = false;
    bool fresh = true;    // created since the last commit, not announced to views yet
    bool dirty = false;   // queued for dataChanged at the next commit
    bool removed = false; // taken out of the tree, waiting for the commit to be freed

    TopicNode() = default;
    TopicNode(const TopicNode &) = delete;
    TopicNode &operator=(const TopicNode &) = delete;
    // Frees the subtree without recursion: a topic may have tens of thousands of levels.
    ~TopicNode();

    TopicNode *child(QStringView childName) const;
    void addChild(std::unique_ptr<TopicNode> node);
    std::unique_ptr<TopicNode> takeChild(int row);
    // The full topic name ("a/b/c"); empty for the root.
    QString topic() const;
};
