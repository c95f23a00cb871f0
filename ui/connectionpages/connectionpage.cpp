#include "connectionpage.h"

#include <QFormLayout>

void ConnectionPage::polishLayout(QLayout *layout)
{
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
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
