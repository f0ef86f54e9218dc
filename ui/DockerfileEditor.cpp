#include "DockerfileEditor.h"

#include "DiagnosticsPainter.h"
#include "DiskChangeBar.h"
#include "EditorGutter.h"
#include "EditorTheme.h"
#include "RelintScheduler.h"
#include "scan/ProjectScanner.h"

#include <utility>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Armlift {

namespace {
QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_gutter(new EditorGutter(this))
    , m_relint(new RelintScheduler(this))
{
    m_diskBar = new DiskChangeBar(this);
    m_diskBar->hide();
    connect(m_diskBar, &DiskChangeBar::reloadClicked, this, [this] {
        QString error;
        if (!reloadFromDisk(&error))
            m_diskBar->showDeleted(m_relativePath);
    });
    connect(m_diskBar, &DiskChangeBar::keepClicked, this, &DockerfileEditor::keepMine);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("Editor"));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &DockerfileEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_gutter->update();
    });
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed == 0 && added == 0)
            return;
        ++m_revision;
        m_relint->schedule();
    });
    connect(m_gutter, &EditorGutter::markerClicked, this,
            [this](int, const QPoint &globalPos) { Q_EMIT quickFixRequested(globalPos); });

    // Ctrl+. and Alt+Enter: the two quick-fix keys people know from other editors.
    auto *quickFix = new QAction(tr("Quick Fix"), this);
    quickFix->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::ALT | Qt::Key_Return),
                            QKeySequence(Qt::ALT | Qt::Key_Enter)});
    quickFix->setShortcutContext(Qt::WidgetShortcut);
    connect(quickFix, &QAction::triggered, this, [this] { Q_EMIT quickFixRequested(quickFixMenuPosition()); });
    addAction(quickFix);
    m_quickFixAction = quickFix;

    applyTheme();
    updateGutterWidth();
    qApp->installEventFilter(this);
}

DockerfileEditor::~DockerfileEditor() = default;

void DockerfileEditor::setFile(const QString &root, const QString &relativePath)
{
    m_root = root;
    m_relativePath = relativePath;
    auto &repo = EditorTheme::repository();
    const QString fileName = QFileInfo(relativePath).fileName();
    KSyntaxHighlighting::Definition definition;
    if (ProjectScanner::isDockerfileName(fileName))
        definition = repo.definitionForName(u"Dockerfile"_s);
    if (!definition.isValid())
        definition = repo.definitionForFileName(fileName);
    m_highlighter->setDefinition(definition);
    setDocumentTitle(relativePath);
}

QString DockerfileEditor::absolutePath() const
{
    return QDir(m_root).filePath(m_relativePath);
}

bool DockerfileEditor::isDockerfile() const
{
    return ProjectScanner::isDockerfileName(QFileInfo(m_relativePath).fileName());
}

QString DockerfileEditor::syntaxName() const
{
    return m_highlighter->definition().name();
}

