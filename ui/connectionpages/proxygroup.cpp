#include "proxygroup.h"

#include "problemlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

ProxyGroup::ProxyGroup(QWidget *parent)
    : QGroupBox(tr("Proxy"), parent), m_mode(new QComboBox(this)), m_type(new QComboBox(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_problem(new ProblemLabel(this))
{
    m_mode->setObjectName(QStringLiteral("proxyMode"));
    m_mode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_mode->addItem(tr("System proxy settings"), int(ProxySettings::Mode::System));
    m_mode->addItem(tr("Manual proxy"), int(ProxySettings::Mode::Manual));
    m_mode->setToolTip(tr("How the connection reaches the broker: directly, through the proxy the system names, "
                          "or through an HTTP (CONNECT) or SOCKS5 proxy given here"));
    m_type->setObjectName(QStringLiteral("proxyType"));
    m_type->addItem(tr("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_type->addItem(tr("HTTP (CONNECT)"), int(ProxySettings::Type::Http));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    m_username->setObjectName(QStringLiteral("proxyUsername"));
    m_username->setPlaceholderText(tr("optional"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional"));

    auto *server = new QHBoxLayout;
    server->addWidget(m_type);
    server->addWidget(m_host, 1);
    server->addWidget(m_port);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Server:"), server);
    form->addRow(QString(), m_problem);
    auto *credentials = new QHBoxLayout;
    credentials->addWidget(m_username, 1);
    credentials->addWidget(m_password, 1);
    form->addRow(tr("User / password:"), credentials);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        emit edited();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        emit edited();
    });
    for (QLineEdit *edit : {m_host, m_username, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            updateState();
            emit edited();
        });
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ProxyGroup::edited);
    updateState();
}

void ProxyGroup::load(const ProxySettings &proxy)
{
    const QSignalBlocker blockMode(m_mode), blockType(m_type), blockPort(m_port);
    m_mode->setCurrentIndex(m_mode->findData(int(proxy.mode)));
    m_type->setCurrentIndex(m_type->findData(int(proxy.type)));
    m_host->setText(proxy.host);
    m_port->setValue(proxy.port);
    m_username->setText(proxy.username);
    m_password->setText(QString::fromUtf8(proxy.password));
    updateState();
}

ProxySettings ProxyGroup::proxy() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_mode->currentData().toInt());
    proxy.type = ProxySettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = quint16(m_port->value());
    proxy.username = m_username->text();
    proxy.password = m_password->text().toUtf8();
    return proxy;
}

QString ProxyGroup::problem() const
{
    const ProxySettings p = proxy();
    if (p.mode != ProxySettings::Mode::Manual)
        return QString();
    if (p.host.isEmpty())
        return tr("Give the proxy's host name or address");
    if (p.host.contains(QLatin1Char(' ')) || p.host.contains(QLatin1Char('/')))
        return tr("\"%1\" is not a host name or address").arg(p.host);
    return QString();
}

void ProxyGroup::updateState()
{
    const bool manual = m_mode->currentData().toInt() == int(ProxySettings::Mode::Manual);
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_host, m_port, m_username, m_password})
        w->setEnabled(manual);
    m_problem->setProblem(problem());
}
