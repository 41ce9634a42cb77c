#include "ui/BacklogDialog.h"

#include "ui/BacklogPreviewModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

BacklogDialog::BacklogDialog(const Clock &clock, const QList<Task> &tasks,
                             const CallingHoursSettings &hours, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_hours(hours)
{
    setObjectName(QStringLiteral("backlogDialog"));
    setWindowTitle(tr("Spread Over Days"));
    m_items.reserve(tasks.size());
    for (const Task &task : tasks) {
        m_items.append({task.id, task.dueDate, task.contact ? task.contact->timezone : QString()});
        if (task.contact)
            m_names.insert(task.id, task.contact->displayName());
    }

    const BacklogPlan::Options defaults;
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("backlogDays"));
    m_days->setRange(1, 60);
    m_days->setValue(defaults.days);
    m_perDay = new QSpinBox;
    m_perDay->setObjectName(QStringLiteral("backlogPerDay"));
    m_perDay->setRange(1, 500);
    m_perDay->setValue(defaults.perDay);
    auto *form = new QFormLayout;
    auto *daysLabel = new QLabel(tr("Spread over the next business &days:"));
    daysLabel->setBuddy(m_days);
    auto *perDayLabel = new QLabel(tr("At &most a day:"));
    perDayLabel->setBuddy(m_perDay);
    form->addRow(daysLabel, m_days);
    form->addRow(perDayLabel, m_perDay);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("backlogSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_model = new BacklogPreviewModel(this);
    m_preview = new QTreeView;
    m_preview->setObjectName(QStringLiteral("backlogPreview"));
    m_preview->setAccessibleName(tr("Preview of the new due dates"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true); // hundreds of rows: no height asked of each
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setModel(m_model);
    // Widths in characters, never measured over the rows (ResizeToContents would ask them all).
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {22, 20, 20, 34};
    for (int c = 0; c < BacklogPreviewModel::ColumnCount; ++c)
        m_preview->header()->resizeSection(c, widths[c] * ch);
    m_preview->header()->setStretchLastSection(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(110 * ch, 36 * fontMetrics().height());

    // Live: every step of a spin box plans again (keyboard tracking: while typing too).
    connect(m_days, &QSpinBox::valueChanged, this, &BacklogDialog::replan);
    connect(m_perDay, &QSpinBox::valueChanged, this, &BacklogDialog::replan);
    replan();
    // Typing a number and Return: the spin box hands Return to the dialog, which applies.
    m_days->setFocus();
    m_days->selectAll();
}

void BacklogDialog::replan()
{
    const QTimeZone repZone = m_clock.timeZone().isValid() ? m_clock.timeZone() : QTimeZone::utc();
    BacklogPlan::Options options;
    options.days = m_days->value();
    options.perDay = m_perDay->value();
    m_plan = BacklogPlan::make(m_items, m_clock.now(), repZone, m_hours, options);
    m_model->setPlan(m_plan, m_names, repZone);

    const int total = static_cast<int>(m_plan.tasks().size());
    const int used = static_cast<int>(m_plan.days().size());
    QString text = tr("%n task(s), the oldest first, over the next %1; at most %2 on one day, "
                      "each inside the contact's calling hours.",
                      nullptr, total)
                       .arg(tr("%n business day(s)", nullptr, used))
                       .arg(m_plan.busiestDay());
    if (m_plan.overflowed()) {
        const bool tooFew = qint64(options.days) * options.perDay < total;
        text += QLatin1Char(' ') +
                (tooFew ? tr("%n day(s) at %1 a day are too few, so the plan takes %2.", nullptr,
                             options.days)
                              .arg(options.perDay)
                              .arg(tr("%n day(s)", nullptr, used))
                        : tr("The calling hours hold fewer a day, so the plan takes %1.")
                              .arg(tr("%n day(s)", nullptr, used)));
    }
    m_summary->setText(text);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Reschedule %n task(s)", nullptr, total));
    ok->setEnabled(total > 0);
}

QString BacklogDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace engage
