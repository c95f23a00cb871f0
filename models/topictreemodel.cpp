#include "topictreemodel.h"

#include "historystore.h"
#include "message.h"
#include "payloadtext.h"

#include <QDateTime>

#include <cmath>
#include <unordered_map>

namespace {
constexpr int PreviewChars = 120;

// Every role but TopicRole, which never changes for a row. Named explicitly because a
// QSortFilterProxyModel with recursive filtering re-checks all ancestors of a row for a
// dataChanged() without roles (or with its filter role): a 30,000-level topic would then cost
// 30,000² steps per commit. TopicFilterModel filters on TopicRole.
const QList<int> &changedRoles()
{
    static const QList<int> roles = {Qt::DisplayRole,
                                     Qt::ToolTipRole,
                                     TopicTreeModel::TopicIdRole,
                                     TopicTreeModel::HasValueRole,
                                     TopicTreeModel::PayloadRole,
                                     TopicTreeModel::MessageCountRole,
                                     TopicTreeModel::SubtreeMessageCountRole,
                                     TopicTreeModel::SubtopicCountRole,
                                     TopicTreeModel::ChildCountRole,
                                     TopicTreeModel::QosRole,
                                     TopicTreeModel::RetainedRole,
                                     TopicTreeModel::LastTimeRole,
                                     TopicTreeModel::RateRole,
                                     TopicTreeModel::SortRole,
                                     TopicTreeModel::SizeRole,
                                     TopicTreeModel::SubtreeBytesRole};
    return roles;
}
// Rates below this show as idle and are no longer repainted.
constexpr double IdleRate = 0.05;
} // namespace

TopicTreeModel::TopicTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<TopicNode>())
{
    m_root->fresh = false;
}

TopicTreeModel::~TopicTreeModel() = default;

TopicNode *TopicTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<TopicNode *>(index.internalPointer()) : m_root.get();
}

const TopicNode *TopicTreeModel::nodeForIndex(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index) : nullptr;
}

