#include "MainWindow.h"

#include "buildlog/BuildLogPane.h"
#include "git/GitActions.h"
#include "online/OnlineActions.h"
#include "planner/BuildPlannerPanel.h"

#include "AppSettings.h"
#include "DetailsPane.h"
#include "DiskWatcher.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "ProjectTreeModel.h"
#include "QuickFixController.h"
#include "ReadinessChart.h"
#include "RelintScheduler.h"
#include "ScanController.h"
#include "WelcomePage.h"
#include "FindBar.h"
#include "WorkshopPanel.h"
#include "workshop/WorkshopCopy.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
constexpr int ProjectRefreshDelayMs = 600;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scanner(new ScanController(this))
{
    setWindowTitle(tr("Armlift"));
    setAcceptDrops(true);
    createWidgets();
    createActions();
    createMenus();
    applySettings();

    connect(m_scanner, &ScanController::started, this, &MainWindow::onScanStarted);
    connect(m_scanner, &ScanController::progress, this, &MainWindow::onScanProgress);
    connect(m_scanner, &ScanController::finished, this, &MainWindow::onScanFinished);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(ProjectRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::rescan);
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(0);
    connect(&m_showTimer, &QTimer::timeout, this, &MainWindow::showScanSlice);

    const auto settings = AppSettings::open();
    restoreGeometry(settings->value(u"window/geometry"_s).toByteArray());
    restoreState(settings->value(u"window/state"_s).toByteArray());
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_tabs = new EditorTabs(this);
    m_fixes = new QuickFixController(m_tabs, this);
    m_disk = new DiskWatcher(m_tabs, this);
    // Files changed behind our back (or written by a fix-all): re-scan once they settle.
    connect(m_disk, &DiskWatcher::projectFilesChanged, this, &MainWindow::scheduleProjectRefresh);
    m_welcome = new WelcomePage(this);
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Project summary"));
    m_summary->setContentsMargins(6, 3, 6, 3);
    auto *editorArea = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_summary);
    editorLayout->addWidget(m_tabs, 1);
    m_findBar = new FindBar(editorArea);
    editorLayout->addWidget(m_findBar);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_findBar->setEditor(m_tabs->currentEditor()); });
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(editorArea);
    setCentralWidget(m_centre);

    m_treeModel = new ProjectTreeModel(this);
    m_treeFilter = new ProjectTreeFilter(this);
    m_treeFilter->setSourceModel(m_treeModel);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeFilter);
    m_tree->setItemDelegate(new ProjectTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    // Every row is an icon and a name: the view need not measure 10,000 rows to lay them out.
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Project files"));
    m_treeFilterEdit = new QLineEdit(this);
    m_treeFilterEdit->setPlaceholderText(tr("Filter files"));
    m_treeFilterEdit->setClearButtonEnabled(true);
    m_treeFilterEdit->setAccessibleName(tr("Filter files"));
    connect(m_treeFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeFilter->setFilterFixedString(text);
        m_tree->expandAll();
    });
    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(2, 2, 2, 2);
    treeLayout->addWidget(m_treeFilterEdit);
    treeLayout->addWidget(m_tree);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProjectTreeModel::KindRole).toString() != u"folder")
            openFile(index.data(ProjectTreeModel::PathRole).toString());
    });

    m_problems = new ProblemsView(this);
    m_details = new DetailsPane(this);
    m_workshop = new WorkshopPanel(this);

    auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_treeDock = dock(treePane, tr("Project"), u"projectDock"_s, Qt::LeftDockWidgetArea);
    m_problemsDock = dock(m_problems, tr("Problems"), u"problemsDock"_s, Qt::BottomDockWidgetArea);
    m_detailsDock = dock(m_details, tr("Details"), u"detailsDock"_s, Qt::BottomDockWidgetArea);
    m_workshopDock = dock(m_workshop, tr("Workshop"), u"workshopDock"_s, Qt::RightDockWidgetArea);
    m_chart = new ReadinessChart(this);
    m_readinessDock = dock(m_chart, tr("Readiness"), u"readinessDock"_s, Qt::BottomDockWidgetArea);
    m_planner = new BuildPlannerPanel(this);
    m_plannerDock = dock(m_planner, tr("Build for arm64"), u"plannerDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_workshopDock, m_plannerDock);
    connect(m_plannerDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_planner->root() != m_root)
            m_planner->setRoot(m_root);
    });
    m_plannerDock->hide();
    m_buildLog = new BuildLogPane(this);
    m_buildLog->setObjectName(u"buildLogDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_buildLog);
    tabifyDockWidget(m_problemsDock, m_buildLog);
    m_problemsDock->raise();
    m_git = new GitActions(this);
    // Branch and dirty state of the opened repository, kept current after every scan (saves
    // and fixes rescan); a dirty tree is named once before the first fix changes files.
    m_gitStatus = new QLabel(this);
    m_gitStatus->setObjectName(u"gitStatus"_s);
    m_gitStatus->setAccessibleName(tr("Git status"));
    m_gitStatus->hide();
    statusBar()->addPermanentWidget(m_gitStatus);
    connect(m_git, &GitActions::statusChanged, this, [this](const QString &text) {
        m_gitStatus->setText(text.isEmpty() ? QString() : tr("Git: %1").arg(text));
        m_gitStatus->setVisible(!text.isEmpty());
    });
    m_fixes->setBeforeFixing([this] { return m_git->confirmFixOnDirtyTree(); });
    m_online = new OnlineActions(this);
    connect(m_buildLog, &BuildLogPane::openLocation, this, [this](const QString &file, int line) {
        if (DockerfileEditor *editor = openFile(file)) {
            editor->goToLocation(line, 1);
            editor->setFocus();
        }
    });
    connect(m_buildLog, &BuildLogPane::fixRequested, this,
            [this](const Finding &finding, int fixIndex) { m_fixes->apply(finding, fixIndex); });
    // A failed build from the planner goes straight to the build-log doctor.
    connect(m_planner, &BuildPlannerPanel::buildFinished, this, [this](bool success, const QString &log) {
        if (success)
            return;
        m_buildLog->setLogText(log);
        m_buildLog->show();
        m_buildLog->raise();
        m_buildLog->diagnose();
    });
    connect(m_git, &GitActions::repositoryCloned, this, [this](const QString &path) { openPath(path); });
    connect(m_git, &GitActions::message, this, [this](const QString &m) { showMessage(m); });
    splitDockWidget(m_problemsDock, m_detailsDock, Qt::Horizontal);
    tabifyDockWidget(m_detailsDock, m_readinessDock);
    m_detailsDock->raise();
    resizeDocks({m_treeDock}, {240}, Qt::Horizontal);
    resizeDocks({m_problemsDock, m_detailsDock}, {700, 420}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {220}, Qt::Vertical);
    m_workshopDock->hide();

    connect(m_problems, &ProblemsView::findingActivated, this, &MainWindow::showFinding);
    connect(m_problems, &ProblemsView::currentFindingChanged, m_details, &DetailsPane::showFinding);
    connect(m_problems, &ProblemsView::fixRequested, m_fixes, &QuickFixController::apply);
    connect(m_problems, &ProblemsView::fixAllOfKindRequested, m_fixes, &QuickFixController::fixAllOfKindInFile);
    connect(m_problems, &ProblemsView::fixAllSafeRequested, m_fixes, &QuickFixController::fixAllSafeInProject);
    connect(m_fixes, &QuickFixController::fixAllStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
        m_cancelButton->show();
        statusBar()->showMessage(tr("Computing the fixes\u2026 (Cancel stops it)"));
    });
    connect(m_fixes, &QuickFixController::fixAllFinished, this, [this] {
        if (!m_scanner->isRunning()) {
            m_progress->hide();
            m_cancelButton->hide();
        }
    });
    // Written straight to disk: the project's findings come from a new scan.
    connect(m_fixes, &QuickFixController::filesWritten, this, [this] { rescan(); });
    connect(m_details, &DetailsPane::fixRequested, m_fixes, &QuickFixController::apply);
    connect(m_fixes, &QuickFixController::failed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_fixes, &QuickFixController::applied, this, [this](const QStringList &files) {
        showMessage(tr("Fix applied to %1. Undo with Ctrl+Z; save with Ctrl+S.").arg(files.join(u", "_s)));
    });
    connect(m_tabs, &EditorTabs::editorOpened, this, &MainWindow::onEditorOpened);
    connect(m_tabs, &EditorTabs::saveFailed, this, [this](const QString &message) {
        showMessage(message, true);
        // Not exec(): a failed save must not block the event loop (or an automated run).
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Save failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_workshop, &WorkshopPanel::openRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, [this](const QString &path) { openPath(path); });

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel scan"));
    connect(m_cancelButton, &QToolButton::clicked, m_scanner, &ScanController::cancel);
    connect(m_cancelButton, &QToolButton::clicked, m_fixes, &QuickFixController::cancelFixAll);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();
}

