#include "topictreeview.h"

#include "brokersession.h"
#include "payloaddecoder.h"
#include "protocol.h"
#include "topic.h"
#include "topicfiltermodel.h"
#include "topictreedelegate.h"
#include "topictreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int MaxPlotPaths = 30;
constexpr int MaxSearchExpand = 500;
} // namespace

TopicTreeView::TopicTreeView(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->pipeline()->topicTree())
    , m_filter(new TopicFilterModel(this))
    , m_tree(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_payloadSearch(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_findAction(new QAction(tr("Find Topic"), this))
    , m_expandTimer(new QTimer(this))
    , m_repaintTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("topicTreeView"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("topicSearch"));
    m_search->setPlaceholderText(tr("Search: text, or a filter such as home/+/temperature"));
    m_search->setToolTip(tr("Shows topics whose name contains the text (any case), or that match an MQTT "
                            "topic filter with + and # wildcards. Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    m_payloadSearch->setObjectName(QStringLiteral("payloadSearch"));
    m_payloadSearch->setText(tr("Payloads"));
    m_payloadSearch->setCheckable(true);
    m_payloadSearch->setToolTip(tr("Also search the last payload of each topic"));
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_payloadSearch);

    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new TopicTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TopicTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->installEventFilter(this);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopicTreeModel::NameColumn, QHeaderView::Interactive);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TopicTreeModel::NameColumn, digit * 24);
    header->resizeSection(TopicTreeModel::ValueColumn, digit * 22);
    for (int c : {TopicTreeModel::MessagesColumn, TopicTreeModel::SubtreeMessagesColumn, TopicTreeModel::RateColumn,
                  TopicTreeModel::LastMessageColumn, TopicTreeModel::SizeColumn, TopicTreeModel::SubtopicsColumn})
        header->resizeSection(c, digit * 9);
    header->resizeSection(TopicTreeModel::QosColumn, digit * 5);
    // Retained is the badge on the name; QoS and the subtopic count on demand (header menu).
    for (int c : {TopicTreeModel::SubtopicsColumn, TopicTreeModel::QosColumn, TopicTreeModel::RetainedColumn})
        header->hideSection(c);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 1; c < TopicTreeModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_filter->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    m_status->setObjectName(QStringLiteral("topicTreeStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    m_findAction->setObjectName(QStringLiteral("findTopicAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setStatusTip(tr("Search the topic tree"));
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(searchDelay, &QTimer::timeout, this, &TopicTreeView::applySearch);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TopicTreeView::applySearch);
    connect(m_payloadSearch, &QToolButton::toggled, this, &TopicTreeView::applySearch);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentTopicChanged(currentTopic()); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT inspectRequested(index.data(TopicTreeModel::TopicRole).toString());
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index);
        connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });

    // Rows pour in: keep the first visible row where it is, expand until the view is full.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, &TopicTreeView::rememberAnchor);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, &TopicTreeView::rememberAnchor);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TopicTreeView::restoreAnchor);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TopicTreeView::restoreAnchor);
    m_expandTimer->setSingleShot(true);
    m_expandTimer->setInterval(100);
    connect(m_expandTimer, &QTimer::timeout, this, &TopicTreeView::autoExpand);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_autoExpandDone && !m_expandTimer->isActive())
            m_expandTimer->start();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_autoExpandDone = false; });
    auto userTookOver = [this] {
        if (!m_autoExpanding)
            m_autoExpandDone = true;
    };
    connect(m_tree, &QTreeView::expanded, this, userTookOver);
    connect(m_tree, &QTreeView::collapsed, this, userTookOver);

    // Relative times and the change highlight move on without model signals.
    m_repaintTimer->setInterval(200);
    connect(m_repaintTimer, &QTimer::timeout, this, [this] {
        if (m_tree->isVisible())
            m_tree->viewport()->update();
    });
    m_repaintTimer->start();

    connect(m_session, &BrokerSession::subscribed, this, [this](int token, const QList<Mqtt::ReasonCode> &results) {
        if (token != m_subscribeToken)
            return;
        const bool ok = !results.isEmpty() && quint8(results.first()) < 0x80;
        showStatus(ok ? tr("Subscribed.") : tr("The broker refused the subscription: %1")
                                                  .arg(Mqtt::reasonCodeText(results.value(0), Mqtt::PacketType::Suback)),
                   !ok);
    });
    connect(m_session, &BrokerSession::unsubscribed, this, [this](int token, const QList<Mqtt::ReasonCode> &results) {
        if (token != m_unsubscribeToken)
            return;
        const bool ok = results.isEmpty() || quint8(results.first()) < 0x80;
        showStatus(ok ? tr("Unsubscribed.") : tr("The broker refused to unsubscribe: %1")
                                                    .arg(Mqtt::reasonCodeText(results.value(0), Mqtt::PacketType::Unsuback)),
                   !ok);
    });
}

