#pragma once

#include "core/BacklogPlan.h"
#include "core/CallingHours.h"
#include "core/Clock.h"
#include "core/Task.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTreeView;

namespace engage {

class BacklogPreviewModel;

// Spread Over Days (Ctrl+Shift+R): the selected tasks spread over the next business days by a
// BacklogPlan, previewed before anything happens. The two spin boxes (days, most a day) update
// the preview as they change; Return applies, Esc cancels. The caller sends plan().changes().
class BacklogDialog : public QDialog
{
    Q_OBJECT
public:
    BacklogDialog(const Clock &clock, const QList<Task> &tasks, const CallingHoursSettings &hours,
                  QWidget *parent = nullptr);

    const BacklogPlan &plan() const { return m_plan; }
    QSpinBox *daysBox() const { return m_days; }
    QSpinBox *perDayBox() const { return m_perDay; }
    QTreeView *preview() const { return m_preview; }
    BacklogPreviewModel *previewModel() const { return m_model; }
    QString summaryText() const;

private:
    void replan();

    const Clock &m_clock;
    CallingHoursSettings m_hours;
    QList<BacklogPlan::Item> m_items;
    QHash<qint64, QString> m_names;
    BacklogPlan m_plan;

    QSpinBox *m_days = nullptr;
    QSpinBox *m_perDay = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_preview = nullptr;
    BacklogPreviewModel *m_model = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engage
