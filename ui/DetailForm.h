#pragma once

#include "ui/UrlOpener.h"

#include <QPushButton>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLayout;
class QToolButton;

namespace engage {

// The label/value rows the detail panels share: muted right-aligned labels, plain-text values
// that wrap, and rows that stay hidden while their value is missing, so a sparse task shows a
// short form instead of a column of dashes. The static helpers build the same pieces for
// fields a panel lays out itself (lists of phone numbers, emails, contacts).
class DetailForm : public QWidget
{
    Q_OBJECT
public:
    // A flat button that reads as a link. Its text is plain (an '&' is shown, not taken as a
    // mnemonic) and is elided in the middle when the column is narrow, instead of widening the
    // panel or being cut off.
    class LinkButton : public QPushButton
    {
    public:
        explicit LinkButton(QWidget *parent = nullptr);
        void setFullText(const QString &text);
        const QString &fullText() const { return m_fullText; }
        QSize sizeHint() const override;
        QSize minimumSizeHint() const override;

    protected:
        void resizeEvent(QResizeEvent *event) override;

    private:
        void elide();
        int chromeWidth() const;
        int textWidth(const QString &shown) const;
        static QString escaped(QString text);

        QString m_fullText;
    };

    // A link's parts. The button opens the link through UrlOpener; the plain label shows the
    // text instead when UrlOpener would refuse it (javascript:, file:, a number without digits).
    struct Link {
        QWidget *field = nullptr; // holds both, for the form row
        LinkButton *button = nullptr;
        QLabel *plain = nullptr;
    };

    // Narrower than this, labels and values crowd each other; the panels never go below it.
    static constexpr int PanelMinimumWidth = 280;

    explicit DetailForm(QWidget *parent = nullptr);

    QFormLayout *formLayout() const { return m_form; }

    // Rows start hidden; setting a value shows them.
    QLabel *addTextRow(const QString &label, const QString &objectName);
    Link addLinkRow(const QString &label, const QString &objectName, UrlOpener::Kind kind);
    void addRow(const QString &label, QWidget *field);
    // A heading across both columns that starts a section of the form (shown at once).
    QLabel *addSectionRow(const QString &text, const QString &objectName);
    void setRowVisible(QWidget *field, bool visible);

    // Shows `text` in the row of `value`, or hides the row when there is no text.
    void setRowText(QLabel *value, const QString &text);
    // Shows a link row labelled `text` that opens `target`, or hides it when `target` is empty.
    void setRowLink(const Link &link, const QString &text, const QString &target);

    static QLabel *createHeading(const QString &text, QWidget *parent);
    static QLabel *createMutedLabel(const QString &text, QWidget *parent);
    // A word-wrapped, selectable, plain-text label for server strings.
    static QLabel *createValueLabel(const QString &objectName, QWidget *parent);
    // Sets server text; long text also goes to the tooltip, since a narrow panel may clip it.
    static void setValueText(QLabel *label, const QString &text);

    static Link createLink(const QString &objectName, UrlOpener::Kind kind, QWidget *parent);
    // `text` is what the button says, `target` what it opens (a URL, a number, an address).
    static void setLink(const Link &link, const QString &text, const QString &target);
    // A flat button that looks like a link and lines up with the labels beside it; also for
    // in-panel navigation.
    static LinkButton *createLinkStyledButton(const QString &objectName, QWidget *parent);
    // Sets the text, with the whole of it in the tooltip when it is long enough to be elided.
    static void setButtonText(LinkButton *button, const QString &text);
    // A small "Copy" button that puts `value` on the clipboard.
    static QToolButton *createCopyButton(const QString &objectName, const QString &value,
                                         QWidget *parent);
    // What a Copy button puts on the clipboard from now on.
    static void setCopyValue(QToolButton *button, const QString &value);

    // Removes and deletes the widgets of `layout`. Deletion is deferred and the widgets are
    // unparented first, so this is safe from a click handler and findChild no longer sees them.
    static void clearLayout(QLayout *layout);

private:
    QFormLayout *m_form;
};

} // namespace engage
