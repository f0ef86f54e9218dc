#pragma once

#include "FixAllPlanner.h"
#include "FixPlan.h"
#include "model/Finding.h"

#include <functional>

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QMenu;
class QWidget;

namespace Armlift {

class EditorTabs;
class FixAllDialog;
class FixPreviewDialog;

// Offers and applies fixes. A fix is planned against the current text of every file it touches
// (open editors first), previewed as a diff unless confirmation is off (tests, scripted use),
// then applied to each file's editor as one undo step; files not open yet are opened.
//
// Fix-all ("of this kind in this file", "safe problems in project") is planned on a worker
// thread (FixAllPlanner, cancellable), previewed file by file (FixAllDialog), then applied: one
// undo step per open editor. Files that are not open are opened as modified tabs, so every
// change can be undone and nothing reaches the disk unreviewed; when more than
// maxFilesToOpen() of them change (a large project), they are written instead, each atomically
// (QSaveFile, all temporaries written before any is renamed), after checking that none changed
// on disk since the plan.
class QuickFixController : public QObject
{
    Q_OBJECT
public:
    QuickFixController(EditorTabs *tabs, QWidget *dialogParent);
    ~QuickFixController() override;

    void setConfirmFixes(bool confirm) { m_confirm = confirm; }
    // Asked before a fix changes anything when fixes are confirmed interactively (the main
    // window warns about a dirty git work tree); false cancels the fix.
    void setBeforeFixing(std::function<bool()> check) { m_beforeFixing = std::move(check); }
    bool confirmFixes() const { return m_confirm; }

    // The menu listing every fix of these findings (Ctrl+., gutter bulb); null when none.
    QMenu *createMenu(const QList<Finding> &findings, QWidget *parent);
    // Plans against the current texts; the finding is re-checked first when its editor changed.
    FixPlan plan(const Finding &finding, int fixIndex, QString *error);
    bool apply(const Finding &finding, int fixIndex);
    void applyPlan(const FixPlan &plan);

    // Fix-all, asynchronous: fixAllFinished reports the outcome.
    void fixAllOfKindInFile(const Finding &finding, int fixIndex);
    void fixAllSafeInProject();
    void startFixAll(const FixAllRequest &request, const QString &title);
    void cancelFixAll();
    bool isFixAllRunning() const;
    void setMaxFilesToOpen(int files) { m_maxFilesToOpen = files; }
    int maxFilesToOpen() const { return m_maxFilesToOpen; }
    // Applies the changes of a fix-all (see the class comment); returns the files changed.
    QStringList applyChanges(const QList<FileChange> &changes);

Q_SIGNALS:
    void previewShown(Armlift::FixPreviewDialog *dialog); // lets tests inspect or accept it
    void fixAllPreviewShown(Armlift::FixAllDialog *dialog);
    void fixAllStarted();
    void fixAllFinished(bool applied);
    void filesWritten(const QStringList &files); // fix-all changes saved directly to disk
    void applied(const QStringList &files);
    void failed(const QString &message);

private:
    bool currentText(const QString &path, QString *text, QString *error) const;
    Finding refreshed(const Finding &finding, bool *found) const;
    void onFixAllPlanned(const FixAllResult &result, const QString &title);
    bool writeFiles(const QList<FileChange> &changes);

    EditorTabs *m_tabs;
    QWidget *m_dialogParent;
    bool m_confirm = true;
    std::function<bool()> m_beforeFixing;
    int m_maxFilesToOpen = 20;
    std::shared_ptr<std::atomic_bool> m_fixAllCancel;
    QFutureWatcher<FixAllResult> *m_fixAllWatcher = nullptr;
};

} // namespace Armlift