TopicTreeView::~TopicTreeView() = default;

QString TopicTreeView::currentTopic() const
{
    return m_tree->currentIndex().data(TopicTreeModel::TopicRole).toString();
}

bool TopicTreeView::selectTopic(const QString &topic)
{
    const QModelIndex source = m_model->indexForTopic(topic);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool TopicTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_tree->currentIndex().isValid()) {
            Q_EMIT inspectRequested(currentTopic());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TopicTreeView::applySearch()
{
    const bool valid = m_filter->setSearch(m_search->text(), m_payloadSearch->isChecked());
    m_search->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { color: #c62828; }"));
    if (!valid) {
        showStatus(m_filter->filterError(), true);
        return;
    }
    m_status->hide();
    if (m_filter->mode() == TopicFilterModel::Mode::None)
        return;
    // Show the matches: expand what the search left, up to a bound.
    int expanded = 0;
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty() && expanded < MaxSearchExpand) {
        const QModelIndex p = stack.back();
        stack.pop_back();
        for (int r = 0; r < m_filter->rowCount(p); ++r) {
            const QModelIndex c = m_filter->index(r, 0, p);
            if (m_filter->rowCount(c) > 0) {
                m_autoExpanding = true;
                m_tree->expand(c);
                m_autoExpanding = false;
                ++expanded;
                stack.push_back(c);
            }
        }
    }
    if (m_filter->rowCount() == 0)
        showStatus(tr("No topic matches."));
}

void TopicTreeView::autoExpand()
{
    if (m_autoExpandDone || m_filter->rowCount() == 0)
        return;
    const int shownHeight = m_tree->visualRect(m_filter->index(0, 0)).height();
    const int rowHeight = qMax(1, shownHeight > 0 ? shownHeight : m_tree->fontMetrics().height() + 4);
    const int capacity = qMax(1, m_tree->viewport()->height() / rowHeight);
    m_autoExpanding = true;
    QList<QModelIndex> level;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        level.append(m_filter->index(r, 0));
    qsizetype visible = level.size();
    for (int depth = 0; depth < 16 && !level.isEmpty() && !m_autoExpandDone; ++depth) {
        QList<QModelIndex> next;
        for (const QModelIndex &index : std::as_const(level)) {
            const int rows = m_filter->rowCount(index);
            if (rows == 0)
                continue;
            if (!m_tree->isExpanded(index)) {
                if (visible + rows > capacity) {
                    m_autoExpandDone = true; // full: from here on the user decides
                    break;
                }
                m_tree->expand(index);
            }
            visible += rows;
            for (int r = 0; r < rows; ++r)
                next.append(m_filter->index(r, 0, index));
        }
        level = next;
    }
    if (visible >= capacity)
        m_autoExpandDone = true;
    m_autoExpanding = false;
}

void TopicTreeView::rememberAnchor()
{
    if (m_anchor.isValid() || m_tree->verticalScrollBar()->value() == 0)
        return;
    m_anchor = m_tree->indexAt(QPoint(1, 1));
}

void TopicTreeView::restoreAnchor()
{
    if (!m_anchor.isValid())
        return;
    const QModelIndex anchor = m_anchor;
    m_anchor = QPersistentModelIndex();
    if (m_tree->indexAt(QPoint(1, 1)) != anchor)
        m_tree->scrollTo(anchor, QAbstractItemView::PositionAtTop);
}

void TopicTreeView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void TopicTreeView::subscribeHere(const QString &topic)
{
    Mqtt::Subscription subscription;
    subscription.filter = topic + QStringLiteral("/#");
    QString error;
    m_subscribeToken = m_session->subscribe({subscription}, {}, &error);
    if (m_subscribeToken < 0)
        showStatus(tr("Cannot subscribe to %1: %2").arg(subscription.filter, error), true);
    else
        showStatus(tr("Subscribing to %1…").arg(subscription.filter));
}

QStringList TopicTreeView::numericPaths(const QModelIndex &sourceIndex) const
{
    QStringList paths;
    const QByteArray payload = sourceIndex.data(TopicTreeModel::PayloadRole).toByteArray();
    if (payload.isEmpty() || payload.size() > 64 * 1024)
        return paths;
    bool number = false;
    payload.trimmed().toDouble(&number);
    if (number)
        return {QString()};
    const DecodedPayload decoded = PayloadDecoder::decodeJson(payload);
    if (!decoded.ok)
        return paths;
    std::vector<const PayloadNode *> stack{&decoded.root};
    while (!stack.empty() && paths.size() < MaxPlotPaths) {
        const PayloadNode *n = stack.back();
        stack.pop_back();
        if (n->kind == PayloadNode::Kind::Number)
            paths.append(n->path.mid(n->path.startsWith(QLatin1String("$.")) ? 2 : 1));
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return paths;
}

QMenu *TopicTreeView::createContextMenu(const QModelIndex &viewIndex)
{
    // Persistent: the actions run later, after more rows may have arrived.
    const QPersistentModelIndex source = m_filter->mapToSource(viewIndex.siblingAtColumn(0));
    const QString topic = source.data(TopicTreeModel::TopicRole).toString();
    const bool hasValue = source.data(TopicTreeModel::HasValueRole).toBool();
    const bool online = m_session->isOpen();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("topicContextMenu"));
    menu->setToolTipsVisible(true);
    auto disable = [](QAction *a, const QString &why) {
        a->setEnabled(false);
        a->setToolTip(why);
    };

    QAction *copyTopic = menu->addAction(tr("Copy Topic"), this, [topic] { QApplication::clipboard()->setText(topic); });
    copyTopic->setObjectName(QStringLiteral("copyTopicAction"));
    QAction *copyPayload = menu->addAction(tr("Copy Payload"), this, [source] {
        QApplication::clipboard()->setText(PayloadDecoder::text(source.data(TopicTreeModel::PayloadRole).toByteArray()));
    });
    copyPayload->setObjectName(QStringLiteral("copyPayloadAction"));
    if (!hasValue)
        disable(copyPayload, tr("This level has no message of its own"));
    menu->addSeparator();

    QAction *subscribe = menu->addAction(tr("Subscribe to %1/#").arg(topic), this, [this, topic] { subscribeHere(topic); });
    subscribe->setObjectName(QStringLiteral("subscribeHereAction"));
    if (!online)
        disable(subscribe, tr("Not connected"));
    QMenu *unsubscribe = menu->addMenu(tr("Unsubscribe"));
    unsubscribe->setObjectName(QStringLiteral("unsubscribeMenu"));
    unsubscribe->setToolTipsVisible(true);
    for (const Mqtt::Subscription &s : m_session->subscriptions()) {
        if (!Mqtt::Topic::matches(s.filter, topic) && s.filter != topic + QStringLiteral("/#"))
            continue;
        QAction *a = unsubscribe->addAction(s.filter, this, [this, filter = s.filter] {
            QString error;
            m_unsubscribeToken = m_session->unsubscribe({filter}, &error);
            if (m_unsubscribeToken < 0)
                showStatus(tr("Cannot unsubscribe from %1: %2").arg(filter, error), true);
        });
        a->setObjectName(QStringLiteral("unsubscribeAction"));
    }
    if (unsubscribe->isEmpty())
        disable(unsubscribe->menuAction(), tr("No subscription of this session covers this topic"));
    menu->addSeparator();

    QAction *publish = menu->addAction(tr("Publish to This Topic…"), this, [this, source, topic] {
        Mqtt::Message message(topic, source.data(TopicTreeModel::PayloadRole).toByteArray(),
                              quint8(source.data(TopicTreeModel::QosRole).toInt()),
                              source.data(TopicTreeModel::RetainedRole).toBool());
        Q_EMIT publishRequested(message);
    });
    publish->setObjectName(QStringLiteral("publishToAction"));
    const QStringList paths = hasValue ? numericPaths(source) : QStringList();
    if (paths.size() == 1 && paths.first().isEmpty()) {
        QAction *plot = menu->addAction(tr("Plot"), this, [this, topic] { Q_EMIT plotRequested(topic, QString()); });
        plot->setObjectName(QStringLiteral("plotAction"));
    } else {
        QMenu *plot = menu->addMenu(tr("Plot"));
        plot->setObjectName(QStringLiteral("plotMenu"));
        for (const QString &path : paths) {
            QAction *a = plot->addAction(path, this, [this, topic, path] { Q_EMIT plotRequested(topic, path); });
            a->setObjectName(QStringLiteral("plotAction"));
        }
        if (paths.isEmpty())
            disable(plot->menuAction(), tr("The last payload has no numbers to plot"));
    }
    QAction *clearRetained = menu->addAction(tr("Clear Retained Message"), this,
                                             [this, topic] { Q_EMIT clearRetainedRequested(topic); });
    clearRetained->setObjectName(QStringLiteral("clearRetainedAction"));
    if (!source.data(TopicTreeModel::RetainedRole).toBool())
        disable(clearRetained, tr("The broker holds no retained message for this topic"));
    else if (!online)
        disable(clearRetained, tr("Not connected"));
    menu->addSeparator();
    QAction *forget = menu->addAction(tr("Forget This Subtree"), this, [this, source] {
        if (source.isValid())
            m_model->forget(source);
    });
    forget->setObjectName(QStringLiteral("forgetAction"));
    forget->setToolTip(tr("Removes the topic and everything below it from the view until new messages arrive"));
    return menu;
}
