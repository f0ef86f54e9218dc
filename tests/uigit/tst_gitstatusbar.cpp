// The main window shows the repository's branch and dirty state in the status bar, keeps it
// current after scans, and names a dirty work tree once before the first fix changes files.
#include "../ui/UiTestUtil.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "FixPreviewDialog.h"
#include "MainWindow.h"
#include "QuickFixController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.com"_s} + args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

// Answers the modal dialogs a fix opens: the dirty-tree question with `button`, the preview
// with Apply. Counts the questions asked.
struct DialogAnswerer
{
    QMessageBox::StandardButton button = QMessageBox::Yes;
    int questions = 0;
    QTimer timer;
    DialogAnswerer()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ++questions;
                if (QAbstractButton *b = box->button(button))
                    b->click();
                else
                    box->reject();
            } else if (auto *preview = qobject_cast<FixPreviewDialog *>(modal)) {
                preview->accept();
            }
        });
        timer.start();
    }
};

} // namespace

class TestGitStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void showsBranchAndAsksOnceOnDirtyTree()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), u"v1\n"_s));
        QVERIFY(git(dir.path(), {u"init"_s, u"-q"_s, u"-b"_s, u"trunk"_s}));
        QVERIFY(git(dir.path(), {u"add"_s, u"."_s}));
        QVERIFY(git(dir.path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"start"_s}));

        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openPath(dir.path()));
        QVERIFY(finished.wait(60000));
        auto *label = window.findChild<QLabel *>(u"gitStatus"_s);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), u"Git: trunk, clean"_s);

        // A change outside Armlift shows after the next scan.
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), u"v2\n"_s));
        window.rescan();
        QVERIFY(finished.wait(60000));
        QCOMPARE(label->text(), u"Git: trunk, 1 changed file"_s);

        // The first fix on the dirty tree asks; "No" changes nothing.
        DockerfileEditor *editor = window.editorTabs()->editor(u"Dockerfile"_s);
        QVERIFY(editor);
        const Finding *go = findRule(editor->diagnostics(), u"ARM201"_s);
        QVERIFY(go);
        const Finding finding = *go;
        QVERIFY(window.quickFixes()->confirmFixes());
        DialogAnswerer answers;
        answers.button = QMessageBox::No;
        QVERIFY(!window.quickFixes()->apply(finding, 0));
        QCOMPARE(answers.questions, 1);
        QCOMPARE(editor->toPlainText(), goDockerfile());

        // "Yes" applies it, and the answer stands for this repository: no second question.
        answers.button = QMessageBox::Yes;
        QVERIFY(window.quickFixes()->apply(finding, 0));
        QCOMPARE(answers.questions, 2);
        QVERIFY(editor->toPlainText() != goDockerfile());
        editor->undo();
        QVERIFY(window.quickFixes()->apply(finding, 0));
        QCOMPARE(answers.questions, 2);
        editor->undo(); // back to the text on disk: nothing to ask about when the folder changes
        QVERIFY(!editor->document()->isModified());

        // Outside a repository the label is hidden.
        QTemporaryDir plain;
        QVERIFY(writeFile(plain.filePath(u"Dockerfile"_s), u"FROM scratch\n"_s));
        QVERIFY(window.openPath(plain.path()));
        QVERIFY(finished.wait(60000));
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestGitStatusBar)
#include "tst_gitstatusbar.moc"
