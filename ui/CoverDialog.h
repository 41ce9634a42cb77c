#pragma once

#include "sync/AccountCheck.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace engage {

// File › Cover a Teammate: asks for the teammate's work email and finds their Gong user in the
// users list (AccountCheck::findUser, with the rep's address and credentials), as the connect
// dialog's "Find my user ID" does. Accepted once the user is found and is not the rep.
class CoverDialog : public QDialog
{
    Q_OBJECT
public:
    // `config`: the rep's connection; `check` must outlive the dialog.
    CoverDialog(AccountCheck *check, const GongConfig &config, QWidget *parent = nullptr);
    ~CoverDialog() override;

    // The teammate found; valid once accepted.
    const GongUser &teammate() const { return m_user; }
    QLineEdit *emailField() const { return m_email; }
    // What the dialog says under the field (looking up, not found, …).
    QString statusText() const;
    // The button's work: looks the email up, accepts when found.
    void find();

    // "Megan Foster", or the email when Gong has no name for them.
    static QString displayName(const GongUser &user);

private:
    void setBusy(bool busy);

    AccountCheck *m_check;
    GongConfig m_config;
    GongUser m_user;
    QLineEdit *m_email;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    quint64 m_generation = 0;
};

} // namespace engage
