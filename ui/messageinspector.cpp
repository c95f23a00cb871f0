#include "messageinspector.h"

#include "brokersession.h"
#include "historypanel.h"
#include "historystore.h"
#include "payloaddecoder.h"
#include "payloadview.h"
#include "topichistorymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

MessageInspector::MessageInspector(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_header(new QTreeWidget(this))
    , m_payload(new PayloadView(this))
    , m_history(new HistoryPanel(session, this))
    , m_status(new QLabel(this))
    , m_followTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageInspector"));
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setText(tr("Select a topic to read its messages."));

    m_followAction = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/play.svg")), tr("Follow Latest"));
    m_followAction->setObjectName(QStringLiteral("followLatestAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Show each new message of the topic as it arrives"));
    m_followAction->setStatusTip(m_followAction->toolTip());
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            followLatest();
    });

    m_copyAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Payload"), this);
    m_copyAction->setObjectName(QStringLiteral("copyPayloadAction"));
    m_copyAction->setStatusTip(tr("Copy the payload as text, JSON, hex or base64"));
    auto *copyMenu = new QMenu(this);
    copyMenu->addAction(tr("As Text"), this, [this] { copyPayload(QStringLiteral("text")); });
    copyMenu->addAction(tr("As JSON"), this, [this] { copyPayload(QStringLiteral("json")); });
    copyMenu->addAction(tr("As Hex"), this, [this] { copyPayload(QStringLiteral("hex")); });
    copyMenu->addAction(tr("As Base64"), this, [this] { copyPayload(QStringLiteral("base64")); });
    m_copyAction->setMenu(copyMenu);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyPayload(QStringLiteral("text")); });
    m_toolBar->addAction(m_copyAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_copyAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);

    m_saveAction = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save Payload…"), this, [this] {
        const QString name = QFileDialog::getSaveFileName(this, tr("Save Payload"), QString());
        if (name.isEmpty())
            return;
        QString error;
        savePayload(name, &error);
    });
    m_saveAction->setObjectName(QStringLiteral("savePayloadAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setStatusTip(tr("Write the payload's bytes to a file"));
    m_republishAction = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/republish.svg")), tr("Re-publish…"), this,
                                             [this] { Q_EMIT publishRequested(m_message); });
    m_republishAction->setObjectName(QStringLiteral("republishAction"));
    m_republishAction->setStatusTip(tr("Fill the publisher with this message"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_header->setObjectName(QStringLiteral("messageHeader"));
    m_header->setHeaderLabels({tr("Field"), tr("Value")});
    m_header->setRootIsDecorated(false);
    m_header->setUniformRowHeights(true);
    m_header->header()->resizeSection(0, 150);
    m_header->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_header);
    split->addWidget(m_payload);
    split->addWidget(m_history);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({150, 400, 250});

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_toolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    // A busy topic: the newest message at most four times a second.
    m_followTimer->setInterval(250);
    m_followTimer->setSingleShot(true);
    connect(m_followTimer, &QTimer::timeout, this, &MessageInspector::followLatest);
    connect(session->pipeline()->history(), &HistoryStore::updated, this, [this] {
        if (isFollowing() && !m_topic.isEmpty() && !m_followTimer->isActive())
            m_followTimer->start();
    });
    connect(m_history, &HistoryPanel::messagePicked, this, &MessageInspector::showHistoryMessage);
    updateActions();
}

bool MessageInspector::isFollowing() const
{
    return m_followAction->isChecked();
}

void MessageInspector::showTopic(const QString &topic)
{
    // Another topic starts from the detected format; the same one keeps the user's choice.
    if (topic != m_topic)
        m_payload->resetFormat();
    m_topic = topic;
    m_history->setTopic(topic);
    m_hasMessage = false;
    m_shownSequence = 0;
    m_followAction->setChecked(true);
    if (topic.isEmpty()) {
        m_title->setText(tr("Select a topic to read its messages."));
        m_header->clear();
        m_payload->clear();
        updateActions();
        return;
    }
    m_title->setText(topic);
    followLatest();
}

void MessageInspector::followLatest()
{
    const int rows = m_history->model()->rowCount();
    if (m_topic.isEmpty() || rows == 0)
        return;
    const HistoryMessage newest = m_history->model()->message(rows - 1);
    if (m_hasMessage && newest.sequence == m_shownSequence && m_message.topic() == m_topic)
        return;
    Mqtt::Message m(m_topic, newest.payload, newest.qos, newest.retain);
    m.setProperties(newest.properties);
    m.setTimestamp(newest.timestamp);
    m_shownSequence = newest.sequence;
    m_message = m;
    m_hasMessage = true;
    fillHeader(MessageDirection::Received, newest.size);
    m_payload->setPayload(newest.payload, newest.size, newest.properties.contentType().value_or(QString()));
    updateActions();
}

void MessageInspector::showHistoryMessage(const HistoryMessage &message)
{
    m_followAction->setChecked(false);
    Mqtt::Message m(m_topic, message.payload, message.qos, message.retain);
    m.setProperties(message.properties);
    m.setTimestamp(message.timestamp);
    m_shownSequence = message.sequence;
    m_message = m;
    m_hasMessage = true;
    fillHeader(MessageDirection::Received, message.size);
    m_payload->setPayload(message.payload, message.size, message.properties.contentType().value_or(QString()));
    updateActions();
}

void MessageInspector::showMessage(const Mqtt::Message &message, MessageDirection direction, qsizetype fullSize)
{
    m_followAction->setChecked(false);
    if (message.topic() != m_topic) {
        m_topic = message.topic();
        m_history->setTopic(m_topic);
        m_payload->resetFormat();
    }
    m_title->setText(m_topic);
    m_message = message;
    m_hasMessage = true;
    fillHeader(direction, fullSize);
    m_payload->setPayload(message.payload(), fullSize, message.properties().contentType().value_or(QString()));
    updateActions();
}

void MessageInspector::fillHeader(MessageDirection direction, qsizetype fullSize)
{
    const Mqtt::Message &m = m_message;
    const qsizetype size = qMax(fullSize, m.payload().size());
    QList<QTreeWidgetItem *> rows;
    auto add = [&rows](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem({field, value});
        item->setToolTip(1, value);
        rows << item;
    };
    add(tr("Topic"), m.topic());
    add(tr("Direction"), direction == MessageDirection::Sent ? tr("sent") : tr("received"));
    add(tr("QoS"), QString::number(m.qos()));
    add(tr("Retain"), m.retain() ? tr("yes") : tr("no"));
    add(tr("DUP"), m.dup() ? tr("yes") : tr("no"));
    add(tr("Time"), m.timestamp() ? QDateTime::fromMSecsSinceEpoch(m.timestamp()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                                  : QString());
    add(tr("Size"), tr("%1 (%n byte(s))", nullptr, int(qMin<qsizetype>(size, INT_MAX))).arg(PayloadDecoder::sizeText(size)));
    const Mqtt::Properties p = m.properties();
    if (auto v = p.payloadFormatIndicator())
        add(tr("Payload format"), *v == 1 ? tr("1 (UTF-8 text)") : tr("%1 (bytes)").arg(*v));
    if (auto v = p.messageExpiryInterval())
        add(tr("Message expiry"), tr("%n second(s)", nullptr, int(*v)));
    if (auto v = p.contentType())
        add(tr("Content type"), *v);
    if (auto v = p.responseTopic())
        add(tr("Response topic"), *v);
    if (auto v = p.correlationData())
        add(tr("Correlation data"), QStringLiteral("%1  (%2)").arg(PayloadDecoder::text(*v), QString::fromLatin1(v->toHex(' '))));
    for (const Mqtt::UserProperty &u : p.userProperties())
        add(tr("User property"), QStringLiteral("%1 = %2").arg(u.first, u.second));
    const QList<quint32> ids = p.subscriptionIdentifiers();
    if (!ids.isEmpty()) {
        QStringList list;
        for (quint32 id : ids)
            list << QString::number(id);
        add(tr("Subscription identifiers"), list.join(QStringLiteral(", ")));
    }
    if (auto v = p.topicAlias())
        add(tr("Topic alias"), QString::number(*v));
    m_header->clear();
    m_header->addTopLevelItems(rows);
}

QString MessageInspector::headerValue(const QString &field) const
{
    QStringList values;
    for (int i = 0; i < m_header->topLevelItemCount(); ++i) {
        if (m_header->topLevelItem(i)->text(0) == field)
            values << m_header->topLevelItem(i)->text(1);
    }
    return values.join(QLatin1Char('\n'));
}

void MessageInspector::updateActions()
{
    for (QAction *a : {m_copyAction, m_saveAction, m_republishAction}) {
        a->setEnabled(m_hasMessage);
        if (!m_hasMessage)
            a->setToolTip(tr("%1 — no message shown").arg(a->text().remove(QLatin1Char('&'))));
        else
            a->setToolTip(a->statusTip());
    }
}

void MessageInspector::copyPayload(const QString &as)
{
    const QByteArray payload = m_message.payload();
    QString text;
    if (as == QLatin1String("hex")) {
        text = QString::fromLatin1(payload.toHex());
    } else if (as == QLatin1String("base64")) {
        text = QString::fromLatin1(payload.toBase64());
    } else if (as == QLatin1String("json")) {
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        // Not JSON: the payload as one JSON string.
        text = !doc.isNull() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(QJsonDocument(QJsonArray{QString::fromUtf8(payload)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    } else {
        text = PayloadDecoder::text(payload);
    }
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("Payload copied."));
    m_status->show();
}

bool MessageInspector::savePayload(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    QString why;
    if (!file.open(QIODevice::WriteOnly) || file.write(m_message.payload()) != m_message.payload().size() || !file.commit())
        why = file.errorString();
    if (!why.isEmpty()) {
        m_status->setText(tr("Could not save %1: %2").arg(fileName, why));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_status->show();
        if (error)
            *error = why;
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved %1 to %2.").arg(PayloadDecoder::sizeText(m_message.payload().size()), fileName));
    m_status->show();
    return true;
}
