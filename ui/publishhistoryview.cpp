#include "publishhistoryview.h"

#include "publishhistorymodel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

PublishHistoryView::PublishHistoryView(PublishHistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_resend(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setModel(model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resend->setObjectName(QStringLiteral("historyResend"));
    m_resend->setText(tr("Publish Again"));
    m_resend->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_resend->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setObjectName(QStringLiteral("historyRemove"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entry from the history"));
    m_clear->setObjectName(QStringLiteral("historyClear"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the whole publish history of this connection"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resend);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT loadRequested(m_model->draft(index.row())); });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT publishRequested({m_model->draft(index.row())}); });
    connect(m_resend, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            Q_EMIT publishRequested({m_model->draft(index.row())});
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            m_model->removeRows(index.row(), 1);
    });
    connect(m_clear, &QToolButton::clicked, m_model, &PublishHistoryModel::clearHistory);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PublishHistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishHistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PublishHistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PublishHistoryView::updateButtons);
    updateButtons();
}

void PublishHistoryView::updateButtons()
{
    const bool selected = m_list->currentIndex().isValid();
    m_resend->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_clear->setEnabled(m_model->rowCount() > 0);
    m_resend->setToolTip(selected ? tr("Publish the selected message again, as it was (double-click does the same)")
                                  : tr("Select a message in the history first"));
}
