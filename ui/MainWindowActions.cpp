// MainWindow: actions, menus, saving, closing and drag and drop.
#include "MainWindow.h"

#include "AppSettings.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "FindBar.h"
#include "ProblemsView.h"
#include "QuickFixController.h"
#include "ScanController.h"
#include "SettingsDialog.h"
#include "WelcomePage.h"
#include "WorkshopPanel.h"
#include "buildlog/BuildLogPane.h"
#include "git/GitActions.h"
#include "online/OnlineActions.h"
#include "planner/BuildPlannerPanel.h"
#include "report/ReportFile.h"
#include "report/ReportWriter.h"
#include "rules/RuleRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Armlift {

QAction *MainWindow::addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QMainWindow::addAction(action);
    m_actions.insert(name, action);
    return action;
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    connect(addAction(u"open"_s, tr("&Open Folder\u2026"), {K::Open}), &QAction::triggered, this,
            &MainWindow::chooseFolder);
    connect(addAction(u"save"_s, tr("&Save"), {K::Save}), &QAction::triggered, this,
            [this] { saveEditor(m_tabs->currentEditor()); });
    connect(addAction(u"saveAll"_s, tr("Save A&ll"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}), &QAction::triggered,
            this, &MainWindow::saveAll);
    connect(addAction(u"revert"_s, tr("&Revert File"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}), &QAction::triggered,
            this, [this] {
                DockerfileEditor *e = m_tabs->currentEditor();
                if (!e || !e->document()->isModified())
                    return;
                if (QMessageBox::question(this, tr("Revert File"),
                                          tr("Discard the unsaved changes to %1?").arg(e->relativePath()))
                    != QMessageBox::Yes)
                    return;
                QString text;
                // Through replaceText, so a revert is itself one undoable step.
                QFile file(e->absolutePath());
                if (!e->isReadOnly() && file.open(QIODevice::ReadOnly)) {
                    text = QString::fromUtf8(file.readAll());
                    text.replace(u"\r\n"_s, u"\n"_s);
                    e->replaceText(text);
                    e->document()->setModified(false);
                } else {
                    showMessage(tr("Could not read %1: %2").arg(e->relativePath(), file.errorString()), true);
                }
            });
    connect(addAction(u"close"_s, tr("&Close File"), {K::Close}), &QAction::triggered, this, [this] {
        if (DockerfileEditor *e = m_tabs->currentEditor())
            m_tabs->closeEditor(e);
    });
    connect(addAction(u"rescan"_s, tr("Re&scan Project"), {K::Refresh, K(Qt::Key_F5)}), &QAction::triggered,
            this, &MainWindow::rescan);
    connect(addAction(u"exportReport"_s, tr("&Export Report\u2026"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}),
            &QAction::triggered, this, [this] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_root + u"/armlift-report.html"_s,
                                                                  ReportFile::fileDialogFilter());
                if (path.isEmpty())
                    return;
                QString error;
                if (ReportFile::save(path, lastScan(), ReportContext::fromRegistry(RuleRegistry::bundled()), &error))
                    showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
                else
                    showMessage(error, true);
            });
    connect(addAction(u"cancelScan"_s, tr("S&top Scan"), {K(Qt::SHIFT | Qt::Key_F5)}), &QAction::triggered,
            m_scanner, &ScanController::cancel);
    connect(addAction(u"quit"_s, tr("&Quit"), {K::Quit}), &QAction::triggered, this, &QWidget::close);

    connect(addAction(u"undo"_s, tr("&Undo"), {K::Undo}), &QAction::triggered, this, [this] {
        if (DockerfileEditor *e = m_tabs->currentEditor())
            e->undo();
    });
    connect(addAction(u"redo"_s, tr("&Redo"), K::keyBindings(K::Redo)), &QAction::triggered, this, [this] {
        if (DockerfileEditor *e = m_tabs->currentEditor())
            e->redo();
    });
    connect(addAction(u"quickFix"_s, tr("&Quick Fix\u2026"),
                      {K(Qt::CTRL | Qt::Key_Period), K(Qt::ALT | Qt::Key_Return), K(Qt::ALT | Qt::Key_Enter)}),
            &QAction::triggered, this, [this] { showQuickFixMenu({}); });
    connect(addAction(u"fixAllOfKind"_s, tr("Fix All of This &Kind in This File\u2026"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)}),
            &QAction::triggered, this, [this] {
                // The problem under the cursor, else the one selected in the Problems view.
                QList<Finding> here;
                if (DockerfileEditor *e = m_tabs->currentEditor(); e && !m_problems->isAncestorOf(focusWidget()))
                    here = e->fixableAtCursor();
                if (here.isEmpty() && m_problems->currentFinding() && !m_problems->currentFinding()->fixes.isEmpty())
                    here.append(*m_problems->currentFinding());
                if (here.isEmpty()) {
                    showMessage(tr("Put the cursor on a problem with a fix (or select one in Problems) first."));
                    return;
                }
                m_fixes->fixAllOfKindInFile(here.constFirst(), 0);
            });
    connect(addAction(u"fixAllSafe"_s, tr("Fix All &Safe Problems in Project\u2026"), {K(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Period)}),
            &QAction::triggered, m_fixes, &QuickFixController::fixAllSafeInProject);
    connect(addAction(u"find"_s, tr("&Find\u2026"), {K::Find}), &QAction::triggered, this, [this] {
        if (m_tabs->currentEditor())
            m_findBar->showFind();
    });
    connect(addAction(u"replace"_s, tr("R&eplace\u2026"), {K(Qt::CTRL | Qt::Key_H)}), &QAction::triggered, this,
            [this] {
                if (m_tabs->currentEditor())
                    m_findBar->showReplace();
            });
    connect(addAction(u"findNext"_s, tr("Find Ne&xt"), K::keyBindings(K::FindNext)), &QAction::triggered, this,
            [this] { m_findBar->findNext(); });
    connect(addAction(u"findPrevious"_s, tr("Find Pre&vious"), K::keyBindings(K::FindPrevious)),
            &QAction::triggered, this, [this] { m_findBar->findPrevious(); });
    connect(addAction(u"goToLine"_s, tr("&Go to Line\u2026"), {K(Qt::CTRL | Qt::Key_G)}), &QAction::triggered, this,
            &MainWindow::goToLine);
    connect(addAction(u"zoomIn"_s, tr("Zoom &In"), {K::ZoomIn}), &QAction::triggered, this, [this] {
        if (DockerfileEditor *e = m_tabs->currentEditor())
            e->zoomIn(1);
    });
    connect(addAction(u"zoomOut"_s, tr("Zoom &Out"), {K::ZoomOut}), &QAction::triggered, this, [this] {
        if (DockerfileEditor *e = m_tabs->currentEditor())
            e->zoomOut(1);
    });
    QAction *wrap = addAction(u"wordWrap"_s, tr("&Word Wrap"), {K(Qt::ALT | Qt::Key_Z)});
    wrap->setCheckable(true);
    connect(wrap, &QAction::toggled, this, [this](bool on) {
        for (DockerfileEditor *e : m_tabs->editors())
            e->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });

    connect(addAction(u"nextProblem"_s, tr("&Next Problem"), {K(Qt::Key_F8)}), &QAction::triggered, m_problems,
            &ProblemsView::activateNext);
    connect(addAction(u"previousProblem"_s, tr("&Previous Problem"), {K(Qt::SHIFT | Qt::Key_F8)}),
            &QAction::triggered, m_problems, &ProblemsView::activatePrevious);
    connect(addAction(u"filterFiles"_s, tr("&Filter Files"), {K(Qt::CTRL | Qt::Key_P)}), &QAction::triggered, this,
            [this] {
                m_treeDock->show();
                m_treeFilterEdit->setFocus();
                m_treeFilterEdit->selectAll();
            });
    connect(addAction(u"showProblems"_s, tr("Show Pro&blems"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}),
            &QAction::triggered, this, [this] {
                m_problemsDock->show();
                m_problems->table()->setFocus();
            });
    connect(addAction(u"filterProblems"_s, tr("Filter Problems"), {K(Qt::CTRL | Qt::ALT | Qt::Key_F)}),
            &QAction::triggered, this, [this] {
                m_problemsDock->show();
                m_problems->filterEdit()->setFocus();
            });
    QAction *large = addAction(u"workshopLargeFont"_s, tr("&Large Workshop Text"), {K(Qt::CTRL | Qt::ALT | Qt::Key_L)});
    large->setCheckable(true);
    connect(large, &QAction::toggled, m_workshop, &WorkshopPanel::setLargeFont);

    connect(addAction(u"settings"_s, tr("&Settings\u2026"), {K::Preferences, K(Qt::CTRL | Qt::Key_Comma)}),
            &QAction::triggered, this, [this] {
                SettingsDialog dialog(this);
                if (dialog.editSettings())
                    applySettings();
            });
    connect(addAction(u"workshop"_s, tr("&Workshop"), {K(Qt::CTRL | Qt::ALT | Qt::Key_W)}), &QAction::triggered, this,
            [this] { openWorkshop(); });
    connect(addAction(u"resetWorkshop"_s, tr("&Reset Workshop\u2026"), {}), &QAction::triggered, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Reset Workshop"),
            tr("Replace your workshop copy with a fresh one? Every change you made in it is lost."),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Reset)
            openWorkshop(true);
    });
    connect(addAction(u"about"_s, tr("&About Armlift"), {K(Qt::CTRL | Qt::Key_F1)}), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Armlift"),
                           tr("<h3>Armlift %1</h3><p>Finds what breaks when container builds move from x86_64 "
                              "to arm64, and fixes it.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    // Dock toggles with shortcuts of their own, so every panel is reachable from the keyboard.
    const QList<std::pair<QDockWidget *, QKeySequence>> docks = {
        {m_treeDock, K(Qt::CTRL | Qt::ALT | Qt::Key_1)},
        {m_problemsDock, K(Qt::CTRL | Qt::ALT | Qt::Key_2)},
        {m_detailsDock, K(Qt::CTRL | Qt::ALT | Qt::Key_3)},
        {m_workshopDock, K(Qt::CTRL | Qt::ALT | Qt::Key_4)},
        {m_readinessDock, K(Qt::CTRL | Qt::ALT | Qt::Key_5)},
    };
    for (const auto &[dockWidget, key] : docks) {
        QAction *toggle = dockWidget->toggleViewAction();
        toggle->setShortcut(key);
        m_actions.insert(dockWidget->objectName(), toggle);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(u"open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    for (const char *name : {"save", "saveAll", "revert", "close"})
        file->addAction(m_actions.value(QLatin1String(name)));
    QMenu *git = new QMenu(tr("&Git"), this);
    m_git->addToMenu(file, git);
    file->addSeparator();
    file->addAction(m_actions.value(u"exportReport"_s));
    file->addSeparator();
    file->addAction(m_actions.value(u"rescan"_s));
    file->addAction(m_actions.value(u"cancelScan"_s));
    m_online->addToMenu(file);
    file->addSeparator();
    file->addAction(m_actions.value(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : {"undo", "redo", "", "quickFix", "fixAllOfKind", "fixAllSafe", "", "find", "replace", "findNext", "findPrevious", "goToLine", "", "settings"}) {
        if (!*name)
            edit->addSeparator();
        else
            edit->addAction(m_actions.value(QLatin1String(name)));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"nextProblem", "previousProblem", "", "filterFiles", "showProblems", "filterProblems", "",
                             "zoomIn", "zoomOut", "wordWrap", "", "projectDock", "problemsDock", "detailsDock",
                             "workshopDock", "readinessDock", "workshopLargeFont"}) {
        if (!*name)
            view->addSeparator();
        else
            view->addAction(m_actions.value(QLatin1String(name)));
    }

    view->addSeparator();
    view->addAction(m_plannerDock->toggleViewAction());
    view->addAction(m_buildLog->toggleViewAction());
    menuBar()->addMenu(git);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value(u"workshop"_s));
    help->addAction(m_actions.value(u"resetWorkshop"_s));
    help->addSeparator();
    help->addAction(m_actions.value(u"about"_s));
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = AppSettings::recentProjects();
    m_recentMenu->clear();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recent);
}

void MainWindow::updateActions()
{
    DockerfileEditor *e = m_tabs->currentEditor();
    const bool hasEditor = e != nullptr;
    for (const char *name : {"save", "close", "undo", "redo", "goToLine", "zoomIn", "zoomOut"})
        m_actions.value(QLatin1String(name))->setEnabled(hasEditor);
    m_actions.value(u"revert"_s)->setEnabled(hasEditor && e->document()->isModified());
    m_actions.value(u"saveAll"_s)->setEnabled(m_tabs->hasUnsavedChanges());
    m_actions.value(u"rescan"_s)->setEnabled(!m_root.isEmpty());
    m_actions.value(u"exportReport"_s)->setEnabled(!m_root.isEmpty());
    m_actions.value(u"fixAllOfKind"_s)->setEnabled(hasEditor);
    m_actions.value(u"fixAllSafe"_s)->setEnabled(!m_root.isEmpty());
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_root);
    if (!folder.isEmpty())
        openPath(folder);
}

