#include "QuickFixController.h"

#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "EditorTheme.h"
#include "FixAllDialog.h"
#include "FixPreviewDialog.h"
#include "RelintScheduler.h"
#include "fix/ProjectFixer.h"
#include "text/TextEncoding.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace Armlift {

QuickFixController::QuickFixController(EditorTabs *tabs, QWidget *dialogParent)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
{
}

QuickFixController::~QuickFixController()
{
    // The planner owns copies of everything it reads; it only needs to stop early.
    cancelFixAll();
}

QMenu *QuickFixController::createMenu(const QList<Finding> &findings, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Quick fixes"));
    for (const Finding &f : findings) {
        for (int i = 0; i < f.fixes.size(); ++i) {
            const QString text = findings.size() > 1 ? tr("%1: %2").arg(f.ruleId, f.fixes.at(i).title)
                                                     : f.fixes.at(i).title;
            QAction *action = menu->addAction(EditorTheme::lightBulbIcon(), text);
            action->setToolTip(f.message);
            connect(action, &QAction::triggered, this, [this, f, i] { apply(f, i); });
        }
    }
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    menu->addSeparator();
    QStringList rules;
    for (const Finding &f : findings) {
        if (f.fixes.isEmpty() || rules.contains(f.ruleId))
            continue;
        rules.append(f.ruleId);
        QAction *all = menu->addAction(tr("Fix All %1 Problems in This File").arg(f.ruleId));
        all->setObjectName(u"fixAllOfKind"_s);
        connect(all, &QAction::triggered, this, [this, f] { fixAllOfKindInFile(f, 0); });
    }
    QAction *safe = menu->addAction(tr("Fix All Safe Problems in Project"));
    safe->setObjectName(u"fixAllSafe"_s);
    connect(safe, &QAction::triggered, this, &QuickFixController::fixAllSafeInProject);
    return menu;
}

bool QuickFixController::currentText(const QString &path, QString *text, QString *error) const
{
    if (DockerfileEditor *e = m_tabs->editor(path)) {
        *text = e->toPlainText();
        return true;
    }
    return FixPlan::readNormalized(m_tabs->root(), path, text, error);
}

Finding QuickFixController::refreshed(const Finding &finding, bool *found) const
{
    *found = true;
    DockerfileEditor *e = m_tabs->editor(finding.file);
    if (!e)
        return finding; // computed from the file on disk, which is what the plan reads
    if (!e->diagnosticsCurrent() && e->isDockerfile())
        e->relint()->lintNow();
    if (!e->diagnosticsCurrent()) {
        // A manifest edited since the last scan: its findings may point at moved text.
        *found = !e->document()->isModified();
        return finding;
    }
    // The same problem in the current text: same rule and fixes, nearest to where it was.
    const Finding *best = nullptr;
    for (const Finding &f : e->diagnostics()) {
        if (f.ruleId != finding.ruleId || f.fixes.size() != finding.fixes.size())
            continue;
        if (!best || std::abs(f.range.line - finding.range.line) < std::abs(best->range.line - finding.range.line))
            best = &f;
        if (f.range == finding.range)
            return f;
    }
    if (!best) {
        *found = false;
        return finding;
    }
    return *best;
}

FixPlan QuickFixController::plan(const Finding &finding, int fixIndex, QString *error)
{
    bool found = false;
    const Finding current = refreshed(finding, &found);
    if (!found || fixIndex < 0 || fixIndex >= current.fixes.size()) {
        *error = tr("%1 no longer reports [%2] at line %3; the text changed. Nothing was changed.")
                     .arg(finding.file, finding.ruleId)
                     .arg(finding.range.line);
        return {};
    }
    const Fix &fix = current.fixes.at(fixIndex);
    for (const TextEdit &edit : fix.edits) {
        if (edit.file == current.file)
            continue;
        // Edits in other files were computed from those files as saved.
        if (DockerfileEditor *other = m_tabs->editor(edit.file); other && other->document()->isModified()) {
            *error = tr("The fix also changes %1, which has unsaved changes. Save %1 first, then apply the fix.")
                         .arg(edit.file);
            return {};
        }
    }
    FixPlan result = FixPlan::build(
        fix, [this](const QString &path, QString *text, QString *err) { return currentText(path, text, err); });
    if (!result.error.isEmpty())
        *error = result.error;
    return result;
}

