#include "ui/ConnectDialog.h"

#include "ui/Announce.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(300);
    return edit;
}

QString taskCount(qsizetype n)
{
    if (n == 0)
        return ConnectDialog::tr("Connected: no open call tasks");
    return ConnectDialog::tr("Connected: %n open call task(s)", nullptr, static_cast<int>(n));
}

} // namespace

ConnectDialog::ConnectDialog(AccountCheck *check, QWidget *parent)
    : QDialog(parent)
    , m_check(check)
{
    setWindowTitle(tr("Connect to Gong"));
    setMinimumWidth(580);

    auto *title = new QLabel(tr("Connect to Gong"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextFormat(Qt::PlainText);
    auto *intro = hintLabel(tr("Engage Tasks lists and updates your Gong Engage call tasks through "
                               "Gong's API. Your Gong administrator can give you an API access key "
                               "and secret, or a token. Secrets are kept in the system keychain, "
                               "never in a file."),
                            this);

    // Server.
    auto *serverBox = new QGroupBox(tr("Gong API"), this);
    serverBox->setObjectName(QStringLiteral("serverBox"));
    auto *serverForm = new QFormLayout(serverBox);
    m_baseUrl = lineEdit(QStringLiteral("baseUrl"), serverBox);
    m_baseUrl->setText(m_base.baseUrl.toString());
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.gong.io"));
    QList<QLabel *> formLabels;
    auto label = [&](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, buddy->parentWidget());
        l->setBuddy(buddy);
        formLabels << l;
        return l;
    };
    serverForm->addRow(label(tr("&API address:"), m_baseUrl), m_baseUrl);
    serverForm->addRow(QString(), hintLabel(tr("Usually https://api.gong.io; your company may "
                                               "have its own. Plain http is allowed only on "
                                               "this computer."),
                                            serverBox));

    // Credentials.
    auto *authBox = new QGroupBox(tr("Sign-in"), this);
    authBox->setObjectName(QStringLiteral("authBox"));
    auto *authForm = new QFormLayout(authBox);
    m_authKey = new QRadioButton(tr("Access &key + secret"), authBox);
    m_authKey->setObjectName(QStringLiteral("authKeyRadio"));
    m_authToken = new QRadioButton(tr("&Bearer token"), authBox);
    m_authToken->setObjectName(QStringLiteral("authTokenRadio"));
    m_authKey->setChecked(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_authKey);
    modeRow->addSpacing(12);
    modeRow->addWidget(m_authToken);
    modeRow->addStretch(1);
    authForm->addRow(label(tr("Method:"), m_authKey), modeRow);
    m_accessKey = lineEdit(QStringLiteral("accessKey"), authBox);
    m_accessKeySecret = lineEdit(QStringLiteral("accessKeySecret"), authBox);
    m_accessKeySecret->setEchoMode(QLineEdit::Password);
    m_accessKeySecret->setClearButtonEnabled(false);
    m_bearerToken = lineEdit(QStringLiteral("bearerToken"), authBox);
    m_bearerToken->setEchoMode(QLineEdit::Password);
    m_bearerToken->setClearButtonEnabled(false);
    authForm->addRow(label(tr("Access ke&y:"), m_accessKey), m_accessKey);
    authForm->addRow(label(tr("&Secret:"), m_accessKeySecret), m_accessKeySecret);
    authForm->addRow(label(tr("&Token:"), m_bearerToken), m_bearerToken);

    // The rep.
    auto *userBox = new QGroupBox(tr("Your Gong user"), this);
    userBox->setObjectName(QStringLiteral("userBox"));
    auto *userForm = new QFormLayout(userBox);
    m_email = lineEdit(QStringLiteral("email"), userBox);
    m_email->setPlaceholderText(tr("you@company.com"));
    m_findUser = new QPushButton(tr("&Find my user ID"), userBox);
    m_findUser->setObjectName(QStringLiteral("findUser"));
    m_findUser->setAutoDefault(false);
    m_findUser->setToolTip(tr("Looks up the user with this email in Gong's user list "
                              "and fills in the user ID."));
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_findUser);
    userForm->addRow(label(tr("Work &email:"), m_email), emailRow);
    m_userId = lineEdit(QStringLiteral("userId"), userBox);
    m_userId->setPlaceholderText(tr("Digits, e.g. from Find my user ID"));
    userForm->addRow(label(tr("&User ID:"), m_userId), m_userId);
    m_workspaceId = lineEdit(QStringLiteral("workspaceId"), userBox);
    m_workspaceId->setPlaceholderText(tr("Optional: only this workspace's tasks"));
    userForm->addRow(label(tr("&Workspace ID:"), m_workspaceId), m_workspaceId);

    // One label column for the three boxes, so that the fields line up.
    int labelWidth = 0;
    for (const QLabel *l : std::as_const(formLabels))
        labelWidth = qMax(labelWidth, l->sizeHint().width());
    for (QLabel *l : std::as_const(formLabels))
        l->setMinimumWidth(labelWidth);
    for (QFormLayout *form : {serverForm, authForm, userForm}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    // Status and buttons.
    m_statusIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setFixedSize(iconSize, iconSize);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    // The words go in the description, so a reader says both what this is and what it says.
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_testConnection = new QPushButton(tr("Test &connection"), this);
    m_testConnection->setObjectName(QStringLiteral("testConnection"));
    m_testConnection->setAutoDefault(false);
    m_testConnection->setToolTip(tr("Lists your open call tasks once, with these "
                                    "settings, without saving them."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_testConnection);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(serverBox);
    layout->addWidget(authBox);
    layout->addWidget(userBox);
    layout->addLayout(statusRow);
    layout->addLayout(buttonRow);

    connect(m_authKey, &QRadioButton::toggled, this, &ConnectDialog::updateAuthMode);
    connect(m_findUser, &QPushButton::clicked, this, &ConnectDialog::findUser);
    connect(m_testConnection, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    for (QLineEdit *edit :
         {m_baseUrl, m_accessKey, m_accessKeySecret, m_bearerToken, m_userId, m_workspaceId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::forgetKeychainFallback);
    connect(m_authKey, &QRadioButton::toggled, this, &ConnectDialog::forgetKeychainFallback);
    if (m_check)
        connect(m_check, &AccountCheck::rateLimited, this, &ConnectDialog::showRateLimited);

    updateAuthMode();
    m_baseUrl->setFocus();
}

ConnectDialog::~ConnectDialog()
{
    if (m_check)
        m_check->cancel(this);
}

void ConnectDialog::fitHeight()
{
    // A window does not grow for wrapped text by itself: make room for every line.
    QLayout *l = layout();
    if (!l)
        return;
    const int width = qMax(this->width(), l->minimumSize().width());
    const int height =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width) : l->totalMinimumSize().height();
    if (minimumWidth() < l->totalMinimumSize().width())
        setMinimumWidth(l->totalMinimumSize().width());
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

bool ConnectDialog::event(QEvent *event)
{
    const bool result = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest) // the status may have grown a line
        fitHeight();
    return result;
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    fitHeight();
    QDialog::showEvent(event);
}

void ConnectDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

QString ConnectDialog::keychainFallbackMessage()
{
    return tr("No system keychain answered; your secret is kept for this session "
              "only and will be asked again next time.");
}

QUrl ConnectDialog::enteredUrl() const
{
    QString text = m_baseUrl->text().trimmed();
    if (text.isEmpty())
        return {};
    // "api.gong.io" means https, never plain http.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    return QUrl(text, QUrl::StrictMode);
}

GongConfig ConnectDialog::config() const
{
    GongConfig c = m_base;
    c.baseUrl = enteredUrl();
    c.credentials = {};
    if (m_authToken->isChecked()) {
        c.credentials.bearerToken = m_bearerToken->text().trimmed();
    } else {
        c.credentials.accessKey = m_accessKey->text().trimmed();
        c.credentials.accessKeySecret = m_accessKeySecret->text().trimmed();
    }
    c.userId = m_userId->text().trimmed();
    c.workspaceId = m_workspaceId->text().trimmed();
    return c;
}

void ConnectDialog::setConfig(const GongConfig &config)
{
    m_base = config;
    m_baseUrl->setText(config.baseUrl.toString());
    m_accessKey->setText(config.credentials.accessKey);
    m_accessKeySecret->setText(config.credentials.accessKeySecret);
    m_bearerToken->setText(config.credentials.bearerToken);
    if (config.credentials.isBearer())
        m_authToken->setChecked(true);
    else
        m_authKey->setChecked(true);
    m_userId->setText(config.userId);
    m_workspaceId->setText(config.workspaceId);
    updateAuthMode();
    forgetKeychainFallback();
}

QString ConnectDialog::email() const
{
    return m_email->text().trimmed();
}

void ConnectDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString ConnectDialog::account() const
{
    const GongConfig c = config();
    return AccountCheck::accountFor(c.baseUrl, c.userId);
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::updateAuthMode()
{
    const bool key = m_authKey->isChecked();
    m_accessKey->setEnabled(key);
    m_accessKeySecret->setEnabled(key);
    m_bearerToken->setEnabled(!key);
}

void ConnectDialog::setStatus(const QString &text, Tone tone)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    if (tone == Tone::Bad)
        Announce::alert(m_status);
    QIcon icon;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);
        break;
    case Tone::Bad:
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        break;
    }
    m_statusIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(m_statusIcon->size()));
}

void ConnectDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_findUser->setEnabled(!busy);
    m_testConnection->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        setStatus(message, Tone::Neutral);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

QString ConnectDialog::problemFor(bool needUserId, bool needEmail)
{
    const GongConfig c = config();
    GongConfig addressOnly = c;
    addressOnly.credentials.bearerToken = QStringLiteral("-"); // checks the address alone
    if (const QString p = addressOnly.problem(); !p.isEmpty()) {
        m_baseUrl->setFocus();
        return p;
    }
    if (!c.credentials.isComplete()) {
        if (m_authToken->isChecked()) {
            m_bearerToken->setFocus();
            return tr("Enter the bearer token.");
        }
        (c.credentials.accessKey.isEmpty() ? m_accessKey : m_accessKeySecret)->setFocus();
        return tr("Enter the access key and its secret.");
    }
    if (const QString p = c.problem(); !p.isEmpty())
        return p;
    if (needEmail) {
        const QString e = email();
        if (e.isEmpty() || !e.contains(QLatin1Char('@'))) {
            m_email->setFocus();
            return tr("Enter the email address you use in Gong.");
        }
    }
    if (needUserId) {
        if (c.userId.isEmpty()) {
            m_userId->setFocus();
            return tr("Enter your Gong user ID, or your email and press "
                      "Find my user ID.");
        }
        if (!allDigits(c.userId)) {
            m_userId->setFocus();
            return tr("A Gong user ID is made of digits only.");
        }
    }
    if (!c.workspaceId.isEmpty() && !allDigits(c.workspaceId)) {
        m_workspaceId->setFocus();
        return tr("A Gong workspace ID is made of digits only; leave it empty to "
                  "see every workspace.");
    }
    return {};
}

