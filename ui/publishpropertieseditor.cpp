#include "publishpropertieseditor.h"

#include "topic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

PublishPropertiesEditor::PublishPropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_contentType(new QLineEdit(this))
    , m_formatIndicator(new QComboBox(this))
    , m_expiryOn(new QCheckBox(tr("Expire after"), this))
    , m_expiry(new QSpinBox(this))
    , m_responseTopic(new QLineEdit(this))
    , m_correlation(new QLineEdit(this))
    , m_correlationHex(new QCheckBox(tr("Hex"), this))
    , m_userProperties(new QTableWidget(0, 2, this))
    , m_addProperty(new QToolButton(this))
    , m_removeProperty(new QToolButton(this))
    , m_alias(new QSpinBox(this))
    , m_problemLabel(new QLabel(this))
{
    m_contentType->setObjectName(QStringLiteral("contentType"));
    m_contentType->setPlaceholderText(tr("e.g. application/json"));
    m_formatIndicator->setObjectName(QStringLiteral("payloadFormatIndicator"));
    m_formatIndicator->addItem(tr("Not sent"), -1);
    m_formatIndicator->addItem(tr("0 — bytes"), 0);
    m_formatIndicator->addItem(tr("1 — UTF-8 text"), 1);
    m_formatIndicator->setToolTip(tr("Payload Format Indicator: whether receivers may treat the payload as UTF-8 text"));
    m_expiryOn->setObjectName(QStringLiteral("messageExpiryOn"));
    m_expiry->setObjectName(QStringLiteral("messageExpiry"));
    m_expiry->setRange(0, 2147483647);
    m_expiry->setSuffix(tr(" s"));
    m_expiry->setEnabled(false);
    m_expiry->setToolTip(tr("Message Expiry Interval: the broker drops the message after this many seconds"));
    m_responseTopic->setObjectName(QStringLiteral("responseTopic"));
    m_responseTopic->setPlaceholderText(tr("Where a responder should reply"));
    m_correlation->setObjectName(QStringLiteral("correlationData"));
    m_correlation->setPlaceholderText(tr("Matches a reply to its request"));
    m_correlationHex->setObjectName(QStringLiteral("correlationHex"));
    m_correlationHex->setToolTip(tr("The correlation data is written as hex digits"));

    m_userProperties->setObjectName(QStringLiteral("userProperties"));
    m_userProperties->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userProperties->horizontalHeader()->setStretchLastSection(true);
    m_userProperties->verticalHeader()->hide();
    m_userProperties->setMinimumHeight(70);
    m_userProperties->setToolTip(tr("Sent in this order; a name may appear more than once"));
    m_addProperty->setObjectName(QStringLiteral("addUserProperty"));
    m_addProperty->setText(tr("Add"));
    m_addProperty->setToolTip(tr("Add a user property"));
    m_removeProperty->setObjectName(QStringLiteral("removeUserProperty"));
    m_removeProperty->setText(tr("Remove"));
    m_removeProperty->setToolTip(tr("Remove the selected user property"));

    m_alias->setObjectName(QStringLiteral("topicAlias"));
    m_alias->setRange(0, 65535);
    m_alias->setSpecialValueText(tr("None"));
    m_alias->setToolTip(tr("Topic Alias: a number standing for the topic. Send it once with the topic, then the "
                           "topic may be left empty. At most the broker's Topic Alias Maximum."));

    m_problemLabel->setObjectName(QStringLiteral("propertiesProblem"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiryOn);
    expiry->addWidget(m_expiry, 1);
    auto *correlation = new QHBoxLayout;
    correlation->addWidget(m_correlation, 1);
    correlation->addWidget(m_correlationHex);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addProperty);
    buttons->addWidget(m_removeProperty);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Content type:"), m_contentType);
    form->addRow(tr("Payload format:"), m_formatIndicator);
    form->addRow(tr("Expiry:"), expiry);
    form->addRow(tr("Response topic:"), m_responseTopic);
    form->addRow(tr("Correlation data:"), correlation);
    form->addRow(tr("Topic alias:"), m_alias);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("User properties:"), this));
    layout->addWidget(m_userProperties);
    layout->addLayout(buttons);
    layout->addWidget(m_problemLabel);

    connect(m_expiryOn, &QCheckBox::toggled, m_expiry, &QSpinBox::setEnabled);
    connect(m_addProperty, &QToolButton::clicked, this, [this] {
        addUserProperty(QString(), QString());
        m_userProperties->setCurrentCell(m_userProperties->rowCount() - 1, 0);
        m_userProperties->editItem(m_userProperties->currentItem());
    });
    connect(m_removeProperty, &QToolButton::clicked, this, [this] {
        if (m_userProperties->currentRow() >= 0)
            m_userProperties->removeRow(m_userProperties->currentRow());
        validate();
    });
    for (QLineEdit *edit : {m_contentType, m_responseTopic, m_correlation})
        connect(edit, &QLineEdit::textChanged, this, &PublishPropertiesEditor::validate);
    connect(m_formatIndicator, &QComboBox::currentIndexChanged, this, &PublishPropertiesEditor::validate);
    connect(m_expiryOn, &QCheckBox::toggled, this, &PublishPropertiesEditor::validate);
    connect(m_expiry, &QSpinBox::valueChanged, this, &PublishPropertiesEditor::validate);
    connect(m_correlationHex, &QCheckBox::toggled, this, &PublishPropertiesEditor::validate);
    connect(m_alias, &QSpinBox::valueChanged, this, &PublishPropertiesEditor::validate);
    connect(m_userProperties, &QTableWidget::itemChanged, this, &PublishPropertiesEditor::validate);
}

