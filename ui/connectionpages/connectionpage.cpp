#include "connectionpage.h"

#include <QFormLayout>
#include <QScrollArea>
#include <QVBoxLayout>

void ConnectionPage::polishLayout(QLayout *layout)
{
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
}

void ConnectionPage::layOutScrolling(QWidget *header, QWidget *fields)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(fields);
    auto *layout = new QVBoxLayout(this);
    polishLayout(layout);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);
}

QFormLayout *ConnectionPage::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    return form;
}
