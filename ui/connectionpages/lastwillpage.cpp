#include "lastwillpage.h"

#include "connectionprofile.h"
#include "problemlabel.h"
#include "topic.h"
#include "userpropertiestable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

enum PayloadFormat { Text, Hex };

QSpinBox *secondsBox(const QString &name, const QString &zeroText, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, std::numeric_limits<int>::max());
    box->setSuffix(LastWillPage::tr(" s"));
    box->setSpecialValueText(zeroText);
    return box;
}

} // namespace

LastWillPage::LastWillPage(QWidget *parent)
    : ConnectionPage(parent), m_enabled(new QCheckBox(tr("&Send a Last Will when the connection is lost"), this)),
      m_fields(new QWidget(this))
{
    m_enabled->setObjectName(QStringLiteral("willEnabled"));
    m_enabled->setToolTip(tr("The broker publishes this message for us when our connection ends without a "
                             "proper disconnect (crash, network failure, keep-alive timeout)"));
    m_topic = new QLineEdit(m_fields);
    m_topic->setObjectName(QStringLiteral("willTopic"));
    m_topic->setPlaceholderText(tr("e.g. devices/mqttscope/status"));
    m_topicProblem = new ProblemLabel(m_fields);
    m_payloadFormat = new QComboBox(m_fields);
    m_payloadFormat->setObjectName(QStringLiteral("willPayloadFormat"));
    m_payloadFormat->addItem(tr("Text (UTF-8)"), Text);
    m_payloadFormat->addItem(tr("Hex bytes"), Hex);
    m_payload = new QPlainTextEdit(m_fields);
    m_payload->setObjectName(QStringLiteral("willPayload"));
    m_payload->setPlaceholderText(tr("e.g. offline"));
    m_payload->setMaximumHeight(70);
    m_payloadProblem = new ProblemLabel(m_fields);
    m_qos = new QComboBox(m_fields);
    m_qos->setObjectName(QStringLiteral("willQos"));
    m_qos->addItems({tr("0 - at most once"), tr("1 - at least once"), tr("2 - exactly once")});
    m_retain = new QCheckBox(tr("Retain"), m_fields);
    m_retain->setObjectName(QStringLiteral("willRetain"));

    m_v5 = new QGroupBox(tr("MQTT 5 will properties"), m_fields);
    m_delay = secondsBox(QStringLiteral("willDelay"), tr("0 (publish at once)"), m_v5);
    m_delay->setToolTip(tr("Wait this long before publishing; reconnecting in time cancels the Will"));
    m_expiry = secondsBox(QStringLiteral("willExpiry"), tr("0 (never expires)"), m_v5);
    m_contentType = new QLineEdit(m_v5);
    m_contentType->setObjectName(QStringLiteral("willContentType"));
    m_contentType->setPlaceholderText(tr("e.g. application/json"));
    m_responseTopic = new QLineEdit(m_v5);
    m_responseTopic->setObjectName(QStringLiteral("willResponseTopic"));
    m_responseTopicProblem = new ProblemLabel(m_v5);
    m_correlationData = new QLineEdit(m_v5);
    m_correlationData->setObjectName(QStringLiteral("willCorrelationData"));
    m_correlationData->setPlaceholderText(tr("text"));
    m_userProperties = new UserPropertiesTable(QStringLiteral("willUserProperties"), m_v5);
    auto *v5Form = newForm();
    v5Form->addRow(tr("Will delay:"), m_delay);
    v5Form->addRow(tr("Message expiry:"), m_expiry);
    v5Form->addRow(tr("Content type:"), m_contentType);
    v5Form->addRow(tr("Response topic:"), m_responseTopic);
    v5Form->addRow(QString(), m_responseTopicProblem);
    v5Form->addRow(tr("Correlation data:"), m_correlationData);
    v5Form->addRow(tr("User properties:"), m_userProperties);
    m_v5->setLayout(v5Form);

    auto *qosRow = new QHBoxLayout;
    qosRow->addWidget(m_qos);
    qosRow->addWidget(m_retain);
    qosRow->addStretch(1);
    auto *form = newForm();
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(QString(), m_topicProblem);
    form->addRow(tr("Payload format:"), m_payloadFormat);
    form->addRow(tr("&Payload:"), m_payload);
    form->addRow(QString(), m_payloadProblem);
    form->addRow(tr("QoS:"), qosRow);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_v5);
    fieldsLayout->addStretch(1);

    layOutScrolling(m_enabled, m_fields);

    const auto changed = [this] {
        revalidate();
        emit edited();
    };
    connect(m_enabled, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_topic, m_contentType, m_responseTopic, m_correlationData})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_payload, &QPlainTextEdit::textChanged, this, changed);
    connect(m_payloadFormat, &QComboBox::currentIndexChanged, this, changed);
    connect(m_qos, &QComboBox::currentIndexChanged, this, changed);
    connect(m_retain, &QCheckBox::toggled, this, changed);
    connect(m_delay, &QSpinBox::valueChanged, this, changed);
    connect(m_expiry, &QSpinBox::valueChanged, this, changed);
    connect(m_userProperties, &UserPropertiesTable::edited, this, changed);
    revalidate();
}

