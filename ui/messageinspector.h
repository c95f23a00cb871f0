#pragma once

#include "message.h"
#include "messagedirection.h"
#include "topichistory.h"

#include <QWidget>

class BrokerSession;
class HistoryPanel;
class PayloadView;
class QAction;
class QLabel;
class QTimer;
class QToolBar;
class QTreeWidget;

// The centre of the window: one message in full. Follows the selected topic's latest message
// (or shows one picked from its history or the log): a header with every field and MQTT 5
// property, the payload in the view that fits it, the topic's history with diff and sparkline,
// and actions (copy as text/JSON/hex/base64, save, re-publish).
class MessageInspector : public QWidget
{
    Q_OBJECT
public:
    explicit MessageInspector(BrokerSession *session, QWidget *parent = nullptr);

    // Follows the topic's newest message (empty: nothing).
    void showTopic(const QString &topic);
    // Shows this message (from the log, say); `fullSize` when the payload is a kept prefix.
    void showMessage(const Mqtt::Message &message, MessageDirection direction = MessageDirection::Received,
                     qsizetype fullSize = -1);
    QString topic() const { return m_topic; }
    Mqtt::Message message() const { return m_message; }
    bool isFollowing() const;

    PayloadView *payloadView() const { return m_payload; }
    HistoryPanel *historyPanel() const { return m_history; }
    QTreeWidget *headerView() const { return m_header; }
    // Header value for a field label as shown ("QoS", "Content type" ...); empty if absent.
    QString headerValue(const QString &field) const;

    QAction *followAction() const { return m_followAction; }
    QAction *republishAction() const { return m_republishAction; }
    QAction *saveAction() const { return m_saveAction; }
    // Copies the payload: "text", "json", "hex" or "base64".
    void copyPayload(const QString &as);
    bool savePayload(const QString &fileName, QString *error = nullptr);

Q_SIGNALS:
    // "Re-publish": fills the publisher with this message.
    void publishRequested(const Mqtt::Message &message);

private:
    void followLatest();
    void showHistoryMessage(const HistoryMessage &message);
    void fillHeader(MessageDirection direction, qsizetype fullSize);
    void updateActions();

    BrokerSession *m_session;
    QString m_topic;
    Mqtt::Message m_message;
    bool m_hasMessage = false;
    quint32 m_shownSequence = 0;

    QLabel *m_title;
    QToolBar *m_toolBar;
    QTreeWidget *m_header;
    PayloadView *m_payload;
    HistoryPanel *m_history;
    QLabel *m_status;
    QAction *m_followAction;
    QAction *m_copyAction;
    QAction *m_saveAction;
    QAction *m_republishAction;
    QTimer *m_followTimer;
};
