#include "userpropertiestable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

UserPropertiesTable::UserPropertiesTable(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_remove(new QToolButton(this))
{
    setObjectName(objectName);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(80);
    auto *add = new QToolButton(this);
    add->setObjectName(objectName + QStringLiteral("Add"));
    add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    add->setToolTip(tr("Add a user property"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_remove->setToolTip(tr("Remove the selected user property"));
    m_remove->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        emit edited();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit edited();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, &UserPropertiesTable::edited);
}

void UserPropertiesTable::addRow(const QString &name, const QString &value)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

Mqtt::UserProperties UserPropertiesTable::properties() const
{
    Mqtt::UserProperties list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            list << qMakePair(name, value);
    }
    return list;
}

void UserPropertiesTable::setProperties(const Mqtt::UserProperties &properties)
{
    m_table->setRowCount(0);
    for (const auto &property : properties)
        addRow(property.first, property.second);
}