bool MainWindow::openWorkshop(bool reset, const QString &copyPath)
{
    const QString copy = QDir::cleanPath(copyPath.isEmpty() ? WorkshopCopy::userCopyPath() : copyPath);
    // Replacing the folder under open editors would lose their edits: close them first (asks).
    if (reset && m_root == copy && !m_tabs->closeAll())
        return false;
    QString error;
    if (!WorkshopCopy::ensure(WorkshopCopy::bundledSource(), copy, reset, &error)) {
        showMessage(error, true);
        return false;
    }
    if (!openPath(copy))
        return false;
    m_workshopDock->show();
    m_workshopDock->raise();
    showMessage(reset ? tr("The workshop was reset to a fresh copy in %1.").arg(QDir::toNativeSeparators(copy))
                      : tr("Workshop: your copy is in %1.").arg(QDir::toNativeSeparators(copy)));
    return true;
}

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        showMessage(tr("%1 does not exist. Choose a folder with File > Open Folder.").arg(path), true);
        return false;
    }
    if (!m_tabs->closeAll())
        return false;
    QString fileToOpen;
    QString folder = info.absoluteFilePath();
    if (info.isFile()) {
        folder = info.absolutePath();
        fileToOpen = info.fileName();
    }
    stopShowingScan();
    m_root = QDir::cleanPath(folder);
    m_tabs->setRoot(m_root);
    m_findings.clear();
    m_scan = {};
    m_treeModel->setScan(QFileInfo(m_root).fileName(), {}, {});
    m_problems->setFindings({});
    m_details->showFinding(nullptr);
    m_workshop->setRoot(m_root);
    // The planner reads every Dockerfile to write its recipe (seconds on 10,000 files): it gets
    // the folder when its panel is shown.
    if (m_plannerDock->isVisible())
        m_planner->setRoot(m_root);
    m_buildLog->setProjectRoot(m_root);
    m_git->setRepository(m_root);
    m_workshopDock->setVisible(!m_workshop->cases().isEmpty());
    if (m_workshopDock->isVisible())
        resizeDocks({m_workshopDock}, {300}, Qt::Horizontal);
    m_centre->setCurrentIndex(1);
    setWindowTitle(tr("%1 \u2014 Armlift").arg(QDir::toNativeSeparators(m_root)));
    AppSettings::addRecentProject(m_root);
    updateRecentMenu();
    if (!fileToOpen.isEmpty())
        openFile(fileToOpen);
    m_openFirstAfterScan = fileToOpen.isEmpty();
    rescan();
    updateActions();
    return true;
}

