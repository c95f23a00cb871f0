#pragma once

#include "brokersession.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;

// The status bar's permanent figures: messages per second in and out, topics, messages held,
// bytes received, and what limits dropped. Sampled once a second from the session's counters
// (nothing per message).
class TrafficStatus : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficStatus(BrokerSession *session, QWidget *parent = nullptr);

    // Samples now (the timer does it every second).
    void refresh();
    QString summary() const; // the figures as one line, for tests and tooltips

private:
    QLabel *addField(const QString &objectName, const QString &toolTip);

    BrokerSession *m_session;
    QLabel *m_in;
    QLabel *m_out;
    QLabel *m_topics;
    QLabel *m_held;
    QLabel *m_bytes;
    QLabel *m_dropped;
    QElapsedTimer m_clock;
    BrokerSession::Traffic m_last;
    qint64 m_lastMs = 0;
};
