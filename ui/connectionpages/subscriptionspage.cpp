#include "subscriptionspage.h"

#include "connectionprofile.h"
#include "problemlabel.h"
#include "topic.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(const QString &name, const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(QIcon(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

SubscriptionsPage::SubscriptionsPage(QWidget *parent)
    : ConnectionPage(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_problem(new ProblemLabel(this))
{
    m_table->setObjectName(QStringLiteral("subscriptions"));
    m_table->setHorizontalHeaderLabels(
        {tr("Topic filter"), tr("QoS"), tr("No local"), tr("Retain as published"), tr("Retain handling"), tr("Subscription id")});
    m_table->horizontalHeaderItem(NoLocalColumn)->setToolTip(tr("MQTT 5: do not send us our own messages back"));
    m_table->horizontalHeaderItem(RetainAsPublishedColumn)
        ->setToolTip(tr("MQTT 5: keep the retain flag as the publisher set it"));
    m_table->horizontalHeaderItem(RetainHandlingColumn)->setToolTip(tr("MQTT 5: when the broker sends retained messages"));
    m_table->horizontalHeaderItem(IdentifierColumn)
        ->setToolTip(tr("MQTT 5: a number (1 to 268,435,455) the broker attaches to messages for this filter; empty: none"));
    m_table->horizontalHeader()->setSectionResizeMode(FilterColumn, QHeaderView::Stretch);
    for (int column = QosColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *add = toolButton(QStringLiteral("addSubscription"), QStringLiteral(":/icons/add.svg"), tr("&Add"),
                           tr("Add a topic filter"), this);
    auto *sys = toolButton(QStringLiteral("addSysSubscription"), QStringLiteral(":/icons/add.svg"), tr("Add $&SYS/#"),
                           tr("Also subscribe to the broker's own statistics ($SYS/#)"), this);
    m_remove = toolButton(QStringLiteral("removeSubscription"), QStringLiteral(":/icons/remove.svg"), tr("&Remove"),
                          tr("Remove the selected filter"), this);
    m_remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(sys);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *note = new QLabel(tr("Subscribed to when the connection is made. \"#\" receives every topic; "
                               "topics starting with \"$\" need a filter of their own."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    polishLayout(layout);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, [this] {
        addSubscription(ProfileSubscription::of(QString()));
        m_table->setCurrentCell(m_table->rowCount() - 1, FilterColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, FilterColumn));
    });
    connect(sys, &QToolButton::clicked, this, [this] { addSubscription(ProfileSubscription::of(QStringLiteral("$SYS/#"))); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        revalidate();
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        revalidate();
        emit edited();
    });
}

void SubscriptionsPage::addSubscription(const ProfileSubscription &subscription)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FilterColumn, new QTableWidgetItem(subscription.filter));
    auto *qos = new QComboBox;
    qos->addItems({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    qos->setCurrentIndex(subscription.options.maximumQos);
    m_table->setCellWidget(row, QosColumn, qos);
    m_table->setItem(row, NoLocalColumn, checkItem(subscription.options.noLocal));
    m_table->setItem(row, RetainAsPublishedColumn, checkItem(subscription.options.retainAsPublished));
    auto *handling = new QComboBox;
    handling->addItems({tr("On subscribe"), tr("Only if new"), tr("Never")});
    handling->setCurrentIndex(subscription.options.retainHandling);
    m_table->setCellWidget(row, RetainHandlingColumn, handling);
    m_table->setItem(row, IdentifierColumn,
                     new QTableWidgetItem(subscription.identifier ? QString::number(subscription.identifier) : QString()));
    for (QComboBox *combo : {qos, handling}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionPage::edited);
        combo->setEnabled(combo == qos || m_version == Mqtt::ProtocolVersion::V5);
    }
    revalidate();
    emit edited();
}

QList<ProfileSubscription> SubscriptionsPage::subscriptions() const
{
    QList<ProfileSubscription> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ProfileSubscription s = ProfileSubscription::of(m_table->item(row, FilterColumn)->text().trimmed());
        s.options.maximumQos = quint8(qobject_cast<QComboBox *>(m_table->cellWidget(row, QosColumn))->currentIndex());
        s.options.noLocal = m_table->item(row, NoLocalColumn)->checkState() == Qt::Checked;
        s.options.retainAsPublished = m_table->item(row, RetainAsPublishedColumn)->checkState() == Qt::Checked;
        s.options.retainHandling = quint8(qobject_cast<QComboBox *>(m_table->cellWidget(row, RetainHandlingColumn))->currentIndex());
        s.identifier = m_table->item(row, IdentifierColumn)->text().trimmed().toUInt();
        list << s;
    }
    return list;
}

void SubscriptionsPage::load(const ConnectionProfile &profile)
{
    m_table->setRowCount(0);
    m_version = profile.connection.options.version;
    for (const ProfileSubscription &subscription : profile.subscriptions)
        addSubscription(subscription);
    revalidate();
}

void SubscriptionsPage::apply(ConnectionProfile *profile) const
{
    profile->subscriptions = subscriptions();
}

QStringList SubscriptionsPage::problems() const
{
    return m_problem->hasProblem() ? QStringList{m_problem->problem()} : QStringList();
}

void SubscriptionsPage::setProtocolVersion(Mqtt::ProtocolVersion version)
{
    m_version = version;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->cellWidget(row, RetainHandlingColumn)->setEnabled(version == Mqtt::ProtocolVersion::V5);
        for (int column : {NoLocalColumn, RetainAsPublishedColumn, IdentifierColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            const QSignalBlocker block(m_table);
            item->setFlags(version == Mqtt::ProtocolVersion::V5 ? (item->flags() | Qt::ItemIsEnabled)
                                                                : (item->flags() & ~Qt::ItemIsEnabled));
        }
    }
    revalidate();
}

void SubscriptionsPage::revalidate()
{
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row) {
        const QString filter = m_table->item(row, FilterColumn)->text().trimmed();
        QString why;
        if (!Mqtt::Topic::isValidTopicFilter(filter, &why)) {
            problem = tr("Row %1: \"%2\" is not a valid topic filter: %3").arg(row + 1).arg(filter, why);
            break;
        }
        if (m_version == Mqtt::ProtocolVersion::V311 && Mqtt::Topic::isSharedSubscription(filter)) {
            problem = tr("Row %1: shared subscriptions ($share/...) need MQTT 5").arg(row + 1);
            break;
        }
        const QString id = m_table->item(row, IdentifierColumn)->text().trimmed();
        bool ok = true;
        const uint value = id.isEmpty() ? 0 : id.toUInt(&ok);
        // MQTT 5 §3.8.2.1.2: a Variable Byte Integer from 1 to 268,435,455.
        if (!id.isEmpty() && (!ok || value < 1 || value > 268435455u))
            problem = tr("Row %1: the subscription id must be a number from 1 to 268,435,455").arg(row + 1);
    }
    m_problem->setProblem(problem);
}
