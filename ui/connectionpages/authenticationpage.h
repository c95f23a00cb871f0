#pragma once

#include "connectionpage.h"

class QCheckBox;
class QLineEdit;

// User name and password (masked, with a button to reveal it), and where secrets are kept.
class AuthenticationPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit AuthenticationPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Authentication"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override { return {}; }

    // Adds an eye button to a password field that shows / hides what was typed.
    static void addRevealAction(QLineEdit *edit);

private:
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_secretsInFile;
};
