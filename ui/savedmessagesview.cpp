#include "savedmessagesview.h"

#include "savedmessagesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

SavedMessagesView::SavedMessagesView(SavedMessagesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_folder(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QToolButton(this))
    , m_run(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_problem(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("savedTree"));
    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->expandAll();

    m_folder->setObjectName(QStringLiteral("savedFolder"));
    m_folder->setEditable(true);
    m_folder->setToolTip(tr("Folder to save into (type a new name to create one)"));
    m_folder->setCurrentText(tr("General"));
    m_name->setObjectName(QStringLiteral("savedName"));
    m_name->setPlaceholderText(tr("Name for the editor's message"));
    m_save->setObjectName(QStringLiteral("savedSave"));
    m_save->setText(tr("Save"));
    m_save->setIcon(QIcon(QStringLiteral(":/icons/save.svg")));
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_run->setObjectName(QStringLiteral("savedRun"));
    m_run->setText(tr("Run"));
    m_run->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(QStringLiteral("savedRemove"));
    m_remove->setText(tr("Delete"));
    m_problem->setObjectName(QStringLiteral("savedProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_folder);
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(saveRow);
    layout->addWidget(m_problem);

    connect(m_save, &QToolButton::clicked, this, &SavedMessagesView::saveRequested);
    connect(m_name, &QLineEdit::returnPressed, this, &SavedMessagesView::saveRequested);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(index)) {
            m_folder->setCurrentText(index.parent().data(Qt::EditRole).toString());
            m_name->setText(index.data(Qt::EditRole).toString());
            Q_EMIT loadRequested(m_model->draft(index));
        } else {
            m_folder->setCurrentText(index.data(Qt::EditRole).toString());
        }
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(index))
            Q_EMIT publishRequested(m_model->sequence(index));
    });
    connect(m_run, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid())
            Q_EMIT publishRequested(m_model->sequence(index));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid())
            m_model->removeRow(index.row(), index.parent());
    });
    auto refresh = [this] {
        const QString current = m_folder->currentText();
        m_folder->clear();
        m_folder->addItems(m_model->folderNames());
        m_folder->setCurrentText(current.isEmpty() ? tr("General") : current);
        m_tree->expandAll();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedMessagesView::updateButtons);
    refresh();
}

bool SavedMessagesView::saveDraft(const PublishDraft &draft)
{
    const QString name = m_name->text().trimmed();
    const QString folder = m_folder->currentText().trimmed();
    if (name.isEmpty() || folder.isEmpty()) {
        m_problem->setText(name.isEmpty() ? tr("Type a name for the message first") : tr("Type a folder name first"));
        m_problem->show();
        (name.isEmpty() ? static_cast<QWidget *>(m_name) : m_folder)->setFocus();
        return false;
    }
    m_problem->hide();
    const QModelIndex index = m_model->save(folder, name, draft);
    m_tree->setCurrentIndex(index);
    return true;
}

void SavedMessagesView::setSaveEnabled(bool enabled, const QString &why)
{
    m_save->setEnabled(enabled);
    m_save->setToolTip(enabled ? tr("Save the editor's message under this name (a message of the same name in "
                                    "the folder is replaced)")
                               : why);
}

void SavedMessagesView::updateButtons()
{
    const QModelIndex index = m_tree->currentIndex();
    m_run->setEnabled(index.isValid());
    m_remove->setEnabled(index.isValid());
    if (!index.isValid())
        m_run->setToolTip(tr("Select a saved message or a folder first"));
    else if (m_model->isFolder(index))
        m_run->setToolTip(tr("Publish the folder's messages in order"));
    else
        m_run->setToolTip(tr("Publish the selected message (double-click does the same)"));
    m_remove->setToolTip(index.isValid() && m_model->isFolder(index) ? tr("Delete the folder and its messages")
                                                                     : tr("Delete the selected message"));
}
