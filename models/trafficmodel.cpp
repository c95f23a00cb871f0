#include "trafficmodel.h"

#include "topicnode.h"
#include "topictreemodel.h"

#include <QLocale>

#include <algorithm>

namespace {
constexpr qint64 KeepMs = 61000;
// Counters are read this deep whatever the ranking depth, so changing it needs no new history.
constexpr int SampleDepth = 4;
// Bounds the once-a-second walk on huge trees.
constexpr int MaxSampledNodes = 20000;
} // namespace

TrafficModel::TrafficModel(const TopicTreeModel *tree, QObject *parent) : QAbstractTableModel(parent), m_tree(tree) {}

void TrafficModel::setWindowSeconds(int seconds)
{
    m_windowMs = qBound(1, seconds, 60) * 1000;
    rank();
}

void TrafficModel::setDepth(int levels)
{
    m_depth = qBound(1, levels, SampleDepth);
    rank();
}

void TrafficModel::sample(qint64 nowMs)
{
    Sample s;
    s.time = nowMs;
    // Levels 1..depth, iteratively (a topic may be thousands of levels deep; we stop early).
    struct Item
    {
        const TopicNode *node;
        int depth;
    };
    std::vector<Item> stack;
    const TopicNode *root = m_tree->rootNode();
    for (const auto &c : root->children) {
        if (!c->removed) {
            stack.push_back({c.get(), 1});
            s.total.messages += c->subtreeCount;
            s.total.bytes += c->subtreeBytes;
        }
    }
    while (!stack.empty() && s.subtrees.size() < MaxSampledNodes) {
        const Item item = stack.back();
        stack.pop_back();
        s.subtrees.insert(item.node->topic(), Counters{item.node->subtreeCount, item.node->subtreeBytes});
        if (item.depth >= SampleDepth)
            continue;
        for (const auto &c : item.node->children) {
            if (!c->removed)
                stack.push_back({c.get(), item.depth + 1});
        }
    }
    if (!m_samples.empty() && m_samples.back().time > nowMs)
        m_samples.clear(); // the clock went back
    if (!m_samples.empty() && m_samples.back().time == nowMs)
        m_samples.back() = std::move(s);
    else
        m_samples.push_back(std::move(s));
    while (m_samples.size() > 2 && nowMs - m_samples[1].time >= KeepMs)
        m_samples.pop_front();
    rank();
}

void TrafficModel::rank()
{
    beginResetModel();
    m_rows.clear();
    m_totalRate = 0;
    if (m_samples.size() >= 2) {
        const Sample &now = m_samples.back();
        // The oldest sample inside the window (or the oldest there is).
        const Sample *then = &m_samples.front();
        for (const Sample &s : m_samples) {
            if (now.time - s.time <= m_windowMs) {
                then = &s;
                break;
            }
        }
        if (then == &now)
            then = &m_samples[m_samples.size() - 2];
        const double seconds = qMax(0.001, double(now.time - then->time) / 1000.0);
        auto delta = [](quint64 a, quint64 b) { return a > b ? double(a - b) : 0.0; };
        m_totalRate = delta(now.total.messages, then->total.messages) / seconds;
        for (auto it = now.subtrees.cbegin(); it != now.subtrees.cend(); ++it) {
            if (it.key().count(QLatin1Char('/')) >= m_depth)
                continue;
            const Counters before = then->subtrees.value(it.key());
            const double rate = delta(it->messages, before.messages) / seconds;
            if (rate <= 0)
                continue;
            m_rows.push_back(Row{it.key(), rate, delta(it->bytes, before.bytes) / seconds,
                                 m_totalRate > 0 ? rate / m_totalRate : 0.0});
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.messageRate != b.messageRate ? a.messageRate > b.messageRate : a.topic < b.topic;
        });
        if (m_rows.size() > size_t(MaxRows))
            m_rows.resize(size_t(MaxRows));
    }
    endResetModel();
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubtreeColumn: return r.topic + QStringLiteral("/#");
        case MessageRateColumn: return QString::number(r.messageRate, 'f', r.messageRate < 10 ? 1 : 0);
        case ByteRateColumn:
            return tr("%1/s", "bytes per second").arg(QLocale().formattedDataSize(qint64(r.byteRate), 1, QLocale::DataSizeIecFormat));
        case ShareColumn: return QStringLiteral("%1 %").arg(r.share * 100, 0, 'f', 1);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SubtreeColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return tr("%1: %2 msg/s, %3 of all messages").arg(r.topic).arg(r.messageRate, 0, 'f', 1).arg(QStringLiteral("%1 %").arg(r.share * 100, 0, 'f', 1));
    case TopicRole: return r.topic;
    case MessageRateRole: return r.messageRate;
    case ByteRateRole: return r.byteRate;
    case ShareRole: return r.share;
    }
    return {};
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubtreeColumn: return tr("Subtree");
    case MessageRateColumn: return tr("msg/s");
    case ByteRateColumn: return tr("Bytes/s");
    case ShareColumn: return tr("Share");
    }
    return {};
}
