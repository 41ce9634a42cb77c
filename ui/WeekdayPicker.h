#pragma once

#include <QList>
#include <QLocale>
#include <QWidget>

class QAbstractButton;

namespace engage {

// A row of seven checkable day buttons in the locale's order and with its short names
// (Mon … Sun, or Sun … Sat where the week starts on Sunday). Each button is named
// "calling.day1" … "calling.day7" after its Qt::DayOfWeek (Monday = 1), wherever it sits.
class WeekdayPicker : public QWidget
{
    Q_OBJECT
public:
    explicit WeekdayPicker(const QLocale &locale = QLocale(), QWidget *parent = nullptr);

    // The checked days as Qt::DayOfWeek values, Monday first.
    QList<int> days() const;
    void setDays(const QList<int> &days);
    // The button of a Qt::DayOfWeek (1 … 7); nullptr for anything else.
    QAbstractButton *button(int dayOfWeek) const;
    // The days in the order the row shows them.
    QList<int> order() const { return m_order; }

signals:
    void daysChanged();

private:
    QList<int> m_order;
    QList<QAbstractButton *> m_buttons; // by Qt::DayOfWeek - 1
};

} // namespace engage
