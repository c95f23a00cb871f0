#pragma once

#include "publishdraft.h"

#include <QWidget>

class PublishHistoryModel;
class QListView;
class QToolButton;

// The publisher's History tab: what was published, newest first. Click loads an entry into
// the editor, double-click (or "Publish Again") sends it again as it was.
class PublishHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit PublishHistoryView(PublishHistoryModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }

Q_SIGNALS:
    void loadRequested(const PublishDraft &draft);
    void publishRequested(const QList<PublishDraft> &drafts);

private:
    void updateButtons();

    PublishHistoryModel *m_model;
    QListView *m_list;
    QToolButton *m_resend;
    QToolButton *m_remove;
    QToolButton *m_clear;
};
