#pragma once

#include "FixPlan.h"

#include <QColor>
#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace Armlift {

// Shows the changes of a fix as a unified diff or side by side (before left, after right,
// rows aligned, scrolling together). Changed lines get a background tinted from the theme's
// own background, so the theme's text colour stays readable on it in light and dark themes.
// The mode toggle is remembered in the settings.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Unified, SideBySide };

    // One row of the side-by-side view. `oldLine`/`newLine` are 0 for a filler row (the line
    // exists only on the other side) or a header/separator row.
    struct Row
    {
        enum Kind { Header, Separator, Same, Changed } kind = Same;
        QString left;
        QString right;
        int oldLine = 0;
        int newLine = 0;
    };

    explicit DiffView(QWidget *parent = nullptr);

    void setChanges(const QList<FileChange> &changes);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QString unifiedText() const;
    QString leftText() const;
    QString rightText() const;
    // 0-based rows of the left / right side drawn as removed / added.
    QList<int> removedRows() const { return m_removedRows; }
    QList<int> addedRows() const { return m_addedRows; }
    QPlainTextEdit *unifiedEdit() const { return m_unified; }
    QPlainTextEdit *leftEdit() const { return m_left; }
    QPlainTextEdit *rightEdit() const { return m_right; }
    QToolButton *sideBySideButton() const { return m_toggle; }

    // The rows of the side-by-side view: the changed lines with `context` lines around them.
    static QList<Row> sideBySideRows(const QList<FileChange> &changes, int context = 3);
    // Backgrounds of removed / added lines for a palette whose Base and Text are the theme's.
    static QColor removedBackground(const QPalette &palette);
    static QColor addedBackground(const QPalette &palette);

Q_SIGNALS:
    void modeChanged(Armlift::DiffView::Mode mode);

private:
    static QString skippedText(qsizetype lines);
    void rebuild();
    QPlainTextEdit *createPane(const QString &accessibleName);

    QList<FileChange> m_changes;
    Mode m_mode = Mode::Unified;
    QToolButton *m_toggle;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_unified;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QList<int> m_removedRows;
    QList<int> m_addedRows;
};

} // namespace Armlift
