#pragma once

#include <QWidget>

class BrokerSession;
class QComboBox;
class QTableView;
class QTimer;
class TrafficModel;

// The traffic breakdown dock: which subtrees carry the most messages and bytes per second over
// the last 10 s or minute, with a share bar. Clicking a row asks the topic tree to select it.
class TrafficView : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficView(BrokerSession *session, QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *windowBox() const { return m_window; }
    QComboBox *depthBox() const { return m_depth; }
    // Samples the counters now (the view does so every second by itself).
    void refresh();
    // Samples once a second by itself (on by default; tests drive sample() with their own clock).
    void setAutoRefresh(bool on);

Q_SIGNALS:
    void topicActivated(const QString &topic);

private:
    TrafficModel *m_model;
    QTableView *m_table;
    QComboBox *m_window;
    QComboBox *m_depth;
    QTimer *m_timer;
};
