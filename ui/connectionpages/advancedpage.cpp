#include "advancedpage.h"

#include "connectionprofile.h"
#include "userpropertiestable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

AdvancedPage::AdvancedPage(QWidget *parent)
    : ConnectionPage(parent), m_v311Note(new QLabel(tr("These settings need MQTT 5 (General page)."), this)),
      m_fields(new QWidget(this))
{
    m_v311Note->setObjectName(QStringLiteral("advancedNeedsV5"));
    m_receiveMaximum = new QSpinBox(m_fields);
    m_receiveMaximum->setObjectName(QStringLiteral("receiveMaximum"));
    m_receiveMaximum->setRange(1, 65535);
    m_receiveMaximum->setToolTip(tr("How many QoS 1 and 2 messages the broker may send us before we acknowledge them"));
    m_maximumPacketSize = new QSpinBox(m_fields);
    m_maximumPacketSize->setObjectName(QStringLiteral("maximumPacketSize"));
    m_maximumPacketSize->setRange(0, std::numeric_limits<int>::max());
    m_maximumPacketSize->setSuffix(tr(" bytes"));
    m_maximumPacketSize->setSpecialValueText(tr("no limit"));
    m_maximumPacketSize->setToolTip(tr("The largest packet we accept; the broker drops bigger messages for us"));
    m_topicAliasMaximum = new QSpinBox(m_fields);
    m_topicAliasMaximum->setObjectName(QStringLiteral("topicAliasMaximum"));
    m_topicAliasMaximum->setRange(0, 65535);
    m_topicAliasMaximum->setSpecialValueText(tr("0 (no aliases)"));
    m_topicAliasMaximum->setToolTip(tr("How many topic aliases the broker may use towards us"));
    m_autoTopicAliases = new QCheckBox(tr("Use topic aliases for repeated topics when publishing"), m_fields);
    m_autoTopicAliases->setObjectName(QStringLiteral("autoTopicAliases"));
    m_autoTopicAliases->setToolTip(tr("Sends a short alias instead of a topic published again, up to the broker's topic "
                                      "alias maximum (saves bandwidth; aliases are set up again on each connection)"));
    m_problemInformation = new QCheckBox(tr("Request problem information (reason strings on errors)"), m_fields);
    m_problemInformation->setObjectName(QStringLiteral("requestProblemInformation"));
    m_responseInformation = new QCheckBox(tr("Request response information (for request / response)"), m_fields);
    m_responseInformation->setObjectName(QStringLiteral("requestResponseInformation"));
    m_userProperties = new UserPropertiesTable(QStringLiteral("connectUserProperties"), m_fields);

    auto *form = newForm();
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Receive maximum:"), m_receiveMaximum);
    form->addRow(tr("Maximum packet size:"), m_maximumPacketSize);
    form->addRow(tr("Topic alias maximum:"), m_topicAliasMaximum);
    form->addRow(QString(), m_autoTopicAliases);
    form->addRow(QString(), m_problemInformation);
    form->addRow(QString(), m_responseInformation);
    form->addRow(tr("CONNECT user properties:"), m_userProperties);
    m_fields->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    polishLayout(layout);
    layout->addWidget(m_v311Note);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    m_v311Note->setVisible(false);

    connect(m_receiveMaximum, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_maximumPacketSize, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_topicAliasMaximum, &QSpinBox::valueChanged, this, &ConnectionPage::edited);
    connect(m_autoTopicAliases, &QCheckBox::toggled, this, &ConnectionPage::edited);
    connect(m_problemInformation, &QCheckBox::toggled, this, &ConnectionPage::edited);
    connect(m_responseInformation, &QCheckBox::toggled, this, &ConnectionPage::edited);
    connect(m_userProperties, &UserPropertiesTable::edited, this, &ConnectionPage::edited);
}

void AdvancedPage::load(const ConnectionProfile &profile)
{
    const Mqtt::ClientOptions &o = profile.connection.options;
    const QSignalBlocker b1(m_receiveMaximum), b2(m_maximumPacketSize), b3(m_topicAliasMaximum), b4(m_problemInformation),
        b5(m_responseInformation), b6(m_autoTopicAliases);
    m_receiveMaximum->setValue(o.receiveMaximum);
    m_maximumPacketSize->setValue(int(std::min<quint32>(o.maximumPacketSize, std::numeric_limits<int>::max())));
    m_topicAliasMaximum->setValue(o.topicAliasMaximum);
    m_autoTopicAliases->setChecked(o.autoTopicAliases);
    m_problemInformation->setChecked(o.requestProblemInformation);
    m_responseInformation->setChecked(o.requestResponseInformation);
    m_userProperties->setProperties(o.userProperties);
}

void AdvancedPage::apply(ConnectionProfile *profile) const
{
    Mqtt::ClientOptions &o = profile->connection.options;
    o.receiveMaximum = quint16(m_receiveMaximum->value());
    o.maximumPacketSize = quint32(m_maximumPacketSize->value());
    o.topicAliasMaximum = quint16(m_topicAliasMaximum->value());
    o.autoTopicAliases = m_autoTopicAliases->isChecked();
    o.requestProblemInformation = m_problemInformation->isChecked();
    o.requestResponseInformation = m_responseInformation->isChecked();
    o.userProperties = m_userProperties->properties();
}

void AdvancedPage::setProtocolVersion(Mqtt::ProtocolVersion version)
{
    const bool v5 = version == Mqtt::ProtocolVersion::V5;
    m_fields->setEnabled(v5);
    m_v311Note->setVisible(!v5);
}
