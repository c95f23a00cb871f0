#pragma once

#include "protocol.h"

#include <QStringList>
#include <QWidget>

struct ConnectionProfile;
class QFormLayout;
class QLayout;

// One page of the connection dialog. It shows a profile's fields, writes them back with
// apply(), and names what is wrong with them (problems(), shown next to the fields as the user
// types). The dialog keeps the pages apart: a page never reads another page's widgets.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(const ConnectionProfile &profile) = 0;
    virtual void apply(ConnectionProfile *profile) const = 0;
    // One translated sentence per wrong field; empty when the page can be saved.
    virtual QStringList problems() const = 0;
    // MQTT 5 only fields are disabled for 3.1.1 (their values are kept).
    virtual void setProtocolVersion(Mqtt::ProtocolVersion version) { Q_UNUSED(version) }

Q_SIGNALS:
    // Something on the page changed (the dialog revalidates and marks the profile modified).
    void edited();

protected:
    // The margins and spacing every page uses.
    static void polishLayout(QLayout *layout);
    // The page as `header` (an "enable" check box) above `fields`, which scroll vertically
    // when the page is taller than the dialog.
    void layOutScrolling(QWidget *header, QWidget *fields);
    static QFormLayout *newForm();
};
