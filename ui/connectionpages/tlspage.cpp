#include "tlspage.h"

#include "authenticationpage.h"
#include "certificatetrustbox.h"
#include "connectionprofile.h"
#include "filefield.h"
#include "problemlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QRadioButton *addRadio(QButtonGroup *group, int id, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(name);
    group->addButton(button, id);
    return button;
}

} // namespace

TlsPage::TlsPage(QWidget *parent)
    : ConnectionPage(parent), m_enabled(new QCheckBox(tr("Use &TLS (mqtts:// or wss://)"), this)),
      m_settings(new QWidget(this))
{
    const QString certificates = tr("Certificates (*.pem *.crt *.cer *.der)");
    m_enabled->setObjectName(QStringLiteral("tlsEnabled"));

    m_trustGroup = new QGroupBox(tr("Trust"), m_settings);
    m_trust = new QButtonGroup(this);
    auto *system = addRadio(m_trust, 0, tr("The system's certificate authorities"), QStringLiteral("trustSystem"), m_trustGroup);
    auto *caFile = addRadio(m_trust, 1, tr("Only the CA certificates in this file:"), QStringLiteral("trustCaFile"), m_trustGroup);
    m_caFile = new FileField(QStringLiteral("caFile"), certificates, m_trustGroup);
    auto *trustLayout = new QVBoxLayout(m_trustGroup);
    trustLayout->addWidget(system);
    trustLayout->addWidget(caFile);
    trustLayout->addWidget(m_caFile);

    m_clientGroup = new QGroupBox(tr("Client certificate (mutual TLS)"), m_settings);
    m_clientAuth = new QButtonGroup(this);
    auto *none = addRadio(m_clientAuth, NoClientCertificate, tr("None"), QStringLiteral("clientNone"), m_clientGroup);
    auto *pem = addRadio(m_clientAuth, PemFiles, tr("Certificate and key files"), QStringLiteral("clientPem"), m_clientGroup);
    auto *p12 = addRadio(m_clientAuth, Pkcs12, tr("PKCS#12 bundle (.p12, .pfx)"), QStringLiteral("clientPkcs12"), m_clientGroup);
    m_certificate = new FileField(QStringLiteral("clientCertificate"), certificates, m_clientGroup);
    m_key = new FileField(QStringLiteral("clientKey"), tr("Private keys (*.key *.pem *.der)"), m_clientGroup);
    m_passphrase = new QLineEdit(m_clientGroup);
    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    AuthenticationPage::addRevealAction(m_passphrase);
    m_pkcs12 = new FileField(QStringLiteral("pkcs12"), tr("PKCS#12 bundles (*.p12 *.pfx)"), m_clientGroup);
    m_pkcs12Password = new QLineEdit(m_clientGroup);
    m_pkcs12Password->setObjectName(QStringLiteral("pkcs12Password"));
    m_pkcs12Password->setEchoMode(QLineEdit::Password);
    AuthenticationPage::addRevealAction(m_pkcs12Password);
    auto *radios = new QHBoxLayout;
    radios->addWidget(none);
    radios->addWidget(pem);
    radios->addWidget(p12);
    radios->addStretch(1);
    auto *clientForm = newForm();
    clientForm->addRow(radios);
    clientForm->addRow(tr("Certificate:"), m_certificate);
    clientForm->addRow(tr("Key:"), m_key);
    clientForm->addRow(tr("Key passphrase:"), m_passphrase);
    clientForm->addRow(tr("PKCS#12 file:"), m_pkcs12);
    clientForm->addRow(tr("PKCS#12 password:"), m_pkcs12Password);
    m_clientGroup->setLayout(clientForm);

    m_minimumVersion = new QComboBox(m_settings);
    m_minimumVersion->setObjectName(QStringLiteral("minimumTlsVersion"));
    m_minimumVersion->addItem(tr("TLS 1.2"), int(QSsl::TlsV1_2OrLater));
    m_minimumVersion->addItem(tr("TLS 1.3"), int(QSsl::TlsV1_3OrLater));
    m_serverName = new QLineEdit(m_settings);
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_serverName->setPlaceholderText(tr("the URL's host"));
    m_serverName->setToolTip(tr("The name sent as SNI and checked against the certificate, when it differs from the "
                                "host you connect to (e.g. connecting by IP address)"));
    m_alpn = new QLineEdit(m_settings);
    m_alpn->setObjectName(QStringLiteral("alpn"));
    m_alpn->setPlaceholderText(tr("none"));
    m_alpn->setToolTip(tr("Application protocols offered in the TLS handshake, separated by commas"));
    auto *aws = new QPushButton(tr("AWS IoT Core"), m_settings);
    aws->setObjectName(QStringLiteral("alpnAwsPreset"));
    aws->setToolTip(tr("Offer \"%1\": AWS IoT Core's MQTT with a client certificate on port 443").arg(awsIotAlpn()));
    m_alpnProblem = new ProblemLabel(m_settings);
    m_verify = new QCheckBox(tr("&Verify the server's certificate"), m_settings);
    m_verify->setObjectName(QStringLiteral("verifyCertificate"));
    m_insecureWarning = new QLabel(tr("Not verifying the certificate means anyone between you and the broker can "
                                      "read and change everything, passwords included. Prefer trusting the one "
                                      "certificate (below, after a failed test)."),
                                   m_settings);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_trustBox = new CertificateTrustBox(m_settings);

    auto *alpnRow = new QHBoxLayout;
    alpnRow->addWidget(m_alpn, 1);
    alpnRow->addWidget(aws);
    auto *form = newForm();
    form->addRow(tr("Minimum version:"), m_minimumVersion);
    form->addRow(tr("Server name (SNI):"), m_serverName);
    form->addRow(tr("ALPN:"), alpnRow);
    form->addRow(QString(), m_alpnProblem);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_insecureWarning);

    auto *settingsLayout = new QVBoxLayout(m_settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(m_trustGroup);
    settingsLayout->addWidget(m_clientGroup);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_trustBox);
    settingsLayout->addStretch(1);

    layOutScrolling(m_enabled, m_settings);

    const auto changed = [this] {
        revalidate();
        emit edited();
    };
    connect(m_enabled, &QCheckBox::toggled, this, [this, changed](bool on) {
        changed();
        emit tlsToggled(on);
    });
    connect(m_trust, &QButtonGroup::idToggled, this, changed);
    connect(m_clientAuth, &QButtonGroup::idToggled, this, changed);
    for (FileField *field : {m_caFile, m_certificate, m_key, m_pkcs12})
        connect(field, &FileField::pathEdited, this, changed);
    for (QLineEdit *edit : {m_passphrase, m_pkcs12Password, m_serverName, m_alpn})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_minimumVersion, &QComboBox::currentIndexChanged, this, changed);
    connect(m_verify, &QCheckBox::toggled, this, changed);
    connect(aws, &QPushButton::clicked, this, [this, changed] {
        m_alpn->setText(awsIotAlpn());
        changed();
    });
    connect(m_trustBox, &CertificateTrustBox::edited, this, changed);
}

