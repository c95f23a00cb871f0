#include "authenticationpage.h"

#include "connectionprofile.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AuthenticationPage::AuthenticationPage(QWidget *parent)
    : ConnectionPage(parent), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_secretsInFile(new QCheckBox(tr("Store the secrets in the profile file (plain text)"), this))
{
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("none"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none"));
    addRevealAction(m_password);
    m_secretsInFile->setObjectName(QStringLiteral("secretsInFile"));
    m_secretsInFile->setToolTip(tr("Normally passwords and passphrases go to the system keyring. Tick this only "
                                   "where no keyring is available: anyone who can read the file can read them."));

    auto *form = newForm();
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The password, the TLS key passphrase and the PKCS#12 password are kept in the "
                               "system keyring, not in the profile file."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // the palette's dimmed text: a remark, not a field
    form->addRow(QString(), note);
    form->addRow(QString(), m_secretsInFile);

    auto *layout = new QVBoxLayout(this);
    polishLayout(layout);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_username, &QLineEdit::textEdited, this, &ConnectionPage::edited);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionPage::edited);
    connect(m_secretsInFile, &QCheckBox::toggled, this, &ConnectionPage::edited);
}

void AuthenticationPage::addRevealAction(QLineEdit *edit)
{
    auto *reveal = edit->addAction(QIcon(QStringLiteral(":/icons/show-password.svg")), QLineEdit::TrailingPosition);
    reveal->setObjectName(edit->objectName() + QStringLiteral("Reveal"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the text"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(QIcon(shown ? QStringLiteral(":/icons/hide-password.svg") : QStringLiteral(":/icons/show-password.svg")));
        reveal->setToolTip(shown ? tr("Hide the text") : tr("Show the text"));
    });
}

void AuthenticationPage::load(const ConnectionProfile &profile)
{
    const Mqtt::ClientOptions &o = profile.connection.options;
    m_username->setText(o.username.value_or(QString()));
    m_password->setText(QString::fromUtf8(o.password.value_or(QByteArray())));
    const QSignalBlocker block(m_secretsInFile);
    m_secretsInFile->setChecked(profile.storeSecretsInFile);
}

void AuthenticationPage::apply(ConnectionProfile *profile) const
{
    Mqtt::ClientOptions &o = profile->connection.options;
    o.username = m_username->text().isEmpty() ? std::nullopt : std::optional<QString>(m_username->text());
    o.password = m_password->text().isEmpty() ? std::nullopt : std::optional<QByteArray>(m_password->text().toUtf8());
    profile->connection.url.username = o.username;
    profile->connection.url.password.reset();
    profile->storeSecretsInFile = m_secretsInFile->isChecked();
}
