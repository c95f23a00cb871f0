#pragma once

#include <QSortFilterProxyModel>

// The topic tree as the tree view shows it: sorted, and narrowed by the search box. A search
// with MQTT wildcards ("home/+/sensor", "plant/#") is taken as a topic filter and matched as a
// broker would; anything else is a case-insensitive substring of the full topic name, and with
// searchPayloads() also of the last payload. Matching topics are shown with their parents
// (recursive filtering), so the tree keeps its shape.
class TopicFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Mode { None, Substring, TopicFilter };
    Q_ENUM(Mode)

    explicit TopicFilterModel(QObject *parent = nullptr);

    // Empty text: everything. Returns false (and filterError() says why) for a filter with
    // wildcards that is not a valid MQTT topic filter; nothing matches then.
    bool setSearch(const QString &text, bool payloadsToo = false);
    QString searchText() const { return m_text; }
    bool searchPayloads() const { return m_payloads; }
    Mode mode() const { return m_mode; }
    QString filterError() const { return m_error; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QByteArray m_textUtf8;
    bool m_payloads = false;
    Mode m_mode = Mode::None;
    bool m_valid = true;
    QString m_error;
};