void TlsPage::load(const ConnectionProfile &profile)
{
    const Mqtt::TlsOptions &t = profile.connection.tls;
    const QSignalBlocker b1(m_enabled), b2(m_trust), b3(m_clientAuth), b4(m_minimumVersion), b5(m_verify);
    m_enabled->setChecked(profile.connection.url.isSecure());
    m_trust->button(t.caFile.isEmpty() ? 0 : 1)->setChecked(true);
    m_caFile->setPath(t.caFile);
    m_clientAuth->button(!t.pkcs12File.isEmpty() ? Pkcs12 : (!t.certificateFile.isEmpty() || !t.keyFile.isEmpty()) ? PemFiles
                                                                                                               : NoClientCertificate)
        ->setChecked(true);
    m_certificate->setPath(t.certificateFile);
    m_key->setPath(t.keyFile);
    m_passphrase->setText(QString::fromUtf8(t.keyPassphrase));
    m_pkcs12->setPath(t.pkcs12File);
    m_pkcs12Password->setText(QString::fromUtf8(t.pkcs12Password));
    m_minimumVersion->setCurrentIndex(t.minimumVersion == QSsl::TlsV1_3OrLater ? 1 : 0);
    m_serverName->setText(t.serverName);
    m_alpn->setText(t.alpn.join(QLatin1String(", ")));
    m_verify->setChecked(!t.insecure);
    m_trustBox->setPinnedFingerprints(profile.pinnedCertificates);
    m_trustBox->showPresented({});
    revalidate();
}

