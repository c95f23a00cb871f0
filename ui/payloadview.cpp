#include "payloadview.h"

#include "hexview.h"
#include "jsonhighlighter.h"
#include "payloadtext.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
enum Page { TextPage, StructuredPage, HexPage, ImagePage };
constexpr int PathRole = Qt::UserRole + 1;
constexpr qint64 MaxImagePixels = 64LL * 1024 * 1024;
// Syntax colouring is line by line on the GUI thread: only for texts up to this size.
constexpr qsizetype MaxHighlightChars = 256 * 1024;

const PayloadDecoder::Format AllFormats[] = {PayloadDecoder::Format::Text,   PayloadDecoder::Format::Json,
                                             PayloadDecoder::Format::Hex,    PayloadDecoder::Format::Base64,
                                             PayloadDecoder::Format::Cbor,   PayloadDecoder::Format::MessagePack,
                                             PayloadDecoder::Format::Image};

QString kindName(PayloadNode::Kind kind)
{
    switch (kind) {
    case PayloadNode::Kind::Object: return PayloadView::tr("object");
    case PayloadNode::Kind::Array: return PayloadView::tr("array");
    case PayloadNode::Kind::String: return PayloadView::tr("string");
    case PayloadNode::Kind::Number: return PayloadView::tr("number");
    case PayloadNode::Kind::Bool: return PayloadView::tr("boolean");
    case PayloadNode::Kind::Null: return PayloadView::tr("null");
    case PayloadNode::Kind::Binary: return PayloadView::tr("bytes");
    case PayloadNode::Kind::Tag: return PayloadView::tr("tag");
    case PayloadNode::Kind::Other: return PayloadView::tr("other");
    }
    return {};
}

constexpr qsizetype MaxLineChars = 10000;

// Laying out one huge line stalls a text view for seconds: break lines past MaxLineChars.
bool breakLongLines(QString &text)
{
    qsizetype run = 0;
    bool broken = false;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        run = c == QLatin1Char('\n') ? 0 : run + 1;
        if (run > MaxLineChars) {
            if (!broken) {
                out.reserve(text.size() + text.size() / MaxLineChars + 1);
                out = text.left(i);
                broken = true;
            }
            out += QLatin1Char('\n');
            run = 1;
        }
        if (broken)
            out += c;
    }
    if (broken)
        text = out;
    return broken;
}

constexpr qsizetype MaxToolTipChars = 2000;
constexpr qsizetype ToolTipLineChars = 100;

// The Value column shows what fits; its tooltip shows the value whole (up to MaxToolTipChars),
// in lines a tooltip can hold (a plain-text tooltip never wraps).
QString valueToolTip(const QString &value)
{
    if (value.size() <= 16 && !value.contains(QLatin1Char('\n')))
        return {};
    const qsizetype shown = std::min(value.size(), MaxToolTipChars);
    QString out;
    out.reserve(shown + shown / ToolTipLineChars + 2);
    qsizetype run = 0;
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = value.at(i);
        run = c == QLatin1Char('\n') ? 0 : run + 1;
        if (run > ToolTipLineChars) {
            out += QLatin1Char('\n');
            run = 1;
        }
        out += c;
    }
    if (shown < value.size())
        out += QChar(0x2026);
    return out;
}

// Items are plain objects: built on the job's thread, inserted on the GUI thread.
QTreeWidgetItem *buildItem(const PayloadNode &node)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, node.key.isEmpty() ? QStringLiteral("$") : node.key);
    QString value = node.value;
    if (value.size() > 500)
        value = value.left(500) + QChar(0x2026);
    item->setText(1, value);
    item->setToolTip(1, valueToolTip(node.value));
    item->setText(2, kindName(node.kind));
    item->setData(0, PathRole, node.path);
    item->setData(1, PathRole, node.value);
    for (const PayloadNode &child : node.children)
        item->addChild(buildItem(child));
    return item;
}
} // namespace

