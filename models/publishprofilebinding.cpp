#include "publishprofilebinding.h"

#include "profilestore.h"
#include "publishhistorymodel.h"
#include "savedmessagesmodel.h"

PublishProfileBinding::PublishProfileBinding(ProfileStore *store, PublishHistoryModel *history,
                                             SavedMessagesModel *saved, QObject *parent)
    : QObject(parent), m_store(store), m_history(history), m_saved(saved)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &PublishProfileBinding::flush);
    connect(history, &PublishHistoryModel::changed, this, &PublishProfileBinding::markDirty);
    connect(saved, &SavedMessagesModel::changed, this, &PublishProfileBinding::markDirty);
}

PublishProfileBinding::~PublishProfileBinding()
{
    if (m_dirty)
        flush();
}

void PublishProfileBinding::markDirty()
{
    if (m_loading || m_profileId.isEmpty())
        return;
    m_dirty = true;
    m_timer.start();
}

void PublishProfileBinding::bind(const QString &profileId)
{
    if (m_dirty)
        flush();
    m_profileId = profileId;
    const std::optional<ConnectionProfile> profile =
        m_store && !profileId.isEmpty() ? m_store->profile(profileId) : std::nullopt;
    m_loading = true;
    QString error;
    if (!m_history->load(profile ? profile->section(ConnectionProfile::PublishHistorySection) : QJsonValue(), &error))
        Q_EMIT problem(error);
    error.clear();
    if (!m_saved->load(profile ? profile->section(ConnectionProfile::SavedMessagesSection) : QJsonValue(), &error))
        Q_EMIT problem(error);
    m_loading = false;
    m_dirty = false;
}

bool PublishProfileBinding::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    m_dirty = false;
    if (!m_store)
        return false;
    // saveSection leaves the profile's keyring secrets alone (the store's copy has none).
    if (!m_store->saveSection(m_profileId, ConnectionProfile::PublishHistorySection, m_history->toJson())
        || !m_store->saveSection(m_profileId, ConnectionProfile::SavedMessagesSection, m_saved->toJson())) {
        Q_EMIT problem(tr("The saved messages could not be written: %1").arg(m_store->lastError()));
        return false;
    }
    return true;
}