bool MainWindow::saveEditor(DockerfileEditor *editor)
{
    if (!editor)
        return false;
    QString error;
    if (!m_tabs->save(editor, &error))
        return false; // EditorTabs::saveFailed has told the user, naming the file
    showMessage(tr("Saved %1").arg(editor->relativePath()));
    updateActions();
    rescan(); // other Dockerfiles may read the saved file
    return true;
}

bool MainWindow::saveAll()
{
    bool ok = true;
    for (DockerfileEditor *e : m_tabs->editors()) {
        if (e->document()->isModified())
            ok = m_tabs->save(e, nullptr) && ok;
    }
    updateActions();
    rescan();
    return ok;
}

void MainWindow::goToLine()
{
    DockerfileEditor *e = m_tabs->currentEditor();
    if (!e)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1\u2013%1):").arg(e->blockCount()),
                                          e->textCursor().blockNumber() + 1, 1, e->blockCount(), 1, &ok);
    if (ok) {
        e->goToLocation(line, 1);
        e->setFocus();
    }
}

void MainWindow::applySettings()
{
    m_tabs->setThemeName(AppSettings::editorThemeName());
    m_tabs->setEditorFont(AppSettings::editorFont());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tabs->closeAll()) {
        event->ignore();
        return;
    }
    m_scanner->cancel();
    const auto settings = AppSettings::open();
    settings->setValue(u"window/geometry"_s, saveGeometry());
    settings->setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.constFirst().toLocalFile());
}

} // namespace Armlift
