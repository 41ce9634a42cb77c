#include "ui/OpportunityPanel.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace engage {

namespace {

// Gong's numbers are C-locale strings such as "48000" or "60", whatever the rep's locale.
std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !qIsFinite(value))
        return std::nullopt;
    return value;
}

} // namespace

OpportunityPanel::OpportunityPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(DetailForm::createMutedLabel(QString(), this))
    , m_noOpportunity(DetailForm::createMutedLabel(tr("No opportunity on this task."), this))
    , m_form(new DetailForm(this))
    , m_name(m_form->addTextRow(tr("Name"), QStringLiteral("opportunityName")))
    , m_stage(m_form->addTextRow(tr("Stage"), QStringLiteral("opportunityStage")))
    , m_amount(m_form->addTextRow(tr("Amount"), QStringLiteral("opportunityAmount")))
    , m_probability(m_form->addTextRow(tr("Probability"), QStringLiteral("opportunityProbability")))
    , m_closeDate(m_form->addTextRow(tr("Close date"), QStringLiteral("opportunityCloseDate")))
    , m_status(m_form->addTextRow(tr("Status"), QStringLiteral("opportunityStatus")))
    , m_crm(m_form->addLinkRow(tr("CRM"), QStringLiteral("opportunityCrmButton"),
                               UrlOpener::Kind::Web))
    // One form for both, so the account's rows line up with the opportunity's.
    , m_accountHeading(m_form->addSectionRow(tr("Account"), QStringLiteral("accountHeading")))
    , m_accountName(m_form->addTextRow(tr("Name"), QStringLiteral("accountName")))
    , m_accountCrm(
          m_form->addLinkRow(tr("CRM"), QStringLiteral("accountCrmButton"), UrlOpener::Kind::Web))
{
    m_empty->setObjectName(QStringLiteral("opportunityEmpty"));
    m_empty->setWordWrap(true);
    m_noOpportunity->setObjectName(QStringLiteral("noOpportunity"));
    m_noOpportunity->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(DetailForm::createHeading(tr("Opportunity"), this));
    layout->addWidget(m_empty);
    layout->addWidget(m_noOpportunity);
    layout->addWidget(m_form);
    layout->addStretch(1);

    setTask(std::nullopt);
}

QSize OpportunityPanel::minimumSizeHint() const
{
    return QWidget::minimumSizeHint().expandedTo(QSize(DetailForm::PanelMinimumWidth, 0));
}

void OpportunityPanel::setTask(const std::optional<Task> &task)
{
    const bool hasOpportunity = task && task->opportunity;
    const bool hasAccount = task && task->account;
    m_empty->setVisible(!hasOpportunity && !hasAccount);
    m_empty->setText(task ? tr("No opportunity or account on this task.")
                          : tr("Select a task to see its opportunity."));
    m_noOpportunity->setVisible(!hasOpportunity && hasAccount);
    m_form->setVisible(hasOpportunity || hasAccount);
    m_form->setRowVisible(m_accountHeading, hasAccount);

    const Opportunity opportunity = hasOpportunity ? *task->opportunity : Opportunity();
    m_form->setRowText(m_name, opportunity.name);
    m_form->setRowText(m_stage, opportunity.stage);
    m_form->setRowText(m_amount, amountText(opportunity.amount));
    m_form->setRowText(m_probability, probabilityText(opportunity.probability));
    m_form->setRowText(m_closeDate, closeDateText(opportunity.closeDate));
    m_form->setRowText(m_status, opportunity.status);
    m_form->setRowLink(m_crm, tr("Open in CRM"), opportunity.crmUrl);

    const Account account = hasAccount ? *task->account : Account();
    m_form->setRowText(m_accountName, account.name);
    m_form->setRowLink(m_accountCrm, tr("Open in CRM"), account.crmUrl);
}

QString OpportunityPanel::amountText(const QString &amount)
{
    // No currency comes with the amount, so no currency sign: just the locale's digit grouping.
    const std::optional<double> value = parseNumber(amount);
    return value ? QLocale().toString(*value, 'f', 0) : amount.trimmed();
}

QString OpportunityPanel::probabilityText(const QString &probability)
{
    QString text = probability.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return probability.trimmed();
    // 'g' keeps "60" as 60 and "12.5" as 12.5, with no trailing zeros.
    return tr("%1%").arg(QLocale().toString(*value, 'g', 4));
}

QString OpportunityPanel::closeDateText(const QString &closeDate)
{
    const QString text = closeDate.trimmed();
    // A date, or a date-time whose date part is what the CRM meant.
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() && text.size() > 10 && text.at(10) == QLatin1Char('T'))
        date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : text;
}

} // namespace engage
