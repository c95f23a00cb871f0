#include "messagelogfiltermodel.h"

#include "messagelogmodel.h"
#include "topic.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {
// GUI time one slice of filtering may take.
constexpr qint64 SliceNs = 5 * 1000 * 1000;
constexpr qint64 PublishIntervalMs = 33;
} // namespace

MessageLogFilterModel::MessageLogFilterModel(QObject *parent) : QAbstractProxyModel(parent)
{
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, [this] { scan(SliceNs); });
    m_sincePublish.start();
}

MessageLogFilterModel::~MessageLogFilterModel() = default;

void MessageLogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *log = qobject_cast<MessageLogModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || log, "MessageLogFilterModel", "the source must be a MessageLogModel");
    beginResetModel();
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(log);
    m_log = log;
    m_rows.clear();
    m_unpublished.clear();
    m_topicMatch.clear();
    m_scanned = m_log ? m_log->firstVisibleSequence() : 0;
    if (m_log) {
        connect(m_log, &QAbstractItemModel::rowsRemoved, this, &MessageLogFilterModel::sourceRowsRemoved);
        connect(m_log, &QAbstractItemModel::rowsInserted, this, &MessageLogFilterModel::sourceRowsInserted);
        connect(m_log, &QAbstractItemModel::modelReset, this, &MessageLogFilterModel::sourceReset);
    }
    endResetModel();
    scan(SliceNs);
}

void MessageLogFilterModel::setTopicFilter(const QString &filter)
{
    if (filter == m_topicFilter)
        return;
    m_topicFilter = filter;
    refilter();
}

void MessageLogFilterModel::setPayloadFilter(const QString &pattern, PayloadSyntax syntax, Qt::CaseSensitivity cs)
{
    if (pattern == m_payloadPattern && syntax == m_syntax && cs == m_cs)
        return;
    m_payloadPattern = pattern;
    m_syntax = syntax;
    m_cs = cs;
    refilter();
}

void MessageLogFilterModel::setDirectionFilter(std::optional<MessageDirection> direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    refilter();
}

void MessageLogFilterModel::refilter()
{
    QString error;
    QString why;
    m_topicFilterValid = m_topicFilter.isEmpty() || Mqtt::Topic::isValidTopicFilter(m_topicFilter, &why);
    if (!m_topicFilterValid)
        error = tr("Invalid topic filter: %1").arg(why);
    m_matcher.setPattern(m_payloadPattern.toUtf8());
    m_regex = QRegularExpression();
    if (m_syntax == PayloadSyntax::RegularExpression && !m_payloadPattern.isEmpty()) {
        m_regex.setPattern(m_payloadPattern);
        m_regex.setPatternOptions(m_cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                              : QRegularExpression::NoPatternOption);
        if (!m_regex.isValid() && error.isEmpty())
            error = tr("Invalid regular expression: %1").arg(m_regex.errorString());
        else
            m_regex.optimize();
    }
    if (error != m_error) {
        m_error = error;
        Q_EMIT filterErrorChanged(m_error);
    }

    beginResetModel();
    m_rows.clear();
    m_unpublished.clear();
    m_topicMatch.clear();
    m_scanned = m_log ? m_log->firstVisibleSequence() : 0;
    endResetModel();
    scan(SliceNs);
}

bool MessageLogFilterModel::topicAccepted(quint32 topicId)
{
    if (m_topicFilter.isEmpty())
        return true;
    if (!m_topicFilterValid)
        return false;
    if (topicId >= m_topicMatch.size())
        m_topicMatch.resize(size_t(topicId) + 1, -1);
    qint8 &cached = m_topicMatch[topicId];
    if (cached < 0)
        cached = Mqtt::Topic::matches(m_topicFilter, m_log->topicName(topicId)) ? 1 : 0;
    return cached == 1;
}

