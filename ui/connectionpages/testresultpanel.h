#pragma once

#include "connectiontestresult.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTreeWidget;

// The answer of "Test connection" inside the dialog (no popup): a line saying whether it
// connected, then what the broker announced in CONNACK; or the failure in words, with a button
// to the certificate the broker presented when TLS verification failed.
class TestResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit TestResultPanel(QWidget *parent = nullptr);

    void showRunning(const QString &text);
    void showResult(const ConnectionTestResult &result);
    void clear();
    QString summaryText() const;
    QTreeWidget *details() const { return m_details; }

Q_SIGNALS:
    // "Show the certificate" was clicked.
    void certificateRequested();

private:
    QLabel *m_icon;
    QLabel *m_summary;
    QPushButton *m_showCertificate;
    QTreeWidget *m_details;
};
