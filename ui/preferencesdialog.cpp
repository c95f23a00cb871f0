#include "preferencesdialog.h"

#include <QPushButton>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spinBox(int low, int high, int value, int step, const QString &suffix, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(160);
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_original(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_languageNote = new QLabel(tr("A new language applies when MqttScope starts again."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setEnabled(false);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    m_timeFormat = new QComboBox;
    m_timeFormat->setObjectName(QStringLiteral("timeFormat"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (AppSettings::TimeFormat format :
         {AppSettings::TimeFormat::Local, AppSettings::TimeFormat::LocalWithDate, AppSettings::TimeFormat::Iso8601}) {
        AppSettings sample;
        sample.timeFormat = format;
        m_timeFormat->addItem(sample.formatTime(now), int(format));
    }
    m_timeFormat->setCurrentIndex(qMax(0, m_timeFormat->findData(int(settings.timeFormat))));
    m_timeFormat->setToolTip(tr("How times of messages are shown (local time, with the date, or ISO-8601 in UTC)"));
    generalForm->addRow(tr("&Time format:"), m_timeFormat);

    auto *limits = new QGroupBox(tr("History limits"));
    auto *limitsForm = new QFormLayout(limits);
    m_historyDepth = spinBox(AppSettings::MinHistoryDepth, AppSettings::MaxHistoryDepth, settings.historyDepth, 100,
                             QString(), QStringLiteral("historyDepth"));
    m_historyDepth->setToolTip(tr("How many messages of each topic are kept for its history and diff"));
    limitsForm->addRow(tr("Messages per &topic:"), m_historyDepth);
    m_logSize = spinBox(AppSettings::MinLogSize, AppSettings::MaxLogSize, settings.logSize, 10000, QString(),
                        QStringLiteral("logSize"));
    m_logSize->setToolTip(tr("How many messages the message log keeps; the oldest go first"));
    limitsForm->addRow(tr("Message &log size:"), m_logSize);
    m_payloadKiB = spinBox(AppSettings::MinPayloadBytes / 1024, AppSettings::MaxPayloadBytes / 1024,
                           settings.payloadBytes / 1024, 256, tr(" KiB"), QStringLiteral("payloadKiB"));
    m_payloadKiB->setToolTip(tr("Longer payloads are kept cut to this size in the history (and marked as cut)"));
    limitsForm->addRow(tr("&Bytes per payload kept:"), m_payloadKiB);
    m_seriesPoints = spinBox(AppSettings::MinSeriesPoints, AppSettings::MaxSeriesPoints, settings.seriesPoints,
                             100000, QString(), QStringLiteral("seriesPoints"));
    m_seriesPoints->setToolTip(tr("Points kept per plotted series; the oldest go first"));
    limitsForm->addRow(tr("&Points per series:"), m_seriesPoints);
    m_memory = new QLabel;
    m_memory->setObjectName(QStringLiteral("memoryEstimate"));
    m_memory->setWordWrap(true);
    limitsForm->addRow(tr("Memory:"), m_memory);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, this, [this] {
        const AppSettings defaults;
        m_historyDepth->setValue(defaults.historyDepth);
        m_logSize->setValue(defaults.logSize);
        m_payloadKiB->setValue(defaults.payloadBytes / 1024);
        m_seriesPoints->setValue(defaults.seriesPoints);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(limits);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_historyDepth, m_logSize, m_payloadKiB, m_seriesPoints})
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::updateMemory);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setEnabled(m_language->currentData().toString() != m_original.language);
    });
    updateMemory();
    resize(520, sizeHint().height());
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings s = m_original;
    s.language = m_language->currentData().toString();
    s.timeFormat = AppSettings::TimeFormat(m_timeFormat->currentData().toInt());
    s.historyDepth = m_historyDepth->value();
    s.logSize = m_logSize->value();
    s.payloadBytes = m_payloadKiB->value() * 1024;
    s.seriesPoints = m_seriesPoints->value();
    return s;
}

void PreferencesDialog::updateMemory()
{
    const AppSettings s = settings();
    m_memory->setText(tr("About %1 for %2 topics of small messages and %3 full series; "
                         "at most %4 if every payload were at its limit.")
                          .arg(AppSettings::formatBytes(s.typicalMemory(AssumedTopics, AssumedSeries)))
                          .arg(AssumedTopics)
                          .arg(AssumedSeries)
                          .arg(AppSettings::formatBytes(s.worstCaseMemory(AssumedTopics, AssumedSeries))));
}
