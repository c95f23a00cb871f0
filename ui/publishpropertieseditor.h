#pragma once

#include "publishdraft.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QToolButton;

// The MQTT 5 properties of a publish: content type, payload format indicator, message
// expiry, response topic, correlation data (text or hex), user properties (an ordered table;
// the same name may appear more than once) and topic alias. Reads and writes a PublishDraft.
class PublishPropertiesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PublishPropertiesEditor(QWidget *parent = nullptr);

    // Copies the properties into / from a draft (topic, payload, QoS are not touched).
    void apply(PublishDraft *draft) const;
    void load(const PublishDraft &draft);
    // Empty when valid; otherwise why (shown under the fields too).
    QString problem() const { return m_problem; }
    // Number of properties set (for the section's title).
    int count() const;

    // The user property table's rows, in order.
    void addUserProperty(const QString &name, const QString &value);

Q_SIGNALS:
    void changed();

private:
    void validate();

    QLineEdit *m_contentType;
    QComboBox *m_formatIndicator;
    QCheckBox *m_expiryOn;
    QSpinBox *m_expiry;
    QLineEdit *m_responseTopic;
    QLineEdit *m_correlation;
    QCheckBox *m_correlationHex;
    QTableWidget *m_userProperties;
    QToolButton *m_addProperty;
    QToolButton *m_removeProperty;
    QSpinBox *m_alias;
    QLabel *m_problemLabel;
    QString m_problem;
};
