#include "mainwindow.h"

#include "appsettings.h"
#include "brokersession.h"
#include "connectionbar.h"
#include "connectioncontroller.h"
#include "connectiondialog.h"
#include "dashboard.h"
#include "messageinspector.h"
#include "messagelogview.h"
#include "preferencesdialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "publishpanel.h"
#include "publishprofilebinding.h"
#include "topictreemodel.h"
#include "topictreeview.h"
#include "trafficstatus.h"
#include "trafficview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

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
    connect(m_controller, &ConnectionController::currentProfileChanged, this, &MainWindow::loadDashboard);
    connect(m_controller, &ConnectionController::currentProfileChanged, this, &MainWindow::openDemoTopic);
    connect(m_controller, &ConnectionController::connecting, this, [this](const QString &name) {
        setWindowTitle(tr("%1 — MqttScope").arg(name));
        if (const std::optional<ConnectionProfile> profile = m_controller->currentProfile())
            m_connectionBar->setCurrentProfile(profile->id);
    });
    connect(m_connectionBar, &ConnectionBar::connectRequested, m_controller, &ConnectionController::connectProfile);
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, m_controller, &ConnectionController::disconnect);
    connect(m_connectionBar, &ConnectionBar::editProfilesRequested, this, &MainWindow::showProfiles);
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    if (!m_store->load())
        showProblem(m_store->lastError());
    refreshProfiles();

    statusBar()->showMessage(tr("Ready"));
    // Three columns (topics | inspector | charts and publisher) over the log: room for each on
    // a 1440×900 window, at most 90 % of a real screen (the offscreen platform has none).
    QSize size(1440, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen();
        screen && QGuiApplication::platformName() != QLatin1String("offscreen"))
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    resizeDocks({panel(QStringLiteral("topicsDock")), panel(QStringLiteral("chartsDock"))},
                {size.width() * 30 / 100, size.width() * 36 / 100}, Qt::Horizontal);
    resizeDocks({panel(QStringLiteral("logDock"))}, {size.height() * 27 / 100}, Qt::Vertical);
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

// The topic tree, message log, traffic breakdown and the inspector in the centre; each is its
// own class, this only wires them together.
void MainWindow::createDefaultPanels()
{
    auto *topics = new TopicTreeView(m_session);
    m_topics = topics;
    addPanel(QStringLiteral("topicsDock"), tr("Topics"), topics, Qt::LeftDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_1));
    auto *log = new MessageLogView(m_session);
    QDockWidget *logDock = addPanel(QStringLiteral("logDock"), tr("Message Log"), log, Qt::BottomDockWidgetArea,
                                    QKeySequence(Qt::ALT | Qt::Key_2));
    auto *traffic = new TrafficView(m_session);
    QDockWidget *trafficDock = addPanel(QStringLiteral("trafficDock"), tr("Traffic"), traffic, Qt::BottomDockWidgetArea,
                                        QKeySequence(Qt::ALT | Qt::Key_4));
    tabifyDockWidget(logDock, trafficDock);
    logDock->raise();
    auto *inspector = new MessageInspector(m_session);
    m_inspector = inspector;
    setCentralContent(inspector);

    connect(topics, &TopicTreeView::currentTopicChanged, inspector, &MessageInspector::showTopic);
    connect(topics, &TopicTreeView::inspectRequested, inspector, [inspector](const QString &topic) {
        inspector->showTopic(topic);
        inspector->setFocus(Qt::OtherFocusReason);
    });
    connect(log, &MessageLogView::messageActivated, inspector, &MessageInspector::showMessage);
    connect(traffic, &TrafficView::topicActivated, topics, &TopicTreeView::selectTopic);

    m_dashboard = new Dashboard(m_session->pipeline());
    QDockWidget *chartsDock = addPanel(QStringLiteral("chartsDock"), tr("Charts"), m_dashboard, Qt::RightDockWidgetArea,
                                       QKeySequence(Qt::ALT | Qt::Key_3));
    connect(m_dashboard, &Dashboard::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_dashboard, &Dashboard::configurationChanged, this, &MainWindow::saveDashboard);

    auto *publish = new PublishPanel(m_session);
    QDockWidget *publishDock = addPanel(QStringLiteral("publishDock"), tr("Publish"), publish, Qt::RightDockWidgetArea,
                                        QKeySequence(Qt::ALT | Qt::Key_5));
    tabifyDockWidget(chartsDock, publishDock);
    chartsDock->raise();

    // Cross-panel actions: "publish this again", "clear retained" and "plot" from the tree and
    // the inspector bring the panel that does it to the front.
    const auto toPublisher = [publish, publishDock](const Mqtt::Message &message) {
        publish->loadMessage(message);
        publishDock->show();
        publishDock->raise();
    };
    connect(topics, &TopicTreeView::publishRequested, publish, toPublisher);
    connect(inspector, &MessageInspector::publishRequested, publish, toPublisher);
    connect(topics, &TopicTreeView::clearRetainedRequested, publish, [publish, publishDock](const QString &topic) {
        publishDock->show();
        publishDock->raise();
        publish->clearRetained(topic);
    });
    connect(topics, &TopicTreeView::plotRequested, this, &MainWindow::plot);
}

