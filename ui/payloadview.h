#pragma once

#include "payloaddecoder.h"

#include <QByteArray>
#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class HexView;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabBar;
class QTreeWidget;
class QTreeWidgetItem;

// A payload in the view that fits it (detected, or picked by the user from the tabs): Text,
// JSON, Hex, Base64, CBOR, MessagePack, Image. Payloads above AsyncThreshold are decoded and
// formatted on a pool thread; a note above the view says what is shown when not everything
// is ("first 1.0 MiB of 12.3 MiB") and why a format does not apply.
class PayloadView : public QWidget
{
    Q_OBJECT
public:
    using Format = PayloadDecoder::Format;
    static constexpr qsizetype AsyncThreshold = 64 * 1024;
    // At most this much of a payload is turned into text (Text, Base64, pretty JSON).
    static constexpr qsizetype MaxTextBytes = 1024 * 1024;

    // What a background job hands back (owned items are freed if nobody takes them).
    struct Prepared;

    explicit PayloadView(QWidget *parent = nullptr);
    ~PayloadView() override;

    // `fullSize` is the real size when `bytes` is a stored prefix (history limit).
    void setPayload(const QByteArray &bytes, qsizetype fullSize = -1, const QString &contentType = {});
    void clear();
    QByteArray payload() const { return m_bytes; }

    Format format() const { return m_format; }
    Format detectedFormat() const { return m_detected; }
    // Picked by the user: kept for the next payloads until resetFormat().
    void setFormat(Format format);
    void resetFormat();
    bool isBusy() const { return m_busy; }
    QString note() const;

    QTabBar *tabBar() const { return m_tabs; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *prettyEdit() const { return m_pretty; }
    QTreeWidget *treeWidget() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QLabel *imageLabel() const { return m_image; }

    // Runs anywhere: everything the view needs to show `bytes` as `format`.
    static std::shared_ptr<Prepared> prepare(const QByteArray &bytes, qsizetype fullSize, Format format);

Q_SIGNALS:
    // A payload (or a format switch) is on screen.
    void shown();

private:
    void render();
    void apply(const std::shared_ptr<Prepared> &prepared);
    void showTreeMenu(const QPoint &pos);

    QTabBar *m_tabs;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QWidget *m_structured;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_pretty;
    HexView *m_hex;
    QLabel *m_image;
    QWidget *m_imagePage;

    QByteArray m_bytes;
    qsizetype m_fullSize = 0;
    Format m_format = Format::Text;
    Format m_detected = Format::Text;
    std::optional<Format> m_userFormat;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_updatingTabs = false;
};