bool QuickFixController::apply(const Finding &finding, int fixIndex)
{
    QString error;
    const FixPlan planned = plan(finding, fixIndex, &error);
    if (!planned.isValid()) {
        Q_EMIT failed(error);
        return false;
    }
    if (m_confirm && m_beforeFixing && !m_beforeFixing())
        return false;
    if (m_confirm) {
        FixPreviewDialog dialog(planned, m_dialogParent);
        Q_EMIT previewShown(&dialog);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    applyPlan(planned);
    return true;
}

void QuickFixController::applyPlan(const FixPlan &plan)
{
    QStringList files;
    DockerfileEditor *first = nullptr;
    for (const FileChange &change : plan.changes) {
        QString error;
        DockerfileEditor *e = m_tabs->openOrCreate(change.path, &error);
        if (!e) {
            Q_EMIT failed(error);
            continue;
        }
        if (e->toPlainText() != change.before) {
            Q_EMIT failed(tr("%1 changed while the fix was previewed; it was not changed. Try the fix again.")
                              .arg(change.path));
            continue;
        }
        e->replaceText(change.after);
        files.append(change.path);
        if (!first)
            first = e;
    }
    if (first) {
        m_tabs->setCurrentWidget(first);
        first->setFocus();
    }
    if (!files.isEmpty())
        Q_EMIT applied(files);
}

void QuickFixController::fixAllOfKindInFile(const Finding &finding, int fixIndex)
{
    FixAllRequest request;
    request.scope = FixAllRequest::Scope::File;
    request.file = finding.file;
    request.ruleId = finding.ruleId;
    request.fixIndex = fixIndex;
    startFixAll(request, tr("Fix All %1 Problems in %2").arg(finding.ruleId, finding.file));
}

void QuickFixController::fixAllSafeInProject()
{
    FixAllRequest request;
    request.scope = FixAllRequest::Scope::Project;
    request.safeOnly = true;
    startFixAll(request, tr("Fix All Safe Problems in Project"));
}

void QuickFixController::startFixAll(const FixAllRequest &input, const QString &title)
{
    if (m_tabs->root().isEmpty()) {
        Q_EMIT failed(tr("Open a folder first (File > Open Folder); fix-all works on a project."));
        return;
    }
    if (m_confirm && m_beforeFixing && !m_beforeFixing())
        return;
    cancelFixAll();
    FixAllRequest request = input;
    request.root = m_tabs->root();
    for (DockerfileEditor *e : m_tabs->editors())
        request.openTexts.insert(e->relativePath(), e->toPlainText());
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_fixAllCancel = cancel;
    if (m_fixAllWatcher) {
        // An older plan's result must never arrive after this one.
        m_fixAllWatcher->disconnect(this);
        m_fixAllWatcher->deleteLater();
    }
    auto *watcher = new QFutureWatcher<FixAllResult>(this);
    m_fixAllWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, title] {
        if (watcher != m_fixAllWatcher)
            return;
        m_fixAllWatcher = nullptr;
        watcher->deleteLater();
        onFixAllPlanned(watcher->result(), title);
    });
    Q_EMIT fixAllStarted();
    watcher->setFuture(QtConcurrent::run([request, cancel] { return planFixAll(request, [cancel] { return cancel->load(); }); }));
}

void QuickFixController::cancelFixAll()
{
    if (m_fixAllCancel)
        m_fixAllCancel->store(true);
}

bool QuickFixController::isFixAllRunning() const
{
    return m_fixAllWatcher != nullptr;
}

