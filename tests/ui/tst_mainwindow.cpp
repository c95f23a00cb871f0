#include "mainwindow.h"

#include "appsettings.h"
#include "brokersession.h"
#include "connectionbar.h"
#include "dashboard.h"
#include "mosquittobroker.h"
#include "preferencesdialog.h"
#include "trafficstatus.h"

#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void titleAndStatus();
    void menus();
    void quitClosesWindow();
    void aboutDialog();
    void iconResource();
    void actionIconsExist();
    void connectionStateInWordsAndActions();
    void refusedConnectionShowsError();
    void panelsInViewMenu();
    void plotShowsChartsPanel();
    void layoutRestored();
    void preferencesShowMemoryAndApply();
    void appSettingsRoundTrip();

private:
    QTemporaryDir m_settingsDir;
};

// Settings (window layout, preferences) go to a private directory, never the user's.
void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true); // the profile file too
}

static QMenu *menuNamed(QMainWindow &window, const QString &objectName)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == objectName)
            return action->menu();
    }
    return nullptr;
}

void TestMainWindow::titleAndStatus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("MqttScope"));
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::menus()
{
    MainWindow window;
    QMenu *file = menuNamed(window, QStringLiteral("fileMenu"));
    QMenu *help = menuNamed(window, QStringLiteral("helpMenu"));
    QVERIFY(file);
    QVERIFY(help);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(help->title(), QStringLiteral("&Help"));
    // File comes before Help in the menu bar.
    const QList<QAction *> top = window.menuBar()->actions();
    QVERIFY(top.indexOf(file->menuAction()) < top.indexOf(help->menuAction()));

    QVERIFY(file->actions().contains(window.quitAction()));
    QCOMPARE(window.quitAction()->text(), QStringLiteral("&Quit"));
    QCOMPARE(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(help->actions().contains(window.aboutAction()));
    QCOMPARE(window.aboutAction()->text(), QStringLiteral("&About MqttScope"));
}

void TestMainWindow::quitClosesWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.quitAction()->trigger();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::aboutDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString title;
    QString text;
    // The About box is modal: inspect and close it from inside its own event loop.
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        text = box->text();
        box->accept();
    });
    window.aboutAction()->trigger();
    QCOMPARE(title, QStringLiteral("About MqttScope"));
    QVERIFY(text.contains(QStringLiteral("MqttScope")));
}

void TestMainWindow::iconResource()
{
    QFile icon(QStringLiteral(":/icons/mqttscope.svg"));
    QVERIFY(icon.open(QIODevice::ReadOnly));
    QVERIFY(icon.readAll().contains("<svg"));
}

void TestMainWindow::actionIconsExist()
{
    MainWindow window;
    for (QAction *action : {window.connectionBar()->connectAction(), window.connectionBar()->disconnectAction(),
                            window.connectionBar()->profilesAction(), window.preferencesAction()}) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }
}

void TestMainWindow::connectionStateInWordsAndActions()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    MainWindow window;
    window.show();
    ConnectionBar *bar = window.connectionBar();
    bar->setProfiles({{QStringLiteral("test-id"), QStringLiteral("Test broker")}}, QStringLiteral("test-id"));
    QVERIFY(bar->connectAction()->isEnabled());
    QVERIFY(!bar->disconnectAction()->isEnabled());
    // Disabled, not hidden, and the tooltip says why.
    QVERIFY(bar->disconnectAction()->isVisible());
    QVERIFY(bar->disconnectAction()->toolTip().contains(QStringLiteral("Not connected")));
    QVERIFY(bar->stateLabel()->text().contains(QStringLiteral("Disconnected")));

    Mqtt::ClientOptions options;
    options.host = broker.host();
    options.port = broker.port();
    Mqtt::Subscription all;
    all.filter = QStringLiteral("#");
    QVERIFY(window.connectTo(QStringLiteral("Test broker"), ConnectionSettings::plain(options), {all}));
    QTRY_VERIFY_WITH_TIMEOUT(bar->stateLabel()->text().contains(QStringLiteral("Connected to 127.0.0.1 (MQTT 5)")), 10000);
    QVERIFY(!bar->connectAction()->isEnabled());
    QVERIFY(bar->connectAction()->toolTip().contains(QStringLiteral("disconnect first")));
    QVERIFY(bar->disconnectAction()->isEnabled());
    QCOMPARE(window.windowTitle(), QStringLiteral("Test broker — MqttScope"));

    // Live figures in the status bar.
    BrokerSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->subscriptions().size(), 1, 10000);
    session->publish(Mqtt::Message(QStringLiteral("ui/test"), "42"));
    QTRY_COMPARE_WITH_TIMEOUT(session->traffic().messagesIn, quint64(1), 10000);
    window.trafficStatus()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.trafficStatus()->summary().contains(QStringLiteral("Topics: 1")), 5000);
    QVERIFY(window.trafficStatus()->summary().contains(QStringLiteral("Dropped: 0")));

    bar->disconnectAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bar->stateLabel()->text().contains(QStringLiteral("Disconnected")), 10000);
    QVERIFY(bar->connectAction()->isEnabled());
}

