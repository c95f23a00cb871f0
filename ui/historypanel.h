#pragma once

#include "topichistory.h"

#include <QWidget>

class BrokerSession;
class QLabel;
class QTableView;
class QTimer;
class QTreeWidget;
class Sparkline;
class TopicHistoryModel;

// The history of one topic in the inspector: a list (time, QoS, retain, size, preview), a
// sparkline of its numeric values, and the differences between any two picked messages
// (JSON by key path, text by line, binary by byte range).
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(BrokerSession *session, QWidget *parent = nullptr);

    void setTopic(const QString &topic);
    QString topic() const;
    TopicHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *diffView() const { return m_diff; }
    Sparkline *sparkline() const { return m_sparkline; }
    // Shows the differences from row `older` to row `newer` (model rows).
    void compareRows(int older, int newer);
    // Recomputes the sparkline now (it otherwise follows the history twice a second).
    void refreshSparkline();

Q_SIGNALS:
    // One message was picked in the list.
    void messagePicked(const HistoryMessage &message);

private:
    void onSelectionChanged();

    TopicHistoryModel *m_model;
    QTableView *m_table;
    Sparkline *m_sparkline;
    QLabel *m_diffTitle;
    QTreeWidget *m_diff;
    QTimer *m_sparkTimer;
};
