#pragma once

#include <QSyntaxHighlighter>

// Colours indented JSON (and the JSON-like text of CBOR and MessagePack): keys, strings,
// numbers, true/false/null.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};
