#pragma once

#include "model/Finding.h"
#include "scan/ScanResult.h"

#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Armlift {

class DiskChangeBar;
class EditorGutter;
class RelintScheduler;

// The text editor for one file of the project: KSyntaxHighlighting highlighting, line-number
// gutter, current-line highlight, diagnostics as wavy underlines with tooltips, and re-lint
// while typing (Dockerfiles only). Line breaks are "\n" inside; the file's own style
// ("\r\n" or "\n") is restored on save.
class DockerfileEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DockerfileEditor(QWidget *parent = nullptr);
    ~DockerfileEditor() override;

    // `relativePath` is '/'-separated and relative to `root` (the scanned folder).
    void setFile(const QString &root, const QString &relativePath);
    const QString &root() const { return m_root; }
    const QString &relativePath() const { return m_relativePath; }
    QString absolutePath() const;
    bool isDockerfile() const;
    QString syntaxName() const;

    bool load(QString *error);
    // A buffer for a file that does not exist yet (a fix creates it, e.g. .dockerignore): empty
    // and unmodified, so undoing the fix leaves nothing to save; Save creates the file.
    void startNewFile();
    bool isNewFile() const { return m_newFile; }
    // Atomic (QSaveFile). On failure the text and the modified flag stay as they are.
    bool save(QString *error);

    // Changes on disk (DiskWatcher). `bytes` are what the file holds now: true when they are
    // what this editor last loaded or saved (its own save, or a change it was told about).
    bool knowsDiskContent(const QByteArray &bytes) const;
    // Replaces the text with the file's as ONE undo step (so even a reload can be undone),
    // keeping the cursor and the scroll position; the buffer is unmodified afterwards.
    bool reloadFromDisk(QString *error);
    // A non-modal bar above the text: "changed on disk — Reload / Keep Mine".
    void showChangedOnDisk();
    // The file is gone: the bar says so, the tab is marked, the text stays and counts as unsaved.
    void markDeletedOnDisk();
    // Keep Mine: the buffer stays as it is (and modified); the disk's version is acknowledged.
    void keepMine();
    bool isDeletedOnDisk() const { return m_deletedOnDisk; }
    DiskChangeBar *diskChangeBar() const { return m_diskBar; }

    // Empty name: follow the application palette (default light or dark theme).
    void setThemeName(const QString &name);
    const QString &themeName() const { return m_themeName; }
    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }

    // Findings computed for the current text (revision()). Fix edits are positions in that text.
    void setDiagnostics(const QList<Finding> &findings);
    bool diagnosticsCurrent() const { return m_diagnosticsRevision == m_revision; }
    const QList<Finding> &diagnostics() const { return m_diagnostics; }
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const { return m_diagnosticSelections; }
    QList<Finding> diagnosticsOnLine(int line) const;
    QList<Finding> diagnosticsAt(int line, int column) const;
    // Findings with fixes that the quick-fix menu offers at the cursor: those covering the
    // cursor, else every fixable one on the cursor's line.
    QList<Finding> fixableAtCursor() const;
    QString toolTipAt(const QPoint &viewportPos) const;

    // Replaces the whole text as ONE undo step, touching only the range that differs, so
    // the cursor, scroll position and unchanged lines stay where they are.
    void replaceText(const QString &newText);
    void goToLocation(int line, int column);

    // Each text change bumps the revision; re-lint results computed for an older one are dropped.
    quint64 revision() const { return m_revision; }
    RelintScheduler *relint() const { return m_relint; }

    EditorGutter *gutter() const { return m_gutter; }
    // Ctrl+. / Alt+Enter on this widget; a main window with its own Quick Fix action removes it.
    QAction *quickFixAction() const { return m_quickFixAction; }
    using QPlainTextEdit::firstVisibleBlock;
    QRectF blockGeometry(const QTextBlock &block) const;

Q_SIGNALS:
    void quickFixRequested(const QPoint &globalPos);
    void relinted(const Armlift::ScanResult &result);
    void diagnosticsChanged();
    void diskStateChanged(); // deleted on disk, or back
    void reloaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void rebuildSelections();
    void updateGutterWidth();
    void layoutMargins();
    void setDiskBarVisible(bool visible);
    void setDeletedOnDisk(bool deleted);
    // Reads the file, remembering its hash, BOM and line breaks; `text` with "\n" only.
    bool readDisk(QString *text, QString *error);
    void updateExtraSelections();
    QPoint quickFixMenuPosition() const;

    QString m_root;
    QString m_relativePath;
    QString m_lineBreak = QStringLiteral("\n");
    bool m_hasBom = false;
    QByteArray m_diskHash; // of the bytes last loaded, saved or acknowledged (Keep Mine)
    bool m_deletedOnDisk = false;
    bool m_newFile = false;
    DiskChangeBar *m_diskBar = nullptr;
    QString m_themeName;
    KSyntaxHighlighting::Theme m_theme;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    EditorGutter *m_gutter;
    RelintScheduler *m_relint;
    QAction *m_quickFixAction = nullptr;
    QList<Finding> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    quint64 m_revision = 0;
    quint64 m_diagnosticsRevision = 0;
    bool m_applyingPalette = false;
};

} // namespace Armlift
