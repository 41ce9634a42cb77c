#pragma once

#include <QString>

class QWidget;

namespace engage {

// What a screen reader is told when something changes without the keyboard moving. Qt 6.4 has
// no announcement API (QAccessibleAnnouncementEvent is 6.8), so the changes are sent as the
// accessibility events a screen reader already listens for. Nothing is computed or sent while
// no assistive technology is listening (QAccessible::isActive()).
class Announce
{
public:
    // Gives `widget` the accessible role of an alert (AT-SPI "alert"): Orca speaks an alert
    // with its text when it shows. Call before the widget is first shown.
    static void markAsAlert(QWidget *widget);
    // Sends QAccessible::Alert for `widget`, which has just shown or changed its words.
    static void alert(QWidget *widget);
    // Sets `widget`'s accessible description to what its visible labels say, in order, and
    // sends DescriptionChanged, so a reader can say what a panel now shows.
    static void contentChanged(QWidget *widget);
    // The texts of the labels inside `root` that are shown, joined into sentences.
    static QString visibleText(const QWidget *root);
};

} // namespace engage
