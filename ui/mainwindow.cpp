#include "mainwindow.h"

#include "appsettings.h"
#include "brokersession.h"
#include "connectionbar.h"
#include "connectioncontroller.h"
#include "messagelogfiltermodel.h"
#include "messagelogmodel.h"
#include "preferencesdialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "publishpanel.h"
#include "publishprofilebinding.h"
#include "topictreemodel.h"
#include "trafficstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new BrokerSession(this))
    , m_secrets(new SecretStore(SecretStore::defaultService(), this))
    , m_store(new ProfileStore(QString(), this))
    , m_controller(nullptr)
    , m_connectionBar(new ConnectionBar(m_session, this))
    , m_traffic(new TrafficStatus(m_session, this))
{
    setWindowTitle(tr("MqttScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mqttscope.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    AppSettings::load().apply(m_session->pipeline());

    addToolBar(Qt::TopToolBarArea, m_connectionBar);
    statusBar()->addPermanentWidget(m_traffic);
    createMenus();
    createDefaultPanels();

    connect(m_session, &BrokerSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &BrokerSession::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_store->setSecretStore(m_secrets);
    m_controller = new ConnectionController(m_session, m_store, this);
    // The publisher's history and saved messages follow the current profile.
    if (auto *publish = qobject_cast<PublishPanel *>(panel(QStringLiteral("publishDock"))->widget())) {
        auto *binding = new PublishProfileBinding(m_store, publish->history(), publish->savedMessages(), publish);
        connect(m_controller, &ConnectionController::currentProfileChanged, binding, [this, binding] {
            const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
            binding->bind(profile ? profile->id : QString());
        });
        connect(binding, &PublishProfileBinding::problem, this, &MainWindow::showProblem);
        connect(qApp, &QCoreApplication::aboutToQuit, binding, &PublishProfileBinding::flush);
    }
    connect(m_controller, &ConnectionController::problem, this, &MainWindow::showProblem);
    connect(m_controller, &ConnectionController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_controller, &ConnectionController::connecting, this, [this](const QString &name) {
        setWindowTitle(tr("%1 — MqttScope").arg(name));
        if (const std::optional<ConnectionProfile> profile = m_controller->currentProfile())
            m_connectionBar->setCurrentProfile(profile->id);
    });
    connect(m_connectionBar, &ConnectionBar::connectRequested, m_controller, &ConnectionController::connectProfile);
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, m_controller, &ConnectionController::disconnect);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    if (!m_store->load())
        showProblem(m_store->lastError());
    refreshProfiles();

    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
    resizeDocks({panel(QStringLiteral("topicsDock"))}, {420}, Qt::Horizontal);
    resizeDocks({panel(QStringLiteral("logDock"))}, {240}, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_connectionBar->profilesAction());
    fileMenu->addAction(m_connectionBar->connectAction());
    fileMenu->addAction(m_connectionBar->disconnectAction());
    fileMenu->addSeparator();
    m_preferencesAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/preferences.svg")), tr("&Preferences…"),
                                              this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Language, history limits and time format"));
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Disconnect and quit MqttScope"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *toolbar = m_connectionBar->toggleViewAction();
    toolbar->setText(tr("Connection &Toolbar"));
    m_viewMenu->addAction(toolbar);
    m_viewMenu->addSeparator();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = helpMenu->addAction(tr("&About MqttScope"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Version and licence"));
    m_aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

// The docks the other parts of the window replace with their own widgets: a plain tree of
// topics and the message log, so live data shows from the first minute.
void MainWindow::createDefaultPanels()
{
    auto *treeProxy = new QSortFilterProxyModel(this);
    treeProxy->setSourceModel(m_session->pipeline()->topicTree());
    treeProxy->setSortRole(TopicTreeModel::SortRole);
    treeProxy->setRecursiveFilteringEnabled(true);
    auto *tree = new QTreeView;
    tree->setObjectName(QStringLiteral("topicTree"));
    tree->setModel(treeProxy);
    tree->setUniformRowHeights(true);
    tree->setSortingEnabled(true);
    tree->sortByColumn(TopicTreeModel::NameColumn, Qt::AscendingOrder);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(TopicTreeModel::NameColumn, QHeaderView::Stretch);
    addPanel(QStringLiteral("topicsDock"), tr("Topics"), tree, Qt::LeftDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_1));

    auto *logFilter = new MessageLogFilterModel(this);
    logFilter->setSourceModel(m_session->pipeline()->messageLog());
    auto *log = new QTableView;
    log->setObjectName(QStringLiteral("messageLog"));
    log->setModel(logFilter);
    log->verticalHeader()->hide();
    log->verticalHeader()->setDefaultSectionSize(log->fontMetrics().height() + 6);
    log->horizontalHeader()->setStretchLastSection(true);
    log->setSelectionBehavior(QAbstractItemView::SelectRows);
    addPanel(QStringLiteral("logDock"), tr("Message Log"), log, Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_2));

    addPanel(QStringLiteral("publishDock"), tr("Publish"), new PublishPanel(m_session), Qt::RightDockWidgetArea,
             QKeySequence(Qt::ALT | Qt::Key_3));

    auto *welcome = new QLabel(tr("Select a topic to read its messages."));
    welcome->setObjectName(QStringLiteral("inspectorPlaceholder"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setEnabled(false);
    setCentralContent(welcome);
}

QDockWidget *MainWindow::addPanel(const QString &objectName, const QString &title, QWidget *content,
                                  Qt::DockWidgetArea area, const QKeySequence &shortcut)
{
    QDockWidget *dock = panel(objectName);
    if (!dock) {
        dock = new QDockWidget(title, this);
        dock->setObjectName(objectName);
        addDockWidget(area, dock);
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(shortcut);
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(title));
        m_viewMenu->addAction(toggle);
    }
    QWidget *old = dock->widget();
    dock->setWidget(content);
    delete old;
    return dock;
}

QDockWidget *MainWindow::panel(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

void MainWindow::setCentralContent(QWidget *content)
{
    QWidget *old = centralWidget();
    setCentralWidget(content);
    if (old != content)
        delete old;
}

bool MainWindow::connectTo(const QString &name, const ConnectionSettings &settings,
                           const QList<Mqtt::Subscription> &subscriptions)
{
    m_controller->connectSettings(name, settings, subscriptions);
    return m_session->isOpen();
}

bool MainWindow::connectProfile(const QString &idOrName)
{
    return m_controller->connectProfile(idOrName);
}

void MainWindow::openStartupConnection()
{
    const QString id = m_controller->startupProfileId();
    if (!id.isEmpty())
        m_controller->connectProfile(id);
}

void MainWindow::refreshProfiles()
{
    QList<QPair<QString, QString>> items;
    for (const ConnectionProfile &profile : m_store->profiles())
        items.append({profile.id, profile.name});
    const std::optional<ConnectionProfile> current = m_controller->currentProfile();
    m_connectionBar->setProfiles(items, current ? current->id : ProfileStore::lastProfileId());
}

// Problems stay in the status bar until the next message: they must not flash by unread.
void MainWindow::showProblem(const QString &message)
{
    if (!message.isEmpty())
        statusBar()->showMessage(message);
}

void MainWindow::onStateChanged()
{
    if (m_session->state() == BrokerSession::State::Connected)
        statusBar()->showMessage(m_session->statusText(), 5000);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    m_session->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(AppSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings settings = dialog.settings();
    settings.save();
    settings.apply(m_session->pipeline());
    statusBar()->showMessage(tr("Preferences saved."), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MqttScope"),
                       tr("<h3>MqttScope %1</h3>"
                          "<p>A fast desktop explorer for MQTT 3.1.1 and 5.0 brokers: "
                          "browse topics, inspect messages and their properties, "
                          "chart numeric values and publish.</p>"
                          "<p>Licensed under the Apache License 2.0.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
