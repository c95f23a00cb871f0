#include "securebroker.h"

bool SecureBroker::start(QString *error)
{
    if (!certificates.generate(error))
        return false;
    const Certificates &c = certificates;
    const QString websockets = QStringLiteral("protocol websockets");
    plain = broker.port();
    tls = broker.addListener(c.listenerLines(c.serverCertificate(), c.serverKey()));
    mutualTls = broker.addListener(c.listenerLines(c.serverCertificate(), c.serverKey(), true));
    const QString passwords = broker.createPasswordFile({{user(), QString::fromLatin1(password())}}, error);
    if (passwords.isEmpty())
        return false;
    passwordTls = broker.addListener(c.listenerLines(c.serverCertificate(), c.serverKey())
                                     << QStringLiteral("password_file %1").arg(passwords)
                                     << QStringLiteral("allow_anonymous false"));
    ws = broker.addListener({websockets});
    wss = broker.addListener(QStringList{websockets} + c.listenerLines(c.serverCertificate(), c.serverKey()));
    mutualWss = broker.addListener(QStringList{websockets} + c.listenerLines(c.serverCertificate(), c.serverKey(), true));
    expired = broker.addListener(c.listenerLines(c.expiredCertificate(), c.expiredKey()));
    future = broker.addListener(c.listenerLines(c.futureCertificate(), c.futureKey()));
    wrongHost = broker.addListener(c.listenerLines(c.wrongHostCertificate(), c.wrongHostKey()));
    wrongHostWss = broker.addListener(QStringList{websockets} + c.listenerLines(c.wrongHostCertificate(), c.wrongHostKey()));
    selfSigned = broker.addListener(c.listenerLines(c.selfSignedCertificate(), c.selfSignedKey()));
    return broker.start(error);
}