bool MessageLogFilterModel::accepts(quint64 sequence)
{
    const MessageLogModel::Lock locked = m_log->lock();
    const MessageLogStore &store = m_log->store();
    if (!store.contains(sequence))
        return false; // dropped by the log's bounds since the last commit
    if (m_direction && store.direction(sequence) != *m_direction)
        return false;
    if (!topicAccepted(store.topicId(sequence)))
        return false;
    if (m_payloadPattern.isEmpty())
        return true;
    if (m_syntax == PayloadSyntax::RegularExpression && !m_regex.isValid())
        return false;

    QByteArray full;
    QByteArrayView payload = store.preview(sequence);
    if (payload.size() < qsizetype(store.size(sequence))) {
        full = m_log->payloadOf(sequence);
        payload = full;
    }
    if (m_syntax == PayloadSyntax::Substring) {
        if (m_cs == Qt::CaseSensitive)
            return m_matcher.indexIn(payload) >= 0;
        return QString::fromUtf8(payload).contains(m_payloadPattern, Qt::CaseInsensitive);
    }
    return m_regex.match(QString::fromUtf8(payload)).hasMatch();
}

void MessageLogFilterModel::scan(qint64 budgetNs)
{
    if (!m_log)
        return;
    const quint64 first = m_log->firstVisibleSequence();
    const quint64 end = first + quint64(m_log->rowCount());
    m_scanned = qMax(m_scanned, first);
    QElapsedTimer timer;
    timer.start();
    quint64 seq = m_scanned;
    // One lock per 256 rows, not per row (accepts() locks again, which is cheap when held): the
    // ingest worker holds it for slices of messages, and a wait per row added up.
    MessageLogModel::Lock locked = m_log->lock();
    for (; seq < end; ++seq) {
        if (accepts(seq))
            m_unpublished.push_back(seq);
        if ((seq & 255) == 255) {
            if (budgetNs >= 0 && timer.nsecsElapsed() > budgetNs) {
                ++seq;
                break;
            }
            locked.unlock();
            locked.lock();
        }
    }
    locked.unlock(); // publish() emits signals: never with the lock held
    m_scanned = seq;
    const bool scanning = m_scanned < end;
    if (!scanning || budgetNs < 0 || m_sincePublish.elapsed() >= PublishIntervalMs)
        publish();
    if (scanning)
        m_scanTimer.start();
    if (scanning != m_wasScanning) {
        m_wasScanning = scanning;
        Q_EMIT scanningChanged(scanning);
    }
}

void MessageLogFilterModel::publish()
{
    m_sincePublish.restart();
    if (m_unpublished.empty())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + int(m_unpublished.size()) - 1);
    for (const quint64 seq : m_unpublished)
        m_rows.append(seq);
    endInsertRows();
    m_unpublished.clear();
}

bool MessageLogFilterModel::isScanning() const
{
    return m_log && m_scanned < m_log->firstVisibleSequence() + quint64(m_log->rowCount());
}

void MessageLogFilterModel::finishScan()
{
    m_scanTimer.stop();
    scan(-1);
}

void MessageLogFilterModel::sourceRowsRemoved()
{
    const quint64 first = m_log->firstVisibleSequence();
    const qsizetype gone = m_rows.countBelow(first);
    if (gone) {
        beginRemoveRows({}, 0, int(gone) - 1);
        m_rows.dropBelow(first);
        endRemoveRows();
    }
    // Accepted but not announced yet: they simply go.
    m_unpublished.erase(m_unpublished.begin(), std::lower_bound(m_unpublished.begin(), m_unpublished.end(), first));
    m_scanned = qMax(m_scanned, first);
}

void MessageLogFilterModel::sourceRowsInserted()
{
    if (!m_scanTimer.isActive())
        scan(SliceNs);
}

void MessageLogFilterModel::sourceReset()
{
    beginResetModel();
    m_rows.clear();
    m_unpublished.clear();
    m_topicMatch.clear();
    m_scanned = m_log->firstVisibleSequence();
    endResetModel();
    scan(SliceNs);
}

QModelIndex MessageLogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageLogFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int MessageLogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

bool MessageLogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant MessageLogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_log)
        return m_log->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex MessageLogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_log || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    const quint64 seq = m_rows.at(proxyIndex.row());
    const quint64 first = m_log->firstVisibleSequence();
    if (seq < first)
        return {};
    return m_log->index(int(seq - first), proxyIndex.column());
}

QModelIndex MessageLogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_log || !sourceIndex.isValid())
        return {};
    const quint64 seq = m_log->firstVisibleSequence() + quint64(sourceIndex.row());
    const qsizetype row = m_rows.indexOf(seq);
    return row < 0 ? QModelIndex() : index(int(row), sourceIndex.column());
}
