#pragma once

#include "dashboardconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits a value tile: kind, title, source topic and JSON field, unit, decimals, gauge range,
// amber/red thresholds (empty: none). Problems show under the fields; OK waits for a usable tile.
class TileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileDialog(QWidget *parent = nullptr);

    TileConfig tile() const;
    void setTile(const TileConfig &tile);

private:
    void validate();
    static double readThreshold(const QLineEdit *edit, bool *ok);

    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_topic;
    QLineEdit *m_path;
    QLineEdit *m_unit;
    QSpinBox *m_decimals;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QLineEdit *m_amber;
    QLineEdit *m_red;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
