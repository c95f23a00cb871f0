#pragma once

#include "connectionpage.h"

#include <QList>

struct ProfileSubscription;
class QTableWidget;
class QToolButton;
class ProblemLabel;

// The topic filters subscribed on connect, each with its QoS and the MQTT 5 options (no local,
// retain as published, retain handling, subscription identifier). "#" by default; "$SYS/#"
// one click away.
class SubscriptionsPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit SubscriptionsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Subscriptions"); }
    void load(const ConnectionProfile &profile) override;
    void apply(ConnectionProfile *profile) const override;
    QStringList problems() const override;
    void setProtocolVersion(Mqtt::ProtocolVersion version) override;

    QTableWidget *table() const { return m_table; }
    // Appends a row (used by the buttons and by tests).
    void addSubscription(const ProfileSubscription &subscription);

private:
    enum Column { FilterColumn, QosColumn, NoLocalColumn, RetainAsPublishedColumn, RetainHandlingColumn, IdentifierColumn, ColumnCount };
    QList<ProfileSubscription> subscriptions() const;
    void revalidate();

    QTableWidget *m_table;
    QToolButton *m_remove;
    ProblemLabel *m_problem;
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V5;
};
