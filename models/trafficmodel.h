#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <vector>

class TopicTreeModel;

// "What is flooding this broker?": subtrees of the topic tree ranked by messages per second
// over a recent window (10 s or 1 min), with bytes per second and their share of the traffic.
// Built from the tree's per-node counters, sampled once a second by sample(); nothing is done
// per message.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubtreeColumn, MessageRateColumn, ByteRateColumn, ShareColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TopicRole = Qt::UserRole + 1, // QString, the subtree's topic (level)
        MessageRateRole,              // double msg/s
        ByteRateRole,                 // double bytes/s
        ShareRole,                    // double 0..1 of all messages in the window
    };
    Q_ENUM(Role)

    static constexpr int MaxRows = 50;

    explicit TrafficModel(const TopicTreeModel *tree, QObject *parent = nullptr);

    // Seconds the rates are averaged over (10 or 60; up to 60).
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowMs / 1000; }
    // Subtrees down to this many levels are ranked (1 = top-level only, at most 4).
    void setDepth(int levels);
    int depth() const { return m_depth; }

    // Reads the tree's counters at nowMs and re-ranks (call about once a second).
    void sample(qint64 nowMs);
    // Total msg/s of the window.
    double totalMessageRate() const { return m_totalRate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Counters
    {
        quint64 messages = 0;
        quint64 bytes = 0;
    };
    struct Sample
    {
        qint64 time;
        QHash<QString, Counters> subtrees;
        Counters total;
    };
    struct Row
    {
        QString topic;
        double messageRate;
        double byteRate;
        double share;
    };

    void rank();

    const TopicTreeModel *m_tree;
    std::deque<Sample> m_samples;
    std::vector<Row> m_rows;
    qint64 m_windowMs = 10000;
    int m_depth = 2;
    double m_totalRate = 0;
};
