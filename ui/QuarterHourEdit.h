#pragma once

#include <QTimeEdit>

namespace engage {

// A time editor whose minutes step by a quarter of an hour (arrows, wheel) and carry into the
// hour; typing any minute still works.
class QuarterHourEdit final : public QTimeEdit
{
public:
    using QTimeEdit::QTimeEdit;

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;
};

} // namespace engage
