#include "requesttracker.h"

#include "brokersession.h"
#include "payloadtext.h"
#include "topic.h"

#include <QLocale>
#include <QRandomGenerator>

RequestTracker::RequestTracker(BrokerSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_instance = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 36);
    connect(session, &BrokerSession::watchedMessagesReceived, this, &RequestTracker::onMessages);
    connect(session, &BrokerSession::subscribed, this, &RequestTracker::onSubscribed);
    connect(session, &BrokerSession::publishFailed, this, [this](int token, Mqtt::ReasonCode, const QString &message) {
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).publishToken == token && m_entries.at(row).state == State::Waiting)
                setState(row, State::Failed, message);
        }
    });
    connect(session, &BrokerSession::disconnected, this, [this] {
        // A new connection starts without our subscriptions unless the session resumes.
        m_ready.clear();
        m_subscribing.clear();
    });
    m_timeouts.setInterval(100);
    connect(&m_timeouts, &QTimer::timeout, this, &RequestTracker::checkTimeouts);
}

RequestTracker::~RequestTracker()
{
    if (m_session) {
        for (const QString &topic : std::as_const(m_watched))
            m_session->removeWatch(topic);
    }
}

QString RequestTracker::defaultResponseTopic() const
{
    QString prefix = QStringLiteral("mqttscope/response");
    if (m_session) {
        const auto info = m_session->connackProperties().string(Mqtt::PropertyId::ResponseInformation);
        if (info && !info->isEmpty() && Mqtt::Topic::isValidTopicName(*info)) {
            prefix = *info;
            while (prefix.endsWith(u'/'))
                prefix.chop(1);
            prefix += QStringLiteral("/mqttscope");
        }
    }
    return prefix + u'/' + m_instance;
}

int RequestTracker::send(Mqtt::Message request, int timeoutMs, QString *error)
{
    if (!m_session || m_session->state() != BrokerSession::State::Connected) {
        if (error)
            *error = tr("Not connected: connect to the broker first");
        return -1;
    }
    if (m_session->protocolVersion() != Mqtt::ProtocolVersion::V5) {
        if (error)
            *error = tr("Request/response needs MQTT 5 (Response Topic and Correlation Data are MQTT 5 properties)");
        return -1;
    }
    Mqtt::Properties &props = request.properties();
    QString responseTopic = props.responseTopic().value_or(QString());
    if (responseTopic.isEmpty()) {
        responseTopic = defaultResponseTopic();
        props.setValue(Mqtt::PropertyId::ResponseTopic, responseTopic);
    }
    QString why;
    if (!Mqtt::Topic::isValidTopicName(responseTopic, &why)) {
        if (error)
            *error = tr("Invalid response topic: %1").arg(why);
        return -1;
    }
    if (!props.correlationData() || props.correlationData()->isEmpty()) {
        const QByteArray correlation = "req-" + m_instance.toLatin1() + '-' + QByteArray::number(m_entries.size() + 1);
        props.setValue(Mqtt::PropertyId::CorrelationData, correlation);
    }

    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.request = request;
    e.timeoutMs = qMax(1, timeoutMs);
    e.clock.start();
    m_entries.append(e);
    endInsertRows();
    m_timeouts.start();

    if (!m_watched.contains(responseTopic)) {
        m_watched.insert(responseTopic);
        m_session->addWatch(responseTopic);
    }
    if (m_ready.contains(responseTopic)) {
        publishRequest(row);
    } else if (!m_subscribing.values().contains(responseTopic)) {
        Mqtt::Subscription s;
        s.filter = responseTopic;
        s.options.maximumQos = 1;
        QString subscribeError;
        const int token = m_session->subscribe({s}, {}, &subscribeError);
        if (token < 0) {
            setState(row, State::Failed, subscribeError);
            return row;
        }
        m_subscribing.insert(token, responseTopic);
    }
    return row;
}

