#include "tiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

TileDialog::TileDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_decimals(new QSpinBox(this))
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_amber(new QLineEdit(this))
    , m_red(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tileDialog"));
    setWindowTitle(tr("Tile"));
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->addItem(tr("Number with trend"), int(TileConfig::Kind::Number));
    m_kind->addItem(tr("Gauge"), int(TileConfig::Kind::Gauge));
    m_kind->addItem(tr("On/off lamp"), int(TileConfig::Kind::Lamp));
    m_kind->addItem(tr("Text of the latest message"), int(TileConfig::Kind::Text));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setPlaceholderText(tr("home/livingroom/sensor"));
    m_topic->setToolTip(tr("A topic; a filter with + or # shows whichever matching topic spoke last"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("temperature"));
    m_path->setToolTip(tr("The JSON field; empty for a plain payload"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_decimals->setRange(0, 6);
    m_decimals->setValue(1);
    for (QDoubleSpinBox *box : {m_min, m_max}) {
        box->setRange(-1e12, 1e12);
        box->setDecimals(3);
    }
    m_max->setValue(100);
    for (QLineEdit *edit : {m_amber, m_red}) {
        edit->setPlaceholderText(tr("none"));
        edit->setToolTip(tr("At or above this the tile turns amber/red; with amber above red, at or below (a battery running low)"));
    }
    m_amber->setObjectName(QStringLiteral("amberEdit"));
    m_red->setObjectName(QStringLiteral("redEdit"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("JSON &field:"), m_path);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Decimals:"), m_decimals);
    form->addRow(tr("Gauge mi&nimum:"), m_min);
    form->addRow(tr("Gauge ma&ximum:"), m_max);
    form->addRow(tr("&Amber at:"), m_amber);
    form->addRow(tr("&Red at:"), m_red);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_topic, m_path, m_amber, m_red})
        connect(edit, &QLineEdit::textChanged, this, &TileDialog::validate);
    connect(m_min, &QDoubleSpinBox::valueChanged, this, &TileDialog::validate);
    connect(m_max, &QDoubleSpinBox::valueChanged, this, &TileDialog::validate);
    validate();
    resize(420, sizeHint().height());
}

double TileDialog::readThreshold(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return qQNaN();
    double v = QLocale().toDouble(text, ok);
    if (!*ok)
        v = text.toDouble(ok);
    return *ok && std::isfinite(v) ? v : (*ok = false, qQNaN());
}

TileConfig TileDialog::tile() const
{
    TileConfig t;
    t.kind = TileConfig::Kind(m_kind->currentData().toInt());
    t.title = m_title->text().trimmed();
    t.source.topic = m_topic->text().trimmed();
    t.source.path = m_path->text().trimmed();
    t.source.unit = m_unit->text().trimmed();
    t.decimals = m_decimals->value();
    t.minimum = m_min->value();
    t.maximum = m_max->value();
    bool ok = false;
    t.amber = readThreshold(m_amber, &ok);
    t.red = readThreshold(m_red, &ok);
    return t;
}

void TileDialog::setTile(const TileConfig &t)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(t.kind))));
    m_title->setText(t.title);
    m_topic->setText(t.source.topic);
    m_path->setText(t.source.path);
    m_unit->setText(t.source.unit);
    m_decimals->setValue(t.decimals);
    m_min->setValue(t.minimum);
    m_max->setValue(t.maximum);
    m_amber->setText(std::isnan(t.amber) ? QString() : QLocale().toString(t.amber, 'g', 10));
    m_red->setText(std::isnan(t.red) ? QString() : QLocale().toString(t.red, 'g', 10));
    validate();
}

void TileDialog::validate()
{
    QString problem = tile().source.validate();
    bool ok = true;
    readThreshold(m_amber, &ok);
    if (ok)
        readThreshold(m_red, &ok);
    if (problem.isEmpty() && !ok)
        problem = tr("A threshold must be a number, or empty for none.");
    if (problem.isEmpty() && m_max->value() <= m_min->value())
        problem = tr("The gauge maximum must be above its minimum.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