void TestMainWindow::refusedConnectionShowsError()
{
    MainWindow window;
    Mqtt::ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = MosquittoBroker::freePort(); // nothing listens there
    QVERIFY(window.connectTo(QStringLiteral("Nowhere"), ConnectionSettings::plain(options), {}));
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionBar()->stateLabel()->text().contains(QStringLiteral("Error — ")), 15000);
    QVERIFY(window.connectionBar()->stateLabel()->text().contains(QString::number(options.port)));
}

void TestMainWindow::panelsInViewMenu()
{
    MainWindow window;
    QDockWidget *topics = window.panel(QStringLiteral("topicsDock"));
    QDockWidget *log = window.panel(QStringLiteral("logDock"));
    QVERIFY(topics);
    QVERIFY(log);
    QVERIFY(window.viewMenu()->actions().contains(topics->toggleViewAction()));
    QVERIFY(window.viewMenu()->actions().contains(log->toggleViewAction()));
    QVERIFY(!topics->toggleViewAction()->shortcut().isEmpty());

    // Another part of the window adds its own panel, or replaces one.
    auto *extra = new QLabel(QStringLiteral("extra"));
    QDockWidget *dock = window.addPanel(QStringLiteral("extraDock"), QStringLiteral("Extra"), extra, Qt::RightDockWidgetArea);
    QCOMPARE(dock->widget(), extra);
    QVERIFY(window.viewMenu()->actions().contains(dock->toggleViewAction()));
    auto *replacement = new QLabel(QStringLiteral("replacement"));
    QCOMPARE(window.addPanel(QStringLiteral("extraDock"), QStringLiteral("Extra"), replacement, Qt::RightDockWidgetArea), dock);
    QCOMPARE(dock->widget(), replacement);
}

void TestMainWindow::plotShowsChartsPanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDockWidget *charts = window.panel(QStringLiteral("chartsDock"));
    QVERIFY(charts);
    QCOMPARE(charts->widget(), window.dashboard());
    charts->hide();
    window.plot(QStringLiteral("home/+/sensor"), QStringLiteral("temperature"));
    QVERIFY(charts->isVisible());
    const DashboardConfig config = window.dashboard()->configuration();
    QCOMPARE(config.pages.size(), 1);
    QCOMPARE(config.pages.at(0).items.size(), 1);
    QCOMPARE(config.pages.at(0).items.at(0).chart.series.at(0).topic, QStringLiteral("home/+/sensor"));
}

void TestMainWindow::layoutRestored()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        window.panel(QStringLiteral("logDock"))->hide();
        window.close();
    }
    MainWindow again;
    again.restoreLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 600));
    QVERIFY(!again.panel(QStringLiteral("logDock"))->isVisible());
    QVERIFY(again.panel(QStringLiteral("topicsDock"))->isVisible());
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestMainWindow::preferencesShowMemoryAndApply()
{
    AppSettings settings;
    PreferencesDialog dialog(settings);
    auto *memory = dialog.findChild<QLabel *>(QStringLiteral("memoryEstimate"));
    auto *depth = dialog.findChild<QSpinBox *>(QStringLiteral("historyDepth"));
    QVERIFY(memory);
    QVERIFY(depth);
    const QString before = memory->text();
    QVERIFY(!before.isEmpty());
    depth->setValue(10);
    QVERIFY(memory->text() != before); // the estimate follows the limits
    QCOMPARE(dialog.settings().historyDepth, 10);
    // Out-of-range input is bounded by the field, never taken as is.
    depth->setValue(AppSettings::MaxHistoryDepth + 5);
    QCOMPARE(dialog.settings().historyDepth, AppSettings::MaxHistoryDepth);
}

void TestMainWindow::appSettingsRoundTrip()
{
    AppSettings s;
    s.language = QStringLiteral("zh_CN");
    s.historyDepth = 50;
    s.logSize = 20000;
    s.payloadBytes = 4096;
    s.seriesPoints = 5000;
    s.timeFormat = AppSettings::TimeFormat::Iso8601;
    s.save();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.language, s.language);
    QCOMPARE(loaded.historyDepth, 50);
    QCOMPARE(loaded.logSize, 20000);
    QCOMPARE(loaded.payloadBytes, 4096);
    QCOMPARE(loaded.seriesPoints, 5000);
    QCOMPARE(loaded.timeFormat, AppSettings::TimeFormat::Iso8601);
    // A broken value falls back to the default rather than to nonsense.
    QSettings().setValue(QStringLiteral("preferences/historyDepth"), QStringLiteral("lots"));
    QCOMPARE(AppSettings::load().historyDepth, AppSettings().historyDepth);
    QSettings().remove(QStringLiteral("preferences"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
