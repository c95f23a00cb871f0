#include "historypanel.h"

#include "brokersession.h"
#include "historystore.h"
#include "payloaddecoder.h"
#include "payloaddiff.h"
#include "sparkline.h"
#include "topichistorymodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int SparkPoints = 300;
constexpr qsizetype SparkMaxPayload = 4096;

// The number a payload stands for: itself, or the JSON leaf at `path` ("" = first number).
bool numberOf(QByteArrayView payload, QString *path, double *value)
{
    bool ok = false;
    *value = payload.trimmed().toByteArray().toDouble(&ok);
    if (ok) {
        path->clear();
        return true;
    }
    if (payload.size() > SparkMaxPayload)
        return false;
    const DecodedPayload d = PayloadDecoder::decodeJson(payload);
    if (!d.ok)
        return false;
    std::vector<const PayloadNode *> stack{&d.root};
    while (!stack.empty()) {
        const PayloadNode *n = stack.back();
        stack.pop_back();
        if (n->kind == PayloadNode::Kind::Number && (path->isEmpty() || n->path == *path)) {
            *path = n->path;
            *value = n->value.toDouble();
            return true;
        }
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return false;
}
} // namespace

HistoryPanel::HistoryPanel(BrokerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new TopicHistoryModel(session->pipeline()->history(), &session->pipeline()->topics(), this))
    , m_table(new QTableView(this))
    , m_sparkline(new Sparkline(this))
    , m_diffTitle(new QLabel(this))
    , m_diff(new QTreeWidget(this))
    , m_sparkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Pick a message to show it; pick two (Ctrl+click) to compare them"));

    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diffTitle->setWordWrap(true);
    m_diffTitle->setText(tr("Select two messages to compare them."));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setHeaderLabels({tr("Change"), tr("Where"), tr("Before"), tr("After")});
    m_diff->setRootIsDecorated(false);
    m_diff->setUniformRowHeights(true);

    auto *diffBox = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(diffBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_sparkline);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    m_sparkTimer->setInterval(500);
    m_sparkTimer->setSingleShot(true);
    connect(m_sparkTimer, &QTimer::timeout, this, &HistoryPanel::refreshSparkline);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_sparkTimer, [this] {
        if (!m_sparkTimer->isActive())
            m_sparkTimer->start();
    });
}

void HistoryPanel::setTopic(const QString &topic)
{
    if (topic == m_model->topic())
        return;
    m_model->setTopic(topic);
    m_diff->clear();
    m_diffTitle->setText(tr("Select two messages to compare them."));
    refreshSparkline();
}

QString HistoryPanel::topic() const
{
    return m_model->topic();
}

void HistoryPanel::onSelectionChanged()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() == 1)
        Q_EMIT messagePicked(m_model->message(rows.first()));
    else if (rows.size() == 2)
        compareRows(rows.first(), rows.last());
}

void HistoryPanel::compareRows(int older, int newer)
{
    const HistoryMessage a = m_model->message(older);
    const HistoryMessage b = m_model->message(newer);
    const PayloadDiff::Result r = PayloadDiff::diff(a.payload, b.payload);
    m_diff->clear();
    const QString mode = r.mode == PayloadDiff::Mode::Json ? tr("JSON, by key")
                       : r.mode == PayloadDiff::Mode::Text ? tr("text, by line")
                                                           : tr("bytes");
    auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz")); };
    QString title = tr("%n difference(s) from %1 to %2 (%3).", nullptr, int(r.entries.size()))
                        .arg(time(a.timestamp), time(b.timestamp), mode);
    if (r.truncated)
        title += QLatin1Char(' ') + tr("Only the first %1 are listed.").arg(PayloadDiff::MaxEntries);
    if (a.isTruncated() || b.isTruncated())
        title += QLatin1Char(' ') + tr("Compared as kept: the history holds only the start of long payloads.");
    m_diffTitle->setText(title);
    const QColor added(0x1A, 0x7F, 0x37), removed(0xC6, 0x28, 0x28), changed(0xB3, 0x5C, 0x00);
    QList<QTreeWidgetItem *> items;
    for (const DiffEntry &e : r.entries) {
        auto *item = new QTreeWidgetItem;
        const QString kind = e.kind == DiffEntry::Kind::Added ? tr("added") : e.kind == DiffEntry::Kind::Removed ? tr("removed") : tr("changed");
        item->setText(0, kind);
        item->setForeground(0, e.kind == DiffEntry::Kind::Added ? added : e.kind == DiffEntry::Kind::Removed ? removed : changed);
        item->setText(1, e.where);
        item->setText(2, e.oldValue);
        item->setText(3, e.newValue);
        items << item;
    }
    m_diff->addTopLevelItems(items);
}

void HistoryPanel::refreshSparkline()
{
    const int rows = m_model->rowCount();
    QVector<double> values;
    QString path;
    bool pathChosen = false;
    // The path is taken from the newest message, then followed through the older ones.
    if (rows > 0) {
        double v = 0;
        if (numberOf(m_model->message(rows - 1).payload, &path, &v))
            pathChosen = true;
    }
    if (pathChosen) {
        for (int r = qMax(0, rows - SparkPoints); r < rows; ++r) {
            const QByteArray payload = m_model->index(r, 0).data(TopicHistoryModel::PayloadRole).toByteArray();
            QString p = path;
            double v = 0;
            if (numberOf(payload, &p, &v) && p == path)
                values << v;
        }
    }
    m_sparkline->setValues(values, path.isEmpty() ? m_model->topic() : path);
}
