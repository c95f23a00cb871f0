#include "dashboardcell.h"

#include "chartpanel.h"
#include "ingestpipeline.h"
#include "valuetile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

DashboardCell::DashboardCell(IngestPipeline *pipeline, const DashboardItem &item, QWidget *parent)
    : QFrame(parent), m_item(item)
{
    setObjectName(QStringLiteral("dashboardCell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    if (item.type == DashboardItem::Type::Chart) {
        setFrameShape(QFrame::StyledPanel);
        m_chart = new ChartPanel(pipeline ? pipeline->series() : nullptr, this);
        m_chart->setConfiguration(item.chart);
        m_chart->addToolWidget(makeMenuButton());
        connect(m_chart, &ChartPanel::configurationChanged, this, &DashboardCell::changed);
        connect(m_chart, &ChartPanel::statusMessage, this, &DashboardCell::statusMessage);
        layout->addWidget(m_chart);
    } else {
        auto *header = new QHBoxLayout;
        header->setContentsMargins(6, 0, 0, 0);
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("tileTitle"));
        m_title->setText(item.tile.title);
        header->addWidget(m_title, 1);
        header->addWidget(makeMenuButton());
        layout->addLayout(header);
        m_tile = new ValueTile(pipeline, this);
        m_tile->setConfiguration(item.tile);
        layout->addWidget(m_tile, 1);
    }
}

QToolButton *DashboardCell::makeMenuButton()
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("cellMenuButton"));
    button->setIcon(QIcon(QStringLiteral(":/icons/menu.svg")));
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Edit, resize, move or remove this item"));
    auto *menu = new QMenu(button);
    auto add = [this, menu](const QString &text, Action action) {
        menu->addAction(text, this, [this, action] { Q_EMIT actionRequested(this, action); });
    };
    if (m_item.type == DashboardItem::Type::Tile)
        add(tr("Edit Tile…"), Action::Edit);
    else
        add(tr("Rename Chart…"), Action::Rename);
    menu->addSeparator();
    add(tr("Wider"), Action::Wider);
    add(tr("Narrower"), Action::Narrower);
    add(tr("Taller"), Action::Taller);
    add(tr("Shorter"), Action::Shorter);
    menu->addSeparator();
    add(tr("Move Left"), Action::MoveLeft);
    add(tr("Move Right"), Action::MoveRight);
    add(tr("Move Up"), Action::MoveUp);
    add(tr("Move Down"), Action::MoveDown);
    menu->addSeparator();
    add(tr("Remove"), Action::Remove);
    button->setMenu(menu);
    return button;
}

DashboardItem DashboardCell::item() const
{
    DashboardItem item = m_item;
    if (m_chart)
        item.chart = m_chart->configuration();
    return item;
}

void DashboardCell::setGeometryInGrid(int row, int column, int rowSpan, int columnSpan)
{
    m_item.row = row;
    m_item.column = column;
    m_item.rowSpan = rowSpan;
    m_item.columnSpan = columnSpan;
}

void DashboardCell::setTile(const TileConfig &tile)
{
    m_item.tile = tile;
    if (m_tile)
        m_tile->setConfiguration(tile);
    if (m_title)
        m_title->setText(tile.title);
    Q_EMIT changed();
}

void DashboardCell::setChartTitle(const QString &title)
{
    if (!m_chart)
        return;
    ChartConfig config = m_chart->configuration();
    config.title = title;
    m_chart->setConfiguration(config);
    Q_EMIT changed();
}
