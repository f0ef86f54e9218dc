// The main window end to end, offscreen: open a folder, scan, problems, underline, quick fix,
// undo, save and failed save.
#include "AppSettings.h"
#include "DetailsPane.h"
#include "DiagnosticsPainter.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "FixPreviewDialog.h"
#include "MainWindow.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "ProjectTreeModel.h"
#include "QuickFixController.h"
#include "UiTestUtil.h"
#include "WelcomePage.h"
#include "WorkshopPanel.h"
#include "rules/RuleRegistry.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;

    // A fresh project and window, scanned.
    void openProject()
    {
        delete m_window;
        delete m_dir;
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(m_dir->filePath(u"Dockerfile"_s), goDockerfile()));
        m_window = new MainWindow;
        m_window->setConfirmFixes(false);
        QVERIFY(showAndScan(*m_window, m_dir->path()));
    }

    DockerfileEditor *dockerfileEditor() const { return m_window->editorTabs()->editor(u"Dockerfile"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void welcomeWithoutFolder()
    {
        MainWindow window;
        window.show();
        auto *welcome = window.findChild<WelcomePage *>();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(window.root().isEmpty());
        QVERIFY(!window.action(u"rescan"_s)->isEnabled());
    }

    void scanFillsProblemsTreeAndSummary()
    {
        openProject();
        QVERIFY(!m_window->isScanning());
        ProblemsModel *model = m_window->problemsView()->model();
        QStringList rules;
        for (int row = 0; row < model->rowCount(); ++row) {
            rules.append(model->index(row, ProblemsModel::RuleColumn).data().toString());
            QCOMPARE(model->index(row, ProblemsModel::FileColumn).data().toString(), u"Dockerfile"_s);
        }
        QVERIFY2(rules.contains(u"ARM201"_s), qPrintable(rules.join(u',')));
        QVERIFY2(rules.contains(u"ARM401"_s), qPrintable(rules.join(u',')));
        const Finding *go = findRule(m_window->findings(), u"ARM201"_s);
        const Finding *tags = findRule(m_window->findings(), u"ARM401"_s);
        QCOMPARE(go->range.line, 3);
        QCOMPARE(tags->range.line, 5);

        const QModelIndex file = m_window->treeModel()->indexForPath(u"Dockerfile"_s);
        QVERIFY(file.isValid());
        QCOMPARE(file.data(ProjectTreeModel::FindingCountRole).toInt(), int(m_window->findings().size()));

        const QString summary = m_window->summaryText();
        QVERIFY2(summary.startsWith(u"1 file, "_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"%1 problems"_s.arg(m_window->findings().size())), qPrintable(summary));
        QVERIFY2(summary.contains(u"fixable"_s), qPrintable(summary));
        QCOMPARE(AppSettings::recentProjects().value(0), QDir::cleanPath(m_dir->path()));
        // ARMLIFT_NO_USER_SETTINGS: a throw-away file, never the user's settings.
        QVERIFY(AppSettings::open()->fileName().startsWith(QDir::tempPath() + u"/armlift-settings-"_s));
    }

    void problemsFilterAndSort()
    {
        openProject();
        ProblemsFilterModel *filter = m_window->problemsView()->filterModel();
        const int all = filter->rowCount();
        QVERIFY(all >= 2);
        filter->setText(u"ARM401"_s);
        QCOMPARE(filter->rowCount(), 1);
        filter->setText(QString());
        filter->setSeverityVisible(Severity::Error, false);
        QCOMPARE(filter->rowCount(), all - m_window->lastScan().count(Severity::Error));
        filter->setSeverityVisible(Severity::Error, true);
        filter->sort(ProblemsModel::LineColumn, Qt::DescendingOrder);
        QCOMPARE(filter->index(0, ProblemsModel::LineColumn).data().toInt(), 5);
    }

    void editorUnderlinesExactRange()
    {
        openProject();
        DockerfileEditor *editor = dockerfileEditor();
        QVERIFY2(editor, "the first Dockerfile with problems opens after the scan");
        const Finding *go = findRule(editor->diagnostics(), u"ARM201"_s);
        QVERIFY(go);
        const int start = editor->document()->findBlockByNumber(go->range.line - 1).position() + go->range.column - 1;
        const int end = editor->document()->findBlockByNumber(go->range.endLine - 1).position() + go->range.endColumn - 1;
        bool found = false;
        for (const QTextEdit::ExtraSelection &s : editor->extraSelections()) {
            if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline && s.cursor.selectionStart() == start
                && s.cursor.selectionEnd() == end) {
                found = true;
                QCOMPARE(s.cursor.selectedText(), textOfRange(goDockerfile(), go->range));
                QVERIFY(s.cursor.selectedText().contains(u"amd64"_s));
            }
        }
        QVERIFY2(found, "a wave underline over exactly the ARM201 range");

        // Hovering the underlined text shows the message and the rule ID.
        QTextCursor at(editor->document());
        at.setPosition(start + 1);
        const QString tip = editor->toolTipAt(editor->cursorRect(at).center());
        QVERIFY2(tip.contains(u"[ARM201]"_s) && tip.contains(go->message), qPrintable(tip));
    }

    void nextProblemJumpsAndShowsDocumentation()
    {
        openProject();
        ProblemsView *problems = m_window->problemsView();
        problems->table()->setCurrentIndex({});
        m_window->action(u"nextProblem"_s)->trigger();
        const Finding *first = problems->currentFinding();
        QVERIFY(first);
        DockerfileEditor *editor = m_window->editorTabs()->currentEditor();
        QCOMPARE(editor->textCursor().blockNumber() + 1, first->range.line);
        QCOMPARE(editor->textCursor().positionInBlock() + 1, first->range.column);
        const QString doc = RuleRegistry::documentation(first->ruleId);
        QVERIFY(!doc.isEmpty());
        QVERIFY(m_window->detailsPane()->markdown().contains(doc));
        m_window->action(u"nextProblem"_s)->trigger();
        QVERIFY(problems->currentFinding() != nullptr);
        QVERIFY(problems->currentFinding()->range != first->range);
        m_window->action(u"previousProblem"_s)->trigger();
        QCOMPARE(problems->currentFinding()->range, first->range);
    }

    void quickFixAppliesAsOneUndoStep()
    {
        openProject();
        DockerfileEditor *editor = dockerfileEditor();
        QVERIFY(editor);
        const QString original = editor->toPlainText();
        QCOMPARE(original, goDockerfile());
        const Finding *go = findRule(editor->diagnostics(), u"ARM201"_s);
        QVERIFY(go && !go->fixes.isEmpty());
        editor->goToLocation(go->range.line, go->range.column + 1);

        // Ctrl+. lists the fixes at the cursor; choosing the first applies it.
        QMenu *menu = m_window->quickFixes()->createMenu(editor->fixableAtCursor(), m_window);
        QVERIFY(menu);
        QCOMPARE(menu->actions().constFirst()->text(), go->fixes.constFirst().title);
        menu->actions().constFirst()->trigger();
        delete menu;

        const QString fixed = editor->toPlainText();
        QVERIFY2(fixed.contains(u"go1.20.2.linux-${TARGETARCH}.tar.gz && tar -C /usr/local -xzf "
                                "go1.20.2.linux-${TARGETARCH}.tar.gz"_s),
                 qPrintable(fixed));
        QVERIFY2(fixed.contains(u"ARG TARGETARCH\n"_s), qPrintable(fixed));
        QVERIFY(!fixed.contains(u"linux-amd64"_s));
        QVERIFY(editor->document()->isModified());

        editor->undo(); // one step undoes the whole fix
        QCOMPARE(editor->toPlainText(), original);
        QVERIFY(!editor->document()->isUndoAvailable());
        editor->redo();
        QCOMPARE(editor->toPlainText(), fixed);
    }

    // ARM702's fix creates .dockerignore: it opens as a new, empty buffer with the fix as one
    // undo step; nothing exists on disk until Save, and undoing leaves nothing to save.
    void quickFixCreatesFile()
    {
        delete m_window;
        delete m_dir;
        m_dir = new QTemporaryDir;
        QVERIFY(writeFile(m_dir->filePath(u"Dockerfile"_s),
                          u"FROM node:20-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n"_s));
        QVERIFY(writeFile(m_dir->filePath(u"package.json"_s),
                          u"{\"name\": \"web\", \"devDependencies\": {\"esbuild\": \"^0.19.2\"}}\n"_s));
        m_window = new MainWindow;
        m_window->setConfirmFixes(false);
        m_window->show();
        QSignalSpy finished(m_window, &MainWindow::scanFinished);
        QVERIFY(m_window->openPath(m_dir->path()));
        QVERIFY(finished.wait(60000));
        const Finding *copied = findRule(m_window->findings(), u"ARM702"_s);
        QVERIFY(copied && !copied->fixes.isEmpty());

        QVERIFY(m_window->quickFixes()->apply(*copied, 0));
        DockerfileEditor *ignore = m_window->editorTabs()->editor(u".dockerignore"_s);
        QVERIFY(ignore);
        QVERIFY(ignore->isNewFile());
        QCOMPARE(ignore->toPlainText(), u"node_modules\n"_s);
        QVERIFY(ignore->document()->isModified());
        const QString path = m_dir->filePath(u".dockerignore"_s);
        QVERIFY(!QFile::exists(path));
        const int tab = m_window->editorTabs()->indexOf(ignore);
        QVERIFY2(m_window->editorTabs()->tabText(tab).contains(u"(new)"_s), qPrintable(m_window->editorTabs()->tabText(tab)));

        ignore->undo();
        QVERIFY(ignore->toPlainText().isEmpty());
        QVERIFY(!ignore->document()->isModified());
        ignore->redo();
        QString error;
        QVERIFY2(ignore->save(&error), qPrintable(error));
        QVERIFY(!ignore->isNewFile());
        QCOMPARE(readFile(path), u"node_modules\n"_s);
    }

    // Help > Workshop opens a copy of the bundled workshop; the participant's edits stay until
    // a reset brings a fresh copy back.
    void workshopCopyAndReset()
    {
        delete m_window;
        delete m_dir;
        m_dir = new QTemporaryDir;
        const QString copy = m_dir->filePath(u"workshop"_s);
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(m_window->action(u"workshop"_s));
        QVERIFY(m_window->action(u"resetWorkshop"_s));
        QSignalSpy finished(m_window, &MainWindow::scanFinished);
        QVERIFY(m_window->openWorkshop(false, copy));
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_window->root(), QDir::cleanPath(copy));
        auto *workshop = m_window->findChild<WorkshopPanel *>();
        QVERIFY(workshop && workshop->isVisible());
        QVERIFY(workshop->cases().size() >= 5);
        QVERIFY(findRule(m_window->findings(), u"ARM201"_s)); // case 5: the Go amd64 tarball

        const QString dockerfile = copy + u"/case5-go-amd64/Dockerfile"_s;
        const QString original = readFile(dockerfile);
        QVERIFY(writeFile(dockerfile, u"FROM golang:1.22\n"_s));
        QVERIFY(m_window->openWorkshop(false, copy));
        QVERIFY(finished.wait(60000));
        QCOMPARE(readFile(dockerfile), u"FROM golang:1.22\n"_s);
        QVERIFY(m_window->openWorkshop(true, copy));
        QVERIFY(finished.wait(60000));
        QCOMPARE(readFile(dockerfile), original);
    }

    void quickFixPreviewShowsDiff()
    {
        openProject();
        m_window->setConfirmFixes(true);
        DockerfileEditor *editor = dockerfileEditor();
        const Finding *tags = findRule(editor->diagnostics(), u"ARM401"_s);
        QVERIFY(tags && !tags->fixes.isEmpty());
        QString diff;
        connect(m_window->quickFixes(), &QuickFixController::previewShown, this, [&diff](FixPreviewDialog *dialog) {
            diff = dialog->diffText();
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        });
        QVERIFY(!m_window->quickFixes()->apply(*tags, 0));
        QVERIFY2(diff.contains(u"--- a/Dockerfile"_s) && diff.contains(u"-RUN go test -tags amd64 ./..."_s), qPrintable(diff));
        QCOMPARE(editor->toPlainText(), goDockerfile()); // rejected: nothing changed

        disconnect(m_window->quickFixes(), &QuickFixController::previewShown, this, nullptr);
        connect(m_window->quickFixes(), &QuickFixController::previewShown, this, [](FixPreviewDialog *dialog) {
            QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
        });
        QVERIFY(m_window->quickFixes()->apply(*tags, 0));
        QVERIFY2(editor->toPlainText().contains(u"go test -tags purego ./..."_s), qPrintable(editor->toPlainText()));
    }

    void fixAfterTypingUsesCurrentText()
    {
        openProject();
        DockerfileEditor *editor = dockerfileEditor();
        // Insert a line above the finding: the stored edit positions are stale now.
        editor->goToLocation(2, 1);
        editor->textCursor().insertText(u"# a comment\n"_s);
        const Finding stale = *findRule(m_window->findings(), u"ARM401"_s);
        QVERIFY(m_window->quickFixes()->apply(stale, 0));
        const QString text = editor->toPlainText();
        QVERIFY2(text.contains(u"RUN go test -tags purego ./...\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"# a comment\n"_s));
    }

    void saveWritesAtomically()
    {
        openProject();
        DockerfileEditor *editor = dockerfileEditor();
        const Finding *tags = findRule(editor->diagnostics(), u"ARM401"_s);
        QVERIFY(tags);
        QVERIFY(m_window->quickFixes()->apply(*tags, 0));
        QVERIFY(editor->document()->isModified());
        QVERIFY(m_window->saveEditor(editor));
        QVERIFY(!editor->document()->isModified());
        QCOMPARE(readFile(m_dir->filePath(u"Dockerfile"_s)), editor->toPlainText());
        // QSaveFile leaves no temporary file behind.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"Dockerfile"_s});
    }

    void failedSaveKeepsText_data()
    {
        QTest::addColumn<bool>("readOnlyDir");
        QTest::newRow("read-only folder") << true;
        QTest::newRow("folder gone") << false;
    }

    void failedSaveKeepsText()
    {
        QFETCH(bool, readOnlyDir);
        if (readOnlyDir && geteuid() == 0)
            QSKIP("root writes into read-only folders; the 'folder gone' row covers the failure");
        openProject();
        DockerfileEditor *editor = dockerfileEditor();
        editor->goToLocation(1, 1);
        editor->textCursor().insertText(u"# unsaved\n"_s);
        const QString text = editor->toPlainText();
        const QString path = m_dir->filePath(u"Dockerfile"_s);
        const QString moved = m_dir->path() + u".moved"_s;
        if (readOnlyDir)
            QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        else
            QVERIFY(QDir().rename(m_dir->path(), moved));

        QVERIFY(!m_window->saveEditor(editor));
        QCOMPARE(editor->toPlainText(), text);
        QVERIFY(editor->document()->isModified());
        QVERIFY2(m_window->lastMessage().contains(QDir::toNativeSeparators(path)), qPrintable(m_window->lastMessage()));

        if (readOnlyDir) {
            QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QCOMPARE(readFile(path), goDockerfile());
        } else {
            QVERIFY(QDir().rename(moved, m_dir->path()));
        }
        // Once the folder is writable again the same text saves.
        QVERIFY(m_window->saveEditor(editor));
        QCOMPARE(readFile(path), text);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