struct PayloadView::Prepared
{
    Format format = Format::Text;
    QString text;
    QString note;
    QString error; // the format does not apply: said above the hex view
    QImage image;
    QTreeWidgetItem *root = nullptr;
    ~Prepared() { delete root; }
};

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_structured(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeWidget(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_hex(new HexView(this))
    , m_image(new QLabel(this))
    , m_imagePage(new QScrollArea(this))
{
    setObjectName(QStringLiteral("payloadView"));
    for (Format f : AllFormats)
        m_tabs->addTab(PayloadDecoder::formatName(f));
    m_tabs->setObjectName(QStringLiteral("payloadFormatTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setToolTip(tr("How to show the payload; the detected format is chosen for each new message "
                          "until you pick one"));
    m_note->setObjectName(QStringLiteral("payloadNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_text, m_pretty}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pretty->setObjectName(QStringLiteral("payloadPretty"));
    m_tree->setObjectName(QStringLiteral("payloadTree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->resizeSection(0, 160);
    m_tree->header()->resizeSection(1, 200);
    // Sizing the Value column to its contents measures the rows in view and about 100 more.
    m_tree->header()->setResizeContentsPrecision(100);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &PayloadView::showTreeMenu);
    auto *splitter = static_cast<QSplitter *>(m_structured);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pretty);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_hex->setObjectName(QStringLiteral("payloadHex"));
    m_image->setObjectName(QStringLiteral("payloadImage"));
    m_image->setAlignment(Qt::AlignCenter);
    auto *scroll = static_cast<QScrollArea *>(m_imagePage);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);

    m_stack->insertWidget(TextPage, m_text);
    m_stack->insertWidget(StructuredPage, m_structured);
    m_stack->insertWidget(HexPage, m_hex);
    m_stack->insertWidget(ImagePage, m_imagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_updatingTabs && index >= 0)
            setFormat(AllFormats[index]);
    });
}

PayloadView::~PayloadView() = default;

QString PayloadView::note() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

void PayloadView::setPayload(const QByteArray &bytes, qsizetype fullSize, const QString &contentType)
{
    m_bytes = bytes;
    m_fullSize = qMax(fullSize, bytes.size());
    const bool cut = m_fullSize > bytes.size();
    // Detection decodes structured payloads: bounded by the async threshold on this thread.
    if (bytes.size() <= AsyncThreshold)
        m_detected = PayloadDecoder::detect(bytes, contentType, cut);
    else if (PayloadDecoder::isImage(bytes))
        m_detected = Format::Image;
    else
        m_detected = PayloadText::isText(bytes.first(qMin<qsizetype>(bytes.size(), 4096)), true) ? Format::Text : Format::Hex;
    m_format = m_userFormat.value_or(m_detected);
    render();
}

void PayloadView::clear()
{
    m_bytes.clear();
    m_fullSize = 0;
    ++m_generation;
    m_busy = false;
    m_text->clear();
    m_pretty->clear();
    m_tree->clear();
    m_hex->setData({});
    m_image->clear();
    m_note->hide();
}

void PayloadView::setFormat(Format format)
{
    m_userFormat = format;
    if (m_format == format && !m_busy)
        return;
    m_format = format;
    render();
}

void PayloadView::resetFormat()
{
    m_userFormat.reset();
}

std::shared_ptr<PayloadView::Prepared> PayloadView::prepare(const QByteArray &bytes, qsizetype fullSize, Format format)
{
    auto p = std::make_shared<Prepared>();
    p->format = format;
    fullSize = qMax(fullSize, bytes.size());
    const bool cut = fullSize > bytes.size();
    auto shownNote = [&](qsizetype shown) {
        return tr("Showing the first %1 of %2.").arg(PayloadDecoder::sizeText(shown), PayloadDecoder::sizeText(fullSize));
    };
    QStringList notes;
    switch (format) {
    case Format::Text: {
        const QByteArray part = bytes.left(MaxTextBytes);
        int invalid = 0;
        p->text = PayloadDecoder::text(part, &invalid);
        if (part.size() < fullSize)
            notes << shownNote(part.size());
        if (breakLongLines(p->text))
            notes << tr("Lines longer than %1 characters are broken for display.").arg(MaxLineChars);
        if (invalid)
            notes << tr("%n byte(s) are not valid UTF-8 text; shown as \\xNN.", nullptr, invalid);
        break;
    }
    case Format::Base64: {
        const QByteArray part = bytes.left(MaxTextBytes / 4 * 3);
        const QByteArray encoded = part.toBase64();
        // MIME style: 76 characters a line (one line of a megabyte would stall the text view).
        p->text.reserve(encoded.size() + encoded.size() / 76 + 1);
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            if (i)
                p->text += QLatin1Char('\n');
            p->text += QLatin1String(encoded.mid(i, 76));
        }
        if (part.size() < fullSize)
            notes << shownNote(part.size());
        break;
    }
    case Format::Hex:
        if (bytes.size() < fullSize)
            notes << shownNote(bytes.size());
        break;
    case Format::Json:
    case Format::Cbor:
    case Format::MessagePack: {
        if (cut) {
            p->error = tr("Only the first %1 of %2 were kept, which cannot be decoded on their own.")
                           .arg(PayloadDecoder::sizeText(bytes.size()), PayloadDecoder::sizeText(fullSize));
            break;
        }
        PayloadDecoder::Limits limits;
        limits.maxTextChars = MaxTextBytes;
        const DecodedPayload d = format == Format::Json  ? PayloadDecoder::decodeJson(bytes, limits)
                               : format == Format::Cbor ? PayloadDecoder::decodeCbor(bytes, limits)
                                                        : PayloadDecoder::decodeMessagePack(bytes, limits);
        if (!d.ok) {
            p->error = d.error;
            break;
        }
        p->text = d.text;
        if (d.text.size() >= MaxTextBytes)
            notes << tr("The formatted text shows the first %1 characters.").arg(MaxTextBytes);
        if (!d.note.isEmpty())
            notes << d.note;
        p->root = buildItem(d.root);
        break;
    }
    case Format::Image: {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        const QByteArray imageFormat = reader.format(); // empty once the data is read
        if (cut) {
            p->error = tr("Only the first %1 of %2 were kept: the image cannot be shown.")
                           .arg(PayloadDecoder::sizeText(bytes.size()), PayloadDecoder::sizeText(fullSize));
        } else if (size.isValid() && qint64(size.width()) * size.height() > MaxImagePixels) {
            p->error = tr("The image is %1 × %2 pixels, too large to show.").arg(size.width()).arg(size.height());
        } else if (!reader.read(&p->image)) {
            p->error = tr("Not an image this viewer can read: %1").arg(reader.errorString());
        } else {
            notes << tr("%1 image, %2 × %3 pixels.")
                         .arg(QString::fromLatin1(imageFormat.toUpper()))
                         .arg(p->image.width())
                         .arg(p->image.height());
        }
        break;
    }
    }
    if (!p->error.isEmpty())
        notes.prepend(p->error + QLatin1Char(' ') + tr("Showing the bytes instead."));
    p->note = notes.join(QLatin1Char(' '));
    return p;
}

