#pragma once

#include "connectionsettings.h"

#include <QMainWindow>

class BrokerSession;
class ConnectionBar;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class TrafficStatus;

// The application frame: owns the BrokerSession, hosts the docks and pages, menus, the
// connection toolbar and the status bar. Each dock or page is its own class; this one only
// wires them to the session (keep it thin).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    BrokerSession *session() const { return m_session; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    TrafficStatus *trafficStatus() const { return m_traffic; }

    // A dock in the View menu (toggled with `shortcut`), its layout saved with the window.
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *content,
                          Qt::DockWidgetArea area, const QKeySequence &shortcut = {});
    QDockWidget *panel(const QString &objectName) const;
    void setCentralContent(QWidget *content);

    // Connects the session (auto-reconnect on, as a GUI should) and shows the outcome in the
    // toolbar; a settings problem (unreadable TLS file ...) goes to the status bar. `name` is
    // what the window title shows.
    bool connectTo(const QString &name, const ConnectionSettings &settings,
                   const QList<Mqtt::Subscription> &subscriptions);
    // Restores the saved window geometry and dock layout (after every dock was added).
    void restoreLayout();

    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QMenu *viewMenu() const { return m_viewMenu; }

public Q_SLOTS:
    void showAbout();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDefaultPanels();
    void onStateChanged();

    BrokerSession *m_session;
    ConnectionBar *m_connectionBar;
    TrafficStatus *m_traffic;
    QString m_connectionName;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_viewMenu = nullptr;
};