void LastWillPage::load(const ConnectionProfile &profile)
{
    const auto &will = profile.connection.options.will;
    const QSignalBlocker b1(m_enabled), b2(m_payload), b3(m_payloadFormat), b4(m_qos), b5(m_retain), b6(m_delay),
        b7(m_expiry);
    m_enabled->setChecked(will.has_value());
    const Mqtt::Will w = will.value_or(Mqtt::Will{});
    m_topic->setText(w.topic);
    // Text when the payload is valid UTF-8 without control characters other than line breaks.
    const QString text = QString::fromUtf8(w.payload);
    const bool printable = text.toUtf8() == w.payload
        && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    m_payloadFormat->setCurrentIndex(printable ? Text : Hex);
    m_payload->setPlainText(printable ? text : QString::fromLatin1(w.payload.toHex(' ')));
    m_qos->setCurrentIndex(w.qos);
    m_retain->setChecked(w.retain);
    m_delay->setValue(int(std::min<quint32>(w.properties.willDelayInterval().value_or(0), std::numeric_limits<int>::max())));
    m_expiry->setValue(int(std::min<quint32>(w.properties.messageExpiryInterval().value_or(0), std::numeric_limits<int>::max())));
    m_contentType->setText(w.properties.contentType().value_or(QString()));
    m_responseTopic->setText(w.properties.responseTopic().value_or(QString()));
    m_correlationData->setText(QString::fromUtf8(w.properties.correlationData().value_or(QByteArray())));
    m_userProperties->setProperties(w.properties.userProperties());
    revalidate();
}

QByteArray LastWillPage::payload(bool *ok) const
{
    const QString text = m_payload->toPlainText();
    *ok = true;
    if (m_payloadFormat->currentData().toInt() == Text)
        return text.toUtf8();
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
    *ok = hex.match(digits).hasMatch();
    return *ok ? QByteArray::fromHex(digits.toLatin1()) : QByteArray();
}

void LastWillPage::apply(ConnectionProfile *profile) const
{
    auto &will = profile->connection.options.will;
    if (!m_enabled->isChecked()) {
        will.reset();
        return;
    }
    Mqtt::Will w;
    w.topic = m_topic->text();
    bool ok = false;
    w.payload = payload(&ok);
    w.qos = quint8(m_qos->currentIndex());
    w.retain = m_retain->isChecked();
    if (profile->connection.options.version == Mqtt::ProtocolVersion::V5) {
        if (m_delay->value() > 0)
            w.properties.setValue(Mqtt::PropertyId::WillDelayInterval, quint32(m_delay->value()));
        if (m_expiry->value() > 0)
            w.properties.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(m_expiry->value()));
        if (!m_contentType->text().isEmpty())
            w.properties.setValue(Mqtt::PropertyId::ContentType, m_contentType->text());
        if (!m_responseTopic->text().isEmpty())
            w.properties.setValue(Mqtt::PropertyId::ResponseTopic, m_responseTopic->text());
        if (!m_correlationData->text().isEmpty())
            w.properties.setValue(Mqtt::PropertyId::CorrelationData, m_correlationData->text().toUtf8());
        w.properties.setUserProperties(m_userProperties->properties());
    }
    will = w;
}

QStringList LastWillPage::problems() const
{
    QStringList list;
    if (!m_enabled->isChecked())
        return list;
    for (const ProblemLabel *label : {m_topicProblem, m_payloadProblem, m_responseTopicProblem}) {
        if (label->hasProblem() && label->isEnabled())
            list << label->problem();
    }
    return list;
}

void LastWillPage::setProtocolVersion(Mqtt::ProtocolVersion version)
{
    m_v5->setEnabled(version == Mqtt::ProtocolVersion::V5);
    m_v5->setToolTip(version == Mqtt::ProtocolVersion::V5 ? QString() : tr("Will properties need MQTT 5"));
    revalidate();
}

void LastWillPage::revalidate()
{
    m_fields->setEnabled(m_enabled->isChecked());
    QString why;
    m_topicProblem->setProblem(Mqtt::Topic::isValidTopicName(m_topic->text(), &why)
                                   ? QString()
                                   : tr("The will topic is not a valid topic name: %1").arg(why));
    bool ok = false;
    payload(&ok);
    m_payloadProblem->setProblem(ok ? QString() : tr("Hex bytes are pairs of the digits 0-9 and A-F, e.g. \"6f 66 66\""));
    const QString response = m_responseTopic->text();
    m_responseTopicProblem->setProblem(response.isEmpty() || !m_v5->isEnabled() || Mqtt::Topic::isValidTopicName(response, &why)
                                           ? QString()
                                           : tr("The response topic is not a valid topic name: %1").arg(why));
}
