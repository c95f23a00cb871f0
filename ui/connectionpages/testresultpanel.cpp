#include "testresultpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

TestResultPanel::TestResultPanel(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_summary(new QLabel(this)),
      m_showCertificate(new QPushButton(QIcon(QStringLiteral(":/icons/certificate.svg")), tr("Show the &certificate"), this)),
      m_details(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("testResult"));
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showCertificate->setObjectName(QStringLiteral("showPresentedCertificate"));
    m_showCertificate->setToolTip(tr("Show the certificate the broker presented on the TLS page, where you can trust it"));
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("The broker answered"), tr("Value")});
    m_details->setRootIsDecorated(false);
    m_details->setUniformRowHeights(true);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setMaximumHeight(150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    top->addWidget(m_showCertificate, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);
    connect(m_showCertificate, &QPushButton::clicked, this, &TestResultPanel::certificateRequested);
    clear();
}

void TestResultPanel::clear()
{
    m_icon->clear();
    m_summary->setText(tr("Test connection connects once with these settings, shows what the broker answered and "
                          "disconnects."));
    m_summary->setStyleSheet(QString());
    m_showCertificate->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
}

void TestResultPanel::showRunning(const QString &text)
{
    clear();
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/test-connection.svg")).pixmap(20, 20));
    m_summary->setText(text);
}

void TestResultPanel::showResult(const ConnectionTestResult &result)
{
    clear();
    m_icon->setPixmap(QIcon(result.connected ? QStringLiteral(":/icons/ok.svg") : QStringLiteral(":/icons/error.svg")).pixmap(20, 20));
    m_summary->setText(result.summary());
    m_summary->setStyleSheet(result.connected ? QString() : QStringLiteral("color: #c62828;"));
    m_showCertificate->setVisible(!result.rejectedCertificate.isNull());
    const auto rows = result.details();
    for (const auto &row : rows)
        new QTreeWidgetItem(m_details, {row.first, row.second});
    m_details->setVisible(!rows.isEmpty());
}

QString TestResultPanel::summaryText() const
{
    return m_summary->text();
}
