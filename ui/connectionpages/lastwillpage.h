#pragma once

#include "connectionpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class ProblemLabel;
class UserPropertiesTable;

// The Last Will the broker publishes when the connection ends without a DISCONNECT: topic,
// payload (text or hex), QoS, retain, and the MQTT 5 will properties.
class LastWillPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit LastWillPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Last Will"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override;
    void setProtocolVersion(Mqtt::ProtocolVersion version) override;

private:
    void revalidate();
    QByteArray payload(bool *ok) const;

    QCheckBox *m_enabled;
    QWidget *m_fields;
    QLineEdit *m_topic;
    ProblemLabel *m_topicProblem;
    QComboBox *m_payloadFormat;
    QPlainTextEdit *m_payload;
    ProblemLabel *m_payloadProblem;
    QComboBox *m_qos;
    QCheckBox *m_retain;
    QGroupBox *m_v5;
    QSpinBox *m_delay;
    QSpinBox *m_expiry;
    QLineEdit *m_contentType;
    QLineEdit *m_responseTopic;
    ProblemLabel *m_responseTopicProblem;
    QLineEdit *m_correlationData;
    UserPropertiesTable *m_userProperties;
};
