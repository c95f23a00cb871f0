#include "seriesdialog.h"

#include "seriesstore.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

#include <limits>

SeriesDialog::SeriesDialog(SeriesStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_topic(new QLineEdit(this))
    , m_path(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_offset(new QDoubleSpinBox(this))
    , m_color(new QPushButton(this))
    , m_style(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_matches(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(tr("Series"));
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setPlaceholderText(tr("home/+/sensor"));
    m_topic->setToolTip(tr("A topic, or a filter with + and #: one series per matching topic, also for topics that appear later"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setEditable(true);
    m_path->setToolTip(tr("The JSON field, e.g. temperature, data.values[3]; empty for a plain number payload"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(tr("Named after the topic"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_unit->setPlaceholderText(tr("°C"));
    m_unit->setToolTip(tr("Series with another unit than the chart's first go on a second Y axis"));
    const double big = 1e12;
    for (QDoubleSpinBox *box : {m_scale, m_offset}) {
        box->setRange(-big, big);
        box->setDecimals(6);
    }
    m_scale->setObjectName(QStringLiteral("scaleEdit"));
    m_scale->setValue(1.0);
    m_scale->setToolTip(tr("Shown value = value × scale + offset"));
    m_offset->setObjectName(QStringLiteral("offsetEdit"));
    m_offset->setToolTip(tr("Shown value = value × scale + offset"));
    m_color->setObjectName(QStringLiteral("colorButton"));
    m_color->setToolTip(tr("The series' colour (automatic unless chosen)"));
    m_style->setObjectName(QStringLiteral("styleBox"));
    m_style->addItem(tr("Line"), int(SeriesDefinition::Style::Line));
    m_style->addItem(tr("Steps"), int(SeriesDefinition::Style::Steps));
    m_style->addItem(tr("Points"), int(SeriesDefinition::Style::Points));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_matches->setObjectName(QStringLiteral("matchesLabel"));
    m_matches->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Topic or filter:"), m_topic);
    form->addRow(tr("JSON &field:"), m_path);
    form->addRow(QString(), m_matches);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("&Offset:"), m_offset);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color);
    auto *automatic = new QPushButton(tr("Automatic"), this);
    automatic->setToolTip(tr("Let the chart pick the colour"));
    colorRow->addWidget(automatic);
    colorRow->addStretch(1);
    form->addRow(tr("&Colour:"), colorRow);
    form->addRow(tr("St&yle:"), m_style);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topic, &QLineEdit::textChanged, this, [this] {
        refreshPaths();
        validate();
    });
    connect(m_path, &QComboBox::currentTextChanged, this, &SeriesDialog::validate);
    connect(m_color, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_chosenColor.isValid() ? m_chosenColor : Qt::blue, this, tr("Series Colour"));
        if (c.isValid())
            setColor(c);
    });
    connect(automatic, &QPushButton::clicked, this, [this] { setColor(QColor()); });
    setColor(QColor());
    validate();
    resize(440, sizeHint().height());
}

void SeriesDialog::setColor(const QColor &color)
{
    m_chosenColor = color;
    if (color.isValid()) {
        m_color->setText(color.name());
        m_color->setStyleSheet(QStringLiteral("QPushButton { border-left: 14px solid %1; padding-left: 6px; }").arg(color.name()));
    } else {
        m_color->setText(tr("Automatic"));
        m_color->setStyleSheet(QString());
    }
}

SeriesDefinition SeriesDialog::definition() const
{
    SeriesDefinition d;
    d.topic = m_topic->text().trimmed();
    d.path = m_path->currentText().trimmed();
    d.label = m_label->text().trimmed();
    d.unit = m_unit->text().trimmed();
    d.scale = m_scale->value();
    d.offset = m_offset->value();
    d.color = m_chosenColor;
    d.style = SeriesDefinition::Style(m_style->currentData().toInt());
    return d;
}

void SeriesDialog::setDefinition(const SeriesDefinition &d)
{
    m_topic->setText(d.topic);
    m_path->setCurrentText(d.path);
    m_label->setText(d.label);
    m_unit->setText(d.unit);
    m_scale->setValue(d.scale);
    m_offset->setValue(d.offset);
    setColor(d.color);
    m_style->setCurrentIndex(qMax(0, m_style->findData(int(d.style))));
    validate();
}

void SeriesDialog::refreshPaths()
{
    const QString text = m_path->currentText();
    QStringList paths;
    if (m_store) {
        SeriesDefinition probe = SeriesDefinition::of(m_topic->text().trimmed(), QString());
        QSet<QString> seen;
        for (int id = 0; id < m_store->count() && seen.size() < 200; ++id) {
            const Series *s = m_store->series(quint32(id));
            probe.path = s->path();
            if (!seen.contains(s->path()) && probe.validate().isEmpty() && probe.matches(s->topic(), s->path())) {
                seen.insert(s->path());
                paths.append(s->path());
            }
        }
    }
    paths.sort();
    m_path->blockSignals(true);
    m_path->clear();
    m_path->addItems(paths);
    m_path->setCurrentText(text);
    m_path->blockSignals(false);
}

void SeriesDialog::validate()
{
    const SeriesDefinition d = definition();
    const QString problem = d.validate();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    int matching = 0;
    if (problem.isEmpty() && m_store) {
        for (int id = 0; id < m_store->count(); ++id) {
            const Series *s = m_store->series(quint32(id));
            if (d.matches(s->topic(), s->path()))
                ++matching;
        }
    }
    m_matches->setText(problem.isEmpty() ? tr("%n series match now (more may appear later).", nullptr, matching) : QString());
}