void ConnectDialog::findUser()
{
    if (m_busy || !m_check)
        return;
    if (const QString p = problemFor(false, true); !p.isEmpty()) {
        setStatus(p, Tone::Bad);
        return;
    }
    const QString address = email();
    setBusy(true, tr("Looking up %1…").arg(address));
    const quint64 generation = ++m_generation;
    m_check->findUser(config(), address, this, [this, generation](const ApiResult<GongUser> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            setStatus(r.error->fullMessage(), Tone::Bad);
            return;
        }
        const GongUser &user = r.value;
        m_userId->setText(user.id);
        QString name = QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed();
        if (name.isEmpty())
            name = user.emailAddress;
        QString text = tr("Found %1, user ID %2.").arg(name, user.id);
        if (!user.active)
            text += tr(" Gong lists this user as inactive.");
        setStatus(text, user.active ? Tone::Good : Tone::Bad);
    });
}

void ConnectDialog::testConnection()
{
    if (m_busy || !m_check)
        return;
    if (const QString p = problemFor(true, false); !p.isEmpty()) {
        setStatus(p, Tone::Bad);
        return;
    }
    const GongConfig c = config();
    setBusy(true, tr("Connecting to %1…").arg(c.baseUrl.host()));
    const quint64 generation = ++m_generation;
    m_check->countOpenCallTasks(c, this, [this, generation](const ApiResult<qsizetype> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            setStatus(r.error->fullMessage(), Tone::Bad);
            return;
        }
        setStatus(taskCount(r.value), Tone::Good);
    });
}

void ConnectDialog::showRateLimited(const ApiError &error)
{
    // The request goes again by itself once Gong's Retry-After has passed.
    if (m_busy)
        setStatus(error.fullMessage(), Tone::Neutral);
}

void ConnectDialog::accept()
{
    if (m_busy)
        return;
    if (m_awaitingFallbackConfirm) {
        QDialog::accept();
        return;
    }
    if (const QString p = problemFor(true, false); !p.isEmpty()) {
        setStatus(p, Tone::Bad);
        return;
    }
    saveAndAccept();
}

void ConnectDialog::saveAndAccept()
{
    const GongConfig c = config();
    const QString key = AccountCheck::accountFor(c.baseUrl, c.userId);
    const quint64 generation = ++m_generation;
    auto fallBack = [this, key, c](const QString &why) {
        if (m_check)
            m_check->keepForSession(key, c.credentials);
        m_keptForSessionOnly = true;
        m_awaitingFallbackConfirm = true;
        QString text = keychainFallbackMessage();
        // "No system keychain answered: why." would say the first half twice; keep the why.
        const QString detail = AccountCheck::keychainDetail(why);
        if (!detail.isEmpty())
            text += QLatin1Char('\n') + tr("Details: %1").arg(detail);
        setStatus(text, Tone::Bad);
        QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("Continue"));
        ok->setFocus();
    };
    if (!m_check) {
        fallBack(QString());
        return;
    }
    setBusy(true, tr("Saving your credentials in the system keychain…"));
    m_check->saveCredentials(key, c.credentials, this,
                             [this, generation, fallBack](bool ok, const QString &error) {
                                 if (generation != m_generation)
                                     return;
                                 setBusy(false);
                                 if (!ok) {
                                     fallBack(error);
                                     return;
                                 }
                                 m_keptForSessionOnly = false;
                                 setStatus(tr("Saved in the system keychain."), Tone::Good);
                                 QDialog::accept();
                             });
}

void ConnectDialog::forgetKeychainFallback()
{
    if (!m_awaitingFallbackConfirm)
        return;
    m_awaitingFallbackConfirm = false;
    m_keptForSessionOnly = false;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
}

void ConnectDialog::reject()
{
    ++m_generation; // late answers are ignored
    if (m_check)
        m_check->cancel(this); // and requests still waiting for a slot never go
    setBusy(false);
    QDialog::reject();
}

} // namespace engage