void TlsPage::apply(ConnectionProfile *profile) const
{
    Mqtt::TlsOptions t;
    profile->pinnedCertificates = m_trustBox->pinnedFingerprints();
    if (isTlsEnabled()) {
        if (m_trust->checkedId() == 1)
            t.caFile = m_caFile->path();
        if (m_clientAuth->checkedId() == PemFiles) {
            t.certificateFile = m_certificate->path();
            t.keyFile = m_key->path();
            t.keyPassphrase = m_passphrase->text().toUtf8();
        } else if (m_clientAuth->checkedId() == Pkcs12) {
            t.pkcs12File = m_pkcs12->path();
            t.pkcs12Password = m_pkcs12Password->text().toUtf8();
        }
        t.minimumVersion = QSsl::SslProtocol(m_minimumVersion->currentData().toInt());
        t.serverName = m_serverName->text().trimmed();
        for (const QString &protocol : m_alpn->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!protocol.trimmed().isEmpty())
                t.alpn << protocol.trimmed();
        }
        t.insecure = !m_verify->isChecked();
        // The transport reads the pins from the TLS options; the profile keeps them too.
        t.pinnedFingerprints = profile->pinnedCertificates;
    }
    profile->connection.tls = t;
}

QStringList TlsPage::problems() const
{
    QStringList list;
    if (!isTlsEnabled())
        return list;
    for (const FileField *field : {m_caFile, m_certificate, m_key, m_pkcs12}) {
        if (!field->problem().isEmpty())
            list << field->problem();
    }
    if (!m_alpnProblem->problem().isEmpty())
        list << m_alpnProblem->problem();
    return list;
}

bool TlsPage::isTlsEnabled() const
{
    return m_enabled->isChecked();
}

void TlsPage::setTlsEnabled(bool enabled)
{
    const QSignalBlocker block(m_enabled);
    m_enabled->setChecked(enabled);
    revalidate();
}

void TlsPage::showRejectedCertificate(const Mqtt::CertificateInfo &certificate)
{
    m_trustBox->showPresented(certificate);
}

void TlsPage::revalidate()
{
    using Mqtt::TlsOptions;
    const bool caFile = m_trust->checkedId() == 1;
    const int client = m_clientAuth->checkedId();
    m_caFile->setProblem(caFile ? (m_caFile->path().isEmpty() ? tr("Choose the CA file") : TlsOptions::checkCaFile(m_caFile->path()))
                                : QString());
    QString certificate, key, pkcs12;
    if (client == PemFiles) {
        certificate = m_certificate->path().isEmpty() ? tr("Choose the client certificate file")
                                                      : TlsOptions::checkClientCertificate(m_certificate->path());
        key = m_key->path().isEmpty() ? tr("Choose the client key file")
                                      : TlsOptions::checkClientKey(m_key->path(), m_passphrase->text().toUtf8(),
                                                                   m_certificate->path());
    } else if (client == Pkcs12) {
        pkcs12 = m_pkcs12->path().isEmpty() ? tr("Choose the PKCS#12 file")
                                            : TlsOptions::checkPkcs12(m_pkcs12->path(), m_pkcs12Password->text().toUtf8());
    }
    m_certificate->setProblem(certificate);
    m_key->setProblem(key);
    m_pkcs12->setProblem(pkcs12);
    QString alpn;
    for (const QString &protocol : m_alpn->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QByteArray bytes = protocol.trimmed().toUtf8();
        if (bytes.size() > 255)
            alpn = tr("An ALPN protocol name has at most 255 bytes");
    }
    m_alpnProblem->setProblem(alpn);
    updateState();
}

void TlsPage::updateState()
{
    const bool on = isTlsEnabled();
    m_settings->setEnabled(on);
    m_caFile->setEnabled(m_trust->checkedId() == 1);
    const int client = m_clientAuth->checkedId();
    for (QWidget *w : std::initializer_list<QWidget *>{m_certificate, m_key, m_passphrase})
        w->setEnabled(client == PemFiles);
    for (QWidget *w : std::initializer_list<QWidget *>{m_pkcs12, m_pkcs12Password})
        w->setEnabled(client == Pkcs12);
    m_insecureWarning->setVisible(on && !m_verify->isChecked());
}
