#pragma once

#include "connectionpage.h"

class QCheckBox;
class QLabel;
class QSpinBox;
class UserPropertiesTable;

// MQTT 5 CONNECT settings: receive maximum, maximum packet size, topic alias maximum, request
// problem / response information, and user properties.
class AdvancedPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit AdvancedPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Advanced"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override { return {}; }
    void setProtocolVersion(Mqtt::ProtocolVersion version) override;

private:
    QLabel *m_v311Note;
    QWidget *m_fields;
    QSpinBox *m_receiveMaximum;
    QSpinBox *m_maximumPacketSize;
    QSpinBox *m_topicAliasMaximum;
    QCheckBox *m_autoTopicAliases = nullptr;
    QCheckBox *m_problemInformation;
    QCheckBox *m_responseInformation;
    UserPropertiesTable *m_userProperties;
};
