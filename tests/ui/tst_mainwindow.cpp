#include "mainwindow.h"

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
    void titleAndStatus();
    void menus();
    void quitClosesWindow();
    void aboutDialog();
    void iconResource();
};

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
