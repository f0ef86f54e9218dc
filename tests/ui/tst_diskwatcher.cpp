// Files changed on disk by someone else, offscreen with the real window and real files: a clean
// editor reloads in place (cursor kept, watch re-armed after an atomic replace), a modified one
// asks with a non-modal bar and never loses the user's text, a deleted file is marked and kept,
// and the project re-scans files changed outside the editor.
#include "DiskChangeBar.h"
#include "DiskWatcher.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "UiTestUtil.h"

#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

const QString NumpyDockerfile = u"FROM ubuntu:20.04\n"
                                "RUN apt-get update && apt-get install -y python3-pip\n"
                                "RUN pip install numpy==1.18.5\n"
                                "CMD [\"python3\"]\n"_s;

// As git, editors and QSaveFile do: a temporary renamed over the file (a new inode).
bool replaceAtomically(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

} // namespace

class TestDiskWatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    DockerfileEditor *m_editor = nullptr;

    void openProject()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(m_dir->filePath(u"Dockerfile"_s), goDockerfile()));
        QVERIFY(writeFile(m_dir->filePath(u"py/Dockerfile"_s), NumpyDockerfile));
        m_window = new MainWindow;
        QVERIFY(showAndScan(*m_window, m_dir->path()));
        m_editor = m_window->openFile(u"Dockerfile"_s);
        QVERIFY(m_editor);
    }

    QString path() const { return m_dir->filePath(u"Dockerfile"_s); }

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        m_editor = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void cleanBufferReloadsInPlace()
    {
        openProject();
        m_editor->goToLocation(5, 8);
        const int cursor = m_editor->textCursor().position();
        QString changed = goDockerfile();
        changed.replace(u"ubuntu:22.04"_s, u"ubuntu:24.04"_s); // same length, above the cursor
        QSignalSpy reloaded(m_editor, &DockerfileEditor::reloaded);
        QVERIFY(replaceAtomically(path(), changed));
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->toPlainText(), changed, 10000);
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!m_editor->document()->isModified());
        QCOMPARE(m_editor->textCursor().position(), cursor);
        QVERIFY(!m_editor->diskChangeBar()->isVisible());

        // The replace took the watched inode away: the new file must be watched again.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diskWatcher()->watchedFiles().contains(path()), 5000);
        const QString again = changed + u"LABEL stage=two\n"_s;
        QVERIFY(writeFile(path(), again)); // and an in-place write this time
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->toPlainText(), again, 10000);
        QVERIFY(!m_editor->document()->isModified());
    }

    void ownSaveIsNotAChange()
    {
        openProject();
        m_editor->moveCursor(QTextCursor::Start);
        m_editor->textCursor().insertText(u"# mine\n"_s);
        QVERIFY(m_window->saveEditor(m_editor));
        QSignalSpy reloaded(m_editor, &DockerfileEditor::reloaded);
        QTest::qWait(DiskWatcher::SettleMs * 3);
        QCOMPARE(reloaded.size(), 0);
        QVERIFY(!m_editor->diskChangeBar()->isVisible());
        QVERIFY(m_editor->toPlainText().startsWith(u"# mine\n"_s));
    }

    void modifiedBufferAsksAndKeepsText()
    {
        openProject();
        m_editor->goToLocation(1, 1);
        m_editor->textCursor().insertText(u"# my unsaved line\n"_s);
        const QString mine = m_editor->toPlainText();
        const QString theirs = goDockerfile() + u"LABEL from=outside\n"_s;
        QVERIFY(replaceAtomically(path(), theirs));
        DiskChangeBar *bar = m_editor->diskChangeBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->message().contains(u"Dockerfile changed on disk"_s), qPrintable(bar->message()));
        QCOMPARE(m_editor->toPlainText(), mine); // nothing replaced behind the user's back
        QVERIFY(m_editor->document()->isModified());

        // Keep Mine: the bar goes, the text stays unsaved; no new question for the same change.
        bar->keepButton()->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_editor->toPlainText(), mine);
        QVERIFY(m_editor->document()->isModified());
        QTest::qWait(DiskWatcher::SettleMs * 3);
        QVERIFY(!bar->isVisible());

        // Another change: asked again; Reload takes the disk's text, and undo brings mine back.
        const QString theirs2 = theirs + u"LABEL round=two\n"_s;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->diskWatcher()->watchedFiles().contains(path()), 5000);
        QVERIFY(replaceAtomically(path(), theirs2));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        bar->reloadButton()->click();
        QCOMPARE(m_editor->toPlainText(), theirs2);
        QVERIFY(!m_editor->document()->isModified());
        QVERIFY(!bar->isVisible());
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(), mine);
    }

    void deletedFileIsMarkedAndKept()
    {
        openProject();
        const QString text = m_editor->toPlainText();
        QVERIFY(QFile::remove(path()));
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->isDeletedOnDisk(), 10000);
        QCOMPARE(m_editor->toPlainText(), text);
        QVERIFY(m_editor->document()->isModified()); // closing asks, Save All writes it
        QVERIFY(m_editor->diskChangeBar()->isVisible());
        QVERIFY2(m_editor->diskChangeBar()->message().contains(u"deleted"_s), qPrintable(m_editor->diskChangeBar()->message()));
        EditorTabs *tabs = m_window->editorTabs();
        QVERIFY2(tabs->tabText(tabs->indexOf(m_editor)).contains(u"(deleted)"_s), qPrintable(tabs->tabText(tabs->indexOf(m_editor))));

        // Saving writes the file again and clears the mark.
        QVERIFY(m_window->saveEditor(m_editor));
        QCOMPARE(readFile(path()), text);
        QVERIFY(!m_editor->isDeletedOnDisk());
        QVERIFY(!tabs->tabText(tabs->indexOf(m_editor)).contains(u"(deleted)"_s));
    }

    void projectRescansFilesChangedOutside()
    {
        openProject();
        QVERIFY(findRule(m_window->findings(), u"ARM301"_s)); // py/Dockerfile, not open
        QSignalSpy changed(m_window->diskWatcher(), &DiskWatcher::projectFilesChanged);
        QSignalSpy scanned(m_window, &MainWindow::scanFinished);
        QString fixed = NumpyDockerfile;
        fixed.replace(u"1.18.5"_s, u"1.19.0"_s);
        QVERIFY(replaceAtomically(m_dir->filePath(u"py/Dockerfile"_s), fixed));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList{u"py/Dockerfile"_s});
        QVERIFY(scanned.wait(60000));
        QVERIFY(!findRule(m_window->findings(), u"ARM301"_s));
    }
};

QTEST_MAIN(TestDiskWatcher)
#include "tst_diskwatcher.moc"