void RequestTracker::onSubscribed(int token, const QList<Mqtt::ReasonCode> &results)
{
    if (!m_subscribing.contains(token))
        return;
    const QString topic = m_subscribing.take(token);
    const bool ok = !results.isEmpty() && !Mqtt::isError(results.first());
    if (ok)
        m_ready.insert(topic);
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (e.state != State::Subscribing || e.request.properties().responseTopic().value_or(QString()) != topic)
            continue;
        if (ok)
            publishRequest(row);
        else
            setState(row, State::Failed,
                     tr("The broker refused the subscription to the response topic: %1")
                         .arg(Mqtt::reasonCodeText(results.value(0, Mqtt::ReasonCode::UnspecifiedError),
                                                   Mqtt::PacketType::Suback)));
    }
}

void RequestTracker::publishRequest(int row)
{
    Entry &e = m_entries[row];
    QString error;
    e.clock.start(); // the round trip starts when the request goes out
    e.publishToken = m_session ? m_session->publish(e.request, &error) : -1;
    if (e.publishToken < 0)
        setState(row, State::Failed, error);
    else
        setState(row, State::Waiting);
}

void RequestTracker::onMessages(const QList<Mqtt::Message> &messages)
{
    for (const Mqtt::Message &m : messages) {
        const auto correlation = m.properties().correlationData();
        if (!correlation)
            continue;
        for (int row = 0; row < m_entries.size(); ++row) {
            Entry &e = m_entries[row];
            if (e.state != State::Waiting || e.request.properties().correlationData() != correlation
                || e.request.properties().responseTopic().value_or(QString()) != m.topic())
                continue;
            e.response = m;
            e.rttMs = e.clock.elapsed();
            setState(row, State::Answered);
            Q_EMIT answered(row);
            break;
        }
    }
}

void RequestTracker::checkTimeouts()
{
    bool waiting = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.state != State::Waiting && e.state != State::Subscribing)
            continue;
        if (e.clock.elapsed() >= e.timeoutMs) {
            setState(row, State::TimedOut);
            Q_EMIT timedOut(row);
        } else {
            waiting = true;
        }
    }
    if (!waiting)
        m_timeouts.stop();
}

void RequestTracker::setState(int row, State state, const QString &error)
{
    Entry &e = m_entries[row];
    e.state = state;
    e.error = error;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (state == State::Failed)
        Q_EMIT failed(row, error);
}

RequestTracker::State RequestTracker::state(int row) const
{
    return m_entries.at(row).state;
}

Mqtt::Message RequestTracker::request(int row) const
{
    return m_entries.at(row).request;
}

Mqtt::Message RequestTracker::response(int row) const
{
    return m_entries.at(row).response;
}

qint64 RequestTracker::roundTripMs(int row) const
{
    return m_entries.at(row).rttMs;
}

QString RequestTracker::statusText(int row) const
{
    const Entry &e = m_entries.at(row);
    switch (e.state) {
    case State::Subscribing:
        return tr("Subscribing to the response topic…");
    case State::Waiting:
        return tr("Waiting for a response…");
    case State::Answered:
        return tr("Answered in %1 ms").arg(e.rttMs);
    case State::TimedOut:
        return tr("No response within %1 s").arg(QLocale().toString(e.timeoutMs / 1000.0, 'g', 3));
    case State::Failed:
        return tr("Failed: %1").arg(e.error);
    }
    return {};
}

int RequestTracker::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestTracker::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTracker::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TopicColumn:
            return e.request.topic();
        case CorrelationColumn:
            return PayloadText::preview(e.request.properties().correlationData().value_or(QByteArray()), 40);
        case StatusColumn:
            return statusText(index.row());
        case ResponseColumn:
            return e.state == State::Answered ? PayloadText::preview(e.response.payload(), role == Qt::ToolTipRole ? 2000 : 80)
                                              : QString();
        default:
            break;
        }
    }
    return {};
}

QVariant RequestTracker::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Request topic");
    case CorrelationColumn:
        return tr("Correlation");
    case StatusColumn:
        return tr("Result");
    case ResponseColumn:
        return tr("Response");
    default:
        return {};
    }
}
