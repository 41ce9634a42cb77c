#include "ui/QuarterHourEdit.h"

#include <algorithm>

namespace engage {

namespace {
constexpr int LastMinuteOfDay = 23 * 60 + 59;
} // namespace

void QuarterHourEdit::stepBy(int steps)
{
    if (currentSection() != QDateTimeEdit::MinuteSection) {
        QTimeEdit::stepBy(steps);
        return;
    }
    const int minutes = time().hour() * 60 + time().minute();
    const int slot = steps > 0 ? minutes / 15 + steps : (minutes + 14) / 15 + steps;
    const int next = std::clamp(slot * 15, 0, LastMinuteOfDay);
    setTime(QTime(next / 60, next % 60));
}

QTimeEdit::StepEnabled QuarterHourEdit::stepEnabled() const
{
    if (currentSection() != QDateTimeEdit::MinuteSection)
        return QTimeEdit::stepEnabled();
    const int minutes = time().hour() * 60 + time().minute();
    StepEnabled enabled = StepNone;
    if (minutes > 0)
        enabled |= StepDownEnabled;
    if (minutes < LastMinuteOfDay)
        enabled |= StepUpEnabled;
    return enabled;
}

} // namespace engage
