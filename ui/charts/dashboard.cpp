#include "dashboard.h"

#include "chartexport.h"
#include "chartpanel.h"
#include "dashboardpage.h"
#include "tiledialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

Dashboard::Dashboard(IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent), m_pipeline(pipeline), m_tabs(new QTabWidget(this)), m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_toolBar);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setToolTip(tr("Double-click a tab to rename it"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        DashboardPageWidget *p = page(index);
        if (p && !p->cells().isEmpty()
            && QMessageBox::question(this, tr("Remove Dashboard"),
                                     tr("Remove the dashboard “%1” with its %n item(s)?", nullptr, int(p->cells().size()))
                                         .arg(p->name()))
                   != QMessageBox::Yes)
            return;
        removePage(index);
    });
    connect(m_tabs, &QTabWidget::tabBarDoubleClicked, this, &Dashboard::renameInteractive);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &Dashboard::onChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &Dashboard::onChanged);
}

void Dashboard::createToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *chart = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/add-chart.svg")), tr("Add Chart"), this,
                                          [this] { addChart(); });
    chart->setObjectName(QStringLiteral("addChartAction"));
    chart->setStatusTip(tr("Add an empty chart to this dashboard; add series with its + button"));
    QAction *tile = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/add-tile.svg")), tr("Add Tile…"), this,
                                         &Dashboard::addTileInteractive);
    tile->setObjectName(QStringLiteral("addTileAction"));
    tile->setStatusTip(tr("Add a value tile: number, gauge, lamp or text"));
    QAction *page = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/add-dashboard.svg")), tr("New Dashboard"), this,
                                         [this] { addPage(); });
    page->setObjectName(QStringLiteral("addDashboardAction"));
    page->setStatusTip(tr("Add another dashboard tab"));
    m_toolBar->addSeparator();
    QAction *image = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export Image…"), this,
                                          &Dashboard::exportImageInteractive);
    image->setObjectName(QStringLiteral("exportDashboardAction"));
    image->setStatusTip(tr("Save the current dashboard as a PNG or SVG picture"));
    for (QAction *a : m_toolBar->actions())
        a->setToolTip(a->statusTip());
}

DashboardPageWidget *Dashboard::createPage(const DashboardPage &p)
{
    auto *w = new DashboardPageWidget(m_pipeline, p, m_tabs);
    connect(w, &DashboardPageWidget::changed, this, &Dashboard::onChanged);
    connect(w, &DashboardPageWidget::statusMessage, this, &Dashboard::statusMessage);
    m_tabs->addTab(w, p.name);
    return w;
}

DashboardConfig Dashboard::configuration() const
{
    DashboardConfig config;
    for (int i = 0; i < m_tabs->count(); ++i)
        config.pages.append(page(i)->page());
    config.currentPage = qMax(0, m_tabs->currentIndex());
    return config;
}

void Dashboard::setConfiguration(const DashboardConfig &config)
{
    m_loading = true;
    while (m_tabs->count()) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    for (const DashboardPage &p : config.pages)
        createPage(p);
    m_tabs->setCurrentIndex(qBound(0, config.currentPage, qMax(0, m_tabs->count() - 1)));
    m_loading = false;
}

int Dashboard::pageCount() const
{
    return m_tabs->count();
}

DashboardPageWidget *Dashboard::page(int index) const
{
    return qobject_cast<DashboardPageWidget *>(m_tabs->widget(index));
}

DashboardPageWidget *Dashboard::currentPage() const
{
    return qobject_cast<DashboardPageWidget *>(m_tabs->currentWidget());
}

void Dashboard::onChanged()
{
    if (m_loading)
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, page(i)->name());
    Q_EMIT configurationChanged();
}

void Dashboard::addPage(const QString &name)
{
    DashboardPage p;
    p.name = name.isEmpty() ? tr("Dashboard %1").arg(m_tabs->count() + 1) : name;
    DashboardPageWidget *w = createPage(p);
    m_tabs->setCurrentWidget(w);
    onChanged();
}

void Dashboard::removePage(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
    onChanged();
}

void Dashboard::renamePage(int index, const QString &name)
{
    if (DashboardPageWidget *p = page(index); p && !name.trimmed().isEmpty())
        p->setName(name.trimmed());
}

void Dashboard::renameInteractive(int index)
{
    DashboardPageWidget *p = page(index);
    if (!p)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Dashboard"), tr("Name:"), QLineEdit::Normal, p->name(), &ok);
    if (ok)
        renamePage(index, name);
}

ChartPanel *Dashboard::addChart(const ChartConfig &chart)
{
    if (!currentPage())
        addPage();
    DashboardItem item;
    item.type = DashboardItem::Type::Chart;
    item.chart = chart;
    item.columnSpan = qMin(2, currentPage()->columns());
    DashboardCell *cell = currentPage()->addItem(item);
    return cell->chart();
}

ChartPanel *Dashboard::addSeries(const QString &topicOrFilter, const QString &path)
{
    SeriesDefinition d = SeriesDefinition::of(topicOrFilter, path);
    const QString problem = d.validate();
    if (!problem.isEmpty()) {
        Q_EMIT statusMessage(tr("Cannot plot “%1”: %2").arg(topicOrFilter, problem));
        return nullptr;
    }
    ChartPanel *chart = currentPage() ? currentPage()->firstChart() : nullptr;
    if (!chart) {
        ChartConfig config;
        config.title = path.isEmpty() ? topicOrFilter : path;
        chart = addChart(config);
    }
    for (const SeriesDefinition &existing : chart->configuration().series) {
        if (existing.topic == d.topic && existing.path == d.path) {
            Q_EMIT statusMessage(tr("%1 is already on the chart.").arg(d.displayName(topicOrFilter)));
            return chart;
        }
    }
    chart->addSeries(d);
    Q_EMIT statusMessage(tr("Plotting %1.").arg(d.displayName(topicOrFilter)));
    return chart;
}

void Dashboard::addTileInteractive()
{
    TileDialog dialog(this);
    dialog.setWindowTitle(tr("Add Tile"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!currentPage())
        addPage();
    DashboardItem item;
    item.type = DashboardItem::Type::Tile;
    item.tile = dialog.tile();
    currentPage()->addItem(item);
}

bool Dashboard::exportImage(const QString &fileName, const QSize &size, QString *error)
{
    DashboardPageWidget *p = currentPage();
    if (!p) {
        if (error)
            *error = tr("There is no dashboard to export.");
        return false;
    }
    return ChartExport::saveWidget(p, fileName, size, error);
}

void Dashboard::exportImageInteractive()
{
    ChartExport::ImageChoice choice;
    if (!currentPage() || !ChartExport::askImage(this, currentPage()->size(), &choice))
        return;
    QString error;
    if (exportImage(choice.fileName, choice.size, &error))
        Q_EMIT statusMessage(tr("Exported %1.").arg(choice.fileName));
    else
        Q_EMIT statusMessage(error);
}
