#include "ui/WeekdayPicker.h"

#include <QHBoxLayout>
#include <QToolButton>

#include <algorithm>

namespace engage {

WeekdayPicker::WeekdayPicker(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_buttons(7, nullptr)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const int first = locale.firstDayOfWeek();
    for (int i = 0; i < 7; ++i)
        m_order << (first - 1 + i) % 7 + 1;
    for (int day : std::as_const(m_order)) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("calling.day%1").arg(day));
        button->setText(locale.dayName(day, QLocale::ShortFormat));
        button->setCheckable(true);
        // Tab reaches every day, and Space toggles it: no day needs the mouse.
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        button->setToolTip(locale.dayName(day, QLocale::LongFormat));
        connect(button, &QAbstractButton::toggled, this, &WeekdayPicker::daysChanged);
        m_buttons[day - 1] = button;
        layout->addWidget(button);
    }
    // One width for all, so the row reads as a week and not as seven words.
    int width = 0;
    for (QAbstractButton *button : std::as_const(m_buttons))
        width = std::max(width, button->sizeHint().width());
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->setMinimumWidth(width + 8);
    layout->addStretch(1);
    // A buddy label's mnemonic lands on the first day of the row.
    setFocusProxy(m_buttons.at(m_order.first() - 1));
}

QList<int> WeekdayPicker::days() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (m_buttons.at(day - 1)->isChecked())
            days << day;
    return days;
}

void WeekdayPicker::setDays(const QList<int> &days)
{
    const QList<int> before = this->days();
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker blocker(m_buttons.at(day - 1));
        m_buttons.at(day - 1)->setChecked(days.contains(day));
    }
    if (this->days() != before)
        emit daysChanged();
}

QAbstractButton *WeekdayPicker::button(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? m_buttons.at(dayOfWeek - 1) : nullptr;
}

} // namespace engage