bool DockerfileEditor::readDisk(QString *text, QString *error)
{
    QFile file(absolutePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(absolutePath()), file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    m_diskHash = contentHash(bytes);
    m_hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (m_hasBom)
        bytes.remove(0, 3);
    *text = QString::fromUtf8(bytes);
    // The editor holds "\n"; saving writes the file's own line breaks back.
    m_lineBreak = text->contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    text->replace(u"\r\n"_s, u"\n"_s);
    text->replace(u'\r', u'\n');
    return true;
}

bool DockerfileEditor::load(QString *error)
{
    QString text;
    if (!readDisk(&text, error))
        return false;
    setPlainText(text);
    // The project scan already linted the file as it is on disk.
    m_relint->cancelPending();
    m_revision = 0;
    document()->setModified(false);
    return true;
}

void DockerfileEditor::startNewFile()
{
    m_diskHash.clear();
    m_hasBom = false;
    m_lineBreak = u"\n"_s;
    setPlainText(QString());
    m_relint->cancelPending();
    m_revision = 0;
    m_newFile = true;
    document()->setModified(false);
    Q_EMIT diskStateChanged();
}

bool DockerfileEditor::save(QString *error)
{
    const QString path = absolutePath();
    QSaveFile file(path);
    QString text = toPlainText();
    if (m_lineBreak != u"\n")
        text.replace(u'\n', m_lineBreak);
    QByteArray bytes = text.toUtf8();
    if (m_hasBom)
        bytes.prepend("\xEF\xBB\xBF");
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. Your changes are still in the editor; save again once the "
                        "folder is writable.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    m_diskHash = contentHash(bytes);
    const bool wasNew = std::exchange(m_newFile, false);
    setDeletedOnDisk(false);
    setDiskBarVisible(false);
    document()->setModified(false);
    if (wasNew)
        Q_EMIT diskStateChanged();
    return true;
}

bool DockerfileEditor::knowsDiskContent(const QByteArray &bytes) const
{
    return contentHash(bytes) == m_diskHash;
}

bool DockerfileEditor::reloadFromDisk(QString *error)
{
    QString text;
    if (!readDisk(&text, error))
        return false;
    // replaceText touches only the range that differs, so the cursor stays on its text; the
    // scroll bars are put back in case the change above the view moved it.
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    replaceText(text);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
    setDeletedOnDisk(false);
    setDiskBarVisible(false);
    document()->setModified(false);
    Q_EMIT reloaded();
    return true;
}

void DockerfileEditor::showChangedOnDisk()
{
    m_diskBar->showChanged(m_relativePath);
    setDiskBarVisible(true);
}

void DockerfileEditor::markDeletedOnDisk()
{
    setDeletedOnDisk(true);
    // The text now exists only here: closing must ask, Save writes it again.
    document()->setModified(true);
    m_diskBar->showDeleted(m_relativePath);
    setDiskBarVisible(true);
}

void DockerfileEditor::keepMine()
{
    QFile file(absolutePath());
    if (file.open(QIODevice::ReadOnly))
        m_diskHash = contentHash(file.readAll());
    setDiskBarVisible(false);
}

void DockerfileEditor::setDeletedOnDisk(bool deleted)
{
    if (deleted == m_deletedOnDisk)
        return;
    m_deletedOnDisk = deleted;
    Q_EMIT diskStateChanged();
}

void DockerfileEditor::setDiskBarVisible(bool visible)
{
    m_diskBar->setVisible(visible);
    layoutMargins();
}

void DockerfileEditor::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

void DockerfileEditor::applyTheme()
{
    m_theme = EditorTheme::resolve(m_themeName, QGuiApplication::palette());
    QPalette pal = palette();
    EditorTheme::applyToPalette(m_theme, pal);
    m_applyingPalette = true;
    setPalette(pal);
    m_applyingPalette = false;
    m_highlighter->setTheme(m_theme);
    m_highlighter->rehighlight();
    rebuildSelections(); // underline colours come from the theme
    m_gutter->update();
}

void DockerfileEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

bool DockerfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Our palette is set explicitly, so the widget itself is not told when the system
    // switches between light and dark; the application object is.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && m_themeName.isEmpty()
        && !m_applyingPalette)
        applyTheme();
    return QPlainTextEdit::eventFilter(watched, event);
}

void DockerfileEditor::setDiagnostics(const QList<Finding> &findings)
{
    m_diagnostics = findings;
    m_diagnosticsRevision = m_revision;
    // Same order as the selections (less severe first), so index i describes selection i.
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    rebuildSelections();
    Q_EMIT diagnosticsChanged();
}

void DockerfileEditor::rebuildSelections()
{
    m_diagnosticSelections = DiagnosticsPainter::selections(document(), m_diagnostics, m_theme);
    updateExtraSelections();
    m_gutter->update();
}

