#pragma once

#include "certificateinfo.h"
#include "connectionpage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class CertificateTrustBox;
class FileField;
class ProblemLabel;

// TLS: on/off (the URL's mqtts/wss), which CAs to trust, the client certificate (PEM
// certificate + key, or PKCS#12), minimum version, SNI, ALPN, verification (off shows a red
// warning) and the certificates pinned for this profile. Files are checked as the user types.
class TlsPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit TlsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("TLS"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override;

    bool isTlsEnabled() const;
    // Follows the General page's protocol (mqtts / wss).
    void setTlsEnabled(bool enabled);
    // After a failed test or connection: the certificate to offer for pinning.
    void showRejectedCertificate(const Mqtt::CertificateInfo &certificate);

    static QString awsIotAlpn() { return QStringLiteral("x-amzn-mqtt-ca"); }

Q_SIGNALS:
    void tlsToggled(bool enabled);

private:
    enum ClientAuth { NoClientCertificate, PemFiles, Pkcs12 };
    void revalidate();
    void updateState();

    QCheckBox *m_enabled;
    QGroupBox *m_trustGroup;
    QButtonGroup *m_trust;
    FileField *m_caFile;
    QGroupBox *m_clientGroup;
    QButtonGroup *m_clientAuth;
    FileField *m_certificate;
    FileField *m_key;
    QLineEdit *m_passphrase;
    FileField *m_pkcs12;
    QLineEdit *m_pkcs12Password;
    QComboBox *m_minimumVersion;
    QLineEdit *m_serverName;
    QLineEdit *m_alpn;
    ProblemLabel *m_alpnProblem;
    QCheckBox *m_verify;
    QLabel *m_insecureWarning;
    CertificateTrustBox *m_trustBox;
    QWidget *m_settings;
};