QModelIndex TopicTreeModel::indexFor(const TopicNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<TopicNode *>(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const TopicNode *p = nodeFor(parent);
    if (row >= p->visibleCount)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return indexFor(nodeFor(index)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->visibleCount;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

double TopicTreeModel::currentRate(const TopicNode *node, qint64 nowMs) const
{
    if (node->rate <= 0)
        return 0;
    const double age = double(qMax<qint64>(0, nowMs - node->rateStamp));
    return node->rate * std::exp(-age / RateWindowMs);
}

QByteArrayView TopicTreeModel::valueOf(const TopicNode *node) const
{
    if (!node->hasValue)
        return {};
    if (!m_history)
        return node->lastPayload;
    const TopicHistory *h = m_history->history(node->topicId);
    if (!h)
        return {};
    // The message the tree last recorded, not whatever the worker stored since. Empty when
    // the history no longer keeps it (the worker ran a whole history ahead) until the next commit.
    return node->lastSequence == TopicNode::NoSequence ? h->lastPayload() : h->payloadOfSequence(node->lastSequence);
}

qsizetype TopicTreeModel::sizeOf(const TopicNode *node) const
{
    if (!node->hasValue)
        return 0;
    return node->lastSize;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // valueOf() and sizeOf() read the history, which the pipeline's worker appends to.
    const HistoryStore::Lock locked = m_history ? m_history->lock() : HistoryStore::Lock();
    const TopicNode *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n->name.isEmpty() ? tr("(empty)", "an empty topic level, as in a//b") : n->name;
        case ValueColumn:
            return n->hasValue ? PayloadText::preview(valueOf(n), PreviewChars) : QString();
        case MessagesColumn:
            return n->messageCount ? QVariant(qulonglong(n->messageCount)) : QVariant(QString());
        case SubtreeMessagesColumn:
            return qulonglong(n->subtreeCount);
        case SubtopicsColumn:
            return n->subtopicCount ? QVariant(uint(n->subtopicCount)) : QVariant(QString());
        case QosColumn:
            return n->hasValue ? QVariant(int(n->qos)) : QVariant(QString());
        case RetainedColumn:
            return n->retained ? tr("retained") : QString();
        case LastMessageColumn:
            return n->lastTime ? QDateTime::fromMSecsSinceEpoch(n->lastTime).toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
        case RateColumn: {
            const double rate = currentRate(n, QDateTime::currentMSecsSinceEpoch());
            return rate >= IdleRate ? QString::number(rate, 'f', rate < 10 ? 1 : 0) : QString();
        }
        case SizeColumn:
            return n->hasValue ? QVariant(qulonglong(sizeOf(n))) : QVariant(QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return n->topic();
        if (index.column() == ValueColumn && n->hasValue)
            return PayloadText::preview(valueOf(n), 1000);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= MessagesColumn && index.column() != RetainedColumn && index.column() != LastMessageColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TopicRole:
        return n->topic();
    case TopicIdRole:
        return uint(n->topicId);
    case HasValueRole:
        return n->hasValue;
    case PayloadRole:
        return valueOf(n).toByteArray();
    case MessageCountRole:
        return qulonglong(n->messageCount);
    case SubtreeMessageCountRole:
        return qulonglong(n->subtreeCount);
    case SubtopicCountRole:
        return uint(n->subtopicCount);
    case ChildCountRole:
        return n->visibleCount;
    case QosRole:
        return int(n->qos);
    case RetainedRole:
        return n->retained;
    case LastTimeRole:
        return n->lastTime;
    case RateRole:
        return currentRate(n, QDateTime::currentMSecsSinceEpoch());
    case SizeRole:
        return qulonglong(sizeOf(n));
    case SubtreeBytesRole:
        return qulonglong(n->subtreeBytes);
    case SortRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case ValueColumn: return n->hasValue ? PayloadText::preview(valueOf(n), PreviewChars) : QString();
        case MessagesColumn: return qulonglong(n->messageCount);
        case SubtreeMessagesColumn: return qulonglong(n->subtreeCount);
        case SubtopicsColumn: return uint(n->subtopicCount);
        case QosColumn: return n->hasValue ? int(n->qos) : -1;
        case RetainedColumn: return n->retained;
        case LastMessageColumn: return n->lastTime;
        case RateColumn: return currentRate(n, QDateTime::currentMSecsSinceEpoch());
        case SizeColumn: return n->hasValue ? qlonglong(sizeOf(n)) : qlonglong(-1);
        }
        return {};
    }
    return {};
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Topic");
    case ValueColumn: return tr("Value");
    case MessagesColumn: return tr("Messages");
    case SubtreeMessagesColumn: return tr("Total", "messages on a topic and all its subtopics");
    case SubtopicsColumn: return tr("Subtopics");
    case QosColumn: return tr("QoS");
    case RetainedColumn: return tr("Retained");
    case LastMessageColumn: return tr("Last message");
    case RateColumn: return tr("Rate (msg/s)");
    case SizeColumn: return tr("Size", "of the last payload, in bytes");
    }
    return {};
}

QHash<int, QByteArray> TopicTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TopicRole, "topic");
    names.insert(TopicIdRole, "topicId");
    names.insert(HasValueRole, "hasValue");
    names.insert(PayloadRole, "payload");
    names.insert(MessageCountRole, "messageCount");
    names.insert(SubtreeMessageCountRole, "subtreeMessageCount");
    names.insert(SubtopicCountRole, "subtopicCount");
    names.insert(ChildCountRole, "childCount");
    names.insert(QosRole, "qos");
    names.insert(RetainedRole, "retained");
    names.insert(LastTimeRole, "lastTime");
    names.insert(RateRole, "rate");
    names.insert(SortRole, "sortValue");
    names.insert(SizeRole, "size");
    names.insert(SubtreeBytesRole, "subtreeBytes");
    return names;
}

QModelIndex TopicTreeModel::indexForTopic(const QString &topic) const
{
    const TopicNode *node = m_root.get();
    for (QStringView level : QStringView(topic).tokenize(QLatin1Char('/'))) {
        node = node->child(level);
        if (!node || node->row >= node->parent->visibleCount)
            return {};
    }
    return indexFor(node);
}

int TopicTreeModel::nodeCount() const
{
    return m_nodeCount;
}

TopicNode *TopicTreeModel::ensurePath(const QString &topic)
{
    TopicNode *node = m_root.get();
    for (QStringView level : QStringView(topic).tokenize(QLatin1Char('/'))) {
        TopicNode *next = node->child(level);
        if (!next) {
            auto created = std::make_unique<TopicNode>();
            created->name = level.toString();
            next = created.get();
            node->addChild(std::move(created));
            ++m_nodeCount;
            // The first child added since the last commit queues the parent for it.
            if (int(node->children.size()) == node->visibleCount + 1)
                m_grown.push_back(node);
        }
        node = next;
    }
    return node;
}

void TopicTreeModel::markDirty(TopicNode *node)
{
    if (!node->dirty) {
        node->dirty = true;
        m_dirty.push_back(node);
    }
}

void TopicTreeModel::record(quint32 topicId, const QString &topic, const Mqtt::Message &message, qint64 timestamp)
{
    record(topicId, topic, message, message.payload(), timestamp);
}