void MainWindow::rescan()
{
    if (m_root.isEmpty())
        return;
    m_refreshTimer.stop();
    // The previous result is being shown: the new one replaces it.
    stopShowingScan();
    QHash<QString, QString> overrides;
    m_scanRevisions.clear();
    for (DockerfileEditor *e : m_tabs->editors()) {
        m_scanRevisions.insert(e->relativePath(), e->revision());
        if (e->document()->isModified())
            overrides.insert(e->relativePath(), e->toPlainText());
    }
    m_scanner->start(m_root, overrides);
}

void MainWindow::applyCheckedScan(const ScanResult &result)
{
    m_scan = result;
    setFindings(result.findings);
    for (DockerfileEditor *e : m_tabs->editors())
        pushDiagnostics(e);
}

bool MainWindow::isScanning() const
{
    return m_scanner->isRunning() || m_showStage != ShowStage::Idle;
}

void MainWindow::onScanStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(tr("Scanning %1\u2026").arg(QDir::toNativeSeparators(m_root)));
}

void MainWindow::onScanProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void MainWindow::onScanFinished(const ScanResult &result)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_scan = result;
    QStringList scannedPaths;
    for (const ScannedFile &file : result.files)
        scannedPaths.append(file.path);
    m_disk->setProjectFiles(m_root, scannedPaths);
    // A large project is shown over several event-loop turns (tree items, problem rows, the
    // rest), so the window never freezes for long; a small one within this call.
    m_treeModel->beginScan(QFileInfo(m_root).fileName(), result.files);
    m_showStage = ShowStage::Tree;
    m_problemRowsShown = -1;
    showScanSlice();
}

