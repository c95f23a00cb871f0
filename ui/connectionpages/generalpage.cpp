#include "generalpage.h"

#include "connectionprofile.h"
#include "problemlabel.h"
#include "proxygroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using Mqtt::ServerUrl;

GeneralPage::GeneralPage(QWidget *parent)
    : ConnectionPage(parent), m_name(new QLineEdit(this)), m_nameProblem(new ProblemLabel(this)),
      m_url(new QLineEdit(this)), m_urlProblem(new ProblemLabel(this)), m_scheme(new QComboBox(this)),
      m_host(new QLineEdit(this)), m_port(new QLineEdit(this)), m_path(new QLineEdit(this)),
      m_partsProblem(new ProblemLabel(this)), m_version(new QComboBox(this)), m_clientId(new QLineEdit(this)),
      m_keepAlive(new QSpinBox(this)), m_cleanStart(new QCheckBox(tr("Clean start (discard any previous session)"), this)),
      m_sessionExpiry(new QSpinBox(this)), m_sessionNeverExpires(new QCheckBox(tr("Never expires"), this)),
      m_autoReconnect(new QCheckBox(tr("Reconnect automatically when the connection drops"), this)),
      m_connectTimeout(new QSpinBox(this)), m_proxy(new ProxyGroup(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Home broker"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("mqtts://broker.example.com:8883")); // no tr: a URL, the same in every language
    m_url->setToolTip(tr("mqtt://, mqtts://, ws:// or wss:// followed by host[:port][/path]; "
                         "the fields below follow what you type here, and the other way round"));
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_scheme->addItem(tr("mqtt:// (TCP)"), int(ServerUrl::Scheme::Mqtt));
    m_scheme->addItem(tr("mqtts:// (TLS)"), int(ServerUrl::Scheme::Mqtts));
    m_scheme->addItem(tr("ws:// (WebSocket)"), int(ServerUrl::Scheme::Ws));
    m_scheme->addItem(tr("wss:// (WebSocket over TLS)"), int(ServerUrl::Scheme::Wss));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("host name or address"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setMaximumWidth(80);
    m_port->setToolTip(tr("1 to 65535; empty for the protocol's default port"));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(ServerUrl::defaultWebSocketPath());
    m_path->setToolTip(tr("The WebSocket path (and query), e.g. /mqtt"));
    m_version->setObjectName(QStringLiteral("version"));
    m_version->addItem(tr("MQTT 5.0"), int(Mqtt::ProtocolVersion::V5));
    m_version->addItem(tr("MQTT 3.1.1"), int(Mqtt::ProtocolVersion::V311));
    // Data AutoVersion: MQTT 5, and 3.1.1 when the broker does not support 5.
    m_version->addItem(tr("MQTT 5.0, else 3.1.1"), AutoVersion);
    m_version->setItemData(2, tr("Try MQTT 5; when the broker does not support it, connect with MQTT 3.1.1"),
                           Qt::ToolTipRole);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("empty: the broker assigns one (MQTT 5) or one is generated"));
    auto *generate = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Generate"), this);
    generate->setObjectName(QStringLiteral("generateClientId"));
    generate->setToolTip(tr("Fill in a new random client id"));
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setSpecialValueText(tr("off"));
    m_keepAlive->setToolTip(tr("How often the client shows it is alive when idle (0: never)"));
    m_cleanStart->setObjectName(QStringLiteral("cleanStart"));
    m_sessionExpiry->setObjectName(QStringLiteral("sessionExpiry"));
    m_sessionExpiry->setRange(0, std::numeric_limits<int>::max());
    m_sessionExpiry->setSuffix(tr(" s"));
    m_sessionExpiry->setSpecialValueText(tr("0 (ends with the connection)"));
    m_sessionExpiry->setToolTip(tr("MQTT 5: how long the broker keeps the session (subscriptions, queued "
                                   "messages) after the connection ends"));
    m_sessionNeverExpires->setObjectName(QStringLiteral("sessionNeverExpires"));
    m_autoReconnect->setObjectName(QStringLiteral("autoReconnect"));
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeout"));
    m_connectTimeout->setRange(1, 600);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setToolTip(tr("Give up a connection attempt that has no answer after this long"));

    auto *form = newForm();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_urlProblem);
    auto *parts = new QHBoxLayout;
    parts->addWidget(m_scheme);
    parts->addWidget(m_host, 3);
    parts->addWidget(m_port);
    parts->addWidget(m_path, 1);
    form->addRow(tr("Or protocol, host, port, path:"), parts);
    form->addRow(QString(), m_partsProblem);
    form->addRow(tr("MQTT &version:"), m_version);
    auto *clientId = new QHBoxLayout;
    clientId->addWidget(m_clientId, 1);
    clientId->addWidget(generate);
    form->addRow(tr("Client id:"), clientId);
    form->addRow(tr("&Keep alive:"), m_keepAlive);
    form->addRow(QString(), m_cleanStart);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_sessionExpiry, 1);
    expiry->addWidget(m_sessionNeverExpires);
    form->addRow(tr("Session expiry:"), expiry);
    form->addRow(QString(), m_autoReconnect);
    form->addRow(tr("Connect &timeout:"), m_connectTimeout);

    auto *layout = new QVBoxLayout(this);
    polishLayout(layout);
    layout->addLayout(form);
    layout->addWidget(m_proxy);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        updateProblems();
        emit edited();
    });
    connect(m_url, &QLineEdit::textEdited, this, &GeneralPage::urlEdited);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        const bool ws = scheme() == ServerUrl::Scheme::Ws || scheme() == ServerUrl::Scheme::Wss;
        m_path->setEnabled(ws);
        if (!m_syncing) {
            partsEdited();
            emit secureChanged(isSecure());
        }
    });
    for (QLineEdit *edit : {m_host, m_port, m_path})
        connect(edit, &QLineEdit::textEdited, this, &GeneralPage::partsEdited);
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        m_sessionExpiry->setEnabled(protocolVersion() == Mqtt::ProtocolVersion::V5 && !m_sessionNeverExpires->isChecked());
        m_sessionNeverExpires->setEnabled(protocolVersion() == Mqtt::ProtocolVersion::V5);
        emit protocolVersionChanged(protocolVersion());
        emit edited();
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        m_clientId->setText(generateClientId());
        emit edited();
    });
    connect(m_clientId, &QLineEdit::textEdited, this, &ConnectionPage::edited);
    connect(m_keepAlive, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_sessionExpiry, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_connectTimeout, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_cleanStart, &QCheckBox::toggled, this, &ConnectionPage::edited);
    connect(m_autoReconnect, &QCheckBox::toggled, this, &ConnectionPage::edited);
    connect(m_sessionNeverExpires, &QCheckBox::toggled, this, [this](bool never) {
        m_sessionExpiry->setEnabled(!never && protocolVersion() == Mqtt::ProtocolVersion::V5);
        emit edited();
    });
    connect(m_proxy, &ProxyGroup::edited, this, &ConnectionPage::edited);
}

