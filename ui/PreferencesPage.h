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
    // Whether apply() may be called: a page with a conflict to resolve first says no, and the
    // dialog's OK and Apply wait for it.
    virtual bool isValid() const { return true; }

signals:
    void validityChanged();
};

} // namespace engage