void MainWindow::stopShowingScan()
{
    m_showStage = ShowStage::Idle;
    m_showTimer.stop();
}

void MainWindow::showScanSlice()
{
    // Each turn works for about ShowSliceMs, then yields to the event loop (m_showTimer); a
    // step that cannot be cut (expanding the tree, the badges, opening the first file) gets a
    // turn of its own when the turn has already worked.
    constexpr qint64 ShowSliceMs = 20;
    constexpr int ProblemRowsPerBatch = 2000;
    QElapsedTimer slice;
    slice.start();
    const auto yielded = [&] {
        if (slice.elapsed() < ShowSliceMs / 2)
            return false;
        m_showTimer.start();
        return true;
    };
    if (m_showStage == ShowStage::Tree) {
        if (!m_treeModel->buildSome(m_scan.findings, ShowSliceMs))
            return m_showTimer.start();
        m_showStage = ShowStage::Expand;
        if (yielded())
            return;
    }
    if (m_showStage == ShowStage::Expand) {
        // Expanding every folder of a 10,000-file tree lays out every row; large trees open one level.
        if (m_scan.files.size() <= 1000)
            m_tree->expandAll();
        else
            m_tree->expandToDepth(0);
        m_showStage = ShowStage::Problems;
        if (yielded())
            return;
    }
    if (m_showStage == ShowStage::Problems) {
        // Into an empty table the rows go in batches; a re-scan changes few rows (one diff, which
        // keeps the selection).
        if (m_problemRowsShown < 0)
            m_problemRowsShown = m_problems->model()->rowCount() == 0 ? 0 : int(m_scan.findings.size());
        while (m_problemRowsShown < m_scan.findings.size()) {
            if (m_problemRowsShown > 0 && slice.elapsed() >= ShowSliceMs)
                return m_showTimer.start();
            m_problemRowsShown = int(qMin(m_scan.findings.size(), qsizetype(m_problemRowsShown) + ProblemRowsPerBatch));
            m_problems->setFindings(m_scan.findings.first(m_problemRowsShown));
        }
        m_showStage = ShowStage::Findings;
        if (yielded())
            return;
    }
    const ScanResult &result = m_scan;
    if (m_showStage == ShowStage::Findings) {
        showFindings(result.findings);
        m_showStage = ShowStage::Readiness;
        if (yielded())
            return;
    }
    if (m_showStage == ShowStage::Readiness) {
        showReadiness();
        for (DockerfileEditor *e : m_tabs->editors()) {
            // An editor changed during the scan keeps its own (newer) re-lint results.
            if (m_scanRevisions.value(e->relativePath(), e->revision()) == e->revision())
                pushDiagnostics(e);
        }
        if (result.cancelled)
            showMessage(tr("Scan cancelled; the problems shown may be incomplete. Press F5 to scan again."));
        else
            showMessage(tr("Scan finished: %1").arg(summaryText()));
        for (const ScanError &error : result.errors)
            statusBar()->showMessage(tr("%1:%2: %3").arg(error.file).arg(error.line).arg(error.message), 8000);
        m_showStage = ShowStage::OpenFirst;
        if (yielded())
            return;
    }
    if (m_showStage != ShowStage::OpenFirst)
        return;
    m_showStage = ShowStage::Idle;
    if (m_openFirstAfterScan && m_tabs->count() == 0) {
        // Start where the work is: the first Dockerfile with a problem, else the first one.
        QString first;
        for (const Finding &f : std::as_const(m_findings)) {
            if (ProjectScanner::isDockerfileName(QFileInfo(f.file).fileName())) {
                first = f.file;
                break;
            }
        }
        for (const ScannedFile &file : result.files) {
            if (first.isEmpty() && file.kind == u"dockerfile")
                first = file.path;
        }
        if (!first.isEmpty()) {
            openFile(first);
            const QList<Finding> own = findingsFor(first);
            if (!own.isEmpty())
                showFinding(own.constFirst());
        }
    }
    m_openFirstAfterScan = false;
    updateActions();
    m_git->refreshStatus();
    Q_EMIT scanFinished();
}

