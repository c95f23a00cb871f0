#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("MqttScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mqttscope.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    // Placeholder until the topic tree and message log pages exist.
    auto *placeholder = new QLabel(tr("Not connected. Connect to a broker to explore its topics."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1024, 700);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = helpMenu->addAction(tr("&About MqttScope"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MqttScope"),
                       tr("<h3>MqttScope %1</h3>"
                          "<p>A fast desktop explorer for MQTT 3.1.1 and 5.0 brokers: "
                          "browse topics, inspect messages and their properties, "
                          "chart numeric values and publish.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
