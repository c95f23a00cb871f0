#pragma once

#include "protocol.h"
#include "publishdraft.h"

#include <QHash>
#include <QWidget>

class BrokerSession;
class PayloadEditor;
class PeriodicPublisher;
class PublishHistoryModel;
class PublishHistoryView;
class PublishPropertiesEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class RequestTracker;
class RetainedClearBar;
class SavedMessagesModel;
class SavedMessagesView;

// The Publish dock: topic (completed from the live tree, checked as typed), payload in a
// format, QoS, retain, MQTT 5 properties; Publish (Ctrl+Enter) with each result listed;
// repeat with placeholders; request/response; history and saved messages; clear retained.
// Talks to the broker only through the BrokerSession.
class PublishPanel : public QWidget
{
    Q_OBJECT
public:
    // Result list roles.
    enum ResultRole { SeverityRole = Qt::UserRole + 1, TokenRole, HeadRole };
    enum class Severity { Pending, Ok, Notice, Error };
    Q_ENUM(Severity)

    explicit PublishPanel(BrokerSession *session, QWidget *parent = nullptr);
    ~PublishPanel() override;

    PublishDraft draft() const;
    void loadDraft(const PublishDraft &draft);
    // Empty when Publish is possible; otherwise why not (also the button's tooltip).
    QString blockReason() const;

    PublishHistoryModel *history() const { return m_history; }
    SavedMessagesModel *savedMessages() const { return m_saved; }
    RequestTracker *requests() const { return m_requests; }
    PeriodicPublisher *periodic() const { return m_periodic; }
    RetainedClearBar *retainedClear() const { return m_clearBar; }
    QListWidget *results() const { return m_results; }
    PayloadEditor *payloadEditor() const { return m_payload; }
    PublishPropertiesEditor *propertiesEditor() const { return m_properties; }

public Q_SLOTS:
    // Puts a message (e.g. from the topic tree or the log) into the editor.
    void loadMessage(const Mqtt::Message &message);
    // Publishes the editor's message (as a request, or starts repeating, when those are on).
    void publish();
    // Publishes drafts as they are, in order (history re-send, saved message or folder).
    void publishDrafts(const QList<PublishDraft> &drafts);
    // Clears retained messages at `topic` and below, after confirmation.
    void clearRetained(const QString &topic);
    void stopRepeating();

private:
    QWidget *createEditor();
    void validate();
    bool publishOne(const PublishDraft &draft, bool remember);
    void startRepeating();
    void sendRequest();
    void addResult(int token, const QString &text, Severity severity);
    void setResult(QListWidgetItem *item, const QString &text, Severity severity);
    void onPublished(int token, Mqtt::ReasonCode reason);
    void onPublishFailed(int token, Mqtt::ReasonCode reason, const QString &message);
    void updateSessionLimits();

    BrokerSession *m_session;
    PublishHistoryModel *m_history;
    SavedMessagesModel *m_saved;
    RequestTracker *m_requests;
    PeriodicPublisher *m_periodic;

    QLineEdit *m_topic = nullptr;
    QLabel *m_topicProblem = nullptr;
    PayloadEditor *m_payload = nullptr;
    QComboBox *m_qos = nullptr;
    QCheckBox *m_retain = nullptr;
    QToolButton *m_propertiesToggle = nullptr;
    PublishPropertiesEditor *m_properties = nullptr;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_placeholders = nullptr;
    QLabel *m_repeatStatus = nullptr;
    QCheckBox *m_request = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_publish = nullptr;
    QToolButton *m_clearRetained = nullptr;
    RetainedClearBar *m_clearBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_results = nullptr;
    PublishHistoryView *m_historyView = nullptr;
    SavedMessagesView *m_savedView = nullptr;
    QTableView *m_requestView = nullptr;
    QHash<int, QListWidgetItem *> m_pending; // publish token -> its result line
    QHash<int, quint8> m_pendingQos;
};
