#pragma once

#include "model/Finding.h"
#include "scan/ScanResult.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Armlift {

class DetailsPane;
class DiskWatcher;
class DockerfileEditor;
class EditorTabs;
class FindBar;
class ProblemsView;
class ProjectTreeFilter;
class ProjectTreeModel;
class QuickFixController;
class ReadinessChart;
class ScanController;
class WelcomePage;
class WorkshopPanel;
class BuildLogPane;
class BuildPlannerPanel;
class GitActions;
class OnlineActions;

// The desktop window: project tree (left), tabbed editors (centre), problems and details
// (bottom), workshop cases (right, when the folder has them). Owns the project's findings:
// a folder scan replaces them, an editor's re-lint replaces those of the files it covers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a folder (or the folder of a Dockerfile, which is then opened) and scans it.
    bool openPath(const QString &path);
    // Help > Workshop and `armlift --workshop`: opens the user's copy of the bundled workshop,
    // made on first use (WorkshopCopy); `reset` replaces it with a fresh copy (open editors are
    // closed first, asking about unsaved changes). `copyPath` empty: the user's data folder.
    bool openWorkshop(bool reset = false, const QString &copyPath = QString());
    const QString &root() const { return m_root; }
    void rescan();
    // The last scan with findings from another source merged in (the online checks): replaces
    // the project's findings and the editors' underlines until the next scan or re-lint.
    void applyCheckedScan(const ScanResult &result);

    const QList<Finding> &findings() const { return m_findings; }
    const ScanResult &lastScan() const { return m_scan; }
    bool isScanning() const;
    QString summaryText() const;
    QString lastMessage() const { return m_lastMessage; }

    DockerfileEditor *openFile(const QString &relativePath);
    void showFinding(const Finding &finding);
    bool saveEditor(DockerfileEditor *editor);
    bool saveAll();
    void showQuickFixMenu(const QPoint &globalPos);
    void setConfirmFixes(bool confirm);

    EditorTabs *editorTabs() const { return m_tabs; }
    ProblemsView *problemsView() const { return m_problems; }
    DetailsPane *detailsPane() const { return m_details; }
    ProjectTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *treeFilterEdit() const { return m_treeFilterEdit; }
    WorkshopPanel *workshopPanel() const { return m_workshop; }
    QuickFixController *quickFixes() const { return m_fixes; }
    GitActions *gitActions() const { return m_git; }
    OnlineActions *onlineActions() const { return m_online; }
    ScanController *scanController() const { return m_scanner; }
    DiskWatcher *diskWatcher() const { return m_disk; }
    ReadinessChart *readinessChart() const { return m_chart; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    void scanFinished();
    void findingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void createMenus();
    QAction *addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys);
    void updateRecentMenu();
    void updateActions();
    void chooseFolder();

    void onScanStarted();
    void onScanProgress(int done, int total);
    void onScanFinished(const ScanResult &result);
    void showScanSlice();
    void stopShowingScan();
    void onEditorOpened(DockerfileEditor *editor);
    void onRelinted(DockerfileEditor *editor, const ScanResult &result);
    void setFindings(const QList<Finding> &findings); // showFindings, then showReadiness
    void showFindings(const QList<Finding> &findings); // the problems, tree badges and summary
    void showReadiness(); // the chart and details of m_findings; emits findingsChanged
    void pushDiagnostics(DockerfileEditor *editor);
    void scheduleProjectRefresh();
    QList<Finding> findingsFor(const QString &file) const;
    void showMessage(const QString &message, bool error = false);
    void applySettings();
    void goToLine();

    QString m_root;
    ScanResult m_scan;
    QList<Finding> m_findings;
    QHash<QString, quint64> m_scanRevisions; // editor revisions at the start of the running scan
    bool m_openFirstAfterScan = false;
    // Showing a finished scan, a slice per event-loop turn (showScanSlice).
    enum class ShowStage { Idle, Tree, Expand, Problems, Findings, Readiness, OpenFirst };
    ShowStage m_showStage = ShowStage::Idle;
    int m_problemRowsShown = -1;
    QTimer m_showTimer;
    QString m_lastMessage;

    ScanController *m_scanner = nullptr;
    QuickFixController *m_fixes = nullptr;
    DiskWatcher *m_disk = nullptr;
    ReadinessChart *m_chart = nullptr;
    QDockWidget *m_readinessDock = nullptr;
    GitActions *m_git = nullptr;
    OnlineActions *m_online = nullptr;
    BuildLogPane *m_buildLog = nullptr;
    BuildPlannerPanel *m_planner = nullptr;
    QDockWidget *m_plannerDock = nullptr;
    QStackedWidget *m_centre = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_gitStatus = nullptr;
    WelcomePage *m_welcome = nullptr;
    EditorTabs *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    ProjectTreeModel *m_treeModel = nullptr;
    ProjectTreeFilter *m_treeFilter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_treeFilterEdit = nullptr;
    ProblemsView *m_problems = nullptr;
    DetailsPane *m_details = nullptr;
    WorkshopPanel *m_workshop = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_workshopDock = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QTimer m_refreshTimer;
};

} // namespace Armlift
