#include "sessionfile_p.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Mqtt {

namespace {

constexpr quint32 Magic = 0x4D515353; // "MQSS"
constexpr quint16 FormatVersion = 1;

void writeProperties(QDataStream &out, const Properties &p)
{
    const QList<PropertyId> ids = p.ids();
    out << quint32(ids.size());
    for (const PropertyId id : ids)
        out << quint8(id) << p.value(id);
    const UserProperties user = p.userProperties();
    out << quint32(user.size());
    for (const auto &[key, value] : user)
        out << key << value;
    out << p.subscriptionIdentifiers();
}

bool readProperties(QDataStream &in, Properties *p)
{
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint8 id = 0;
        QVariant value;
        in >> id >> value;
        p->setValue(PropertyId(id), value);
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString key, value;
        in >> key >> value;
        p->addUserProperty(key, value);
    }
    QList<quint32> subscriptionIds;
    in >> subscriptionIds;
    if (!subscriptionIds.isEmpty())
        p->setSubscriptionIdentifiers(subscriptionIds);
    return in.status() == QDataStream::Ok;
}

void writePublish(QDataStream &out, const OutgoingPublish &publish)
{
    const Message &m = publish.message;
    out << quint8(publish.stage) << publish.order << m.packetId() << m.topic() << m.payload() << m.qos() << m.retain()
        << m.dup() << m.timestamp();
    writeProperties(out, m.properties());
}

bool readPublish(QDataStream &in, OutgoingPublish *publish)
{
    quint8 stage = 0;
    quint16 id = 0;
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false, dup = false;
    qint64 timestamp = 0;
    in >> stage >> publish->order >> id >> topic >> payload >> qos >> retain >> dup >> timestamp;
    Message m(topic, payload, qos, retain);
    m.setPacketId(id);
    m.setDup(dup);
    m.setTimestamp(timestamp);
    if (!readProperties(in, &m.properties()) || stage > quint8(OutgoingPublish::Stage::AwaitPubcomp) || qos == 0 || qos > 2)
        return false;
    publish->stage = OutgoingPublish::Stage(stage);
    publish->message = m;
    return true;
}

} // namespace

QString SessionFile::path(const QString &directory, const QString &clientId)
{
    return QDir(directory).filePath(QString::fromLatin1(clientId.toUtf8().toHex()) + QStringLiteral(".session"));
}

bool SessionFile::save(const QString &path, const SessionState &session, QString *error)
{
    const bool queuedQos12 = std::any_of(session.queued.cbegin(), session.queued.cend(),
                                         [](const OutgoingPublish &p) { return p.message.qos() > 0; });
    if (session.inflight.isEmpty() && !queuedQos12 && session.incomingQos2.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("cannot remove %1").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion;
    const QList<OutgoingPublish> inflight = session.inflightInOrder();
    out << quint32(inflight.size());
    for (const OutgoingPublish &publish : inflight)
        writePublish(out, publish);
    // QoS 0 publishes are not part of a session (MQTT 5 §4.1).
    QList<OutgoingPublish> queued;
    for (const OutgoingPublish &publish : session.queued) {
        if (publish.message.qos() > 0)
            queued.append(publish);
    }
    out << quint32(queued.size());
    for (const OutgoingPublish &publish : std::as_const(queued))
        writePublish(out, publish);
    out << QList<quint16>(session.incomingQos2.cbegin(), session.incomingQos2.cend());
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SessionFile::load(const QString &path, SessionState *session, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    const QString damaged = tr("%1 is not a session file of this version, or it is damaged").arg(path);
    if (magic != Magic || version != FormatVersion) {
        *error = damaged;
        return false;
    }
    QList<OutgoingPublish> inflight;
    QList<OutgoingPublish> queued;
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count; ++i) {
        OutgoingPublish publish;
        if (!readPublish(in, &publish) || publish.message.packetId() == 0 || publish.stage == OutgoingPublish::Stage::Queued) {
            *error = damaged;
            return false;
        }
        inflight.append(publish);
    }
    in >> count;
    for (quint32 i = 0; i < count; ++i) {
        OutgoingPublish publish;
        if (!readPublish(in, &publish)) {
            *error = damaged;
            return false;
        }
        queued.append(publish);
    }
    QList<quint16> incoming;
    in >> incoming;
    if (in.status() != QDataStream::Ok) {
        *error = damaged;
        return false;
    }
    session->restore(inflight, queued, incoming);
    return true;
}

} // namespace Mqtt
