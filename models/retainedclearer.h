#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class BrokerSession;
class TopicTreeModel;

// Clears retained messages by publishing an empty retained message (QoS 1, so each is
// acknowledged) to each topic, a window at a time so the GUI thread never queues thousands of
// publishes at once and progress moves as acknowledgements arrive.
class RetainedClearer : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        QString topic;
        QString reason;
    };

    explicit RetainedClearer(BrokerSession *session, QObject *parent = nullptr);

    // The retained topics the topic tree shows at `root` and below (the whole tree for an
    // empty root), in tree order.
    static QStringList retainedTopics(const TopicTreeModel *tree, const QString &root);

    // Starts clearing; false with *error when not connected or already running.
    bool start(const QStringList &topics, QString *error = nullptr);
    // Stops sending more; those in flight still report.
    void cancel();
    bool isRunning() const { return m_running; }

    int total() const { return int(m_topics.size()); }
    int cleared() const { return m_cleared; }
    QList<Failure> failures() const { return m_failures; }

    // How many publishes may wait for their acknowledgement at once.
    static constexpr int Window = 256;

Q_SIGNALS:
    void progress(int done, int total);
    // All answered (or cancelled): cleared + failures.size() == done.
    void finished(int cleared, const QList<RetainedClearer::Failure> &failures);

private:
    void fill();
    void onResult(int token, const QString &failure, bool failed);
    void checkDone();

    QPointer<BrokerSession> m_session;
    QStringList m_topics;
    int m_next = 0;
    int m_cleared = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QHash<int, QString> m_inflight; // token -> topic
    QList<Failure> m_failures;
};

Q_DECLARE_METATYPE(RetainedClearer::Failure)
