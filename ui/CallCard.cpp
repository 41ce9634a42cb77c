#include "ui/CallCard.h"

#include "ui/Announce.h"
#include "ui/Theme.h"
#include "ui/UrlOpener.h"

#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

namespace {

QFrame *rule()
{
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

CallCard::CallCard(QWidget *parent)
    : QWidget(parent)
    , m_name(label("card.name", 2.0, true))
    , m_subtitle(label("card.subtitle", 1.25))
    , m_localTime(label("card.localTime", 1.35, true))
    , m_due(label("card.due"))
    , m_number(label("card.number", 1.9, true))
    , m_numberDetail(label("card.numberDetail"))
    , m_otherNumbers(label("card.otherNumbers"))
    , m_optOut(label("card.optOut", 1.1, true))
    , m_crmLink(new QPushButton(tr("Open the contact in your CRM"), this))
    , m_dialStatus(label("card.dialStatus"))
    , m_flow(label("card.flow", 1.1, true))
    , m_script(new QPlainTextEdit)
    , m_scriptNote(label("card.scriptNote"))
    , m_opportunity(label("card.opportunity"))
    , m_lastOutcomes(label("card.lastOutcomes"))
    , m_alsoFor(label("card.alsoFor", 1.1, true))
{
    setObjectName(QStringLiteral("callCard"));
    setAccessibleName(tr("Call card"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_number->font().pointSizeF());
    mono.setBold(true);
    m_number->setFont(mono);
    m_number->setAccessibleName(tr("Number to dial"));
    m_localTime->setAccessibleName(tr("Contact's local time"));
    m_localTime->setWordWrap(false); // one line, readable at a glance
    m_crmLink->setObjectName(QStringLiteral("card.crmLink"));
    m_crmLink->setFlat(true);
    m_crmLink->setFocusPolicy(Qt::NoFocus);
    connect(m_crmLink, &QPushButton::clicked, this,
            [this] { UrlOpener::open(m_data.contactUrl, UrlOpener::Kind::Web); });
    m_script->setObjectName(QStringLiteral("card.script"));
    m_script->setReadOnly(true);
    m_script->setAccessibleName(tr("Call script"));
    m_script->setFocusPolicy(Qt::ClickFocus); // the keys stay the session's
    m_script->setMinimumHeight(5 * m_script->fontMetrics().lineSpacing());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *head = new QGridLayout;
    head->addWidget(m_name, 0, 0);
    head->addWidget(m_localTime, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    head->addWidget(m_subtitle, 1, 0);
    head->addWidget(m_due, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    head->setColumnStretch(0, 1);
    layout->addLayout(head);
    layout->addWidget(rule());
    layout->addWidget(caption(tr("Number to dial (C)")));
    layout->addWidget(m_number);
    layout->addWidget(m_numberDetail);
    layout->addWidget(m_optOut);
    layout->addWidget(m_crmLink, 0, Qt::AlignLeft);
    layout->addWidget(m_dialStatus);
    layout->addWidget(m_otherNumbers);
    layout->addWidget(m_alsoFor);
    layout->addWidget(rule());
    layout->addWidget(m_flow);
    layout->addWidget(m_script, 1);
    layout->addWidget(m_scriptNote);
    layout->addWidget(rule());
    layout->addWidget(caption(tr("Opportunity")));
    layout->addWidget(m_opportunity);
    layout->addWidget(caption(tr("Last outcomes with this contact")));
    layout->addWidget(m_lastOutcomes);
    // Without a script the room goes below everything, not between the lines.
    layout->addStretch(1);
    Theme::follow(this, [this] { applyColors(); });
}

void CallCard::applyColors()
{
    // Green for a good time, red for a bad one and for an opt-out, in the theme's tones.
    const ThemeColors &c = Theme::colors();
    const QColor time = m_data.goodTime ? c.goodTimeText : c.badTimeText;
    m_localTime->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(time.name()));
    m_optOut->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(c.badTimeText.name()));
}

QLabel *CallCard::label(const char *objectName, qreal scale, bool bold)
{
    auto *l = new QLabel(this);
    l->setObjectName(QLatin1String(objectName));
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

QLabel *CallCard::caption(const QString &text)
{
    auto *l = new QLabel(text, this);
    l->setTextFormat(Qt::PlainText);
    // A role, not a colour: it follows the palette when the theme changes.
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

void CallCard::setCall(const CallCardData &d)
{
    // What the last dial did stays while the card shows the same task (a script arriving
    // redraws it).
    if (d.taskId != m_data.taskId)
        setDialStatus({});
    m_data = d;
    m_name->setText(d.name);
    m_subtitle->setText(d.subtitle);
    m_subtitle->setVisible(!d.subtitle.isEmpty());
    m_localTime->setText(d.localTime);
    m_due->setText(d.due);
    m_number->setText(d.numberText);
    m_numberDetail->setText(d.numberDetail);
    m_numberDetail->setVisible(!d.numberDetail.isEmpty());
    m_otherNumbers->setText(
        d.otherNumbers.isEmpty()
            ? QString()
            : tr("Other numbers: %1").arg(d.otherNumbers.join(QStringLiteral(", "))));
    m_otherNumbers->setVisible(!d.otherNumbers.isEmpty());
    m_alsoFor->setText(d.alsoFor);
    m_alsoFor->setVisible(!d.alsoFor.isEmpty());
    m_optOut->setText(d.optOutText);
    m_optOut->setVisible(d.optedOut);
    m_crmLink->setVisible(d.optedOut &&
                          UrlOpener::vet(d.contactUrl, UrlOpener::Kind::Web).isValid());
    m_flow->setText(d.flowLine.isEmpty() ? tr("No flow") : d.flowLine);
    m_script->setPlainText(d.script);
    m_script->setVisible(!d.script.isEmpty());
    m_scriptNote->setText(d.scriptNote);
    m_scriptNote->setVisible(!d.scriptNote.isEmpty());
    m_opportunity->setText(d.opportunity.isEmpty() ? tr("None") : d.opportunity);
    applyColors();
    m_lastOutcomes->setText(d.lastOutcomes.isEmpty() ? tr("None logged here yet")
                                                     : d.lastOutcomes.join(QLatin1Char('\n')));
    Announce::contentChanged(this);
}

void CallCard::setDialStatus(const QString &text)
{
    m_dialStatus->setText(text);
    m_dialStatus->setVisible(!text.isEmpty());
}

QString CallCard::dialStatus() const
{
    return m_dialStatus->text();
}

} // namespace engage
