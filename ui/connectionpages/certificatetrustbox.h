#pragma once

#include "certificateinfo.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

// The certificates this profile trusts although verification fails (pinned by SHA-256
// fingerprint), and, after a failed test or connection, the certificate the broker presented
// with a button to trust exactly that one.
class CertificateTrustBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CertificateTrustBox(QWidget *parent = nullptr);

    QStringList pinnedFingerprints() const;
    void setPinnedFingerprints(const QStringList &fingerprints);
    // Shows the rejected certificate (a null one hides the panel).
    void showPresented(const Mqtt::CertificateInfo &certificate);
    Mqtt::CertificateInfo presented() const { return m_presented; }

Q_SIGNALS:
    void edited();

private:
    void trustPresented();
    void updateState();

    Mqtt::CertificateInfo m_presented;
    QLabel *m_presentedText;
    QPushButton *m_trust;
    QListWidget *m_pinned;
    QPushButton *m_remove;
};
