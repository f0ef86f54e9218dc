// The main window with more than one file: fixes that touch another file, the tree filter,
// drag and drop, and the workshop panel.
#include "DetailsPane.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "ProjectTreeModel.h"
#include "QuickFixController.h"
#include "ScanController.h"
#include "UiTestUtil.h"
#include "WorkshopPanel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <utility>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

const QString PipDockerfile = u"FROM python:3.8-slim\nCOPY requirements.txt /app/\n"
                              "RUN pip install -r /app/requirements.txt\n"_s;
const QString PipRequirements = u"pillow>=6,<7 # imaging\n"_s;

bool scan(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::scanFinished);
    return window.openPath(path) && finished.wait(60000);
}

QStringList visibleFiles(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(ProjectTreeModel::KindRole).toString() != u"folder")
            out.append(index.data(ProjectTreeModel::PathRole).toString());
        out.append(visibleFiles(model, index));
    }
    return out;
}

} // namespace

class TestProjectWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    }

    void fixInRequirementsFileOpensItsEditor()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), PipDockerfile));
        QVERIFY(writeFile(dir.filePath(u"requirements.txt"_s), PipRequirements));
        MainWindow window;
        window.setConfirmFixes(false);
        window.show();
        QVERIFY(scan(window, dir.path()));
        const Finding *pin = findRule(window.findings(), u"ARM301"_s);
        QVERIFY(pin);
        QCOMPARE(pin->file, u"requirements.txt"_s);
        QVERIFY(!window.editorTabs()->editor(u"requirements.txt"_s));

        QVERIFY(window.quickFixes()->apply(*pin, 0));
        DockerfileEditor *requirements = window.editorTabs()->editor(u"requirements.txt"_s);
        QVERIFY2(requirements, "the fix opened the file it changes");
        QCOMPARE(requirements->toPlainText(), u"pillow==7.2.0 # imaging\n"_s);
        QVERIFY(requirements->document()->isModified());
        QCOMPARE(readFile(dir.filePath(u"requirements.txt"_s)), PipRequirements); // not saved yet
        requirements->undo();
        QCOMPARE(requirements->toPlainText(), PipRequirements);
    }

    void fixOfRequirementFindingEditsDockerfile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), PipDockerfile));
        QVERIFY(writeFile(dir.filePath(u"requirements.txt"_s), PipRequirements));
        MainWindow window;
        window.setConfirmFixes(false);
        window.show();
        QVERIFY(scan(window, dir.path()));
        const Finding *pin = findRule(window.findings(), u"ARM301"_s);
        QVERIFY(pin && pin->fixes.size() >= 2);
        QVERIFY(window.quickFixes()->apply(*pin, 1)); // build dependencies, in the Dockerfile
        DockerfileEditor *dockerfile = window.editorTabs()->editor(u"Dockerfile"_s);
        QVERIFY(dockerfile);
        const QString text = dockerfile->toPlainText();
        QVERIFY2(text.contains(u"apt-get install -y --no-install-recommends build-essential"_s), qPrintable(text));
        QVERIFY(text.indexOf(u"apt-get"_s) < text.indexOf(u"pip install"_s));
        QCOMPARE(window.editorTabs()->currentEditor(), dockerfile);
    }

    void fixRefusedWhenOtherFileHasUnsavedChanges()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), PipDockerfile));
        QVERIFY(writeFile(dir.filePath(u"requirements.txt"_s), PipRequirements));
        MainWindow window;
        window.setConfirmFixes(false);
        QVERIFY(scan(window, dir.path()));
        const Finding pin = *findRule(window.findings(), u"ARM301"_s);
        DockerfileEditor *dockerfile = window.openFile(u"Dockerfile"_s);
        dockerfile->moveCursor(QTextCursor::End);
        dockerfile->insertPlainText(u"CMD [\"python\"]\n"_s);
        QSignalSpy failed(window.quickFixes(), &QuickFixController::failed);
        QVERIFY(!window.quickFixes()->apply(pin, 1));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(u"Dockerfile"_s));
        QVERIFY(dockerfile->toPlainText().endsWith(u"CMD [\"python\"]\n"_s));
    }

    void treeShowsManifestsAndFilters()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"app/Dockerfile"_s), PipDockerfile));
        QVERIFY(writeFile(dir.filePath(u"app/requirements.txt"_s), PipRequirements));
        QVERIFY(writeFile(dir.filePath(u"go/Dockerfile"_s), goDockerfile()));
        MainWindow window;
        QVERIFY(scan(window, dir.path()));
        const QAbstractItemModel *tree = window.treeView()->model();
        QStringList files = visibleFiles(tree);
        files.sort();
        QCOMPARE(files, (QStringList{u"app/Dockerfile"_s, u"app/requirements.txt"_s, u"go/Dockerfile"_s}));
        QCOMPARE(window.treeModel()->indexForPath(u"app/requirements.txt"_s).data(ProjectTreeModel::FindingCountRole).toInt(), 1);
        QCOMPARE(window.treeModel()->indexForPath(u"app/Dockerfile"_s).data(ProjectTreeModel::FindingCountRole).toInt(), 0);
        window.treeFilterEdit()->setText(u"requirements"_s);
        QCOMPARE(visibleFiles(tree), QStringList{u"app/requirements.txt"_s});
        window.treeFilterEdit()->clear();
        QCOMPARE(visibleFiles(tree).size(), 3);
    }

    // A large project is shown a slice per event-loop turn: scanFinished comes once everything
    // is shown, and a re-scan that starts while a result is being shown replaces it cleanly.
    void largeProjectIsShownInSlices()
    {
        QTemporaryDir dir;
        constexpr int Files = 1500;
        for (int i = 0; i < Files; ++i) {
            QVERIFY(writeFile(dir.filePath(u"team%1/svc%2/Dockerfile"_s.arg(i / 100).arg(i % 100)),
                              i % 2 ? goDockerfile() : u"FROM debian:12\n"_s));
        }
        MainWindow window;
        window.show();
        bool interrupted = false;
        connect(window.scanController(), &ScanController::finished, &window, [&] {
            if (!std::exchange(interrupted, true))
                QTimer::singleShot(0, &window, &MainWindow::rescan);
        });
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openPath(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !window.isScanning(), 120000);
        QVERIFY(interrupted);
        QCOMPARE(window.lastScan().files.size(), Files);
        QVERIFY(window.findings().size() >= Files / 2);
        QCOMPARE(window.problemsView()->model()->rowCount(), int(window.findings().size()));
        QCOMPARE(visibleFiles(window.treeView()->model()).size(), Files);
        const QModelIndex go = window.treeModel()->indexForPath(u"team14/svc99/Dockerfile"_s);
        QVERIFY(go.isValid());
        QVERIFY(go.data(ProjectTreeModel::FindingCountRole).toInt() > 0);
        QCOMPARE(window.treeModel()->indexForPath(u"team14/svc98/Dockerfile"_s).data(ProjectTreeModel::FindingCountRole).toInt(), 0);
        QVERIFY(window.editorTabs()->currentEditor());
    }

    void dropFolderOpensIt()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.path())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(window.root(), QDir::cleanPath(dir.path()));
        QVERIFY(finished.wait(60000));
        QVERIFY(findRule(window.findings(), u"ARM201"_s));
    }

    void detailsShowPlainTextLiterally()
    {
        DetailsPane pane;
        Finding f;
        f.ruleId = u"ARM201"_s;
        f.file = u"a_b/Dockerfile"_s;
        f.range = {7, 1, 7, 5};
        f.message = u"go<v>.linux-amd64.tar.gz *is* amd64"_s;
        f.help = u"Name the tarball go<v>.linux-${TARGETARCH}.tar.gz and declare `ARG TARGETARCH`."_s;
        pane.showFinding(&f);
        const QString shown = pane.browser()->toPlainText();
        QVERIFY2(shown.contains(f.message), qPrintable(shown));
        QVERIFY2(shown.contains(f.help), qPrintable(shown));
        QVERIFY2(shown.contains(u"a_b/Dockerfile"_s), qPrintable(shown));
    }

    void workshopPanelListsCasesAndOpensThem()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"README.md"_s), u"# The workshop\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case1-fine/README.md"_s), u"Intro\n\n# Case 1: `no` change\n\nText.\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case1-fine/Dockerfile"_s), u"FROM python:3.12-slim\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case5-go/README.md"_s), u"# Case 5: Go\n"_s));
        QVERIFY(writeFile(dir.filePath(u"case5-go/Dockerfile"_s), goDockerfile()));
        QVERIFY(writeFile(dir.filePath(u"notes/other.txt"_s), u"no readme here\n"_s));
        // Listed by case number, not folder name: case 10 comes last.
        QVERIFY(writeFile(dir.filePath(u"a-gems/README.md"_s), u"# Case 10: Gems\n"_s));

        const QList<WorkshopPanel::Case> cases = WorkshopPanel::findCases(dir.path());
        QCOMPARE(cases.size(), 3);
        QCOMPARE(cases.at(2).title, u"Case 10: Gems"_s);
        QCOMPARE(cases.at(0).title, u"Case 1: no change"_s);
        QCOMPARE(cases.at(0).dockerfile, u"case1-fine/Dockerfile"_s);
        QCOMPARE(cases.at(1).title, u"Case 5: Go"_s);

        MainWindow window;
        window.show();
        QVERIFY(scan(window, dir.path()));
        QVERIFY(window.findChild<QDockWidget *>(u"workshopDock"_s)->isVisible());
        QListWidget *list = window.workshopPanel()->list();
        QCOMPARE(list->count(), 3);
        QVERIFY2(list->item(0)->text().contains(u"ready for arm64"_s), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().contains(u"problems"_s), qPrintable(list->item(1)->text()));
        Q_EMIT list->itemActivated(list->item(0));
        QCOMPARE(window.editorTabs()->currentEditor()->relativePath(), u"case1-fine/Dockerfile"_s);
        QCOMPARE(window.editorTabs()->tabText(window.editorTabs()->currentIndex()), u"case1-fine/Dockerfile"_s);
    }
};

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
