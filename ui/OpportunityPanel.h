#pragma once

#include "core/Task.h"
#include "ui/DetailForm.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace engage {

// The deal behind the call: the CRM opportunity (stage, amount, probability, close date) and
// the account it belongs to, each with a link to the CRM record.
class OpportunityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityPanel(QWidget *parent = nullptr);

    // nullopt shows an empty state.
    void setTask(const std::optional<Task> &task);

    QSize minimumSizeHint() const override;

    // Gong sends these as strings. Each is formatted for the rep's locale when it parses and
    // shown as sent when it does not: "48,000", "60%", "30 Sep 2026".
    static QString amountText(const QString &amount);
    static QString probabilityText(const QString &probability);
    static QString closeDateText(const QString &closeDate);

private:
    QLabel *m_empty;
    QLabel *m_noOpportunity;
    DetailForm *m_form;
    QLabel *m_name;
    QLabel *m_stage;
    QLabel *m_amount;
    QLabel *m_probability;
    QLabel *m_closeDate;
    QLabel *m_status;
    DetailForm::Link m_crm;
    QLabel *m_accountHeading;
    QLabel *m_accountName;
    DetailForm::Link m_accountCrm;
};

} // namespace engage
