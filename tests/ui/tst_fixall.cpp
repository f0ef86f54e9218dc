// Fix-all, offscreen with the real window: "of this kind in this file" and "safe problems in
// project", each previewed file by file, applied as one undo step per editor; files that are not
// open become modified tabs, or are written atomically when there are many.
#include "DiffView.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "FixAllDialog.h"
#include "FixSafety.h"
#include "MainWindow.h"
#include "ProblemsView.h"
#include "QuickFixController.h"
#include "UiTestUtil.h"

#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

namespace {

// ARM201 (safe: the arch name, plus `ARG TARGETARCH`) and ARM401 twice (safe: the build tag).
const QString GoDockerfile = u"FROM ubuntu:22.04\n"
                             "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && "
                             "tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                             "ENV PATH=$PATH:/usr/local/go/bin\n"
                             "RUN go test -tags amd64 ./...\n"
                             "RUN go build -tags amd64 -o /app ./cmd/app\n"_s;
// ARM301 (safe: the pinned version).
const QString NumpyDockerfile = u"FROM ubuntu:20.04\n"
                                "RUN apt-get update && apt-get install -y python3-pip\n"
                                "RUN pip install numpy==1.18.5\n"_s;
// ARM601 (emsdk has no linux-arm64 build): its fix moves the stage to the build platform, which
// changes what the build does, so it is never "safe".
const QString EmsdkDockerfile = u"FROM ubuntu:22.04 AS wasm\n"
                                "RUN git clone --depth 1 https://github.com/emscripten-core/emsdk.git /opt/emsdk\n"
                                "WORKDIR /opt/emsdk\n"
                                "RUN ./emsdk install 3.1.30 && ./emsdk activate 3.1.30\n"
                                "FROM nginx:1.23.3\n"
                                "COPY --from=wasm /opt/emsdk /srv/emsdk\n"_s;

} // namespace

