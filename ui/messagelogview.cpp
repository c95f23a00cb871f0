#include "messagelogview.h"

#include "brokersession.h"
#include "messagejson.h"
#include "messagelogfiltermodel.h"
#include "messagelogmodel.h"

#include <QCoreApplication>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MessageLogView::MessageLogView(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_log(session->pipeline()->messageLog())
    , m_filter(new MessageLogFilterModel(this))
    , m_table(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_scrollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageLogView"));
    m_filter->setSourceModel(m_log);

    m_filterEdit->setObjectName(QStringLiteral("logFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter the log"));
    m_filterEdit->setClearButtonEnabled(true);
    m_mode->setObjectName(QStringLiteral("logFilterMode"));
    m_mode->addItem(tr("Topic filter"), int(FilterMode::Topic));
    m_mode->addItem(tr("Payload contains"), int(FilterMode::PayloadText));
    m_mode->addItem(tr("Payload regex"), int(FilterMode::PayloadRegex));
    m_mode->setToolTip(tr("Topic filter: MQTT syntax with + and #. Payload: a substring or a regular expression."));
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->addItem(tr("In and out"), -1);
    m_direction->addItem(tr("Received"), int(MessageDirection::Received));
    m_direction->addItem(tr("Sent"), int(MessageDirection::Sent));
    m_direction->setToolTip(tr("Which messages to list: received, sent, or both"));

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_pauseAction = tools->addAction(QIcon(QStringLiteral(":/icons/pause.svg")), tr("Pause Scrolling"));
    m_pauseAction->setObjectName(QStringLiteral("pauseLogAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Stop following new messages (also happens when you scroll up)"));
    m_pauseAction->setStatusTip(m_pauseAction->toolTip());
    m_clearAction = tools->addAction(QIcon(QStringLiteral(":/icons/clear.svg")), tr("Clear Log"), this, [this] {
        m_log->clear();
        showStatus(QString());
    });
    m_clearAction->setObjectName(QStringLiteral("clearLogAction"));
    m_clearAction->setToolTip(tr("Remove every message from the log (the topic tree and histories stay)"));
    m_clearAction->setStatusTip(m_clearAction->toolTip());
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportLogAction"));
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Export All Messages…"), this, [this] { exportInteractively(Scope::All); });
    exportMenu->addAction(tr("Export Filtered Messages…"), this, [this] { exportInteractively(Scope::Filtered); });
    exportMenu->addAction(tr("Export Selected Messages…"), this, [this] { exportInteractively(Scope::Selected); });
    m_exportAction->setMenu(exportMenu);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportInteractively(Scope::Filtered); });
    tools->addAction(m_exportAction);
    if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    m_exportAction->setToolTip(tr("Save all, filtered or selected messages as JSON Lines or CSV"));
    m_exportAction->setStatusTip(m_exportAction->toolTip());

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_mode);
    row->addWidget(m_filterEdit, 1);
    row->addWidget(m_direction);
    row->addWidget(tools);

    m_table->setObjectName(QStringLiteral("messageLog"));
    m_table->setModel(m_filter);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(MessageLogModel::TimeColumn, digit * 14);
    // Wide enough for its header and both words, in whatever language they are.
    int directionWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
        m_filter->headerData(MessageLogModel::DirectionColumn, Qt::Horizontal).toString());
    for (const char *word : {"received", "sent"})
        directionWidth = qMax(directionWidth, fontMetrics().horizontalAdvance(QCoreApplication::translate("MessageLogModel", word)));
    m_table->setColumnWidth(MessageLogModel::DirectionColumn, directionWidth + digit * 2);
    m_table->setColumnWidth(MessageLogModel::TopicColumn, digit * 30);
    m_table->setColumnWidth(MessageLogModel::QosColumn, digit * 5);
    m_table->setColumnWidth(MessageLogModel::RetainColumn, digit * 7);
    m_table->setColumnWidth(MessageLogModel::SizeColumn, digit * 8);

    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(200);
    connect(filterDelay, &QTimer::timeout, this, &MessageLogView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &MessageLogView::applyFilter);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MessageLogView::applyFilter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &MessageLogView::applyFilter);
    connect(m_filter, &MessageLogFilterModel::filterErrorChanged, this, [this](const QString &e) { showStatus(e, true); });

    // Follow the stream at most ten times a second; scrolling up pauses, back at the bottom resumes.
    m_scrollTimer->setInterval(100);
    m_scrollTimer->setSingleShot(true);
    connect(m_scrollTimer, &QTimer::timeout, this, [this] {
        if (isAutoScrollPaused())
            return;
        m_scrolling = true;
        m_table->scrollToBottom();
        m_scrolling = false;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MessageLogView::onRowsInserted);
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (m_scrolling)
            return;
        if (value < bar->maximum() && !m_pauseAction->isChecked())
            m_pauseAction->setChecked(true);
        else if (value == bar->maximum() && m_pauseAction->isChecked())
            m_pauseAction->setChecked(false);
    });
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_pauseAction->setText(paused ? tr("Resume Scrolling") : tr("Pause Scrolling"));
        m_pauseAction->setIcon(QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
        if (!paused)
            m_scrollTimer->start();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const quint64 seq = current.data(MessageLogModel::SequenceRole).toULongLong();
        const Mqtt::Message m = m_log->messageAt(seq);
        Q_EMIT messageActivated(m, MessageDirection(current.data(MessageLogModel::DirectionRole).toInt()),
                                qsizetype(current.data(MessageLogModel::SizeRole).toULongLong()));
    });
}

