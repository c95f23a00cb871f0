#include "trafficview.h"

#include "brokersession.h"
#include "trafficmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The share column as a bar behind its percentage.
class ShareDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double share = qBound(0.0, index.data(TrafficModel::ShareRole).toDouble(), 1.0);
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(int(bar.width() * share));
        QColor c = option.palette.color(QPalette::Highlight);
        c.setAlphaF(0.45);
        painter->fillRect(bar, c);
        QStyledItemDelegate::paint(painter, option, index);
    }
};
} // namespace

TrafficView::TrafficView(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(session->pipeline()->topicTree(), this))
    , m_table(new QTableView(this))
    , m_window(new QComboBox(this))
    , m_depth(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trafficView"));
    m_window->setObjectName(QStringLiteral("trafficWindow"));
    m_window->addItem(tr("Last 10 s"), 10);
    m_window->addItem(tr("Last minute"), 60);
    m_window->setToolTip(tr("Rates are averaged over this time"));
    m_depth->setObjectName(QStringLiteral("trafficDepth"));
    for (int levels = 1; levels <= 4; ++levels)
        m_depth->addItem(tr("%n level(s)", nullptr, levels), levels);
    m_depth->setCurrentIndex(1);
    m_depth->setToolTip(tr("How deep in the topic tree subtrees are ranked"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Busiest subtrees:"), this));
    row->addStretch(1);
    row->addWidget(m_window);
    row->addWidget(m_depth);

    m_table->setObjectName(QStringLiteral("trafficTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TrafficModel::ShareColumn, new ShareDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(TrafficModel::SubtreeColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Click a subtree to select it in the topic tree"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setWindowSeconds(m_window->currentData().toInt()); });
    connect(m_depth, &QComboBox::currentIndexChanged, this, [this] { m_model->setDepth(m_depth->currentData().toInt()); });
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT topicActivated(index.data(TrafficModel::TopicRole).toString()); });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TrafficView::refresh);
    m_timer->start();
    refresh();
}

void TrafficView::refresh()
{
    m_model->sample(QDateTime::currentMSecsSinceEpoch());
}

void TrafficView::setAutoRefresh(bool on)
{
    if (on)
        m_timer->start();
    else
        m_timer->stop();
}
