#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QToolButton;
class ConnectionPage;
class ConnectionTest;
class ProfileStore;
class GeneralPage;
class TlsPage;
class TestResultPanel;

// Edit, test and pick connection profiles. The list of profiles is on the left (new,
// duplicate, rename, delete, import, export); the selected one's pages on the right (General,
// Authentication, TLS, Last Will, Subscriptions, Advanced). Every field is checked as the user
// types, with the reason next to it; Save and Connect stay disabled (the reason in their
// tooltip) while anything is wrong. "Test connection" shows the broker's answer in the dialog.
//
// The dialog edits copies: nothing changes for the caller until it is accepted. Then
// profiles() holds every profile as edited, removedProfileIds() those deleted, and, after
// Connect, connectRequested() the profile to connect (also emitted as connectTo()).
// With a ProfileStore (setStore()), the dialog shows the store's profiles and writes the
// changes back to it when accepted (applyToStore()); import and export go through the store's
// file formats (MqttScope, MQTTX, MQTT Explorer).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Shows the store's profiles, asks the store for their keyring secrets (filled in as they
    // arrive, so saving an edited profile keeps them), and writes the changes back with
    // applyToStore(). The store must outlive the dialog.
    void setStore(ProfileStore *store, const QString &currentId = QString());
    // Saves the edited profiles in the store and removes the deleted ones. False with the
    // store's error (also shown in the dialog) when the file cannot be written.
    bool applyToStore();
    // The profiles to edit, and the one to select (by id; the first when not found).
    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &currentId = QString());
    // After accept: every profile as edited (in list order).
    QList<ConnectionProfile> profiles() const;
    // Ids of the profiles deleted in the dialog (their keyring entries can go too).
    QStringList removedProfileIds() const { return m_removedIds; }
    // The profile shown now, with the edits made on its pages.
    ConnectionProfile currentProfile() const;
    // True when the dialog was closed with Connect.
    bool connectRequested() const { return m_connect; }
    // Why Save / Connect are disabled (empty when they are not).
    QStringList problems() const;

    // Shows what a connection made from this profile ran into: the failure sentence, and the
    // certificate to trust when verification failed (e.g. the main window's failed connect).
    void showConnectionFailure(const QString &message, const Mqtt::CertificateInfo &certificate);

    // Widgets for tests and the main window.
    QListWidget *profileList() const { return m_list; }
    QTabWidget *pages() const { return m_tabs; }
    TestResultPanel *testResult() const { return m_testResult; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *connectButton() const { return m_connectButton; }

    QSize sizeHint() const override { return {900, 640}; }

    // What the last import / export / store write said (under the profile list).
    QString listStatus() const;

Q_SIGNALS:
    // Connect was clicked: the dialog is about to be accepted with this profile selected.
    void connectTo(const ConnectionProfile &profile);

public Q_SLOTS:
    void addProfiles(const QList<ConnectionProfile> &profiles);
    // Reads profiles from a file (MqttScope export, MQTTX export, MQTT Explorer settings.json)
    // and adds them; the result in words under the list. False when nothing could be read.
    bool importFile(const QString &path);
    // Writes the selected profile to an export file, secrets only when asked.
    bool exportSelected(const QString &path, bool includeSecrets);
    void testConnection();
    void save();
    void connectSelected();

private:
    void buildProfileList(QWidget *side);
    void selectRow(int row);
    void storeCurrent();
    void loadCurrent();
    void revalidate();
    void newProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void addProfile(const ConnectionProfile &profile);
    QString uniqueName(const QString &base) const;
    int currentRow() const;
    void setListStatus(const QString &text, bool problem);
    void takeSecrets(const ConnectionProfile &ready);
    void chooseImportFile();
    void chooseExportFile(bool includeSecrets);

    QList<ConnectionProfile> m_profiles; // the copies being edited, in list order
    QHash<QString, QStringList> m_storedProblems; // by id, for profiles not shown now
    QStringList m_removedIds;
    int m_current = -1;
    bool m_loading = false;
    bool m_connect = false;

    QListWidget *m_list;
    QToolButton *m_duplicate;
    QToolButton *m_rename;
    QToolButton *m_delete;
    QToolButton *m_export;
    QLabel *m_listStatus;
    ProfileStore *m_store = nullptr;
    QHash<QString, ConnectionProfile> m_baseline; // the store's profiles (with keyring secrets), by id
    QTabWidget *m_tabs;
    GeneralPage *m_general;
    TlsPage *m_tls;
    QList<ConnectionPage *> m_pages;
    TestResultPanel *m_testResult;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    ConnectionTest *m_test;
};
