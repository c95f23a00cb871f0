#pragma once

#include "message.h"

#include <QPersistentModelIndex>
#include <QWidget>

class BrokerSession;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;
class QTreeView;
class TopicFilterModel;
class TopicTreeModel;

// The topic tree dock: the session's TopicTreeModel, sorted and searchable, in a tree view that
// stays put while rows pour in (selection, expansion and the first visible row are kept), with
// the first levels expanded until the view is full. Cross-panel actions are signals; the main
// window connects them to the publisher, the charts and the inspector.
class TopicTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicTreeView(BrokerSession *session, QWidget *parent = nullptr);
    ~TopicTreeView() override;

    BrokerSession *session() const { return m_session; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    TopicFilterModel *filterModel() const { return m_filter; }

    // Full topic of the current row; empty when none.
    QString currentTopic() const;
    // Makes the topic (or level) current, expanding its parents; false when it is not shown.
    bool selectTopic(const QString &topic);

    // The context menu for a row of the view (parented to this widget; the caller deletes it).
    QMenu *createContextMenu(const QModelIndex &viewIndex);
    // Focuses the search box (Ctrl+F).
    QAction *findAction() const { return m_findAction; }
    // Whether automatic expansion has stopped (the view filled up, or the user expanded or
    // collapsed a row).
    bool autoExpandFinished() const { return m_autoExpandDone; }

Q_SIGNALS:
    void currentTopicChanged(const QString &topic);
    // Enter or double-click on a topic.
    void inspectRequested(const QString &topic);
    // "Publish to this topic": the topic with its last payload, QoS and retain flag.
    void publishRequested(const Mqtt::Message &message);
    // jsonPath "" for a plain numeric payload, else "a.b[2]".
    void plotRequested(const QString &topic, const QString &jsonPath);
    void clearRetainedRequested(const QString &topic);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void autoExpand();
    void rememberAnchor();
    void restoreAnchor();
    void showStatus(const QString &text, bool error = false);
    void subscribeHere(const QString &topic);
    QStringList numericPaths(const QModelIndex &sourceIndex) const;

    BrokerSession *m_session;
    TopicTreeModel *m_model;
    TopicFilterModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QToolButton *m_payloadSearch;
    QLabel *m_status;
    QAction *m_findAction;
    QTimer *m_expandTimer;
    QTimer *m_repaintTimer;
    QPersistentModelIndex m_anchor;
    bool m_autoExpanding = false;
    bool m_autoExpandDone = false;
    int m_subscribeToken = -1;
    int m_unsubscribeToken = -1;
};