QString MainWindow::summaryText() const
{
    int fixable = 0;
    for (const Finding &f : m_findings)
        fixable += f.fixes.isEmpty() ? 0 : 1;
    // Spelled out (not %n): without a loaded English translation %n plurals read "file(s)".
    const int files = int(m_scan.files.size());
    const int problems = int(m_findings.size());
    const QString filesText = files == 1 ? tr("1 file") : tr("%1 files").arg(files);
    const QString problemsText = problems == 1 ? tr("1 problem") : tr("%1 problems").arg(problems);
    return tr("%1, %2, %3 fixable").arg(filesText, problemsText).arg(fixable);
}

void MainWindow::setFindings(const QList<Finding> &findings)
{
    showFindings(findings);
    showReadiness();
}

void MainWindow::showFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_problems->setFindings(findings);
    m_treeModel->setFindings(findings);
    m_workshop->setFindings(findings);
    // Readiness per Dockerfile: ready when no finding points into it.
    int dockerfiles = 0;
    int ready = 0;
    QSet<QString> withProblems;
    for (const Finding &f : findings)
        withProblems.insert(f.file);
    for (const ScannedFile &file : std::as_const(m_scan.files)) {
        if (file.kind != u"dockerfile")
            continue;
        ++dockerfiles;
        ready += withProblems.contains(file.path) ? 0 : 1;
    }
    m_summary->setText(tr("%1 — %2 of %3 Dockerfiles ready for arm64").arg(summaryText()).arg(ready).arg(dockerfiles));
}

void MainWindow::showReadiness()
{
    ScanResult shown = m_scan;
    shown.findings = m_findings;
    m_chart->setScan(shown);
    if (const Finding *current = m_problems->currentFinding())
        m_details->showFinding(current);
    Q_EMIT findingsChanged();
}

QList<Finding> MainWindow::findingsFor(const QString &file) const
{
    QList<Finding> out;
    for (const Finding &f : m_findings) {
        if (f.file == file)
            out.append(f);
    }
    return out;
}

