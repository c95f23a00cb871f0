#include "publishpanel.h"

#include "brokersession.h"
#include "payloadeditor.h"
#include "periodicpublisher.h"
#include "publishhistorymodel.h"
#include "publishhistoryview.h"
#include "publishpropertieseditor.h"
#include "requesttracker.h"
#include "retainedclearbar.h"
#include "savedmessagesmodel.h"
#include "savedmessagesview.h"
#include "topiccompleter.h"
#include "topictreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxResults = 200;
}

PublishPanel::PublishPanel(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(new PublishHistoryModel(this))
    , m_saved(new SavedMessagesModel(this))
    , m_requests(new RequestTracker(session, this))
    , m_periodic(new PeriodicPublisher(session, this))
{
    setObjectName(QStringLiteral("publishPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(createEditor());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("publishResults"));
    m_results->setUniformItemSizes(true);
    m_results->setWordWrap(false);
    m_historyView = new PublishHistoryView(m_history, this);
    m_savedView = new SavedMessagesView(m_saved, this);
    m_requestView = new QTableView(this);
    m_requestView->setObjectName(QStringLiteral("requestView"));
    m_requestView->setModel(m_requests);
    m_requestView->verticalHeader()->hide();
    m_requestView->horizontalHeader()->setStretchLastSection(true);
    m_requestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("publishTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(m_savedView, tr("Saved"));
    m_tabs->addTab(m_requestView, tr("Requests"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &PublishPanel::publish, Qt::WidgetWithChildrenShortcut);
        shortcut->setObjectName(QStringLiteral("publishShortcut"));
    }

    connect(m_session, &BrokerSession::stateChanged, this, [this] {
        updateSessionLimits();
        validate();
    });
    connect(m_session, &BrokerSession::published, this, &PublishPanel::onPublished);
    connect(m_session, &BrokerSession::publishFailed, this, &PublishPanel::onPublishFailed);
    connect(m_historyView, &PublishHistoryView::loadRequested, this, &PublishPanel::loadDraft);
    connect(m_historyView, &PublishHistoryView::publishRequested, this, &PublishPanel::publishDrafts);
    connect(m_savedView, &SavedMessagesView::loadRequested, this, &PublishPanel::loadDraft);
    connect(m_savedView, &SavedMessagesView::publishRequested, this, &PublishPanel::publishDrafts);
    connect(m_savedView, &SavedMessagesView::saveRequested, this, [this] { m_savedView->saveDraft(draft()); });
    connect(m_periodic, &PeriodicPublisher::progress, this, [this](quint64 sent, quint64 failed, double rate) {
        QString text = tr("Sent %L1 · %2 msg/s").arg(sent).arg(QLocale().toString(rate, 'f', 2));
        if (failed)
            text += tr(" · failed: %L1").arg(failed);
        m_repeatStatus->setText(text);
    });
    connect(m_periodic, &PeriodicPublisher::stopped, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            addResult(0, reason, Severity::Error);
        m_repeatStatus->setText(m_repeatStatus->text() + tr(" · stopped"));
        validate();
    });
    connect(m_requests, &RequestTracker::answered, this, [this](int row) {
        addResult(0, tr("Response on %1: %2").arg(m_requests->response(row).topic(), m_requests->statusText(row)),
                  Severity::Ok);
    });
    connect(m_requests, &RequestTracker::timedOut, this,
            [this](int row) { addResult(0, m_requests->statusText(row), Severity::Error); });
    updateSessionLimits();
    validate();
}

PublishPanel::~PublishPanel() = default;

QWidget *PublishPanel::createEditor()
{
    auto *editor = new QWidget;
    m_topic = new QLineEdit(editor);
    m_topic->setObjectName(QStringLiteral("publishTopic"));
    m_topic->setPlaceholderText(tr("Topic, e.g. sensors/kitchen/cmd"));
    m_topic->setClearButtonEnabled(true);
    m_topic->setCompleter(new TopicCompleter(m_session->pipeline()->topicTree(), m_topic));
    m_topicProblem = new QLabel(editor);
    m_topicProblem->setObjectName(QStringLiteral("topicProblem"));
    m_topicProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_topicProblem->setWordWrap(true);
    m_topicProblem->hide();

    m_payload = new PayloadEditor(editor);
    m_qos = new QComboBox(editor);
    m_qos->setObjectName(QStringLiteral("publishQos"));
    m_qos->addItem(tr("QoS 0 — at most once"), 0);
    m_qos->addItem(tr("QoS 1 — at least once"), 1);
    m_qos->addItem(tr("QoS 2 — exactly once"), 2);
    m_retain = new QCheckBox(tr("Retain"), editor);
    m_retain->setObjectName(QStringLiteral("publishRetain"));
    m_retain->setToolTip(tr("The broker keeps the message and gives it to every new subscriber"));

    m_properties = new PublishPropertiesEditor(editor);
    m_properties->hide();
    m_propertiesToggle = new QToolButton(editor);
    m_propertiesToggle->setObjectName(QStringLiteral("propertiesToggle"));
    m_propertiesToggle->setCheckable(true);
    m_propertiesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_propertiesToggle->setArrowType(Qt::RightArrow);
    m_propertiesToggle->setAutoRaise(true);
    connect(m_propertiesToggle, &QToolButton::toggled, this, [this](bool on) {
        m_properties->setVisible(on);
        m_propertiesToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_repeat = new QCheckBox(tr("Repeat every"), editor);
    m_repeat->setObjectName(QStringLiteral("repeatOn"));
    m_interval = new QSpinBox(editor);
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(1, 86400000);
    m_interval->setValue(2000);
    m_interval->setSuffix(tr(" ms"));
    m_count = new QSpinBox(editor);
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(0, 100000000);
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setPrefix(tr("times: "));
    m_placeholders = new QCheckBox(tr("Placeholders"), editor);
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setToolTip(tr("Evaluate placeholders in the payload for each message:\n%1").arg(PayloadTemplate::help()));
    m_repeatStatus = new QLabel(editor);
    m_repeatStatus->setObjectName(QStringLiteral("repeatStatus"));

    m_request = new QCheckBox(tr("Request: wait for a response"), editor);
    m_request->setObjectName(QStringLiteral("requestOn"));
    m_request->setToolTip(tr("MQTT 5 request/response: sends a Response Topic and Correlation Data, listens on the "
                             "response topic and shows the reply and its round-trip time under Requests"));
    m_timeout = new QSpinBox(editor);
    m_timeout->setObjectName(QStringLiteral("requestTimeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(10);
    m_timeout->setPrefix(tr("timeout "));
    m_timeout->setSuffix(tr(" s"));

    m_publish = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("Publish"), editor);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(false);
    m_clearRetained = new QToolButton(editor);
    m_clearRetained->setObjectName(QStringLiteral("clearRetainedButton"));
    m_clearRetained->setIcon(QIcon(QStringLiteral(":/icons/clear-retained.svg")));
    m_clearRetained->setText(tr("Clear Retained…"));
    m_clearRetained->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearBar = new RetainedClearBar(m_session, editor);

    auto *options = new QHBoxLayout;
    options->addWidget(m_qos);
    options->addWidget(m_retain);
    options->addStretch();
    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat);
    repeat->addWidget(m_interval);
    repeat->addWidget(m_count);
    auto *repeat2 = new QHBoxLayout;
    repeat2->addWidget(m_placeholders);
    repeat2->addWidget(m_repeatStatus, 1);
    auto *request = new QHBoxLayout;
    request->addWidget(m_request);
    request->addWidget(m_timeout);
    request->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clearRetained);
    buttons->addStretch();
    buttons->addWidget(m_publish);

    auto *layout = new QVBoxLayout(editor);
    layout->addWidget(m_topic);
    layout->addWidget(m_topicProblem);
    layout->addWidget(m_payload, 1);
    layout->addLayout(options);
    layout->addWidget(m_propertiesToggle);
    layout->addWidget(m_properties);
    layout->addLayout(repeat);
    layout->addLayout(repeat2);
    layout->addLayout(request);
    layout->addLayout(buttons);
    layout->addWidget(m_clearBar);

    connect(m_topic, &QLineEdit::textChanged, this, &PublishPanel::validate);
    connect(m_payload, &PayloadEditor::changed, this, &PublishPanel::validate);
    connect(m_properties, &PublishPropertiesEditor::changed, this, &PublishPanel::validate);
    connect(m_repeat, &QCheckBox::toggled, this, &PublishPanel::validate);
    connect(m_request, &QCheckBox::toggled, this, &PublishPanel::validate);
    connect(m_placeholders, &QCheckBox::toggled, m_payload, &PayloadEditor::setTemplated);
    connect(m_publish, &QPushButton::clicked, this, &PublishPanel::publish);
    connect(m_clearRetained, &QToolButton::clicked, this, [this] { clearRetained(m_topic->text()); });
    return editor;
}

PublishDraft PublishPanel::draft() const
{
    PublishDraft d;
    d.topic = m_topic->text();
    d.format = m_payload->format();
    if (d.format == PayloadFormat::File) {
        d.fileBytes = m_payload->fileBytes();
        d.fileName = m_payload->fileName();
    } else {
        d.payloadText = m_payload->text();
    }
    d.qos = quint8(m_qos->currentData().toInt());
    d.retain = m_retain->isChecked();
    m_properties->apply(&d);
    return d;
}

void PublishPanel::loadDraft(const PublishDraft &d)
{
    m_topic->setText(d.topic);
    if (d.format == PayloadFormat::File) {
        m_payload->setFileBytes(d.fileName, d.fileBytes);
    } else {
        m_payload->setFormat(d.format);
        m_payload->setText(d.payloadText);
    }
    m_qos->setCurrentIndex(m_qos->findData(int(d.qos)));
    m_retain->setChecked(d.retain);
    m_properties->load(d);
    validate();
}

void PublishPanel::loadMessage(const Mqtt::Message &message)
{
    loadDraft(PublishDraft::fromMessage(message));
}

QString PublishPanel::blockReason() const
{
    if (m_periodic->isRunning())
        return QString(); // the button stops
    if (!m_session->isOpen())
        return tr("Not connected: connect to a broker first");
    QString why;
    const PublishDraft d = draft();
    if (!PublishDraft::validateTopic(d.topic, d.topicAlias > 0, &why))
        return why;
    if (!m_payload->problem().isEmpty())
        return m_payload->problem();
    if (!m_properties->problem().isEmpty())
        return m_properties->problem();
    if (m_request->isChecked() && m_session->protocolVersion() != Mqtt::ProtocolVersion::V5)
        return tr("Request/response needs MQTT 5");
    return QString();
}

void PublishPanel::validate()
{
    QString topicWhy;
    const bool topicOk = m_topic->text().isEmpty() && m_properties->count() == 0
        ? true // nothing typed yet: say so on the button only
        : PublishDraft::validateTopic(m_topic->text(), draft().topicAlias > 0, &topicWhy);
    m_topicProblem->setText(topicWhy);
    m_topicProblem->setVisible(!topicOk);
    const int props = m_properties->count();
    m_propertiesToggle->setText(props ? tr("MQTT 5 properties (%1)").arg(props) : tr("MQTT 5 properties"));

    const QString why = blockReason();
    m_publish->setEnabled(why.isEmpty());
    if (m_periodic->isRunning()) {
        m_publish->setText(tr("Stop"));
        m_publish->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
        m_publish->setToolTip(tr("Stop publishing periodically (Ctrl+Enter)"));
    } else {
        const bool repeat = m_repeat->isChecked();
        m_publish->setText(repeat ? tr("Start") : m_request->isChecked() ? tr("Send Request") : tr("Publish"));
        m_publish->setIcon(QIcon(repeat ? QStringLiteral(":/icons/repeat.svg") : QStringLiteral(":/icons/send.svg")));
        m_publish->setToolTip(why.isEmpty() ? tr("Publish the message (Ctrl+Enter)") : why);
    }
    const bool connected = m_session->state() == BrokerSession::State::Connected;
    m_clearRetained->setEnabled(connected);
    m_clearRetained->setToolTip(connected ? tr("Clear the retained messages at this topic and below (the whole tree "
                                               "when the topic is empty), after confirmation")
                                          : tr("Not connected: connect to a broker first"));
    m_savedView->setSaveEnabled(topicOk || m_topic->text().isEmpty(), topicWhy);
}

void PublishPanel::updateSessionLimits()
{
    const Mqtt::Properties connack = m_session->connackProperties();
    if (const auto max = connack.maximumPacketSize())
        m_payload->setMaximumSize(qint64(*max));
    const bool v5 = m_session->protocolVersion() == Mqtt::ProtocolVersion::V5;
    m_propertiesToggle->setEnabled(v5 || !m_session->isOpen());
    m_propertiesToggle->setToolTip(v5 || !m_session->isOpen()
                                       ? tr("Content type, expiry, response topic, correlation data, user properties, "
                                            "topic alias")
                                       : tr("MQTT 5 only: this connection uses MQTT 3.1.1"));
}

void PublishPanel::publish()
{
    if (m_periodic->isRunning()) {
        stopRepeating();
        return;
    }
    const QString why = blockReason();
    if (!why.isEmpty()) {
        addResult(0, why, Severity::Error);
        return;
    }
    if (m_repeat->isChecked())
        startRepeating();
    else if (m_request->isChecked())
        sendRequest();
    else
        publishOne(draft(), true);
}

void PublishPanel::publishDrafts(const QList<PublishDraft> &drafts)
{
    for (const PublishDraft &d : drafts) {
        if (!publishOne(d, true))
            break;
    }
}

bool PublishPanel::publishOne(const PublishDraft &d, bool remember)
{
    Mqtt::Message message;
    QString error;
    if (!d.toMessage(&message, &error)) {
        addResult(0, tr("%1: %2").arg(d.topic, error), Severity::Error);
        return false;
    }
    const int token = m_session->publish(message, &error);
    if (token < 0) {
        addResult(0, error, Severity::Error);
        return false;
    }
    m_pendingQos.insert(token, message.qos());
    const QString head = tr("%1 → %2 (QoS %3)")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                  d.topic.isEmpty() ? tr("alias %1").arg(d.topicAlias) : d.topic)
                             .arg(message.qos());
    addResult(token, tr("%1: sending…").arg(head), Severity::Pending);
    m_pending.value(token)->setData(HeadRole, head);
    if (remember)
        m_history->add(d, QDateTime::currentMSecsSinceEpoch());
    return true;
}

void PublishPanel::startRepeating()
{
    QString error;
    const PublishDraft d = draft();
    if (!m_periodic->start(d, m_interval->value(), quint64(m_count->value()), m_placeholders->isChecked(), &error)) {
        addResult(0, error, Severity::Error);
        return;
    }
    m_history->add(d, QDateTime::currentMSecsSinceEpoch());
    validate();
}

void PublishPanel::stopRepeating()
{
    m_periodic->stop();
    validate();
}

void PublishPanel::sendRequest()
{
    const PublishDraft d = draft();
    Mqtt::Message message;
    QString error;
    if (!d.toMessage(&message, &error) || m_requests->send(message, m_timeout->value() * 1000, &error) < 0) {
        addResult(0, error, Severity::Error);
        return;
    }
    m_history->add(d, QDateTime::currentMSecsSinceEpoch());
    addResult(0, tr("Request sent to %1; replies expected on %2")
                     .arg(d.topic, m_requests->request(m_requests->rowCount() - 1).properties().responseTopic().value_or(QString())),
              Severity::Pending);
    m_tabs->setCurrentWidget(m_requestView);
}

void PublishPanel::clearRetained(const QString &topic)
{
    m_clearBar->clearRetained(topic);
}

void PublishPanel::addResult(int token, const QString &text, Severity severity)
{
    auto *item = new QListWidgetItem;
    item->setData(TokenRole, token);
    setResult(item, text, severity);
    m_results->insertItem(0, item);
    while (m_results->count() > MaxResults)
        delete m_results->takeItem(m_results->count() - 1);
    if (token > 0)
        m_pending.insert(token, item);
    if (severity == Severity::Error)
        m_tabs->setCurrentWidget(m_results);
}

void PublishPanel::setResult(QListWidgetItem *item, const QString &text, Severity severity)
{
    item->setText(text);
    item->setToolTip(text);
    item->setData(SeverityRole, int(severity));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (severity) {
    case Severity::Pending:
        icon = QStyle::SP_BrowserReload;
        break;
    case Severity::Ok:
        break;
    case Severity::Notice:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case Severity::Error:
        icon = QStyle::SP_MessageBoxCritical;
        item->setForeground(QColor(0xc0, 0x39, 0x2b));
        break;
    }
    item->setIcon(style()->standardIcon(icon));
}

void PublishPanel::onPublished(int token, Mqtt::ReasonCode reason)
{
    QListWidgetItem *item = m_pending.take(token);
    const quint8 qos = m_pendingQos.take(token);
    if (!item || m_results->row(item) < 0)
        return;
    const QString head = item->data(HeadRole).toString();
    if (qos == 0) {
        setResult(item, tr("%1: written").arg(head), Severity::Ok);
    } else if (reason == Mqtt::ReasonCode::Success) {
        setResult(item, tr("%1: acknowledged").arg(head), Severity::Ok);
    } else {
        // MQTT 5 §3.4.2.1: a reason below 0x80 is a success with a notice, e.g. 0x10 No matching subscribers.
        setResult(item,
                  tr("%1: acknowledged — %2 (0x%3)")
                      .arg(head, Mqtt::reasonCodeText(reason, Mqtt::PacketType::Puback))
                      .arg(int(reason), 2, 16, QLatin1Char('0')),
                  Severity::Notice);
    }
}

void PublishPanel::onPublishFailed(int token, Mqtt::ReasonCode, const QString &message)
{
    QListWidgetItem *item = m_pending.take(token);
    m_pendingQos.remove(token);
    if (!item || m_results->row(item) < 0)
        return;
    const QString head = item->data(HeadRole).toString();
    setResult(item, tr("%1: failed — %2").arg(head, message), Severity::Error);
    m_tabs->setCurrentWidget(m_results);
}