QString GeneralPage::generateClientId()
{
    return QStringLiteral("mqttscope-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void GeneralPage::load(const ConnectionProfile &profile)
{
    m_syncing = true;
    const ConnectionSettings &c = profile.connection;
    m_name->setText(profile.name);
    ServerUrl url = c.url;
    url.username.reset();
    url.password.reset();
    m_url->setText(url.toString());
    m_scheme->setCurrentIndex(m_scheme->findData(int(url.scheme)));
    m_host->setText(url.host);
    m_port->setText(QString::number(url.port));
    m_path->setText(url.path);
    m_path->setEnabled(url.isWebSocket());
    {
        const QSignalBlocker block(m_version);
        m_version->setCurrentIndex(m_version->findData(c.options.protocolVersionFallback ? AutoVersion : int(c.options.version)));
    }
    m_clientId->setText(c.options.clientId);
    m_keepAlive->setValue(c.options.keepAlive);
    m_cleanStart->setChecked(c.options.cleanStart);
    const bool never = c.options.sessionExpiry == 0xFFFFFFFFu;
    m_sessionNeverExpires->setChecked(never);
    m_sessionExpiry->setValue(never ? 0 : int(std::min<quint32>(c.options.sessionExpiry, std::numeric_limits<int>::max())));
    m_sessionExpiry->setEnabled(!never && c.options.version == Mqtt::ProtocolVersion::V5);
    m_sessionNeverExpires->setEnabled(c.options.version == Mqtt::ProtocolVersion::V5);
    m_autoReconnect->setChecked(c.options.autoReconnect);
    m_connectTimeout->setValue(std::max(1, c.options.connectTimeoutMs / 1000));
    m_proxy->load(c.proxy);
    m_urlError.clear();
    m_syncing = false;
    updateProblems();
}

void GeneralPage::apply(ConnectionProfile *profile) const
{
    ConnectionSettings &c = profile->connection;
    profile->name = m_name->text().trimmed();
    c.url.scheme = scheme();
    c.url.host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    c.url.port = port.isEmpty() ? ServerUrl::defaultPort(c.url.scheme) : quint16(port.toUInt());
    c.url.path = c.url.isWebSocket() ? (m_path->text().trimmed().isEmpty() ? ServerUrl::defaultWebSocketPath()
                                                                            : m_path->text().trimmed())
                                     : QString();
    c.options.host = c.url.host;
    c.options.port = c.url.port;
    c.options.version = protocolVersion();
    c.options.protocolVersionFallback = m_version->currentData().toInt() == AutoVersion;
    c.options.clientId = m_clientId->text().trimmed();
    c.options.keepAlive = quint16(m_keepAlive->value());
    c.options.cleanStart = m_cleanStart->isChecked();
    c.options.sessionExpiry = m_sessionNeverExpires->isChecked() ? 0xFFFFFFFFu : quint32(m_sessionExpiry->value());
    c.options.autoReconnect = m_autoReconnect->isChecked();
    c.options.connectTimeoutMs = m_connectTimeout->value() * 1000;
    c.proxy = m_proxy->proxy();
}

QStringList GeneralPage::problems() const
{
    QStringList list;
    for (const ProblemLabel *label : {m_nameProblem, m_urlProblem, m_partsProblem}) {
        if (label->hasProblem())
            list << label->problem();
    }
    if (const QString proxy = m_proxy->problem(); !proxy.isEmpty())
        list << proxy;
    return list;
}

Mqtt::ProtocolVersion GeneralPage::protocolVersion() const
{
    const int data = m_version->currentData().toInt();
    return data == AutoVersion ? Mqtt::ProtocolVersion::V5 : Mqtt::ProtocolVersion(data);
}

ServerUrl::Scheme GeneralPage::scheme() const
{
    return ServerUrl::Scheme(m_scheme->currentData().toInt());
}

bool GeneralPage::isSecure() const
{
    return scheme() == ServerUrl::Scheme::Mqtts || scheme() == ServerUrl::Scheme::Wss;
}

void GeneralPage::setSecure(bool secure)
{
    if (secure == isSecure())
        return;
    ServerUrl::Scheme next = scheme();
    switch (next) {
    case ServerUrl::Scheme::Mqtt: next = ServerUrl::Scheme::Mqtts; break;
    case ServerUrl::Scheme::Mqtts: next = ServerUrl::Scheme::Mqtt; break;
    case ServerUrl::Scheme::Ws: next = ServerUrl::Scheme::Wss; break;
    case ServerUrl::Scheme::Wss: next = ServerUrl::Scheme::Ws; break;
    }
    // The port follows when it was the old protocol's default.
    const bool defaultPort = m_port->text().trimmed().isEmpty()
        || m_port->text().trimmed() == QString::number(ServerUrl::defaultPort(scheme()));
    m_syncing = true;
    m_scheme->setCurrentIndex(m_scheme->findData(int(next)));
    if (defaultPort)
        m_port->setText(QString::number(ServerUrl::defaultPort(next)));
    m_syncing = false;
    partsEdited();
}

void GeneralPage::urlEdited()
{
    if (m_syncing)
        return;
    QString error;
    const auto parsed = ServerUrl::parse(m_url->text().trimmed(), &error);
    m_urlError.clear();
    if (m_url->text().trimmed().isEmpty()) {
        m_urlError = tr("Give the broker's URL, e.g. mqtt://localhost:1883");
    } else if (!parsed) {
        m_urlError = error;
    } else if (parsed->username || parsed->password) {
        m_urlError = tr("Give the user name and password on the Authentication page, not in the URL");
    } else {
        const bool wasSecure = isSecure();
        m_syncing = true;
        m_scheme->setCurrentIndex(m_scheme->findData(int(parsed->scheme)));
        m_host->setText(parsed->host);
        m_port->setText(QString::number(parsed->port));
        m_path->setText(parsed->path);
        m_syncing = false;
        if (wasSecure != isSecure())
            emit secureChanged(isSecure());
    }
    updateProblems();
    emit edited();
}

QString GeneralPage::partsProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Give the broker's host name or address");
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')))
        return tr("\"%1\" is not a host name or address").arg(host);
    const QString port = m_port->text().trimmed();
    bool ok = port.isEmpty();
    if (!ok) {
        const uint value = port.toUInt(&ok);
        ok = ok && value >= 1 && value <= 65535;
    }
    if (!ok)
        return tr("The port must be a number from 1 to 65535, not \"%1\"").arg(port);
    const QString path = m_path->text().trimmed();
    if (m_path->isEnabled() && !path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        return tr("The WebSocket path must start with \"/\"");
    return QString();
}

void GeneralPage::partsEdited()
{
    if (m_syncing)
        return;
    if (partsProblem().isEmpty()) {
        ServerUrl url;
        url.scheme = scheme();
        QString host = m_host->text().trimmed();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        url.host = host;
        const QString port = m_port->text().trimmed();
        url.port = port.isEmpty() ? ServerUrl::defaultPort(url.scheme) : quint16(port.toUInt());
        if (url.isWebSocket())
            url.path = m_path->text().trimmed().isEmpty() ? ServerUrl::defaultWebSocketPath() : m_path->text().trimmed();
        m_syncing = true;
        m_url->setText(url.toString());
        m_syncing = false;
        m_urlError.clear();
    }
    updateProblems();
    emit edited();
}

void GeneralPage::updateProblems()
{
    m_nameProblem->setProblem(m_name->text().trimmed().isEmpty() ? tr("Give the profile a name") : QString());
    m_urlProblem->setProblem(m_urlError);
    m_partsProblem->setProblem(m_urlError.isEmpty() ? partsProblem() : QString());
}
