#pragma once

#include <QKeySequence>
#include <QPushButton>

namespace engage {

// A button that records one key: click it (or press Space on it), then press the key, with its
// modifiers. Every key is taken while it records, Tab, Esc and the window's shortcuts included;
// clicking again stops without a key. Qt 6.4's QKeySequenceEdit waits a second for a second
// chord; this takes one chord at once.
class KeyRecorder : public QPushButton
{
    Q_OBJECT
public:
    explicit KeyRecorder(QWidget *parent = nullptr);

    bool isRecording() const { return m_recording; }
    void setRecording(bool on);
    // What the button shows when not recording.
    void setKey(const QKeySequence &key);
    QKeySequence key() const { return m_key; }

signals:
    void keyRecorded(const QKeySequence &key);

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateText();

    QKeySequence m_key;
    bool m_recording = false;
};

} // namespace engage
