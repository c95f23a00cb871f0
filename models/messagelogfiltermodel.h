#pragma once

#include "messagedirection.h"
#include "sequenceruns.h"

#include <QAbstractProxyModel>
#include <QByteArrayMatcher>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <deque>
#include <optional>
#include <vector>

class MessageLogModel;

// Filters a MessageLogModel by MQTT topic filter (Mqtt::Topic::matches, so "sensors/+/temp"
// and "#" work as in a SUBSCRIBE), by payload substring or regular expression, and by
// direction. Rows are tested in time-bounded slices so a new filter over a million rows or a
// fast stream never blocks the GUI thread for long; acceptedCount() grows as it goes and
// isScanning() says whether it is still catching up.
//
// The payload test sees the whole payload while the topic's history still keeps it, else the
// prefix the log stores (see MessageLogStore::previewBytes()).
class MessageLogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class PayloadSyntax { Substring, RegularExpression };
    Q_ENUM(PayloadSyntax)

    explicit MessageLogFilterModel(QObject *parent = nullptr);
    ~MessageLogFilterModel() override;

    // Must be a MessageLogModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Empty: every topic. An invalid filter matches nothing; filterError() says why.
    void setTopicFilter(const QString &filter);
    QString topicFilter() const { return m_topicFilter; }
    // Empty: every payload.
    void setPayloadFilter(const QString &pattern, PayloadSyntax syntax = PayloadSyntax::Substring,
                          Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString payloadPattern() const { return m_payloadPattern; }
    void setDirectionFilter(std::optional<MessageDirection> direction);
    // Empty when the filters are valid, else a sentence for the user.
    QString filterError() const { return m_error; }

    bool isScanning() const;
    // Tests every pending row now, however long it takes (tests, benchmarks).
    void finishScan();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterErrorChanged(const QString &error);
    void scanningChanged(bool scanning);

private:
    void refilter();
    void scan(qint64 budgetNs);
    void publish();
    bool accepts(quint64 sequence);
    bool topicAccepted(quint32 topicId);
    void sourceRowsRemoved();
    void sourceRowsInserted();
    void sourceReset();

    MessageLogModel *m_log = nullptr;
    SequenceRuns m_rows; // accepted log sequences
    // Accepted while catching up, announced at most ~30 times a second like the log itself.
    std::vector<quint64> m_unpublished;
    QElapsedTimer m_sincePublish;
    quint64 m_scanned = 0;      // next log sequence to test
    QTimer m_scanTimer;
    bool m_wasScanning = false;

    QString m_topicFilter;
    bool m_topicFilterValid = true;
    std::vector<qint8> m_topicMatch; // per topic id: -1 unknown, 0 no, 1 yes
    QString m_payloadPattern;
    PayloadSyntax m_syntax = PayloadSyntax::Substring;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    QByteArrayMatcher m_matcher;
    QRegularExpression m_regex;
    std::optional<MessageDirection> m_direction;
    QString m_error;
};
