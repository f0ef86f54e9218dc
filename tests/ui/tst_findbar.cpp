// Find and replace, offscreen, on a real editor: incremental find, wrap-around, case,
// Shift+Return, replace one, replace all as one undo step, and the main window's shortcuts.
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "UiTestUtil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void findsIncrementallyAndWraps()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"FROM golang AS build\nRUN go build -tags amd64 .\nFROM Alpine\nRUN echo amd64\n"_s);
        FindBar bar;
        bar.setEditor(&editor);
        bar.show();
        QTest::keyClicks(bar.findField(), u"amd"_s); // typing searches as it goes
        QCOMPARE(editor.textCursor().selectedText(), u"amd"_s);
        QCOMPARE(editor.textCursor().blockNumber(), 1);
        QTest::keyClicks(bar.findField(), u"64"_s); // extends the same match
        QCOMPARE(editor.textCursor().selectedText(), u"amd64"_s);
        QCOMPARE(editor.textCursor().blockNumber(), 1);

        QTest::keyClick(bar.findField(), Qt::Key_Return);
        QCOMPARE(editor.textCursor().blockNumber(), 3);
        QTest::keyClick(bar.findField(), Qt::Key_Return); // past the end: wraps to the first
        QCOMPARE(editor.textCursor().blockNumber(), 1);
        QVERIFY2(bar.statusText().contains(u"Wrapped"_s), qPrintable(bar.statusText()));
        QTest::keyClick(bar.findField(), Qt::Key_Return, Qt::ShiftModifier); // backwards, wrapping
        QCOMPARE(editor.textCursor().blockNumber(), 3);

        // Case: "alpine" matches "Alpine" unless Match case is on.
        bar.findField()->setText(u"alpine"_s);
        QVERIFY(bar.findNext());
        bar.caseSensitiveBox()->setChecked(true);
        QVERIFY(!bar.findNext());
        QCOMPARE(bar.statusText(), u"Not found"_s);
    }

    void replacesOneAndAllAsOneUndoStep()
    {
        QPlainTextEdit editor;
        const QString original = u"ARG ARCH=amd64\nRUN curl -LO https://x/tool-linux-amd64 && install tool-linux-AMD64\n"_s;
        editor.setPlainText(original);
        FindBar bar;
        bar.setEditor(&editor);
        bar.showReplace();
        QVERIFY(bar.replaceField()->isVisibleTo(&bar));
        bar.findField()->setText(u"amd64"_s);
        bar.replaceField()->setText(u"arm64"_s);

        QVERIFY(bar.replaceCurrent()); // moves to the first match
        QCOMPARE(editor.toPlainText(), original);
        QVERIFY(bar.replaceCurrent()); // replaces it and moves on
        QVERIFY(editor.toPlainText().startsWith(u"ARG ARCH=arm64\n"_s));
        editor.undo();
        QCOMPARE(editor.toPlainText(), original);

        QCOMPARE(bar.replaceAll(), 3); // case-insensitive by default: AMD64 too
        QCOMPARE(editor.toPlainText(),
                 u"ARG ARCH=arm64\nRUN curl -LO https://x/tool-linux-arm64 && install tool-linux-arm64\n"_s);
        editor.undo(); // all three in one step
        QCOMPARE(editor.toPlainText(), original);

        editor.setReadOnly(true);
        QCOMPARE(bar.replaceAll(), 0);
        QCOMPARE(editor.toPlainText(), original);
    }

    void mainWindowShortcuts()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        MainWindow window;
        window.setConfirmFixes(false);
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openPath(dir.path()));
        QVERIFY(finished.wait(60000));
        DockerfileEditor *editor = window.editorTabs()->editor(u"Dockerfile"_s);
        QVERIFY(editor);
        FindBar *bar = window.findBar();
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.action(u"find"_s)->shortcut(), QKeySequence(QKeySequence::Find));

        window.action(u"find"_s)->trigger();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->replaceField()->isVisible());
        QTest::keyClicks(bar->findField(), u"-tags amd64"_s);
        QCOMPARE(editor->textCursor().selectedText(), u"-tags amd64"_s);

        window.action(u"replace"_s)->trigger();
        QVERIFY(bar->replaceField()->isVisible());
        bar->replaceField()->setText(u"-tags purego"_s);
        QCOMPARE(bar->replaceAll(), 1);
        QVERIFY(editor->toPlainText().contains(u"go test -tags purego ./..."_s));
        QVERIFY(editor->document()->isModified());

        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
