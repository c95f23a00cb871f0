#pragma once

#include "connectionpage.h"
#include "serverurl.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class ProblemLabel;
class ProxyGroup;

// Name, where the broker is (a URL, or protocol + host + port + WebSocket path, kept in step),
// MQTT version, client id, keep alive, session, reconnect, connect timeout and proxy.
class GeneralPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit GeneralPage(QWidget *parent = nullptr);

    QString title() const override { return tr("General"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override;

    Mqtt::ProtocolVersion protocolVersion() const;
    bool isSecure() const;
    // The TLS page's switch: mqtt <-> mqtts, ws <-> wss.
    void setSecure(bool secure);
    // A client id the way Generate makes them: "mqttscope-" and 8 random hex digits.
    static QString generateClientId();

Q_SIGNALS:
    void protocolVersionChanged(Mqtt::ProtocolVersion version);
    void secureChanged(bool secure);

private:
    static constexpr int AutoVersion = -1; // the version box's "MQTT 5.0, else 3.1.1"
    void urlEdited();
    void partsEdited();
    void updateProblems();
    Mqtt::ServerUrl::Scheme scheme() const;
    QString partsProblem() const;

    QLineEdit *m_name;
    ProblemLabel *m_nameProblem;
    QLineEdit *m_url;
    ProblemLabel *m_urlProblem;
    QComboBox *m_scheme;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_path;
    ProblemLabel *m_partsProblem;
    QComboBox *m_version;
    QLineEdit *m_clientId;
    QSpinBox *m_keepAlive;
    QCheckBox *m_cleanStart;
    QSpinBox *m_sessionExpiry;
    QCheckBox *m_sessionNeverExpires;
    QCheckBox *m_autoReconnect;
    QSpinBox *m_connectTimeout;
    ProxyGroup *m_proxy;
    QString m_urlError;
    bool m_syncing = false;
};