QList<Finding> DockerfileEditor::diagnosticsOnLine(int line) const
{
    QList<Finding> out;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const QTextCursor &c = m_diagnosticSelections.at(i).cursor;
        const int first = document()->findBlock(c.selectionStart()).blockNumber() + 1;
        const int last = document()->findBlock(c.selectionEnd()).blockNumber() + 1;
        if (line >= first && line <= last)
            out.append(m_diagnostics.at(i));
    }
    return out;
}

QList<Finding> DockerfileEditor::diagnosticsAt(int line, int column) const
{
    const int pos = DiagnosticsPainter::position(document(), line, column);
    QList<Finding> out;
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const QTextCursor &c = m_diagnosticSelections.at(i).cursor;
        if (pos >= c.selectionStart() && pos <= c.selectionEnd())
            out.append(m_diagnostics.at(i));
    }
    return out;
}

QList<Finding> DockerfileEditor::fixableAtCursor() const
{
    const QTextCursor cursor = textCursor();
    const int line = cursor.blockNumber() + 1;
    auto fixable = [](QList<Finding> list) {
        list.removeIf([](const Finding &f) { return f.fixes.isEmpty(); });
        return list;
    };
    const QList<Finding> here = fixable(diagnosticsAt(line, cursor.positionInBlock() + 1));
    return here.isEmpty() ? fixable(diagnosticsOnLine(line)) : here;
}

QString DockerfileEditor::toolTipAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // cursorForPosition snaps to the nearest character; only answer over actual text.
    if (cursorRect(cursor).bottom() < viewportPos.y() - fontMetrics().height())
        return {};
    QStringList lines;
    for (const Finding &f : diagnosticsAt(cursor.blockNumber() + 1, cursor.positionInBlock() + 1))
        lines.append(tr("%1: %2 [%3]").arg(severityName(f.severity), f.message, f.ruleId));
    return lines.join(u'\n');
}

bool DockerfileEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DockerfileEditor::replaceText(const QString &newText)
{
    const QString oldText = toPlainText();
    if (oldText == newText)
        return;
    const qsizetype oldSize = oldText.size();
    const qsizetype newSize = newText.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && oldText.at(prefix) == newText.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && oldText.at(oldSize - 1 - suffix) == newText.at(newSize - 1 - suffix))
        ++suffix;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(oldSize - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(newText.mid(prefix, newSize - suffix - prefix));
    cursor.endEditBlock();
}

void DockerfileEditor::goToLocation(int line, int column)
{
    QTextCursor cursor(document());
    cursor.setPosition(DiagnosticsPainter::position(document(), line, column));
    setTextCursor(cursor);
    centerCursor();
}

QRectF DockerfileEditor::blockGeometry(const QTextBlock &block) const
{
    return blockBoundingGeometry(block).translated(contentOffset());
}

void DockerfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutMargins();
}

void DockerfileEditor::updateGutterWidth()
{
    layoutMargins();
}

void DockerfileEditor::layoutMargins()
{
    // The disk-change bar sits above the text, the gutter left of it; both in viewport margins.
    const int top = m_diskBar && m_diskBar->isVisibleTo(this) ? m_diskBar->sizeHint().height() : 0;
    setViewportMargins(m_gutter->preferredWidth(), top, 0, 0);
    const QRect r = contentsRect();
    if (top)
        m_diskBar->setGeometry(QRect(r.left(), r.top(), r.width(), top));
    m_gutter->setGeometry(QRect(r.left(), r.top() + top, m_gutter->preferredWidth(), r.height() - top));
}

void DockerfileEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(QColor::fromRgba(m_theme.editorColor(Theme::CurrentLine)));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    all.append(currentLine);
    all.append(m_diagnosticSelections);
    setExtraSelections(all);
}

QPoint DockerfileEditor::quickFixMenuPosition() const
{
    return viewport()->mapToGlobal(cursorRect().bottomLeft());
}

} // namespace Armlift