void TopicTreeModel::record(quint32 topicId, const QString &topic, const Mqtt::Message &message, const QByteArray &payload,
                            qint64 timestamp)
{
    recordSized(topicId, topic, message.qos(), message.retain(), payload.size(), &payload, timestamp);
}

void TopicTreeModel::recordStored(quint32 topicId, const QString &topic, quint8 qos, bool retain, qsizetype payloadSize,
                                  quint32 historySequence, qint64 timestamp)
{
    Q_ASSERT(m_history);
    if (TopicNode *node = recordSized(topicId, topic, qos, retain, payloadSize, nullptr, timestamp))
        node->lastSequence = historySequence;
}

TopicNode *TopicTreeModel::recordSized(quint32 topicId, const QString &topic, quint8 qos, bool retain,
                                       qsizetype payloadSize, const QByteArray *payload, qint64 timestamp)
{
    TopicNode *node = topicId < m_nodeByTopic.size() ? m_nodeByTopic[topicId] : nullptr;
    if (payloadSize == 0 && (retain || (node && node->retained))) {
        // A retained clear for a topic we do not show leaves nothing to show.
        if (node)
            clearValue(node, timestamp);
        return nullptr;
    }
    if (!node) {
        node = ensurePath(topic);
        node->topicId = topicId;
        if (topicId >= m_nodeByTopic.size())
            m_nodeByTopic.resize(size_t(topicId) + 1, nullptr);
        m_nodeByTopic[topicId] = node;
    }

    const bool hadValue = node->hasValue;
    // A copy of its own: a received payload shares a decoder block with its neighbours
    // (Mqtt::CodecPrivate::PayloadBlocks), which one kept payload per topic would keep alive.
    if (!m_history && payload)
        node->lastPayload = QByteArray(payload->constData(), payload->size());
    node->qos = qos;
    node->retained = retain;
    node->hasValue = true;
    node->lastSize = quint32(qMin<qsizetype>(payloadSize, 0xFFFFFFFF));
    node->lastSequence = TopicNode::NoSequence;
    ++node->messageCount;
    for (TopicNode *n = node; n != m_root.get(); n = n->parent) {
        ++n->subtreeCount;
        n->subtreeBytes += quint64(payloadSize);
        ++n->tickCount;
        n->lastTime = qMax(n->lastTime, timestamp);
        if (!hadValue && n != node)
            ++n->subtopicCount;
        markDirty(n);
    }
    return node;
}

void TopicTreeModel::clearValue(TopicNode *node, qint64 timestamp)
{
    const bool hadValue = node->hasValue;
    node->hasValue = false;
    node->retained = false;
    node->lastPayload.clear();
    ++node->messageCount;
    for (TopicNode *n = node; n != m_root.get(); n = n->parent) {
        ++n->subtreeCount;
        ++n->tickCount;
        n->lastTime = qMax(n->lastTime, timestamp);
        if (hadValue && n != node)
            --n->subtopicCount;
        markDirty(n);
    }
    if (node->children.empty())
        removeNode(node);
}

void TopicTreeModel::removeNode(TopicNode *node)
{
    // The node goes with every ancestor it leaves with neither a value nor other children:
    // one row removal, at the highest of them.
    TopicNode *top = node;
    while (top->parent != m_root.get() && !top->parent->hasValue && top->parent->children.size() == 1)
        top = top->parent;
    TopicNode *parent = top->parent;
    // Their messages leave the totals above (none of them holds a value: no subtopic counts).
    for (TopicNode *n = parent; n != m_root.get(); n = n->parent) {
        n->subtreeCount -= top->subtreeCount;
        n->subtreeBytes -= top->subtreeBytes;
    }
    for (TopicNode *n = node;; n = n->parent) {
        if (n->topicId < m_nodeByTopic.size())
            m_nodeByTopic[n->topicId] = nullptr;
        n->removed = true;
        --m_nodeCount;
        if (n == top)
            break;
    }

    const int row = top->row;
    const bool visible = !top->fresh;
    if (visible)
        beginRemoveRows(indexFor(parent), row, row);
    m_graveyard.push_back(parent->takeChild(row));
    if (row < parent->visibleCount)
        --parent->visibleCount;
    if (visible)
        endRemoveRows();
}

