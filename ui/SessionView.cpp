#include "ui/SessionView.h"

#include "ui/ActionRegistry.h"
#include "ui/CallCard.h"
#include "ui/CallSession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>

namespace engage {

using Id = ActionRegistry::Id;

SessionView::SessionView(CallSession *session, ActionRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_registry(registry)
    , m_toolBar(new QToolBar(tr("Call session")))
    , m_progress(new QLabel)
    , m_card(new CallCard)
    , m_outcomeList(new QVBoxLayout)
    , m_outcomesNotice(new QLabel)
    , m_note(new QLineEdit)
{
    setObjectName(QStringLiteral("sessionView"));
    setAccessibleName(tr("Call session"));
    setAccessibleDescription(tr("C dials, 1 to 9 log an outcome, N adds a note, J skips, "
                                "K goes back, P pauses, Esc ends the session."));
    m_toolBar->setObjectName(QStringLiteral("sessionToolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (Id id : {Id::Dial, Id::SkipCall, Id::PreviousCall, Id::PauseSession, Id::EndSession})
        m_toolBar->addAction(registry->action(id));
    m_toolBar->addSeparator();
    m_toolBar->addAction(registry->action(Id::Undo));

    m_progress->setObjectName(QStringLiteral("session.progress"));
    m_progress->setTextFormat(Qt::PlainText);
    QFont big = m_progress->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_progress->setFont(big);

    auto *cardScroll = new QScrollArea;
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::StyledPanel);
    cardScroll->setFocusPolicy(Qt::NoFocus);

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("session.outcomes"));
    // In characters: a large font keeps the outcome buttons' words whole.
    const int ch = side->fontMetrics().averageCharWidth();
    side->setMinimumWidth(37 * ch);
    side->setMaximumWidth(48 * ch);
    auto *sideLayout = new QVBoxLayout(side);
    auto *heading = new QLabel(tr("Outcome, then the next call"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    sideLayout->addWidget(heading);
    sideLayout->addLayout(m_outcomeList);
    m_outcomesNotice->setObjectName(QStringLiteral("session.outcomesNotice"));
    m_outcomesNotice->setTextFormat(Qt::PlainText);
    m_outcomesNotice->setWordWrap(true);
    sideLayout->addWidget(m_outcomesNotice);
    auto *noteLabel = new QLabel(tr("&Note for the outcome (N)"));
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("session.note"));
    m_note->setPlaceholderText(tr("What was said; Return to keep it"));
    m_note->setClearButtonEnabled(true);
    m_note->installEventFilter(this);
    sideLayout->addSpacing(12);
    sideLayout->addWidget(noteLabel);
    sideLayout->addWidget(m_note);
    sideLayout->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(cardScroll, 1);
    body->addWidget(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_progress);
    layout->addLayout(body, 1);

    connect(m_note, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_session->setNote(text); });
}

QString SessionView::progressText() const
{
    return m_progress->text();
}

void SessionView::update()
{
    m_progress->setText(m_session->progressText());
    m_card->setCall(m_session->card());
    if (m_note->text() != m_session->note())
        m_note->setText(m_session->note());
    updateOutcomes();
}

void SessionView::updateOutcomes()
{
    m_outcomesNotice->setText(m_session->outcomesNotice());
    m_outcomesNotice->setVisible(!m_outcomesNotice->text().isEmpty());
    QStringList names;
    for (const CallOutcome &o : m_session->outcomes())
        names << o.name;
    if (names == m_shownOutcomes)
        return;
    m_shownOutcomes = names; // the actions are named by SessionCoordinator
    while (QLayoutItem *item = m_outcomeList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < qMin<qsizetype>(names.size(), 9); ++i) {
        auto *button = new QToolButton;
        button->setDefaultAction(m_registry->outcomeAction(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        m_outcomeList->addWidget(button);
    }
}

void SessionView::focusNote()
{
    m_note->setFocus();
    m_note->selectAll();
}

void SessionView::setDialStatus(const QString &text)
{
    m_card->setDialStatus(text);
}

bool SessionView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Return keeps the note, Esc too: neither dials nor ends the session from here.
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                emit noteDone();
            return true;
        }
        if (key == Qt::Key_Tab && event->type() == QEvent::ShortcutOverride) {
            event->accept(); // Tab leaves the field instead of skipping the call
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace engage
