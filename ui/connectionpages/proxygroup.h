#pragma once

#include "proxysettings.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;
class ProblemLabel;

// The proxy part of the General page: none, the system's proxy, or a manual HTTP / SOCKS5
// proxy with optional credentials.
class ProxyGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProxyGroup(QWidget *parent = nullptr);

    void load(const ProxySettings &proxy);
    ProxySettings proxy() const;
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void updateState();

    QComboBox *m_mode;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_username;
    QLineEdit *m_password;
    ProblemLabel *m_problem;
};
