#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Armlift {

// Find and replace for the current editor, as a bar under the tabs (not a dialog, so the text
// stays visible and editable): Ctrl+F finds, Ctrl+H replaces, Enter / F3 next, Shift+Enter /
// Shift+F3 previous, Escape closes. "Replace All" is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(QPlainTextEdit *editor);
    // Shows the bar with the editor's selection (if it is on one line) as the search text.
    void showFind();
    void showReplace();

    bool findNext();
    bool findPrevious();
    // Replaces the current match (if the selection is one) and moves to the next.
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    bool selectionIsMatch() const;
    void setReplaceVisible(bool visible);
    void updateStatus(const QString &text);

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_status;
};

} // namespace Armlift
