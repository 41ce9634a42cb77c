#pragma once

#include <QWidget>

namespace engage {

// One tab of the Preferences window. A page shows the saved values when it is made and saves
// (and puts into effect, live) what its fields say in apply(); Cancel never calls it.
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void apply() = 0;
};

} // namespace engage
