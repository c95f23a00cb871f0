#pragma once

#include "properties.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

// MQTT 5 user properties (name = value pairs, order kept, names may repeat) as an editable
// table with Add / Remove buttons.
class UserPropertiesTable : public QWidget
{
    Q_OBJECT
public:
    explicit UserPropertiesTable(const QString &objectName, QWidget *parent = nullptr);

    Mqtt::UserProperties properties() const;
    void setProperties(const Mqtt::UserProperties &properties);
    void addRow(const QString &name = QString(), const QString &value = QString());
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    QTableWidget *m_table;
    QToolButton *m_remove;
};
