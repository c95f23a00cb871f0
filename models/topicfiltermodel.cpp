#include "topicfiltermodel.h"

#include "topic.h"
#include "topictreemodel.h"

TopicFilterModel::TopicFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // See changedRoles() in topictreemodel.cpp: the topic name never changes, so value updates
    // do not make the proxy re-check every ancestor.
    setFilterRole(TopicTreeModel::TopicRole);
    setSortRole(TopicTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

bool TopicFilterModel::setSearch(const QString &text, bool payloadsToo)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text && payloadsToo == m_payloads)
        return m_valid;
    m_text = trimmed;
    m_textUtf8 = trimmed.toUtf8();
    m_payloads = payloadsToo;
    m_error.clear();
    m_valid = true;
    if (trimmed.isEmpty()) {
        m_mode = Mode::None;
    } else if (trimmed.contains(QLatin1Char('+')) || trimmed.contains(QLatin1Char('#'))) {
        m_mode = Mode::TopicFilter;
        QString why;
        if (!Mqtt::Topic::isValidTopicFilter(trimmed, &why)) {
            m_valid = false;
            m_error = tr("Not a valid MQTT topic filter: %1").arg(why);
        }
    } else {
        m_mode = Mode::Substring;
    }
    // Matches are shown with their parents; without a search nothing needs that (and deep
    // trees are cheaper without it).
    setRecursiveFilteringEnabled(m_mode != Mode::None);
    invalidateFilter();
    return m_valid;
}

bool TopicFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_mode == Mode::None)
        return true;
    if (!m_valid)
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString topic = index.data(TopicTreeModel::TopicRole).toString();
    if (m_mode == Mode::TopicFilter) {
        // Plain levels match through their children (recursive filtering).
        return index.data(TopicTreeModel::HasValueRole).toBool() && Mqtt::Topic::matches(m_text, topic);
    }
    if (topic.contains(m_text, Qt::CaseInsensitive))
        return true;
    if (m_payloads && index.data(TopicTreeModel::HasValueRole).toBool()) {
        const QByteArray payload = index.data(TopicTreeModel::PayloadRole).toByteArray();
        // Case-insensitive matching decodes the payload: only for ordinary sizes.
        return payload.contains(m_textUtf8)
            || (payload.size() <= 64 * 1024 && QString::fromUtf8(payload).contains(m_text, Qt::CaseInsensitive));
    }
    return false;
}
