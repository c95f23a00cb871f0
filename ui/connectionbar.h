#pragma once

#include "brokersession.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QTimer;

// The main toolbar's connection part: the profile selector, Connect / Disconnect and the
// connection state in words and colour ("Connected to broker.lan (MQTT 5)", "Reconnecting in
// 4 s — reason", "Error — reason"), always visible. It only shows what the session says and
// asks the window to act; it never connects by itself.
class ConnectionBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ConnectionBar(BrokerSession *session, QWidget *parent = nullptr);

    // The profiles to choose from as (id, name); the one with id `current` selected (or the
    // first).
    void setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &current);
    // The selected profile's id and name.
    QString currentProfile() const;
    QString currentProfileName() const;
    void setCurrentProfile(const QString &id);

    QAction *connectAction() const { return m_connect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *profilesAction() const { return m_profiles; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    void connectRequested(const QString &profileId);
    void disconnectRequested();
    void editProfilesRequested();

private:
    void refresh();

    BrokerSession *m_session;
    QComboBox *m_profileBox;
    QAction *m_connect;
    QAction *m_disconnect;
    QAction *m_profiles;
    QLabel *m_state;
    QTimer *m_countdown;
};
