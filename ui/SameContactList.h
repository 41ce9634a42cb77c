#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace engage {

// The contact panel's "+2 more for this contact": the contact's other open tasks, one line
// each (SameContact::line), so one call can see to all of them. Hidden when there are none.
// A contact with a backlog of them shows the first few and how many more: a panel of hundreds
// of lines helps no one, and laid out it cost ~20 ms of every move to another task.
class SameContactList : public QWidget
{
    Q_OBJECT
public:
    explicit SameContactList(QWidget *parent = nullptr);

    // At most this many lines are shown.
    static constexpr int ShownLines = 5;

    // `lines` (the first ShownLines are shown) of the `total` other tasks; -1: lines' count.
    void setLines(const QStringList &lines, int total = -1);
    // The lines on show.
    QStringList lines() const { return m_lines; }

private:
    QLabel *m_heading;
    QLabel *m_list;
    QStringList m_lines;
};

} // namespace engage
