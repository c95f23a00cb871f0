#pragma once

#include "publishdraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;
class SavedMessagesModel;

// The publisher's Saved tab: named messages in folders. Save the editor's message under a
// name and folder; click loads one into the editor; Run publishes a message, or a folder's
// messages in order; double-click runs.
class SavedMessagesView : public QWidget
{
    Q_OBJECT
public:
    explicit SavedMessagesView(SavedMessagesModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    // Saves `draft` under the folder and name typed in the view; false (with the reason shown)
    // when the name is empty.
    bool saveDraft(const PublishDraft &draft);
    void setSaveEnabled(bool enabled, const QString &why);

Q_SIGNALS:
    void loadRequested(const PublishDraft &draft);
    void publishRequested(const QList<PublishDraft> &drafts);
    // "Save" pressed: the panel answers with saveDraft(current editor message).
    void saveRequested();

private:
    void updateButtons();

    SavedMessagesModel *m_model;
    QTreeView *m_tree;
    QComboBox *m_folder;
    QLineEdit *m_name;
    QToolButton *m_save;
    QToolButton *m_run;
    QToolButton *m_remove;
    QLabel *m_problem;
};
