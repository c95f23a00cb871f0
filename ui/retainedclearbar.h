#pragma once

#include "retainedclearer.h"

#include <QWidget>

class BrokerSession;
class QLabel;
class QFrame;
class QProgressBar;
class QPushButton;
class QToolButton;

// Clearing retained messages from the publisher: asks first, inline (how many topics, the
// first few; no modal dialog, which alone costs the GUI thread tens of milliseconds), then
// shows progress with a Cancel button and ends with a summary that lists failures.
class RetainedClearBar : public QWidget
{
    Q_OBJECT
public:
    explicit RetainedClearBar(BrokerSession *session, QWidget *parent = nullptr);

    RetainedClearer *clearer() const { return m_clearer; }
    // The confirmation (visible while it waits for an answer).
    QFrame *confirmation() const { return m_confirmation; }
    QString question() const;
    QString summary() const;

public Q_SLOTS:
    // Clears the retained messages the topic tree knows at `root` and below (empty: all),
    // after confirmation. Says so when there is nothing to clear.
    void clearRetained(const QString &root);

Q_SIGNALS:
    void finished(int cleared, int failed);

private:
    void onFinished(int cleared, const QList<RetainedClearer::Failure> &failures);

    BrokerSession *m_session;
    RetainedClearer *m_clearer;
    QFrame *m_confirmation;
    QLabel *m_question;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    QStringList m_pendingTopics;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_summary;
};
