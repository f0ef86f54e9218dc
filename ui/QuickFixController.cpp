#include "QuickFixController.h"

#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "EditorTheme.h"
#include "FixPreviewDialog.h"
#include "RelintScheduler.h"

#include <QMenu>

#include <cstdlib>

namespace Armlift {

QuickFixController::QuickFixController(EditorTabs *tabs, QWidget *dialogParent)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
{
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
        DockerfileEditor *e = m_tabs->open(change.path, &error);
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

} // namespace Armlift
