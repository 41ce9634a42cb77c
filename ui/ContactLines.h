#pragma once

#include "core/Task.h"
#include "ui/DetailForm.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace engage {

// The contact's phone numbers, one line each: the number as a link that dials it, a mark when
// it is verified, Copy, and below them what kind of number it is and its extension.
//
// Lines are kept from task to task and refilled; the ones a contact does not need are hidden.
// A new line is polished through its style sheets when it is first shown, and building a
// contact's lines anew cost about 50 ms of every move to another task.
class PhoneLines : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneLines(QWidget *parent = nullptr);

    void setNumbers(const QList<PhoneNumber> &numbers);
    // Lines on show.
    int count() const { return m_shown; }
    // The verified marks in the theme's green.
    void applyColors();

private:
    struct Line {
        QWidget *line = nullptr;
        DetailForm::Link link;
        QLabel *verified = nullptr;
        QToolButton *copy = nullptr;
        QWidget *notes = nullptr; // kind and extension, hidden when it has neither
        QLabel *kind = nullptr;
        QLabel *extension = nullptr;
    };
    Line &lineAt(int index);

    QVBoxLayout *m_layout;
    QList<Line> m_lines;
    int m_shown = 0;
};

// The contact's email addresses, one line each: the address as a link that writes to it, and
// Copy. Kept and refilled as PhoneLines are.
class EmailLines : public QWidget
{
    Q_OBJECT
public:
    explicit EmailLines(QWidget *parent = nullptr);

    void setAddresses(const QStringList &addresses);
    int count() const { return m_shown; }

private:
    struct Line {
        QWidget *line = nullptr;
        DetailForm::Link link;
        QToolButton *copy = nullptr;
    };
    Line &lineAt(int index);

    QVBoxLayout *m_layout;
    QList<Line> m_lines;
    int m_shown = 0;
};

} // namespace engage
