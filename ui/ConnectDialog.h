#pragma once

#include "sync/AccountCheck.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace engage {

// Where and as whom to connect to Gong: on first run and from Settings. The rep picks the API
// address, an access key with its secret or a bearer token, and their user id (typed, or found
// from their email). "Test connection" lists their open call tasks once. OK saves the
// credentials in the system keychain; when no keychain answers, the dialog says so, keeps them
// for this session only (AccountCheck::keepForSession) and accepts on the next OK, with
// keptForSessionOnly() true. Every request and the keychain go through AccountCheck, so they
// share the app's rate limit with the sync engine.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(AccountCheck *check, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The connection as entered: the address, the credentials of the chosen kind only, the
    // user and workspace ids, trimmed.
    GongConfig config() const;
    // Prefills every field; the secret and the token go into password fields.
    void setConfig(const GongConfig &config);
    // The rep's email, for "Find my user id"; Application may remember it between runs.
    QString email() const;
    void setEmail(const QString &email);

    // True after OK when the keychain failed and the credentials live in memory only.
    bool keptForSessionOnly() const { return m_keptForSessionOnly; }
    // The keychain account the credentials were saved under (AccountCheck::accountFor).
    QString account() const;
    // The text of the status line under the form (results, errors), for tests and logs.
    QString statusText() const;
    bool isBusy() const { return m_busy; }

    static QString keychainFallbackMessage();

public slots:
    void accept() override;
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };

    void findUser();
    void testConnection();
    void showRateLimited(const ApiError &error);
    void updateAuthMode();
    void setBusy(bool busy, const QString &message = QString());
    void setStatus(const QString &text, Tone tone);
    void fitHeight();
    // Empty when the form is complete enough to look up a user (needEmail), list tasks or save
    // (needUserId); otherwise what to fix, and the field to fix gets the focus.
    QString problemFor(bool needUserId, bool needEmail);
    QUrl enteredUrl() const;
    void saveAndAccept();
    void forgetKeychainFallback();

    QPointer<AccountCheck> m_check;
    GongConfig m_base;        // what setConfig gave, for the fields the dialog does not show
    quint64 m_generation = 0; // answers from an older request are ignored
    bool m_busy = false;
    bool m_keptForSessionOnly = false;
    bool m_awaitingFallbackConfirm = false;

    QLineEdit *m_baseUrl = nullptr;
    QRadioButton *m_authKey = nullptr;
    QRadioButton *m_authToken = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_accessKeySecret = nullptr;
    QLineEdit *m_bearerToken = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_findUser = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_workspaceId = nullptr;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engage
