#include "retainedclearer.h"

#include "brokersession.h"
#include "topictreemodel.h"

#include <QAbstractItemModel>

RetainedClearer::RetainedClearer(BrokerSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &BrokerSession::published, this, [this](int token) { onResult(token, QString(), false); });
    connect(session, &BrokerSession::publishFailed, this,
            [this](int token, Mqtt::ReasonCode, const QString &message) { onResult(token, message, true); });
}

QStringList RetainedClearer::retainedTopics(const QAbstractItemModel *tree, const QString &root)
{
    QStringList topics;
    QModelIndex start;
    if (!root.isEmpty()) {
        // Walk down level by level; a level's children are searched by name once.
        const QStringList levels = root.split(u'/');
        for (const QString &level : levels) {
            const int rows = tree->rowCount(start);
            QModelIndex found;
            for (int r = 0; r < rows; ++r) {
                const QModelIndex child = tree->index(r, TopicTreeModel::NameColumn, start);
                if (child.data(Qt::DisplayRole).toString() == level) {
                    found = child;
                    break;
                }
            }
            if (!found.isValid())
                return topics;
            start = found;
        }
    }
    QList<QModelIndex> stack{start};
    while (!stack.isEmpty()) {
        const QModelIndex at = stack.takeLast();
        if (at.isValid() && at.data(TopicTreeModel::RetainedRole).toBool()
            && at.data(TopicTreeModel::HasValueRole).toBool())
            topics.append(at.data(TopicTreeModel::TopicRole).toString());
        const int rows = tree->rowCount(at);
        for (int r = rows - 1; r >= 0; --r)
            stack.append(tree->index(r, TopicTreeModel::NameColumn, at));
    }
    return topics;
}

bool RetainedClearer::start(const QStringList &topics, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("Already clearing retained messages");
        return false;
    }
    if (!m_session || m_session->state() != BrokerSession::State::Connected) {
        if (error)
            *error = tr("Not connected: connect to the broker first");
        return false;
    }
    m_topics = topics;
    m_next = 0;
    m_cleared = 0;
    m_cancelled = false;
    m_failures.clear();
    m_inflight.clear();
    m_running = true;
    Q_EMIT progress(0, total());
    fill();
    checkDone();
    return true;
}

void RetainedClearer::cancel()
{
    m_cancelled = true;
    checkDone();
}

void RetainedClearer::fill()
{
    while (!m_cancelled && m_next < m_topics.size() && m_inflight.size() < Window) {
        const QString topic = m_topics.at(m_next++);
        QString error;
        const int token = m_session ? m_session->publish(Mqtt::Message(topic, QByteArray(), 1, true), &error) : -1;
        if (token < 0) {
            m_failures.append(Failure{topic, error.isEmpty() ? tr("Not connected") : error});
            continue;
        }
        m_inflight.insert(token, topic);
    }
}

void RetainedClearer::onResult(int token, const QString &failure, bool failed)
{
    const auto it = m_inflight.find(token);
    if (it == m_inflight.end())
        return;
    const QString topic = it.value();
    m_inflight.erase(it);
    if (failed)
        m_failures.append(Failure{topic, failure});
    else
        ++m_cleared;
    const int done = m_cleared + int(m_failures.size());
    // Progress at most every 1% (and at the end): 10,000 signals would cost the GUI more than the work.
    const int step = qMax(1, total() / 100);
    if (done % step == 0 || done == total())
        Q_EMIT progress(done, total());
    fill();
    checkDone();
}

void RetainedClearer::checkDone()
{
    if (m_running && m_inflight.isEmpty() && (m_cancelled || m_next >= m_topics.size())) {
        m_running = false;
        Q_EMIT finished(m_cleared, m_failures);
    }
}
