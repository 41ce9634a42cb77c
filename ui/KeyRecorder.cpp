#include "ui/KeyRecorder.h"

#include <QKeyEvent>

namespace engage {

KeyRecorder::KeyRecorder(QWidget *parent)
    : QPushButton(parent)
{
    setCheckable(true);
    connect(this, &QPushButton::clicked, this, [this](bool on) { setRecording(on); });
    updateText();
}

void KeyRecorder::setRecording(bool on)
{
    m_recording = on;
    setChecked(on);
    updateText();
}

void KeyRecorder::setKey(const QKeySequence &key)
{
    m_key = key;
    updateText();
}

void KeyRecorder::updateText()
{
    setText(m_recording       ? tr("Press a key…")
            : m_key.isEmpty() ? tr("Record a Key")
                              : m_key.toString(QKeySequence::NativeText));
    setAccessibleName(tr("Record a key"));
}

bool KeyRecorder::event(QEvent *event)
{
    if (!m_recording)
        return QPushButton::event(event);
    // While recording, the window's shortcuts and focus moves must not take the key.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QPushButton::event(event);
    auto *press = static_cast<QKeyEvent *>(event);
    const int key = press->key();
    if (key == Qt::Key_unknown || key == 0 || key == Qt::Key_Shift || key == Qt::Key_Control ||
        key == Qt::Key_Alt || key == Qt::Key_Meta || key == Qt::Key_AltGr)
        return true; // a modifier alone: wait for the key
    Qt::KeyboardModifiers mods = press->modifiers() & ~Qt::KeypadModifier;
    // "?" is Shift+/ on most layouts: the character is the key, as in the defaults.
    const bool letter = key >= Qt::Key_A && key <= Qt::Key_Z;
    if ((mods & Qt::ShiftModifier) && !letter && key < 0x100 && key != Qt::Key_Space)
        mods &= ~Qt::ShiftModifier;
    if (key == Qt::Key_Backtab) {
        // Shift+Tab arrives as Backtab.
        m_key = QKeySequence(QKeyCombination(mods | Qt::ShiftModifier, Qt::Key_Tab));
    } else {
        m_key = QKeySequence(QKeyCombination(mods, static_cast<Qt::Key>(key)));
    }
    setRecording(false);
    emit keyRecorded(m_key);
    return true;
}

void KeyRecorder::focusOutEvent(QFocusEvent *event)
{
    if (m_recording)
        setRecording(false);
    QPushButton::focusOutEvent(event);
}

} // namespace engage