void PublishPropertiesEditor::addUserProperty(const QString &name, const QString &value)
{
    const QSignalBlocker block(m_userProperties);
    const int row = m_userProperties->rowCount();
    m_userProperties->insertRow(row);
    m_userProperties->setItem(row, 0, new QTableWidgetItem(name));
    m_userProperties->setItem(row, 1, new QTableWidgetItem(value));
    validate();
}

void PublishPropertiesEditor::apply(PublishDraft *d) const
{
    d->contentType = m_contentType->text();
    d->payloadFormatIndicator = m_formatIndicator->currentData().toInt();
    d->messageExpiry = m_expiryOn->isChecked() ? m_expiry->value() : -1;
    d->responseTopic = m_responseTopic->text();
    d->correlationData = m_correlation->text();
    d->correlationHex = m_correlationHex->isChecked();
    d->userProperties.clear();
    for (int row = 0; row < m_userProperties->rowCount(); ++row) {
        const QTableWidgetItem *name = m_userProperties->item(row, 0);
        const QTableWidgetItem *value = m_userProperties->item(row, 1);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (!n.isEmpty() || !v.isEmpty())
            d->userProperties.append({n, v});
    }
    d->topicAlias = m_alias->value();
}

void PublishPropertiesEditor::load(const PublishDraft &d)
{
    {
        const QSignalBlocker block(this);
        m_contentType->setText(d.contentType);
        m_formatIndicator->setCurrentIndex(m_formatIndicator->findData(d.payloadFormatIndicator));
        m_expiryOn->setChecked(d.messageExpiry >= 0);
        m_expiry->setValue(int(qMin<qint64>(qMax<qint64>(d.messageExpiry, 0), 2147483647)));
        m_responseTopic->setText(d.responseTopic);
        m_correlation->setText(d.correlationData);
        m_correlationHex->setChecked(d.correlationHex);
        m_userProperties->setRowCount(0);
        for (const Mqtt::UserProperty &p : d.userProperties)
            addUserProperty(p.first, p.second);
        m_alias->setValue(d.topicAlias);
    }
    validate();
}

int PublishPropertiesEditor::count() const
{
    PublishDraft d;
    apply(&d);
    return int(!d.contentType.isEmpty()) + int(d.payloadFormatIndicator >= 0) + int(d.messageExpiry >= 0)
        + int(!d.responseTopic.isEmpty()) + int(!d.correlationData.isEmpty()) + int(d.userProperties.size())
        + int(d.topicAlias > 0);
}

void PublishPropertiesEditor::validate()
{
    QString problem;
    QString why;
    if (!m_responseTopic->text().isEmpty() && !Mqtt::Topic::isValidTopicName(m_responseTopic->text(), &why))
        problem = tr("Response topic: %1").arg(why);
    if (problem.isEmpty() && m_correlationHex->isChecked()) {
        const PayloadEncoder::Result r = PayloadEncoder::encode(PayloadFormat::Hex, m_correlation->text());
        if (!r.ok())
            problem = tr("Correlation data: %1").arg(r.error);
    }
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}
