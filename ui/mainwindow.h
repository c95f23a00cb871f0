#pragma once

#include "connectionsettings.h"

#include <QMainWindow>

class BrokerSession;
class ConnectionBar;
class ConnectionController;
class ProfileStore;
class SecretStore;
class Dashboard;
class MessageInspector;
class TopicTreeView;
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
    ConnectionController *controller() const { return m_controller; }
    ProfileStore *profileStore() const { return m_store; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    TrafficStatus *trafficStatus() const { return m_traffic; }
    Dashboard *dashboard() const { return m_dashboard; }

    // A dock in the View menu (toggled with `shortcut`), its layout saved with the window.
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *content,
                          Qt::DockWidgetArea area, const QKeySequence &shortcut = {});
    QDockWidget *panel(const QString &objectName) const;
    void setCentralContent(QWidget *content);

    // Connects the session to a broker that is no saved profile (--url) and shows the outcome
    // in the toolbar; a settings problem (unreadable TLS file ...) goes to the status bar.
    // `name` is what the window title shows.
    bool connectTo(const QString &name, const ConnectionSettings &settings,
                   const QList<Mqtt::Subscription> &subscriptions);
    // Connects with a saved profile (by id or name); false when there is none.
    bool connectProfile(const QString &idOrName);
    // What a start without --url/--profile opens: the demo on first launch, else the last
    // profile used.
    void openStartupConnection();
    // Restores the saved window geometry and dock layout (after every dock was added).
    void restoreLayout();

    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QMenu *viewMenu() const { return m_viewMenu; }

public Q_SLOTS:
    // Plots a JSON field of a topic (or filter) on the dashboard and shows the Charts panel:
    // the explorer's "Plot" lands here.
    void plot(const QString &topicOrFilter, const QString &path);
    void showAbout();
    void showPreferences();
    void showProfiles();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDefaultPanels();
    void onStateChanged();
    void refreshProfiles();
    void showProblem(const QString &message);
    void loadDashboard();
    void saveDashboard();
    void openDemoTopic();

    BrokerSession *m_session;
    SecretStore *m_secrets;
    ProfileStore *m_store;
    ConnectionController *m_controller;
    ConnectionBar *m_connectionBar;
    TrafficStatus *m_traffic;
    Dashboard *m_dashboard = nullptr;
    TopicTreeView *m_topics = nullptr;
    MessageInspector *m_inspector = nullptr;
    QString m_dashboardProfile; // the profile whose dashboards are shown
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_viewMenu = nullptr;
};
