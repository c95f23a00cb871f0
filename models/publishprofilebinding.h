#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class ProfileStore;
class PublishHistoryModel;
class SavedMessagesModel;

// Keeps the publisher's history and saved messages in the current profile's sections of the
// ProfileStore ("publishHistory", "savedMessages"), so they follow the profile: versioned
// file, atomic write with backup, export and import. bind() loads a profile's sections into
// the models; their changes are written back a moment later (one write for a burst of
// publishes) and at flush().
class PublishProfileBinding : public QObject
{
    Q_OBJECT
public:
    static constexpr int SaveDelayMs = 1000;

    PublishProfileBinding(ProfileStore *store, PublishHistoryModel *history, SavedMessagesModel *saved,
                          QObject *parent = nullptr);
    ~PublishProfileBinding() override;

    // Writes what is pending for the previous profile, then loads this one's sections (empty
    // for a profile without them). An empty id unbinds: the models empty, nothing is written.
    void bind(const QString &profileId);
    QString profileId() const { return m_profileId; }
    // Writes pending changes now; false (and problem()) when the store cannot.
    bool flush();
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    // A section could not be read or written; for the status bar.
    void problem(const QString &message);

private:
    void markDirty();

    QPointer<ProfileStore> m_store;
    PublishHistoryModel *m_history;
    SavedMessagesModel *m_saved;
    QString m_profileId;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_loading = false;
};
