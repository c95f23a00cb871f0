#include "payloadeditor.h"

#include "filepayloadreader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_format(new QComboBox(this))
    , m_pretty(new QToolButton(this))
    , m_compact(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_reader(new FilePayloadReader(this))
{
    m_format->setObjectName(QStringLiteral("payloadFormat"));
    for (PayloadFormat f : {PayloadFormat::Text, PayloadFormat::Json, PayloadFormat::Hex, PayloadFormat::Base64,
                            PayloadFormat::File})
        m_format->addItem(PayloadEncoder::formatName(f), int(f));
    m_format->setToolTip(tr("How the text below becomes the payload's bytes"));

    m_pretty->setObjectName(QStringLiteral("prettyJson"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setToolTip(tr("Indent the JSON"));
    m_compact->setObjectName(QStringLiteral("compactJson"));
    m_compact->setText(tr("Compact"));
    m_compact->setToolTip(tr("Put the JSON on one line"));
    m_open->setObjectName(QStringLiteral("openPayloadFile"));
    m_open->setText(tr("Choose File…"));
    m_open->setToolTip(tr("Send a file's bytes as the payload"));

    m_edit->setObjectName(QStringLiteral("payloadEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("Payload"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(80);

    m_problemLabel->setObjectName(QStringLiteral("payloadProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problemLabel->hide();
    m_fileLabel->setObjectName(QStringLiteral("payloadFile"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_format);
    bar->addStretch();
    bar->addWidget(m_pretty);
    bar->addWidget(m_compact);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_problemLabel);

    connect(m_format, &QComboBox::currentIndexChanged, this, &PayloadEditor::onFormatChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PayloadEditor::validate);
    connect(m_pretty, &QToolButton::clicked, this, [this] { reformat(true); });
    connect(m_compact, &QToolButton::clicked, this, [this] { reformat(false); });
    connect(m_open, &QToolButton::clicked, this, &PayloadEditor::chooseFile);
    connect(m_reader, &FilePayloadReader::progress, this, [this](qint64 read, qint64 total) {
        m_fileLabel->setText(tr("Reading… %1 of %2")
                                 .arg(QLocale().formattedDataSize(read), QLocale().formattedDataSize(total)));
    });
    connect(m_reader, &FilePayloadReader::finished, this,
            [this](const QString &path, const QByteArray &bytes) { setFileBytes(path, bytes); });
    connect(m_reader, &FilePayloadReader::failed, this, [this](const QString &, const QString &reason) {
        m_fileBytes.clear();
        m_fileName.clear();
        m_fileLabel->clear();
        validate();
        m_problem = reason;
        m_problemLabel->setText(reason);
        m_problemLabel->show();
        Q_EMIT changed();
    });
    onFormatChanged();
}

PayloadFormat PayloadEditor::format() const
{
    return PayloadFormat(m_format->currentData().toInt());
}

void PayloadEditor::setFormat(PayloadFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString PayloadEditor::text() const
{
    return m_edit->toPlainText();
}

void PayloadEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void PayloadEditor::setFileBytes(const QString &fileName, const QByteArray &bytes)
{
    m_fileName = fileName;
    m_fileBytes = bytes;
    if (format() != PayloadFormat::File)
        setFormat(PayloadFormat::File);
    m_fileLabel->setText(tr("%1 (%2)").arg(QFileInfo(fileName).fileName(), QLocale().formattedDataSize(bytes.size())));
    m_fileLabel->setToolTip(fileName);
    validate();
}

void PayloadEditor::loadFile(const QString &path)
{
    m_fileBytes.clear();
    m_fileName.clear();
    setFormat(PayloadFormat::File);
    m_fileLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_reader->start(path, m_maxBytes);
    validate();
}

bool PayloadEditor::isLoading() const
{
    return m_reader->isReading();
}

void PayloadEditor::setTemplated(bool on)
{
    m_templated = on;
    validate();
}

void PayloadEditor::onFormatChanged()
{
    const PayloadFormat f = format();
    const bool file = f == PayloadFormat::File;
    m_pretty->setVisible(f == PayloadFormat::Json);
    m_compact->setVisible(f == PayloadFormat::Json);
    m_open->setVisible(file);
    m_edit->setVisible(!file);
    m_fileLabel->setVisible(file);
    if (file && m_fileBytes.isEmpty() && !isLoading())
        m_fileLabel->setText(tr("No file chosen"));
    if (!file)
        m_reader->cancel();
    validate();
}

void PayloadEditor::validate()
{
    const PayloadFormat f = format();
    QString problem;
    if (f == PayloadFormat::File) {
        if (isLoading())
            problem = tr("The file is still being read");
        else if (m_fileName.isEmpty())
            problem = tr("Choose a file to send");
    } else if (!(m_templated && (f == PayloadFormat::Json || f == PayloadFormat::Text))) {
        problem = PayloadEncoder::encode(f, text()).error;
    }
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}

void PayloadEditor::reformat(bool pretty)
{
    PayloadEncoder::Result error;
    const QString formatted = pretty ? PayloadEncoder::prettyJson(text(), &error) : PayloadEncoder::compactJson(text(), &error);
    if (!error.ok()) {
        // Put the cursor where the problem is; the label already says what it is.
        const QTextBlock block = m_edit->document()->findBlockByNumber(qMax(0, error.line - 1));
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, error.column - 1));
        m_edit->setTextCursor(cursor);
        m_edit->setFocus();
        return;
    }
    m_edit->setPlainText(formatted);
}

void PayloadEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a File"));
    if (!path.isEmpty())
        loadFile(path);
}