void MainWindow::pushDiagnostics(DockerfileEditor *editor)
{
    editor->setDiagnostics(findingsFor(editor->relativePath()));
}

void MainWindow::onEditorOpened(DockerfileEditor *editor)
{
    // The window's Quick Fix action (Ctrl+., Alt+Enter) serves the editors too.
    editor->removeAction(editor->quickFixAction());
    pushDiagnostics(editor);
    connect(editor, &DockerfileEditor::quickFixRequested, this, &MainWindow::showQuickFixMenu);
    connect(editor, &DockerfileEditor::relinted, this,
            [this, editor](const ScanResult &result) { onRelinted(editor, result); });
    connect(editor->document(), &QTextDocument::contentsChange, this, [this, editor](int, int removed, int added) {
        // Manifests have no re-lint of their own: re-scan the project with the unsaved text.
        if ((removed || added) && !editor->isDockerfile())
            scheduleProjectRefresh();
    });
    connect(editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateActions);
    updateActions();
}

void MainWindow::onRelinted(DockerfileEditor *editor, const ScanResult &result)
{
    // The re-lint covers the Dockerfile and the manifests it reads.
    QSet<QString> covered{editor->relativePath()};
    for (const ScannedFile &file : result.files)
        covered.insert(file.path);
    QList<Finding> merged;
    for (const Finding &f : std::as_const(m_findings)) {
        if (!covered.contains(f.file))
            merged.append(f);
    }
    merged.append(result.findings);
    std::stable_sort(merged.begin(), merged.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.file, a.range, a.ruleId) < std::tie(b.file, b.range, b.ruleId);
    });
    setFindings(merged);
    for (DockerfileEditor *other : m_tabs->editors()) {
        if (other != editor && covered.contains(other->relativePath()) && !other->document()->isModified())
            pushDiagnostics(other);
    }
}

void MainWindow::scheduleProjectRefresh()
{
    m_refreshTimer.start();
}

DockerfileEditor *MainWindow::openFile(const QString &relativePath)
{
    QString error;
    DockerfileEditor *editor = m_tabs->open(relativePath, &error);
    if (!editor) {
        showMessage(error, true);
        return nullptr;
    }
    m_centre->setCurrentIndex(1);
    m_workshop->selectCaseFor(relativePath);
    const QModelIndex treeIndex = m_treeFilter->mapFromSource(m_treeModel->indexForPath(relativePath));
    if (treeIndex.isValid())
        m_tree->setCurrentIndex(treeIndex);
    return editor;
}

void MainWindow::showFinding(const Finding &finding)
{
    DockerfileEditor *editor = openFile(finding.file);
    if (!editor)
        return;
    editor->goToLocation(finding.range.line, finding.range.column);
    editor->setFocus();
    m_problems->selectFinding(finding);
    m_details->showFinding(&finding);
}

void MainWindow::showQuickFixMenu(const QPoint &globalPos)
{
    QList<Finding> findings;
    QPoint pos = globalPos;
    DockerfileEditor *editor = m_tabs->currentEditor();
    if (m_problems->isAncestorOf(focusWidget()) && m_problems->currentFinding()) {
        findings.append(*m_problems->currentFinding());
        pos = m_problems->mapToGlobal(m_problems->rect().center());
    } else if (editor) {
        findings = editor->fixableAtCursor();
        if (pos.isNull())
            pos = editor->viewport()->mapToGlobal(editor->cursorRect().bottomLeft());
    }
    QMenu *menu = m_fixes->createMenu(findings, this);
    if (!menu) {
        showMessage(tr("No quick fix here. Problems with fixes have a light bulb in the gutter; F8 jumps to the next problem."));
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(pos);
}

void MainWindow::setConfirmFixes(bool confirm)
{
    m_fixes->setConfirmFixes(confirm);
}

void MainWindow::showMessage(const QString &message, bool error)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, error ? 0 : 6000);
}

} // namespace Armlift
