#pragma once

#include <QLabel>

class QMainWindow;

namespace engage {

// The strip at the top of a teammate's window: "You are working Megan Foster's queue — changes
// are made on their behalf", in the theme's warning colours, followed live.
class CoverBanner : public QLabel
{
    Q_OBJECT
public:
    explicit CoverBanner(const QString &name, QWidget *parent = nullptr);

    // Puts a banner for `name` above everything `window` shows in its centre, and returns it.
    static CoverBanner *attachTo(QMainWindow *window, const QString &name);

private:
    void applyColors();
};

} // namespace engage
