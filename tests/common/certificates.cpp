#include "certificates.h"

#include "mosquittobroker.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

const char kServerNames[] = "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n";
const char kServerUsage[] = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyAgreement\n"
                            "extendedKeyUsage=serverAuth\n";
const char kClientUsage[] = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyAgreement\n"
                            "extendedKeyUsage=clientAuth\n";

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text);
    return true;
}

} // namespace

Certificates::Certificates() : m_dir(std::make_unique<QTemporaryDir>()) {}

Certificates::~Certificates() = default;

QString Certificates::directory() const
{
    return m_dir->path();
}

QString Certificates::file(const QString &name) const
{
    return m_dir->filePath(name);
}

QString Certificates::opensslProgram()
{
    return MosquittoBroker::findProgram(QStringLiteral("openssl"));
}

QStringList Certificates::listenerLines(const QString &certificate, const QString &key,
                                        bool requireClientCertificate) const
{
    QStringList lines = {QStringLiteral("certfile %1").arg(certificate), QStringLiteral("keyfile %1").arg(key),
                         QStringLiteral("cafile %1").arg(caCertificate())};
    if (requireClientCertificate) {
        lines << QStringLiteral("require_certificate true");
        lines << QStringLiteral("use_identity_as_username true");
    }
    return lines;
}

bool Certificates::run(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                         .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                              QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool Certificates::makeKey(const QString &name, QString *error)
{
    return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), name + QStringLiteral(".key")},
               error);
}

bool Certificates::signedBy(const QString &ca, const QString &name, const QString &subject, const QString &extensions,
                            QString *error)
{
    if (!makeKey(name, error))
        return false;
    if (!writeText(file(name + QStringLiteral(".ext")), extensions.toUtf8(), error))
        return false;
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), name + QStringLiteral(".key"),
                QStringLiteral("-subj"), subject, QStringLiteral("-out"), name + QStringLiteral(".csr")},
               error)
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), ca + QStringLiteral(".crt"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("3650"),
                QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"),
                name + QStringLiteral(".crt")},
               error);
}

bool Certificates::generate(QString *error)
{
    m_openssl = opensslProgram();
    if (m_openssl.isEmpty()) {
        if (error)
            *error = QStringLiteral("openssl not found: install the openssl package (scripts/test.sh does)");
        return false;
    }
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory for certificates");
        return false;
    }
    const QString serverExtensions = QString::fromLatin1(kServerNames) + QString::fromLatin1(kServerUsage);
    auto makeCa = [this, error](const QString &name, const QString &subject) {
        return makeKey(name, error)
            && run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                    name + QStringLiteral(".key"), QStringLiteral("-subj"), subject, QStringLiteral("-days"),
                    QStringLiteral("3650"), QStringLiteral("-out"), name + QStringLiteral(".crt")},
                   error);
    };
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("/O=MqttScope tests/CN=MqttScope Test CA"))
        || !makeCa(QStringLiteral("otherca"), QStringLiteral("/O=Somebody else/CN=Unrelated Test CA"))
        || !signedBy(QStringLiteral("ca"), QStringLiteral("server"), QStringLiteral("/CN=localhost"), serverExtensions, error)
        || !signedBy(QStringLiteral("ca"), QStringLiteral("wronghost"), QStringLiteral("/CN=%1").arg(wrongHostName()),
                     QStringLiteral("subjectAltName=DNS:%1\n").arg(wrongHostName()) + QString::fromLatin1(kServerUsage),
                     error)
        || !signedBy(QStringLiteral("ca"), QStringLiteral("client"), QStringLiteral("/CN=%1").arg(clientCommonName()),
                     QString::fromLatin1(kClientUsage), error)
        || !signedBy(QStringLiteral("otherca"), QStringLiteral("otherclient"), QStringLiteral("/CN=intruder"),
                     QString::fromLatin1(kClientUsage), error)) {
        return false;
    }

    // Certificates dated in the past or future: "openssl x509" of OpenSSL 3.0 can only count
    // days from now, "openssl ca" takes explicit start and end dates.
    QDir(m_dir->path()).mkpath(QStringLiteral("cadb"));
    const QByteArray caConfig = "[ca]\ndefault_ca = testca\n"
                                "[testca]\ndatabase = cadb/index.txt\nserial = cadb/serial\nnew_certs_dir = cadb\n"
                                "certificate = ca.crt\nprivate_key = ca.key\ndefault_md = sha256\npolicy = anything\n"
                                "unique_subject = no\ncopy_extensions = none\nx509_extensions = server\n"
                                "[anything]\ncommonName = supplied\n"
                                "[server]\n"
        + QByteArray(kServerNames) + QByteArray(kServerUsage);
    if (!writeText(file(QStringLiteral("ca.cnf")), caConfig, error)
        || !writeText(file(QStringLiteral("cadb/index.txt")), QByteArray(), error)
        || !writeText(file(QStringLiteral("cadb/serial")), "1000\n", error)) {
        return false;
    }
    auto dated = [this, error](const QString &name, const QString &start, const QString &end) {
        return makeKey(name, error)
            && run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), name + QStringLiteral(".key"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-out"),
                    name + QStringLiteral(".csr")},
                   error)
            && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-startdate"), start, QStringLiteral("-enddate"), end, QStringLiteral("-out"),
                    name + QStringLiteral(".crt")},
                   error);
    };
    if (!dated(QStringLiteral("expired"), QStringLiteral("20200101000000Z"), QStringLiteral("20210101000000Z"))
        || !dated(QStringLiteral("future"), QStringLiteral("20980101000000Z"), QStringLiteral("20990101000000Z"))) {
        return false;
    }

    if (!makeKey(QStringLiteral("selfsigned"), error)
        || !run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                 QStringLiteral("selfsigned.key"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                 QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
                 QString::fromLatin1(kServerNames).trimmed(), QStringLiteral("-out"), QStringLiteral("selfsigned.crt")},
                error)) {
        return false;
    }

    const QString keyPass = QStringLiteral("pass:") + QString::fromLatin1(clientKeyPassphrase());
    const QString p12Pass = QStringLiteral("pass:") + QString::fromLatin1(pkcs12Password());
    const QStringList p12 = {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                             QStringLiteral("client.crt"), QStringLiteral("-inkey"), QStringLiteral("client.key"),
                             QStringLiteral("-certfile"), QStringLiteral("ca.crt"), QStringLiteral("-name"),
                             clientCommonName(), QStringLiteral("-passout"), p12Pass};
    return run({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"), QStringLiteral("-aes256"),
                QStringLiteral("-passout"), keyPass, QStringLiteral("-out"), QStringLiteral("client-encrypted.key")},
               error)
        && run(p12 + QStringList{QStringLiteral("-out"), QStringLiteral("client.p12")}, error)
        && run(p12 + QStringList{QStringLiteral("-legacy"), QStringLiteral("-out"), QStringLiteral("client-legacy.p12")},
               error);
}