// The Local demo opens on a sensor, so the inspector shows a message in the first seconds
// (unless the user picked a topic first).
void MainWindow::openDemoTopic()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    if (!profile || profile->kind != ConnectionProfile::Kind::LocalDemo)
        return;
    auto *timer = new QTimer(m_topics);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, m_topics, [this, timer, tries = 0]() mutable {
        // The view may make the first row ("home") current by itself; a topic the user picked
        // is a deeper one.
        const bool userPicked = m_inspector->topic().contains(QLatin1Char('/'));
        if (userPicked || m_topics->selectTopic(QStringLiteral("home/livingroom/sensor")) || ++tries > 80)
            timer->deleteLater();
    });
    timer->start();
}

// The dashboards live in the profile's "dashboards" section; the Local demo starts with its own.
void MainWindow::loadDashboard()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    if (profile && profile->id == m_dashboardProfile)
        return;
    m_dashboardProfile = profile ? profile->id : QString();
    QStringList problems;
    DashboardConfig config = DashboardConfig::fromJson(m_controller->section(ConnectionProfile::DashboardsSection), &problems);
    if (config.isEmpty() && profile && profile->kind == ConnectionProfile::Kind::LocalDemo)
        config = DashboardConfig::demo();
    m_dashboard->setConfiguration(config);
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char(' ')));
}

// A connection by URL (no profile) keeps its dashboards for this run only.
void MainWindow::saveDashboard()
{
    const std::optional<ConnectionProfile> profile = m_controller->currentProfile();
    if (profile && profile->id == m_dashboardProfile)
        m_controller->setSection(ConnectionProfile::DashboardsSection, m_dashboard->configuration().toJson());
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

// The connection dialog edits copies of the profiles; they are saved on accept, and Connect
// connects with the chosen one.
void MainWindow::showProfiles()
{
    ConnectionDialog dialog(this);
    const std::optional<ConnectionProfile> current = m_controller->currentProfile();
    dialog.setStore(m_store, current ? current->id : m_connectionBar->currentProfile());
    QString chosen;
    connect(&dialog, &ConnectionDialog::connectTo, this, [&chosen](const ConnectionProfile &profile) { chosen = profile.id; });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.applyToStore())
        showProblem(m_store->lastError());
    if (dialog.connectRequested() && !chosen.isEmpty())
        m_controller->connectProfile(chosen);
}

void MainWindow::plot(const QString &topicOrFilter, const QString &path)
{
    if (m_dashboard->addSeries(topicOrFilter, path)) {
        QDockWidget *charts = panel(QStringLiteral("chartsDock"));
        charts->show();
        charts->raise();
    }
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
