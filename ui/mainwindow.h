#pragma once

#include <QMainWindow>

class QAction;

// The application frame: menus and status bar. Pages and docks (topic tree, message log,
// charts, publish panel) are separate widgets it hosts, so this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