bool MessageLogView::isAutoScrollPaused() const
{
    return m_pauseAction->isChecked();
}

void MessageLogView::onRowsInserted()
{
    if (!isAutoScrollPaused() && !m_scrollTimer->isActive())
        m_scrollTimer->start();
}

void MessageLogView::applyFilter()
{
    const QString text = m_filterEdit->text().trimmed();
    const auto mode = FilterMode(m_mode->currentData().toInt());
    m_status->hide();
    if (mode == FilterMode::Topic) {
        m_filter->setPayloadFilter(QString());
        m_filter->setTopicFilter(text);
    } else {
        m_filter->setTopicFilter(QString());
        m_filter->setPayloadFilter(text, mode == FilterMode::PayloadRegex ? MessageLogFilterModel::PayloadSyntax::RegularExpression
                                                                          : MessageLogFilterModel::PayloadSyntax::Substring,
                                   Qt::CaseInsensitive);
    }
    const int direction = m_direction->currentData().toInt();
    m_filter->setDirectionFilter(direction < 0 ? std::nullopt : std::optional<MessageDirection>(MessageDirection(direction)));
    if (!m_filter->filterError().isEmpty())
        showStatus(m_filter->filterError(), true);
}

void MessageLogView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setVisible(!text.isEmpty());
}

bool MessageLogView::exportTo(const QString &fileName, Scope scope, ExportFormat format, QString *error, int *count)
{
    std::vector<quint64> sequences;
    if (scope == Scope::All) {
        for (int r = 0; r < m_log->rowCount(); ++r)
            sequences.push_back(m_log->sequenceAt(r));
    } else if (scope == Scope::Filtered) {
        m_filter->finishScan();
        for (int r = 0; r < m_filter->rowCount(); ++r)
            sequences.push_back(m_filter->index(r, 0).data(MessageLogModel::SequenceRole).toULongLong());
    } else {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            sequences.push_back(i.data(MessageLogModel::SequenceRole).toULongLong());
        std::sort(sequences.begin(), sequences.end());
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        showStatus(tr("Could not export to %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    if (format == ExportFormat::Csv)
        file.write(MessageJson::csvHeader());
    int cut = 0;
    for (quint64 seq : sequences) {
        bool complete = false;
        const Mqtt::Message m = m_log->messageAt(seq, &complete);
        cut += complete ? 0 : 1;
        bool sent = false;
        {
            const MessageLogModel::Lock locked = m_log->lock();
            sent = m_log->store().contains(seq) && m_log->store().direction(seq) == MessageDirection::Sent;
        }
        file.write(format == ExportFormat::Csv ? MessageJson::csvRow(m, sent) : MessageJson::toLine(m));
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        showStatus(tr("Could not export to %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    if (count)
        *count = int(sequences.size());
    QString text = tr("Exported %n message(s) to %1.", nullptr, int(sequences.size())).arg(fileName);
    if (cut)
        text += QLatin1Char(' ') + tr("%n payload(s) are cut: the history no longer holds them whole.", nullptr, cut);
    showStatus(text);
    return true;
}

void MessageLogView::exportInteractively(Scope scope)
{
    QString selectedFilter;
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString csv = tr("CSV (*.csv)");
    const QString name = QFileDialog::getSaveFileName(this, tr("Export Messages"), QString(), jsonl + QStringLiteral(";;") + csv,
                                                      &selectedFilter);
    if (name.isEmpty())
        return;
    const ExportFormat format = (selectedFilter == csv || name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        ? ExportFormat::Csv
        : ExportFormat::JsonLines;
    exportTo(name, scope, format);
}
