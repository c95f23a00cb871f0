#include "certificatetrustbox.h"

#include "tlsoptions.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CertificateTrustBox::CertificateTrustBox(QWidget *parent)
    : QGroupBox(tr("Trusted certificates"), parent), m_presentedText(new QLabel(this)),
      m_trust(new QPushButton(QIcon(QStringLiteral(":/icons/trust-certificate.svg")),
                              tr("&Trust this certificate for this profile"), this)),
      m_pinned(new QListWidget(this)), m_remove(new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove"), this))
{
    m_presentedText->setObjectName(QStringLiteral("presentedCertificate"));
    m_presentedText->setWordWrap(true);
    m_presentedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_presentedText->setFrameShape(QFrame::StyledPanel);
    m_presentedText->setMargin(6);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setToolTip(tr("Accept exactly this certificate (by its SHA-256 fingerprint) for this profile, even "
                           "though it could not be verified. Any other certificate is still checked."));
    m_pinned->setObjectName(QStringLiteral("pinnedCertificates"));
    m_pinned->setMaximumHeight(64);
    m_pinned->setToolTip(tr("SHA-256 fingerprints of the certificates this profile accepts although they cannot "
                            "be verified"));
    m_remove->setObjectName(QStringLiteral("removePinnedCertificate"));
    m_remove->setToolTip(tr("Stop trusting the selected certificate"));

    auto *pinnedRow = new QHBoxLayout;
    pinnedRow->addWidget(m_pinned, 1);
    pinnedRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_presentedText);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    layout->addLayout(pinnedRow);

    connect(m_trust, &QPushButton::clicked, this, &CertificateTrustBox::trustPresented);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_pinned->currentItem();
        updateState();
        emit edited();
    });
    connect(m_pinned, &QListWidget::currentRowChanged, this, &CertificateTrustBox::updateState);
    updateState();
}

QStringList CertificateTrustBox::pinnedFingerprints() const
{
    QStringList list;
    for (int i = 0; i < m_pinned->count(); ++i)
        list << m_pinned->item(i)->data(Qt::UserRole).toString();
    return list;
}

void CertificateTrustBox::setPinnedFingerprints(const QStringList &fingerprints)
{
    m_pinned->clear();
    for (const QString &fingerprint : fingerprints) {
        QString display = Mqtt::TlsOptions::normalizeFingerprint(fingerprint);
        for (qsizetype i = display.size() - 2; i > 0; i -= 2)
            display.insert(i, QLatin1Char(':'));
        auto *item = new QListWidgetItem(display.isEmpty() ? fingerprint : display, m_pinned);
        item->setData(Qt::UserRole, fingerprint);
    }
    updateState();
}

void CertificateTrustBox::showPresented(const Mqtt::CertificateInfo &certificate)
{
    m_presented = certificate;
    if (!certificate.isNull()) {
        m_presentedText->setText(tr("The broker presented this certificate, which could not be verified:") + QLatin1Char('\n')
                                 + certificate.toText());
    }
    updateState();
}

void CertificateTrustBox::trustPresented()
{
    if (m_presented.isNull())
        return;
    const QString wanted = Mqtt::TlsOptions::normalizeFingerprint(m_presented.sha256Fingerprint);
    const QStringList pinned = pinnedFingerprints();
    const bool known = std::any_of(pinned.cbegin(), pinned.cend(), [&wanted](const QString &p) {
        return Mqtt::TlsOptions::normalizeFingerprint(p) == wanted;
    });
    if (!known) {
        // Stored as ConnectionProfile keeps them: lower-case hex, no separators.
        auto *item = new QListWidgetItem(m_presented.sha256Fingerprint, m_pinned);
        item->setData(Qt::UserRole, wanted.toLower());
        item->setToolTip(m_presented.toText());
    }
    m_presented = {};
    updateState();
    emit edited();
}

void CertificateTrustBox::updateState()
{
    const bool presenting = !m_presented.isNull();
    m_presentedText->setVisible(presenting);
    m_trust->setVisible(presenting);
    m_pinned->setVisible(m_pinned->count() > 0);
    m_remove->setVisible(m_pinned->count() > 0);
    m_remove->setEnabled(m_pinned->currentItem() != nullptr);
    setVisible(presenting || m_pinned->count() > 0);
}