void PayloadView::render()
{
    m_updatingTabs = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString name = PayloadDecoder::formatName(AllFormats[i]);
        m_tabs->setTabText(i, AllFormats[i] == m_detected ? tr("%1 (detected)").arg(name) : name);
        if (AllFormats[i] == m_format)
            m_tabs->setCurrentIndex(i);
    }
    m_updatingTabs = false;

    const quint64 generation = ++m_generation;
    if (m_bytes.size() <= AsyncThreshold) {
        m_busy = false;
        apply(prepare(m_bytes, m_fullSize, m_format));
        return;
    }
    m_busy = true;
    m_note->setText(tr("Formatting %1…").arg(PayloadDecoder::sizeText(m_bytes.size())));
    m_note->setStyleSheet(QString());
    m_note->show();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Prepared>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer payload or format was asked for meanwhile
        m_busy = false;
        apply(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PayloadView::prepare, m_bytes, m_fullSize, m_format));
}

void PayloadView::apply(const std::shared_ptr<Prepared> &p)
{
    m_note->setText(p->note);
    m_note->setStyleSheet(p->error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_note->setVisible(!p->note.isEmpty());
    if (!p->error.isEmpty()) {
        m_hex->setData(m_bytes);
        m_stack->setCurrentIndex(HexPage);
        Q_EMIT shown();
        return;
    }
    switch (p->format) {
    case Format::Text:
    case Format::Base64:
        m_text->setPlainText(p->text);
        m_stack->setCurrentIndex(TextPage);
        break;
    case Format::Hex:
        m_hex->setData(m_bytes);
        m_stack->setCurrentIndex(HexPage);
        break;
    case Format::Json:
    case Format::Cbor:
    case Format::MessagePack: {
        m_tree->clear();
        QTreeWidgetItem *root = p->root;
        p->root = nullptr;
        m_tree->addTopLevelItem(root);
        root->setExpanded(true);
        for (int i = 0; i < root->childCount() && i < 50; ++i)
            root->child(i)->setExpanded(root->child(i)->childCount() <= 20);
        delete m_pretty->document()->findChild<JsonHighlighter *>();
        m_pretty->setPlainText(p->text);
        if (p->text.size() <= MaxHighlightChars)
            new JsonHighlighter(m_pretty->document());
        m_stack->setCurrentIndex(StructuredPage);
        // As wide as the values need, up to two thirds of the view (the tooltip has the rest).
        m_tree->resizeColumnToContents(1);
        const int widest = std::max(200, m_tree->viewport()->width() * 2 / 3);
        if (m_tree->header()->sectionSize(1) > widest)
            m_tree->header()->resizeSection(1, widest);
        break;
    }
    case Format::Image:
        m_image->setPixmap(QPixmap::fromImage(p->image));
        m_stack->setCurrentIndex(ImagePage);
        break;
    }
    Q_EMIT shown();
}

void PayloadView::showTreeMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    const QString path = item->data(0, PathRole).toString();
    const QString value = item->data(1, PathRole).toString();
    menu.addAction(tr("Copy Path"), this, [path] { QApplication::clipboard()->setText(path); });
    menu.addAction(tr("Copy Value"), this, [value] { QApplication::clipboard()->setText(value); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