void QuickFixController::onFixAllPlanned(const FixAllResult &result, const QString &title)
{
    if (result.cancelled) {
        Q_EMIT failed(tr("Fix-all cancelled; nothing was changed."));
        Q_EMIT fixAllFinished(false);
        return;
    }
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
        Q_EMIT fixAllFinished(false);
        return;
    }
    if (result.changes.isEmpty()) {
        Q_EMIT failed(result.remaining ? tr("%1: no fix could be applied automatically; fix the rest by hand.").arg(title)
                                       : tr("%1: nothing to fix.").arg(title));
        Q_EMIT fixAllFinished(false);
        return;
    }
    QList<FileChange> changes = result.changes;
    if (m_confirm) {
        FixAllDialog dialog(title, result, m_dialogParent);
        Q_EMIT fixAllPreviewShown(&dialog);
        if (dialog.exec() != QDialog::Accepted) {
            Q_EMIT fixAllFinished(false);
            return;
        }
        changes = dialog.selectedChanges();
    }
    const QStringList files = applyChanges(changes);
    Q_EMIT fixAllFinished(!files.isEmpty());
}

QStringList QuickFixController::applyChanges(const QList<FileChange> &changes)
{
    QList<FileChange> inEditors;
    QList<FileChange> notOpen;
    for (const FileChange &change : changes)
        (m_tabs->editor(change.path) ? inEditors : notOpen).append(change);
    if (notOpen.size() <= m_maxFilesToOpen) {
        inEditors += notOpen;
        notOpen.clear();
    }
    QStringList files;
    DockerfileEditor *current = m_tabs->currentEditor();
    for (const FileChange &change : std::as_const(inEditors)) {
        QString error;
        DockerfileEditor *e = m_tabs->editor(change.path);
        if (!e) {
            e = m_tabs->openOrCreate(change.path, &error);
            if (!e) {
                Q_EMIT failed(error);
                continue;
            }
        }
        if (e->toPlainText() != change.before) {
            Q_EMIT failed(tr("%1 changed while the fixes were previewed; it was not changed. Run the fix-all again.")
                              .arg(change.path));
            continue;
        }
        e->replaceText(change.after); // one undo step per editor
        files.append(change.path);
    }
    // Opening files must not take the user away from the file they were in.
    if (current && m_tabs->indexOf(current) >= 0)
        m_tabs->setCurrentWidget(current);
    if (!notOpen.isEmpty() && writeFiles(notOpen)) {
        QStringList written;
        for (const FileChange &change : std::as_const(notOpen))
            written.append(change.path);
        files += written;
        Q_EMIT filesWritten(written);
    }
    if (!files.isEmpty())
        Q_EMIT applied(files);
    return files;
}

bool QuickFixController::writeFiles(const QList<FileChange> &changes)
{
    // Everything is checked and written to temporaries first; only then are the files
    // replaced, so a full disk or a file changed behind our back changes nothing.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const FileChange &change : changes) {
        const QString path = QDir(m_tabs->root()).filePath(change.path);
        QFile in(path);
        const bool create = change.before.isEmpty() && ProjectFixer::canCreate(m_tabs->root(), change.path);
        if (!create && !in.open(QIODevice::ReadOnly)) {
            Q_EMIT failed(tr("Could not read %1: %2; no file was changed.").arg(change.path, in.errorString()));
            return false;
        }
        const NormalizedText disk = NormalizedText::fromBytes(create ? QByteArray() : in.readAll());
        if (disk.text != change.before) {
            Q_EMIT failed(tr("%1 changed on disk while the fixes were previewed; no file was changed. Run the "
                             "fix-all again.")
                              .arg(change.path));
            return false;
        }
        const QByteArray out = disk.toBytes(change.after); // the file's BOM and "\r\n" kept
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(out) != out.size()) {
            Q_EMIT failed(tr("Could not write %1: %2; no file was changed.").arg(change.path, file->errorString()));
            for (auto &f : files)
                f->cancelWriting();
            return false;
        }
        files.push_back(std::move(file));
    }
    bool ok = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i]->commit()) {
            ok = false;
            Q_EMIT failed(tr("Could not write %1: %2").arg(changes.at(qsizetype(i)).path, files[i]->errorString()));
        }
    }
    return ok;
}

} // namespace Armlift
