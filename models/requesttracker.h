#pragma once

#include "message.h"
#include "protocol.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

class BrokerSession;

// MQTT 5 request/response (§4.10): publishes a request with a Response Topic and Correlation
// Data, subscribes to the response topic first (generated under the broker's Response
// Information when it gives one), matches replies by correlation data and keeps one row per
// request with its reply and round-trip time, or "no response within N s".
class RequestTracker : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, CorrelationColumn, StatusColumn, ResponseColumn, ColumnCount };
    enum class State { Subscribing, Waiting, Answered, TimedOut, Failed };

    explicit RequestTracker(BrokerSession *session, QObject *parent = nullptr);
    ~RequestTracker() override;

    // Where replies go when the request names no response topic: <Response Information>/
    // mqttscope/<id> when the broker gave Response Information, else mqttscope/response/<id>.
    QString defaultResponseTopic() const;

    // Sends `request` (Response Topic and Correlation Data filled in when missing). Returns the
    // row, or -1 with *error (not connected, MQTT 3.1.1, invalid response topic).
    int send(Mqtt::Message request, int timeoutMs, QString *error = nullptr);

    State state(int row) const;
    Mqtt::Message request(int row) const;
    Mqtt::Message response(int row) const;
    qint64 roundTripMs(int row) const; // -1 until answered
    QString statusText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void answered(int row);
    void timedOut(int row);
    void failed(int row, const QString &reason);

private:
    struct Entry
    {
        Mqtt::Message request;
        Mqtt::Message response;
        State state = State::Subscribing;
        int timeoutMs = 0;
        QElapsedTimer clock;
        qint64 rttMs = -1;
        QString error;
        int publishToken = 0;
    };
    void publishRequest(int row);
    void onSubscribed(int token, const QList<Mqtt::ReasonCode> &results);
    void onMessages(const QList<Mqtt::Message> &messages);
    void checkTimeouts();
    void setState(int row, State state, const QString &error = QString());

    QPointer<BrokerSession> m_session;
    QList<Entry> m_entries;
    QSet<QString> m_watched;             // response topics watched and subscribed (or being)
    QHash<int, QString> m_subscribing;   // subscribe token -> response topic
    QSet<QString> m_ready;               // response topics with a granted subscription
    QString m_instance;                  // random part of generated response topics
    QTimer m_timeouts;
};
