#include "retainedclearbar.h"

#include "brokersession.h"
#include "topictreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QFrame>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int ListedTopics = 10;
}

RetainedClearBar::RetainedClearBar(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clearer(new RetainedClearer(session, this))
    , m_confirmation(new QFrame(this))
    , m_question(new QLabel(m_confirmation))
    , m_confirm(new QPushButton(QIcon(QStringLiteral(":/icons/clear-retained.svg")), tr("Clear"), m_confirmation))
    , m_dismiss(new QPushButton(tr("Cancel"), m_confirmation))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_summary(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("clearRetainedProgress"));
    m_progress->setFormat(tr("Clearing retained: %v of %m"));
    m_cancel->setObjectName(QStringLiteral("clearRetainedCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop clearing (messages already sent are still acknowledged)"));
    m_summary->setObjectName(QStringLiteral("clearRetainedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_confirmation->setObjectName(QStringLiteral("clearRetainedConfirmation"));
    m_confirmation->setFrameShape(QFrame::StyledPanel);
    m_question->setObjectName(QStringLiteral("clearRetainedQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(QStringLiteral("confirmClear"));
    m_confirm->setToolTip(tr("Publish an empty retained message (QoS 1) to each of these topics"));
    m_dismiss->setObjectName(QStringLiteral("dismissClear"));
    auto *answers = new QHBoxLayout;
    answers->addStretch();
    answers->addWidget(m_dismiss);
    answers->addWidget(m_confirm);
    auto *confirmation = new QVBoxLayout(m_confirmation);
    confirmation->addWidget(m_question);
    confirmation->addLayout(answers);
    m_confirmation->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmation);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    m_progress->hide();
    m_cancel->hide();
    m_summary->hide();

    connect(m_cancel, &QToolButton::clicked, m_clearer, &RetainedClearer::cancel);
    connect(m_clearer, &RetainedClearer::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_clearer, &RetainedClearer::finished, this, &RetainedClearBar::onFinished);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_confirmation->hide();
        m_pendingTopics.clear();
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_confirmation->hide();
        const QStringList topics = std::exchange(m_pendingTopics, {});
        QString error;
        if (!m_clearer->start(topics, &error)) {
            m_summary->setText(error);
            m_summary->show();
            return;
        }
        m_progress->show();
        m_cancel->show();
    });
}

QString RetainedClearBar::question() const
{
    return m_question->text();
}

QString RetainedClearBar::summary() const
{
    return m_summary->text();
}

void RetainedClearBar::clearRetained(const QString &root)
{
    if (m_clearer->isRunning())
        return;
    const QStringList topics = RetainedClearer::retainedTopics(m_session->pipeline()->topicTree(), root);
    const QString where = root.isEmpty() ? tr("the whole tree") : QStringLiteral("\"%1\"").arg(root);
    m_summary->setStyleSheet(QString());
    if (topics.isEmpty()) {
        m_confirmation->hide();
        m_summary->setText(tr("No retained messages known at %1 or below. (Subscribe to it first: only retained "
                              "messages the topic tree has received can be cleared.)")
                               .arg(where));
        m_summary->show();
        return;
    }
    m_summary->hide();
    QStringList shown = topics.mid(0, ListedTopics);
    if (topics.size() > ListedTopics)
        shown.append(tr("… and %L1 more").arg(topics.size() - ListedTopics));
    m_question->setText(tr("Clear the retained messages at %1 and below?\nTopics with a retained message: %L2")
                            .arg(where)
                            .arg(topics.size())
                        + QStringLiteral("\n  ") + shown.join(QStringLiteral("\n  ")) + QStringLiteral("\n")
                        + tr("An empty retained message (QoS 1) is published to each topic; the broker then "
                             "forgets them. This cannot be undone."));
    m_pendingTopics = topics;
    m_confirmation->show();
    m_dismiss->setFocus();
}

void RetainedClearBar::onFinished(int cleared, const QList<RetainedClearer::Failure> &failures)
{
    m_progress->hide();
    m_cancel->hide();
    QString text = tr("Retained messages cleared: %L1.").arg(cleared);
    if (!failures.isEmpty()) {
        text += u' ' + tr("Failed: %L1").arg(failures.size());
        for (int i = 0; i < failures.size() && i < ListedTopics; ++i)
            text += u'\n' + tr("%1 — %2").arg(failures.at(i).topic, failures.at(i).reason);
        if (failures.size() > ListedTopics)
            text += u'\n' + tr("… and %L1 more").arg(failures.size() - ListedTopics);
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        m_summary->setStyleSheet(QString());
    }
    const int notSent = m_clearer->total() - cleared - int(failures.size());
    if (notSent > 0)
        text += u'\n' + tr("Cancelled: %L1 not cleared.").arg(notSent);
    m_summary->setText(text);
    m_summary->show();
    Q_EMIT finished(cleared, int(failures.size()));
}
