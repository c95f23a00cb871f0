#pragma once

#include "seriesdefinition.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SeriesStore;

// Edits one SeriesDefinition: topic or filter, JSON path (with the paths already seen for a
// matching topic offered), label, unit, scale/offset, colour and style. Says what is wrong
// next to the fields as the user types; OK stays disabled until the definition is usable.
class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SeriesDialog(SeriesStore *store, QWidget *parent = nullptr);

    SeriesDefinition definition() const;
    void setDefinition(const SeriesDefinition &definition);

private:
    void validate();
    void refreshPaths();
    void setColor(const QColor &color);

    SeriesStore *m_store;
    QLineEdit *m_topic;
    QComboBox *m_path;
    QLineEdit *m_label;
    QLineEdit *m_unit;
    QDoubleSpinBox *m_scale;
    QDoubleSpinBox *m_offset;
    QPushButton *m_color;
    QComboBox *m_style;
    QLabel *m_problem;
    QLabel *m_matches;
    QDialogButtonBox *m_buttons;
    QColor m_chosenColor;
};
