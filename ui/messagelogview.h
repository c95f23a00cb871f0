#pragma once

#include "message.h"
#include "messagedirection.h"

#include <QWidget>

class BrokerSession;
class MessageLogFilterModel;
class MessageLogModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The message log dock: every message in and out in a table, filtered by MQTT topic filter,
// payload substring or regular expression, and direction; scrolls with the stream until the
// user scrolls up (or presses Pause); exports all, filtered or selected rows as JSON Lines (the
// format of `mqttscope-cli sub --json`) or CSV.
class MessageLogView : public QWidget
{
    Q_OBJECT
public:
    enum class FilterMode { Topic, PayloadText, PayloadRegex };
    Q_ENUM(FilterMode)
    enum class Scope { All, Filtered, Selected };
    Q_ENUM(Scope)
    enum class ExportFormat { JsonLines, Csv };
    Q_ENUM(ExportFormat)

    explicit MessageLogView(BrokerSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MessageLogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *directionBox() const { return m_direction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *clearAction() const { return m_clearAction; }
    QAction *exportAction() const { return m_exportAction; }
    bool isAutoScrollPaused() const;

    // Writes the rows in `scope`; *count says how many. False with *error on a write error.
    bool exportTo(const QString &fileName, Scope scope, ExportFormat format, QString *error = nullptr, int *count = nullptr);

Q_SIGNALS:
    // The current row changed: the message for the inspector.
    void messageActivated(const Mqtt::Message &message, MessageDirection direction, qsizetype fullSize);

private:
    void applyFilter();
    void exportInteractively(Scope scope);
    void onRowsInserted();
    void showStatus(const QString &text, bool error = false);

    BrokerSession *m_session;
    MessageLogModel *m_log;
    MessageLogFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_filterEdit;
    QComboBox *m_mode;
    QComboBox *m_direction;
    QLabel *m_status;
    QAction *m_pauseAction;
    QAction *m_clearAction;
    QAction *m_exportAction;
    QTimer *m_scrollTimer;
    bool m_scrolling = false;
};
