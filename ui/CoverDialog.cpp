#include "ui/CoverDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

CoverDialog::CoverDialog(AccountCheck *check, const GongConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_check(check)
    , m_config(config)
    , m_email(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Cover a Teammate"));
    setObjectName(QStringLiteral("coverDialog"));
    auto *intro = new QLabel(tr("Open a colleague's task queue in a window of its own, to work "
                                "it while they are out. Every change is made on their behalf."),
                             this);
    intro->setWordWrap(true);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@company.com"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Teammate's work &email:"), this);
    label->setBuddy(m_email);
    form->addRow(label, m_email);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Search result"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *open = m_buttons->addButton(tr("&Open Their Queue"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("open"));
    open->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CoverDialog::find);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_email->setFocus();
}

CoverDialog::~CoverDialog()
{
    if (m_check)
        m_check->cancel(this);
}

QString CoverDialog::statusText() const
{
    return m_status->text();
}

QString CoverDialog::displayName(const GongUser &user)
{
    const QString name =
        QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? user.emailAddress : name;
}

void CoverDialog::setBusy(bool busy)
{
    m_email->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
    if (!busy)
        m_email->setFocus();
}

void CoverDialog::find()
{
    const QString address = m_email->text().trimmed();
    if (address.isEmpty() || !address.contains(QLatin1Char('@'))) {
        m_status->setText(tr("Enter your teammate's work email address."));
        return;
    }
    if (!m_check)
        return;
    m_status->setText(tr("Looking up %1…").arg(address));
    setBusy(true);
    const quint64 generation = ++m_generation;
    m_check->findUser(m_config, address, this, [this, generation](const ApiResult<GongUser> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            m_status->setText(r.error->fullMessage());
            return;
        }
        if (r.value.id == m_config.userId) {
            m_status->setText(
                tr("%1 is you: your own tasks are in your main window.").arg(r.value.emailAddress));
            return;
        }
        m_user = r.value;
        accept();
    });
}

} // namespace engage