class TestFixAll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;

    void openProject()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(m_dir->filePath(u"go/Dockerfile"_s), GoDockerfile));
        QVERIFY(writeFile(m_dir->filePath(u"py/Dockerfile"_s), NumpyDockerfile));
        QVERIFY(writeFile(m_dir->filePath(u"wasm/Dockerfile"_s), EmsdkDockerfile));
        m_window = new MainWindow;
        QVERIFY(showAndScan(*m_window, m_dir->path()));
        // The window opens the first file with a problem; each test opens what it needs.
        QVERIFY(m_window->editorTabs()->closeAll());
    }

    // Runs a fix-all with the preview shown; `inspect` looks at (and may change) the dialog,
    // which is then accepted or rejected.
    bool runFixAll(const std::function<void()> &start, const std::function<void(FixAllDialog *)> &inspect, bool accept = true)
    {
        QSignalSpy done(m_window->quickFixes(), &QuickFixController::fixAllFinished);
        auto connection = connect(m_window->quickFixes(), &QuickFixController::fixAllPreviewShown, this,
                                  [&](FixAllDialog *dialog) {
                                      inspect(dialog);
                                      QMetaObject::invokeMethod(dialog, accept ? &QDialog::accept : &QDialog::reject,
                                                                Qt::QueuedConnection);
                                  });
        start();
        const bool finished = done.wait(60000);
        disconnect(connection);
        return finished && done.constFirst().constFirst().toBool();
    }

    DockerfileEditor *editor(const QString &path) const { return m_window->editorTabs()->editor(path); }

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void safetyIsData()
    {
        Finding pin{u"ARM301"_s, Severity::Error, u"Dockerfile"_s, {3, 23, 3, 29}, {}, {}, u"rules"_s, {}};
        pin.fixes.append({u"Pin numpy 1.19.0"_s, {{u"Dockerfile"_s, {3, 23, 3, 29}, u"1.19.0"_s}}, {}});
        pin.fixes.append({u"Install build deps"_s, {{u"Dockerfile"_s, {2, 10, 2, 10}, u"\nRUN apt-get install -y gcc"_s}}, {}});
        QCOMPARE(FixSafety::safeFixIndex(pin), 0);
        QVERIFY(!FixSafety::isSafe(pin, pin.fixes.at(1))); // adds a RUN line
        Fix withNote = pin.fixes.at(0);
        withNote.note = u"update the checksum"_s;
        QVERIFY(!FixSafety::isSafe(pin, withNote)); // a person has to finish it
        Finding arch{u"ARM201"_s, Severity::Error, u"Dockerfile"_s, {2, 1, 2, 5}, {}, {}, u"rules"_s, {}};
        arch.fixes.append({u"TARGETARCH"_s,
                           {{u"Dockerfile"_s, {1, 18, 1, 18}, u"\nARG TARGETARCH"_s},
                            {u"Dockerfile"_s, {2, 40, 2, 45}, u"${TARGETARCH}"_s}},
                           {}});
        QCOMPARE(FixSafety::safeFixIndex(arch), 0); // an ARG declaration is allowed for ARM201
        pin.fixes.first().edits.first().newText = u"\nARG TARGETARCH"_s;
        pin.fixes.first().edits.first().range = {3, 29, 3, 29};
        QVERIFY(!FixSafety::isSafe(pin, pin.fixes.first())); // but not for a version pin
        Finding stage = pin;
        stage.ruleId = u"ARM601"_s;
        stage.fixes = {{u"Run on $BUILDPLATFORM"_s, {{u"Dockerfile"_s, {1, 6, 1, 6}, u"--platform=$BUILDPLATFORM "_s}}, {}}};
        QCOMPARE(FixSafety::safeFixIndex(stage), -1); // the rule is not in the table
        QVERIFY(FixSafety::reason(u"ARM301"_s).contains(u"version"_s));
    }

    void fixAllOfKindInFile()
    {
        openProject();
        DockerfileEditor *go = m_window->openFile(u"go/Dockerfile"_s);
        QVERIFY(go);
        QList<Finding> tags;
        for (const Finding &f : go->diagnostics()) {
            if (f.ruleId == u"ARM401")
                tags.append(f);
        }
        QCOMPARE(tags.size(), 2);

        QStringList files;
        QString unified;
        QVERIFY(runFixAll([&] { m_window->quickFixes()->fixAllOfKindInFile(tags.constFirst(), 0); },
                          [&](FixAllDialog *dialog) {
                              files = dialog->files();
                              unified = dialog->diffView()->unifiedText();
                          }));
        QCOMPARE(files, QStringList{u"go/Dockerfile"_s});
        QVERIFY2(unified.contains(u"-RUN go test -tags amd64 ./..."_s) && unified.contains(u"+RUN go build -tags purego -o /app ./cmd/app"_s),
                 qPrintable(unified));
        QString expected = GoDockerfile;
        expected.replace(u"-tags amd64"_s, u"-tags purego"_s);
        QCOMPARE(go->toPlainText(), expected); // both ARM401, and only ARM401 (the tarball stays)
        QVERIFY(go->document()->isModified());
        QCOMPARE(readFile(m_dir->filePath(u"go/Dockerfile"_s)), GoDockerfile); // not saved

        go->undo(); // one step restores both
        QCOMPARE(go->toPlainText(), GoDockerfile);
        QVERIFY(!go->document()->isUndoAvailable());
    }

    void fixAllFromMenus()
    {
        openProject();
        DockerfileEditor *go = m_window->openFile(u"go/Dockerfile"_s);
        QVERIFY(go);
        const Finding *tag = findRule(go->diagnostics(), u"ARM401"_s);
        QVERIFY(tag);
        // The quick-fix menu offers both fix-alls after the fix options.
        std::unique_ptr<QMenu> menu(m_window->quickFixes()->createMenu({*tag}, m_window));
        QVERIFY(menu);
        QStringList texts;
        for (QAction *a : menu->actions())
            texts.append(a->text());
        QVERIFY2(texts.contains(u"Fix All ARM401 Problems in This File"_s), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(u"Fix All Safe Problems in Project"_s), qPrintable(texts.join(u'|')));
        // So does the Edit menu, through the window's actions.
        QVERIFY(m_window->action(u"fixAllSafe"_s)->isEnabled());
        QVERIFY(m_window->action(u"fixAllOfKind"_s)->isEnabled());
        go->goToLocation(tag->range.line, tag->range.column);
        go->setFocus();
        QStringList files;
        QVERIFY(runFixAll([&] { m_window->action(u"fixAllOfKind"_s)->trigger(); },
                          [&](FixAllDialog *dialog) { files = dialog->files(); }));
        QCOMPARE(files, QStringList{u"go/Dockerfile"_s});
        QVERIFY(!go->toPlainText().contains(u"-tags amd64"_s));
    }

    void fixAllSafeInProject()
    {
        openProject();
        QVERIFY(findRule(m_window->findings(), u"ARM601"_s)); // present, and fixable, but not safe
        QVERIFY(!findRule(m_window->findings(), u"ARM601"_s)->fixes.isEmpty());
        DockerfileEditor *go = m_window->openFile(u"go/Dockerfile"_s);
        QVERIFY(go);
        QVERIFY(!editor(u"py/Dockerfile"_s));
        QStringList files;
        QString sideLeft;
        QString sideRight;
        QVERIFY(runFixAll([&] { m_window->quickFixes()->fixAllSafeInProject(); },
                          [&](FixAllDialog *dialog) {
                              files = dialog->files();
                              dialog->fileList()->setCurrentRow(1);
                              dialog->diffView()->setMode(DiffView::Mode::SideBySide);
                              sideLeft = dialog->diffView()->leftText();
                              sideRight = dialog->diffView()->rightText();
                          }));
        // The emsdk stage is not touched: its only fix changes where the stage runs.
        QCOMPARE(files, (QStringList{u"go/Dockerfile"_s, u"py/Dockerfile"_s}));
        QVERIFY2(sideLeft.contains(u"numpy==1.18.5"_s) && sideRight.contains(u"numpy==1.19.0"_s),
                 qPrintable(sideLeft + u"\n----\n"_s + sideRight));

        // The open editor changed; the other file was opened as a modified tab, nothing saved.
        const QString goText = go->toPlainText();
        QVERIFY2(goText.contains(u"ARG TARGETARCH"_s) && goText.contains(u"go1.20.2.linux-${TARGETARCH}.tar.gz"_s)
                     && !goText.contains(u"amd64"_s),
                 qPrintable(goText));
        DockerfileEditor *py = editor(u"py/Dockerfile"_s);
        QVERIFY(py);
        QVERIFY(py->document()->isModified());
        QVERIFY(py->toPlainText().contains(u"numpy==1.19.0"_s));
        QCOMPARE(readFile(m_dir->filePath(u"py/Dockerfile"_s)), NumpyDockerfile);
        QCOMPARE(readFile(m_dir->filePath(u"go/Dockerfile"_s)), GoDockerfile);
        QVERIFY(!editor(u"wasm/Dockerfile"_s));
        QCOMPARE(m_window->editorTabs()->currentEditor(), go); // still where the user was

        // One undo per editor restores each file.
        go->undo();
        QCOMPARE(go->toPlainText(), GoDockerfile);
        py->undo();
        QCOMPARE(py->toPlainText(), NumpyDockerfile);
    }

    void untickedFilesStayAsTheyAre()
    {
        openProject();
        QVERIFY(runFixAll([&] { m_window->quickFixes()->fixAllSafeInProject(); },
                          [&](FixAllDialog *dialog) { dialog->setFileChecked(u"go/Dockerfile"_s, false); }));
        QVERIFY(!editor(u"go/Dockerfile"_s));
        QVERIFY(editor(u"py/Dockerfile"_s));
        QCOMPARE(readFile(m_dir->filePath(u"go/Dockerfile"_s)), GoDockerfile);
    }

    void rejectedPreviewChangesNothing()
    {
        openProject();
        QVERIFY(!runFixAll([&] { m_window->quickFixes()->fixAllSafeInProject(); }, [](FixAllDialog *) {}, false));
        QVERIFY(m_window->editorTabs()->editors().isEmpty());
        QCOMPARE(readFile(m_dir->filePath(u"py/Dockerfile"_s)), NumpyDockerfile);
    }

    void manyFilesAreWrittenAtomically()
    {
        openProject();
        m_window->quickFixes()->setMaxFilesToOpen(0);
        QSignalSpy written(m_window->quickFixes(), &QuickFixController::filesWritten);
        QVERIFY(runFixAll([&] { m_window->quickFixes()->fixAllSafeInProject(); }, [](FixAllDialog *) {}));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.constFirst().constFirst().toStringList(), (QStringList{u"go/Dockerfile"_s, u"py/Dockerfile"_s}));
        QVERIFY(m_window->editorTabs()->editors().isEmpty());
        QVERIFY(readFile(m_dir->filePath(u"py/Dockerfile"_s)).contains(u"numpy==1.19.0"_s));
        QVERIFY(readFile(m_dir->filePath(u"go/Dockerfile"_s)).contains(u"-tags purego"_s));
        QCOMPARE(readFile(m_dir->filePath(u"wasm/Dockerfile"_s)), EmsdkDockerfile);
        // The window re-scans what was written: the safe problems are gone.
        QSignalSpy scanned(m_window, &MainWindow::scanFinished);
        QVERIFY(scanned.wait(60000));
        QVERIFY(!findRule(m_window->findings(), u"ARM301"_s));
        QVERIFY(findRule(m_window->findings(), u"ARM601"_s));
    }

    void fixAllUsesUnsavedText()
    {
        openProject();
        DockerfileEditor *py = m_window->openFile(u"py/Dockerfile"_s);
        QVERIFY(py);
        // A line typed above the pin: the scan's positions are stale, the plan must not be.
        py->goToLocation(2, 1);
        py->textCursor().insertText(u"# typed, not saved\n"_s);
        QVERIFY(runFixAll([&] { m_window->quickFixes()->fixAllSafeInProject(); }, [](FixAllDialog *) {}));
        QCOMPARE(py->toPlainText(),
                 u"FROM ubuntu:20.04\n# typed, not saved\nRUN apt-get update && apt-get install -y python3-pip\n"
                 "RUN pip install numpy==1.19.0\n"_s);
    }
};

QTEST_MAIN(TestFixAll)
#include "tst_fixall.moc"