void TopicTreeModel::forget(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != this)
        return;
    TopicNode *node = nodeFor(index);
    const quint32 valued = node->subtopicCount + (node->hasValue ? 1 : 0);
    auto retire = [this](TopicNode *n) {
        if (n->topicId < m_nodeByTopic.size())
            m_nodeByTopic[n->topicId] = nullptr;
        n->removed = true;
        --m_nodeCount;
    };
    std::vector<TopicNode *> stack{node};
    while (!stack.empty()) {
        TopicNode *n = stack.back();
        stack.pop_back();
        retire(n);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    TopicNode *top = node;
    while (top->parent != m_root.get() && !top->parent->hasValue && top->parent->children.size() == 1) {
        top = top->parent;
        retire(top);
    }
    TopicNode *parent = top->parent;
    for (TopicNode *n = parent; n != m_root.get(); n = n->parent) {
        n->subtreeCount -= top->subtreeCount;
        n->subtreeBytes -= top->subtreeBytes;
        n->subtopicCount -= valued;
    }
    const int row = top->row;
    beginRemoveRows(indexFor(parent), row, row);
    m_graveyard.push_back(parent->takeChild(row));
    if (row < parent->visibleCount)
        --parent->visibleCount;
    endRemoveRows();
    if (parent != m_root.get()) {
        const QModelIndex p = indexFor(parent);
        Q_EMIT dataChanged(p, p.siblingAtColumn(ColumnCount - 1), changedRoles());
    }
}

void TopicTreeModel::reveal(TopicNode *node)
{
    // Iterative: topics can be tens of thousands of levels deep.
    std::vector<TopicNode *> stack{node};
    while (!stack.empty()) {
        TopicNode *n = stack.back();
        stack.pop_back();
        n->visibleCount = int(n->children.size());
        n->fresh = false;
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
}

void TopicTreeModel::commit(qint64 nowMs)
{
    for (TopicNode *p : m_grown) {
        // Fresh parents are revealed with their own parent's new rows.
        if (!isVisible(p) || int(p->children.size()) <= p->visibleCount)
            continue;
        const int first = p->visibleCount;
        const int last = int(p->children.size()) - 1;
        for (int r = first; r <= last; ++r)
            reveal(p->children[size_t(r)].get());
        beginInsertRows(indexFor(p), first, last);
        p->visibleCount = last + 1;
        endInsertRows();
    }
    m_grown.clear();

    // One dataChanged per parent, spanning the changed rows.
    struct Span
    {
        int first;
        int last;
    };
    std::unordered_map<TopicNode *, Span> spans;
    for (TopicNode *n : m_dirty) {
        if (n->removed)
            continue;
        n->dirty = false;
        const double decay = n->rateStamp ? std::exp(-double(qMax<qint64>(0, nowMs - n->rateStamp)) / RateWindowMs) : 0.0;
        n->rate = float(n->rate * decay + n->tickCount * 1000.0 / RateWindowMs);
        n->rateStamp = nowMs;
        n->tickCount = 0;
        auto it = spans.find(n->parent);
        if (it == spans.end())
            spans.emplace(n->parent, Span{n->row, n->row});
        else
            it->second = Span{qMin(it->second.first, n->row), qMax(it->second.last, n->row)};
    }
    m_dirty.clear();
    m_graveyard.clear();
    for (const auto &[parent, span] : spans) {
        if (span.last >= parent->visibleCount)
            continue; // cannot happen: everything is visible after the reveal above
        const QModelIndex p = indexFor(parent);
        Q_EMIT dataChanged(index(span.first, 0, p), index(span.last, ColumnCount - 1, p), changedRoles());
    }
}

void TopicTreeModel::refreshRates(qint64 nowMs)
{
    // Rates decay without new messages; repaint the ones still visibly non-zero.
    std::vector<TopicNode *> stack{m_root.get()};
    while (!stack.empty()) {
        TopicNode *p = stack.back();
        stack.pop_back();
        int first = -1;
        int last = -1;
        for (int r = 0; r < p->visibleCount; ++r) {
            TopicNode *c = p->children[size_t(r)].get();
            if (c->rate <= 0)
                continue;
            if (currentRate(c, nowMs) < IdleRate / 2) {
                c->rate = 0; // settled: one last repaint shows it idle
            }
            if (first < 0)
                first = r;
            last = r;
            if (c->visibleCount)
                stack.push_back(c);
        }
        if (first >= 0) {
            const QModelIndex pi = indexFor(p);
            Q_EMIT dataChanged(index(first, RateColumn, pi), index(last, RateColumn, pi),
                               {Qt::DisplayRole, RateRole, SortRole});
        }
    }
}

void TopicTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<TopicNode>();
    m_root->fresh = false;
    m_nodeByTopic.clear();
    m_dirty.clear();
    m_grown.clear();
    m_graveyard.clear();
    m_nodeCount = 0;
    endResetModel();
}
